//! The only module that touches browser APIs (web-sys, gloo). Screens and components get
//! what they need through the app's callbacks. Every call here tolerates a browser that
//! refuses it: storage may be blocked, history may be sandboxed, and nothing may panic.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

pub mod card;
pub mod earlier_store;
pub mod embed;
pub mod intro;
pub mod keys;
pub mod org;
pub mod platform;
pub mod share;
pub mod storage;

/// The element the widget mounts into.
pub const MOUNT_ID: &str = "crossroads";

pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}

/// `<div id="crossroads">`, if the page has it.
pub fn mount_point() -> Option<Element> {
    document()?.get_element_by_id(MOUNT_ID)
}

/// The element the app renders into: after the static intro, inside the widget's root (so
/// that a host measuring the root measures both).
pub fn app_root() -> Option<Element> {
    let root = mount_point()?;
    let app = document()?.create_element("div").ok()?;
    app.set_class_name("app");
    root.append_child(&app).ok()?;
    Some(app)
}

/// Tells performance tooling (and the tests) that the app runs (`crossroads-ready`, the
/// intro's, is the start-up script's).
pub fn mark_ready() {
    if let Some(perf) = window().and_then(|w| w.performance()) {
        let _ = perf.mark("crossroads-app");
    }
}

/// Moves keyboard and screen-reader focus to an element by id (a screen's heading).
pub fn focus(id: &str) {
    if let Some(el) = document()
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scrolls the widget's top into view if it is above the viewport (a new screen).
pub fn scroll_to_top() {
    if let Some(w) = window() {
        if w.scroll_y().unwrap_or(0.0) > 0.0 {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    }
}

/// Opens the print dialog.
pub fn print(part: Option<&str>) {
    let Some(w) = window() else { return };
    // The style sheet prints the short form unless the page names another (`data-print`:
    // "all" for everything, "talk" for the conversation guide alone).
    let root = document().and_then(|d| d.document_element());
    if let (Some(part), Some(root)) = (part, &root) {
        let _ = root.set_attribute("data-print", part);
    }
    // The dialog is modal: print() returns once it is closed, and the page is as before.
    let _ = w.print();
    if let Some(root) = root {
        let _ = root.remove_attribute("data-print");
    }
}

/// Moves to a section of the current screen: scrolls its heading into view and focuses it
/// (the heading has `tabindex="-1"`), leaving the address as it is.
pub fn jump_to(id: &str) {
    let Some(el) = document().and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    el.scroll_into_view();
    if let Ok(el) = el.dyn_into::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// The string pairs of a JavaScript iterable of `[key, value]` arrays (a `URLSearchParams`,
/// `Object.entries(…)`); an entry that is not two strings is skipped.
pub fn string_pairs(iterable: &JsValue) -> Vec<(String, String)> {
    js_sys::try_iter(iterable)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .filter_map(|entry| {
            let pair: js_sys::Array = entry.ok()?.dyn_into().ok()?;
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// The current fragment without `#`, or empty. WordPress's frame address (`#?secret=…`, which
/// it gives the frame of an embed for its own messages: embed/wp-frame.js) is no screen or
/// link: it reads as none, as for the start-up script (`start/start.js`), which then
/// loads the app only on interest; the intro leaves it in the address.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .filter(|f| !f.starts_with(WORDPRESS_FRAGMENT))
        .unwrap_or_default()
}

/// How WordPress's frame address starts (after `#`).
const WORDPRESS_FRAGMENT: &str = "?secret=";

/// True when this load returns to an entry the person was already on: a reload, or back or
/// forward from another page (a restored tab counts too). Its fragment can then be one screen
/// behind the saved progress: the history entry for a new screen is written in a later task
/// (see `App`), and a reload can fall in between.
pub fn is_return_visit() -> bool {
    let Some(perf) = window().and_then(|w| w.performance()) else {
        return false;
    };
    let entry = perf.get_entries_by_type("navigation").get(0);
    js_sys::Reflect::get(&entry, &wasm_bindgen::JsValue::from_str("type"))
        .ok()
        .and_then(|t| t.as_string())
        .is_some_and(|t| t == "reload" || t == "back_forward")
}

/// Query-string flag such as `?start-over=1`.
pub fn has_query_flag(name: &str) -> bool {
    window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| {
            s.trim_start_matches('?')
                .split('&')
                .any(|kv| kv.split('=').next() == Some(name))
        })
}

/// Adds a history entry whose fragment names the screen, so back and forward move between
/// screens. `replace` rewrites the current entry instead (the first screen of a visit).
pub fn set_fragment(fragment: &str, replace: bool) {
    let Some(w) = window() else { return };
    let Ok(history) = w.history() else { return };
    let location = w.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    let url = if fragment.is_empty() {
        base
    } else {
        format!("{base}#{fragment}")
    };
    // A sandboxed or opaque document can refuse history changes: then the app simply
    // works without back/forward entries.
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Runs `f` once the browser has painted what this task changed: in a task after the next
/// animation frame, for work that must happen, but not before the person sees the result of
/// their click. (A timer alone may run before that frame, and delay it.) While the page is
/// hidden there is no frame, and `f` waits until it shows again.
pub fn after_paint(f: impl FnOnce() + 'static) {
    before_paint(move || after(0, f));
}

/// Runs `f` in the next animation frame, just before the browser lays out and paints the
/// changes of this task: what `f` reads of the layout (a scroll position, what focus
/// scrolls to) then costs the one layout that the paint uses, not one more.
pub fn before_paint(f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    // Fails only in a torn-down document, where there is nothing left to update.
    let _ = w.request_animation_frame(callback.unchecked_ref());
}

/// Runs `f` after `ms` milliseconds (for a wait that lasts too long to go unremarked).
pub fn after(ms: i32, f: impl FnOnce() + 'static) {
    let Some(w) = window() else { return };
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    // Fails only in a torn-down document, where there is nothing left to update.
    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
}

/// Drops a query flag from the address bar without reloading.
pub fn clear_query() {
    if let Some(w) = window() {
        if let Ok(history) = w.history() {
            let location = w.location();
            let url = format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.hash().unwrap_or_default()
            );
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Calls `f` with the new fragment whenever the browser's back or forward button changes
/// it. The listener lives as long as the returned guard.
pub fn on_back_forward(f: impl Fn(String) + 'static) -> Option<gloo::events::EventListener> {
    let w = window()?;
    Some(gloo::events::EventListener::new(
        &w,
        "popstate",
        move |_| f(fragment()),
    ))
}

/// A key press, with what the app needs to know to decide whether it is a shortcut.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPress {
    pub key: String,
    /// Ctrl, Alt or Meta was held: the browser's shortcut, not ours.
    pub modified: bool,
    /// Focus is in a field that takes text, where shortcuts must not fire.
    pub in_text_field: bool,
    /// Focus is on a button, link or disclosure, where Enter already means something.
    pub on_control: bool,
}

/// Calls `f` for every key pressed anywhere on the page; when it returns true the key's
/// default action is prevented.
pub fn on_key(f: impl Fn(&KeyPress) -> bool + 'static) -> Option<gloo::events::EventListener> {
    let d = document()?;
    // Not passive: a shortcut's default action (scrolling on a digit, submitting on Enter)
    // must be preventable.
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    Some(gloo::events::EventListener::new_with_options(
        &d,
        "keydown",
        options,
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let tag = target.as_ref().map(Element::tag_name).unwrap_or_default();
            let input_type = target
                .as_ref()
                .and_then(|el| el.get_attribute("type"))
                .unwrap_or_default();
            let press = KeyPress {
                key: e.key(),
                modified: e.ctrl_key() || e.meta_key() || e.alt_key(),
                in_text_field: matches!(tag.as_str(), "TEXTAREA" | "SELECT")
                    || (tag == "INPUT" && !matches!(input_type.as_str(), "radio" | "checkbox")),
                on_control: matches!(tag.as_str(), "BUTTON" | "A" | "SUMMARY"),
            };
            if f(&press) {
                e.prevent_default();
            }
        },
    ))
}

/// Replaces the widget with a friendly message when Rust panics, instead of leaving a
/// frozen or blank box. Written with plain DOM calls: the app itself may be broken.
///
/// The size-built release (`scripts/build`) uses `panic = "immediate-abort"`: a panic traps
/// at once, with no hook and no message, and the start-up script (`start/start.js`)
/// catches the trap and calls `showErrorScreen`. Other builds install this hook.
pub fn install_panic_hook() {
    #[cfg(panic = "abort")]
    std::panic::set_hook(Box::new(|info| {
        show_error_screen(&info.to_string());
    }));
}

/// Paints the error screen into the mount point.
pub fn show_error_screen(detail: &str) {
    let Some(root) = mount_point() else { return };
    let Some(doc) = document() else { return };
    let path = window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    // The page's words (`crate::page_words`) are its own text, never markup from elsewhere.
    use crate::page_words::{word, Word::*};
    root.set_inner_html(&format!(
        r#"<main class="screen error-screen" aria-labelledby="screen-title">
<h1 id="screen-title" tabindex="-1">{}</h1>
<p>{}</p>
<p class="actions"><a class="button primary" href="{path}">{}</a>
<a class="button" href="{path}?start-over=1">{}</a></p>
<details><summary>{}</summary><pre id="error-detail"></pre></details>
</main>"#,
        word(ErrorTitle),
        word(ErrorText),
        word(ErrorReload),
        word(ErrorStartOver),
        word(ErrorDetails),
    ));
    // The detail goes in as text, never as markup.
    if let Some(pre) = doc.get_element_by_id("error-detail") {
        pre.set_text_content(Some(detail));
    }
    focus("screen-title");
}
