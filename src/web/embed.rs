//! The app's side of embedding: reads its options and posts the agreed messages about the
//! run to the one parent origin the loader declared. The look, `ready` and the height are
//! the start-up script's (`start/start.js`), as the intro needs them with no wasm.
//! What `complete` carries is set by the document (`<html data-receives>`), never by the
//! query string or a message.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use super::window;
use crate::embed::{EmbedConfig, ResultEvents};

thread_local! {
    static CONFIG: RefCell<Option<EmbedConfig>> = const { RefCell::new(None) };
}

/// The options in this page's query string and what the page announces, read once.
pub fn config() -> EmbedConfig {
    CONFIG.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| {
                let search = window()
                    .and_then(|w| w.location().search().ok())
                    .unwrap_or_default();
                let pairs = web_sys::UrlSearchParams::new_with_str(&search)
                    .map(|params| super::string_pairs(&params))
                    .unwrap_or_default();
                let announced = window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.document_element())
                    .and_then(|html| html.get_attribute("data-receives"));
                EmbedConfig::from_pairs(pairs)
                    .with_result_events(ResultEvents::from_attribute(announced.as_deref()))
            })
            .clone()
    })
}

/// Posts one message to the parent, if the loader declared where.
fn post(kind: &str, fields: &[(&str, JsValue)]) {
    let c = config();
    let Some(origin) = c.parent_origin.as_deref() else {
        return;
    };
    let Some(parent) = window().and_then(|w| w.parent().ok().flatten()) else {
        return;
    };
    let msg = Object::new();
    let _ = Reflect::set(&msg, &"source".into(), &"crossroads".into());
    let _ = Reflect::set(&msg, &"v".into(), &1.into());
    let _ = Reflect::set(&msg, &"id".into(), &c.id.as_str().into());
    let _ = Reflect::set(&msg, &"type".into(), &kind.into());
    for (k, v) in fields {
        let _ = Reflect::set(&msg, &(*k).into(), v);
    }
    let _ = parent.post_message(&msg, origin);
}

pub fn post_progress(answered: usize, total: usize) {
    post(
        "progress",
        &[
            ("answered", (answered as u32).into()),
            ("total", (total as u32).into()),
        ],
    );
}

/// The result shows: with the fields `ResultEvents::fields` chose for this page, which are
/// none unless the page tells the reader what it sends.
pub fn post_complete(fields: &[(&'static str, String)]) {
    let fields: Vec<(&str, JsValue)> = fields
        .iter()
        .map(|(k, v)| (*k, v.as_str().into()))
        .collect();
    post("complete", &fields);
}

/// Asks the host to bring the frame's top into view (a new screen began).
pub fn post_scroll() {
    post("scroll", &[]);
}
