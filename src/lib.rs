//! Crossroads, the Yew shell around `crossroads-core`: screens, components, and the one
//! module (`web`) that talks to the browser.

#[macro_use]
pub mod words;
pub mod app;
pub mod card;
pub mod components;
pub mod earlier;
pub mod embed;
pub mod journey;
pub mod org;
pub mod page_words;
pub mod platform;
pub mod screens;
pub mod sentences;
pub mod web;

/// Runs when the wasm is instantiated: only what must be there before anything else.
pub fn start() {
    web::install_panic_hook();
}

/// Starts the app beside the static intro, once the start-up script (`start/start.js`) has
/// loaded the wasm: with this language's words file (a release keeps the words out of the
/// wasm, `crossroads_core::text`; elsewhere they are inline and `None` comes) and what it
/// found of the organisation's `crossroads.json` (its text, `false` when too large, `null`
/// when none arrived).
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn run(words: Option<String>, organisation: wasm_bindgen::JsValue) {
    if let Some(file) = words {
        if !crossroads_core::text::ready() && crossroads_core::words::install(file).is_err() {
            web::show_error_screen("the words file does not match this build");
            return;
        }
    }
    web::org::install_found(organisation);
    if let Some(root) = web::app_root() {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}

/// A press on the static intro that leaves it (`start`, `resume`, `afresh`, `earlier`),
/// from the start-up script; an unknown name does nothing.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn go(intent: &str) {
    if let Some(intent) = web::intro::Intent::from_name(intent) {
        web::intro::deliver(intent);
    }
}

/// The error screen, callable from JavaScript (`showErrorScreen` of the glue): the start-up
/// script calls it when the wasm traps, and the end-to-end accessibility audit checks it.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = showErrorScreen)]
pub fn show_error_screen(detail: &str) {
    web::show_error_screen(detail);
}
