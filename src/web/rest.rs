//! The rest of the release's code: the release wasm comes in two parts (scripts/split-wasm.mjs),
//! the intro's and the rest (questions, result, links, sharing), which the start-up script
//! fetches when the reader shows an interest. Nothing past the intro may run before the rest
//! is linked: the app waits here, visibly and asynchronously, before it leaves the intro.
//! Builds without the split (`trunk serve`, the browser tests) have it all from the start.
//! An organisation's `crossroads.json` (`crate::org`) is read with the rest too: what the
//! app waits for includes it, so no screen past the intro shows the shipped names first.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::{storage, window};

/// The start-up script's handle on the glue (`window.wasmBindings`), with `loadRest` and
/// `restReady` in a split release; `None` elsewhere.
fn bindings() -> Option<JsValue> {
    let w = window()?;
    let b = Reflect::get(&w, &JsValue::from_str("wasmBindings")).ok()?;
    (!b.is_undefined() && !b.is_null()).then_some(b)
}

fn method(name: &str) -> Option<(JsValue, Function)> {
    let b = bindings()?;
    let f = Reflect::get(&b, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    Some((b, f))
}

/// True when the rest of the code is linked and the catalogue's words are installed (always,
/// in a build that is neither split nor keeps its words apart).
pub fn ready() -> bool {
    let linked = match method("restReady") {
        Some((b, f)) => f.call0(&b).ok().and_then(|v| v.as_bool()).unwrap_or(false),
        None => true,
    };
    // The organisation's file (or its absence) is installed with the rest; a build without
    // the start-up script has none.
    let organised = crate::org::settled() || method("organisation").is_none();
    linked && crossroads_core::text::ready() && organised
}

/// Fetches and links the rest, and fetches the catalogue's words (`crossroads_core::text`)
/// side by side (the glue's `loadRest`, which resolves with the words), then installs them;
/// resolves once both are ready, or with an error if either could not be loaded (the next
/// call tries again). `fresh` starts new requests even while some are under way (a reader's
/// "try again" on a slow one).
pub async fn load(fresh: bool) -> Result<(), ()> {
    let Some((b, f)) = method("loadRest") else {
        return Ok(());
    };
    let promise = f
        .call1(&b, &JsValue::from_bool(fresh))
        .map_err(|_| ())?
        .dyn_into::<Promise>()
        .map_err(|_| ())?;
    let words = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| ())?;
    if let Some(file) = words.as_string() {
        if !crossroads_core::text::ready() {
            crossroads_core::text::install(file).map_err(|_| ())?;
        }
    }
    if !crate::org::settled() {
        let found = match organisation() {
            Some(p) => wasm_bindgen_futures::JsFuture::from(p)
                .await
                .unwrap_or(JsValue::NULL),
            None => JsValue::NULL,
        };
        super::org::install_found(found);
    }
    Ok(())
}

/// The note the intro shows of the organisation's file before the rest reads it
/// (`crate::org::set_early_note`), from the browser's parse of it (the glue's
/// `organisationNote`); true when there is one to show, and the rest has not read the file
/// meanwhile.
pub async fn early_organisation() -> bool {
    let note = method("organisationNote").and_then(|(b, f)| f.call0(&b).ok());
    let Some(note) = note.and_then(|p| p.dyn_into::<Promise>().ok()) else {
        return false;
    };
    let Some(raw) = wasm_bindgen_futures::JsFuture::from(note)
        .await
        .ok()
        .and_then(|n| n.as_string())
    else {
        return false;
    };
    if crate::org::settled() {
        return false;
    }
    crate::org::set_early_note(&raw);
    true
}

/// The start-up script's request for the organisation's `crossroads.json` beside the page
/// (the glue's `organisation`): a promise of its text, `false` when it is too large to read,
/// `null` when there is none; `None` in a build without that script.
fn organisation() -> Option<Promise> {
    let (b, f) = method("organisation")?;
    f.call0(&b).ok()?.dyn_into::<Promise>().ok()
}

/// True when the page opens past the intro, or may: a link or screen in the address, saved
/// progress (to decode and offer) or earlier results (whose way in the intro shows), or a
/// host page asking to start on the questions or over.
/// The start-up script asks the same (`further()` in scripts/postbuild.mjs) to fetch both
/// parts side by side; this is what the app relies on before it reads any of them.
pub fn needed_at_start() -> bool {
    !super::fragment().is_empty()
        || super::has_query_flag("start-over")
        || super::embed::config().start_questions
        || storage::has_saved()
}
