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
pub mod page;
pub mod platform;
pub mod screens;
pub mod text;
pub mod web;

/// Mounts the widget into `<div id="crossroads">`, replacing the static shell there.
pub fn start() {
    web::install_panic_hook();
    web::embed::apply_look(&web::embed::config());
    // A page that opens past the intro reads a link or saved answers at once, and that is
    // code of the rest (`web::rest`): mount once it is there. The start-up script has
    // usually fetched it alongside the first part already.
    if web::rest::needed_at_start() && !web::rest::ready() {
        wasm_bindgen_futures::spawn_local(async {
            match web::rest::load(false).await {
                Ok(()) => mount(),
                Err(()) => web::show_start_failure(page::word(page::Word::FailedAtStart)),
            }
        });
    } else {
        mount();
    }
}

fn mount() {
    if let Some(root) = web::mount_point() {
        yew::Renderer::<app::App>::with_root(root).render();
    }
}

/// The error screen, callable from JavaScript (`window.wasmBindings.showErrorScreen`): the
/// release's start-up script calls it when the wasm traps (a panic there aborts at once),
/// and the end-to-end accessibility audit checks it in the release build.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = showErrorScreen)]
pub fn show_error_screen(detail: &str) {
    web::show_error_screen(detail);
}
