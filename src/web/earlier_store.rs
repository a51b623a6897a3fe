//! Where the earlier results are kept in this browser (`crate::earlier`): read and written in the
//! same storage as saved progress. Blocked or full storage keeps nothing and says nothing:
//! the list is a convenience, and saving progress already tells the reader when storage
//! fails.

use js_sys::{Array, Date, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::storage;
use crate::earlier::{self, Kept};

/// Says when a result was reached, as the reader reads it: "29 Nov 2026, 10:05:33" in their
/// time zone, in the page's language ("29. Nov. 2026, 10:05:33" under `<html lang="de">`).
/// One formatter for a whole list (making one takes about a millisecond).
fn when_teller() -> impl Fn(u64) -> String {
    let lang = crate::page_words::language();
    let locale = earlier::date_locale(&lang);
    let options = Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        // Two results of one minute (a quick second run) must read apart.
        ("second", "2-digit"),
    ] {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    let format: Option<Function> = Reflect::get(&js_sys::global(), &"Intl".into())
        .and_then(|intl| Reflect::get(&intl, &"DateTimeFormat".into()))
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
        .and_then(|c| Reflect::construct(&c, &Array::of2(&locale.into(), &options)).ok())
        .and_then(|f| Reflect::get(&f, &"format".into()).ok())
        .and_then(|f| f.dyn_into().ok());
    // Without Intl, or with a tag it refuses: the English page's way.
    move |at| {
        let date = Date::new(&JsValue::from_f64(at as f64));
        format
            .as_ref()
            .and_then(|f| f.call1(&JsValue::UNDEFINED, &date).ok())
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| String::from(date.to_locale_string("en-GB", &options)))
    }
}

/// The kept results, newest first, each saying when it was reached if `dated` (which costs a
/// date formatter: not for a mere look at what is there); none when storage is blocked.
pub fn load(dated: bool) -> Vec<Kept> {
    match storage::read(storage::EARLIER_KEY) {
        Some(raw) if dated && !raw.is_empty() => earlier::parse(&raw, when_teller()),
        Some(raw) => earlier::parse(&raw, |_| String::new()),
        None => Vec::new(),
    }
}

/// Stores the list (removing the key when it is empty). False when storage refused.
pub fn save(kept: &[Kept]) -> bool {
    super::intro::earlier_changed(kept.len());
    if kept.is_empty() {
        return storage::remove(storage::EARLIER_KEY);
    }
    storage::write(storage::EARLIER_KEY, &earlier::serialise(kept))
}

/// Keeps the person's result, reached now, in a later task (after the result is painted).
pub fn keep_reached(answers: &crossroads_core::Answers) {
    // Whole milliseconds: integers keep float formatting out of the wasm.
    let now = Date::now() as u64;
    let answers = answers.clone();
    super::after_paint(move || {
        // Only the stored form is written: no need to say when for the reader.
        let mut kept = load(false);
        if earlier::add_reached(&mut kept, &answers, now, String::new()) {
            save(&kept);
        }
    });
}
