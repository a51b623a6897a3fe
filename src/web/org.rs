//! The organisation's file as the start-up script found it, installed (`crate::org`), with
//! one console warning for each thing in it that does not apply. Code of the rest: the app
//! calls it once the rest is linked (`super::rest::load`).

use js_sys::{Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::org::File;

/// Installs what the start-up script's request found (`super::rest::organisation`): the
/// text, `false` for a file too large, or nothing. Never inlined into its caller, which is
/// code of the intro's part.
#[inline(never)]
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

/// `console.warn(text)`, through the global object (a typed binding would add its function
/// to the glue of the first load).
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
