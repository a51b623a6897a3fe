//! Sharing a result link: the widget's own address, the clipboard (with a fallback for
//! browsers or frames that refuse the Clipboard API) and the system share sheet.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::window;
use crate::card::Card;

/// The widget's own address without query or fragment: where a result link points (the
/// plain widget, from a page that announces result events). `location.origin` is the
/// address's origin, the real one even in a sandboxed frame (WordPress's embeds), where the
/// document's own origin (`window.origin`) is "null".
pub fn widget_url() -> String {
    let events = super::embed::config().result_events;
    window()
        .and_then(|w| {
            let l = w.location();
            Some(format!(
                "{}{}",
                l.origin().ok()?,
                crate::embed::link_page(&l.pathname().ok()?, events)
            ))
        })
        .unwrap_or_default()
}

/// Copies text to the clipboard. Tries the Clipboard API first; when that is missing or
/// refused (an unfocused or sandboxed frame, or one whose permissions policy forbids it:
/// embed/wp-frame.js turns it away early in WordPress's), falls back to a selected,
/// off-screen field and the legacy copy command. True when either worked.
pub async fn copy_text(text: &str) -> bool {
    if let Some(clipboard) = window().map(|w| w.navigator().clipboard()) {
        let writing: Promise = clipboard.write_text(text);
        if JsFuture::from(writing).await.is_ok() {
            return true;
        }
    }
    copy_with_selection(text)
}

fn copy_with_selection(text: &str) -> bool {
    let Some(doc) = window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(body) = doc.body() else { return false };
    let Ok(area) = doc
        .create_element("textarea")
        .map(|e| e.unchecked_into::<web_sys::HtmlTextAreaElement>())
    else {
        return false;
    };
    area.set_value(text);
    let _ = area.set_attribute("readonly", "");
    let _ = area.set_attribute("aria-hidden", "true");
    let _ = area.set_attribute("class", "offscreen-copy");
    if body.append_child(&area).is_err() {
        return false;
    }
    area.select();
    let copied = doc
        .dyn_ref::<web_sys::HtmlDocument>()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false);
    area.remove();
    copied
}

fn share_function() -> Option<(web_sys::Navigator, Function)> {
    let navigator = window()?.navigator();
    let f = Reflect::get(&navigator, &JsValue::from_str("share")).ok()?;
    f.dyn_into::<Function>().ok().map(|f| (navigator, f))
}

/// True when the browser offers a system share sheet.
pub fn can_share() -> bool {
    share_function().is_some()
}

/// Opens the system share sheet with the link, and the card as an image where the browser
/// can share files. False when it is missing, refused or dismissed.
pub async fn share(title: &str, url: &str, card: Option<Card>) -> bool {
    let Some((navigator, f)) = share_function() else {
        return false;
    };
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    if let Some(card) = card {
        if let Some(file) = super::card::shareable(&card, &navigator).await {
            let _ = Reflect::set(&data, &"files".into(), &js_sys::Array::of1(&file));
        }
    }
    match f.call1(&navigator, &data) {
        Ok(p) => match p.dyn_into::<Promise>() {
            Ok(p) => JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
