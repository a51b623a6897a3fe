//! The widget's side of embedding: reads its options, applies the host's look, posts the
//! agreed messages to the one parent origin the loader declared, and reports its height.
//! What `complete` carries is set by the document (`<html data-receives>`), never by the
//! query string or a message.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{mount_point, window};
use crate::embed::{text_on, EmbedConfig, ResultEvents};

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

/// Puts the chosen look on `<html>` before the app renders: theme, accent, compact,
/// embedded (no page margins, no scrollbars), transparent background.
pub fn apply_look(c: &EmbedConfig) {
    let Some(html) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    if let Some(theme) = c.theme {
        let _ = html.set_attribute("data-theme", theme);
    }
    if c.embedded {
        let _ = html.set_attribute("data-embed", "");
    }
    if c.parent_origin.is_some() {
        // The loader sizes the frame to the content: no scrollbars of its own. A frame
        // without a loader keeps a fixed height and must scroll.
        let _ = html.set_attribute("data-sized", "");
    }
    if c.compact {
        let _ = html.set_attribute("data-compact", "");
    }
    if c.transparent {
        let _ = html.set_attribute("data-transparent", "");
    }
    if let Some(accent) = &c.accent {
        // Set through the CSSOM, which a strict style-src policy allows.
        if let Some(style) = html.dyn_ref::<web_sys::HtmlElement>().map(|h| h.style()) {
            let _ = style.set_property("--accent", accent);
            let _ = style.set_property("--accent-text", text_on(accent));
        }
    }
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

pub fn post_ready() {
    post("ready", &[]);
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

fn content_height() -> f64 {
    mount_point()
        .map(|m| {
            let r = m.get_bounding_client_rect();
            r.bottom() + window().map_or(0.0, |w| w.scroll_y().unwrap_or(0.0))
        })
        .unwrap_or(0.0)
}

/// Reports the content's height now and whenever it changes.
pub fn observe_height() {
    let Some(target) = mount_point() else { return };
    let last = std::rc::Rc::new(std::cell::Cell::new(-1.0f64));
    let report = move || {
        let h = content_height().ceil();
        if (h - last.get()).abs() >= 1.0 {
            last.set(h);
            post("height", &[("height", h.into())]);
        }
    };
    report();
    let callback = Closure::<dyn FnMut()>::new(report);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&target);
        // Both live as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}
