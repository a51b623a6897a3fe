//! The organisation's file as the start-up script found it, installed (`crate::org`), with
//! one console warning for each thing in it that does not apply, before the app starts.

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::org::File;

/// Installs what the start-up script's request found (`start/start.js`): the text, `false`
/// for a file too large, or nothing.
pub fn install_found(found: JsValue) {
    let file = match found.as_string() {
        Some(text) => File::Text(text),
        None if found.as_bool() == Some(false) => File::TooLarge,
        None => File::None,
    };
    for problem in crate::org::install(file) {
        warn(&format!("Crossroads: crossroads.json: {problem}"));
    }
}

/// `console.warn(text)`, through the global object.
fn warn(text: &str) {
    let console = Reflect::get(&js_sys::global(), &"console".into());
    let Ok(console) = console else { return };
    if let Some(f) = Reflect::get(&console, &"warn".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
    {
        let _ = f.call1(&console, &JsValue::from_str(text));
    }
}
