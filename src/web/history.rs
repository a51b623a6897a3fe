//! The earlier results kept in this browser (`crate::earlier`), read and written in the
//! same storage as saved progress. Blocked or full storage keeps nothing and says nothing:
//! the list is a convenience, and saving progress already tells the reader when storage
//! fails.

use js_sys::{Date, Object, Reflect};
use wasm_bindgen::JsValue;

use super::storage;
use crate::earlier::{self, Kept};

/// When a result was reached, as the reader reads it: "29 Nov 2026, 10:05" in their time zone.
pub fn when(at: u64) -> String {
    let date = Date::new(&JsValue::from_f64(at as f64));
    let options = Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "short"),
        ("year", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        let _ = Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_string("en-GB", &options))
}

/// The kept results, newest first; none when storage is blocked.
pub fn load() -> Vec<Kept> {
    read(when)
}

fn read(when: impl Fn(u64) -> String) -> Vec<Kept> {
    storage::read(storage::EARLIER_KEY)
        .map(|raw| earlier::parse(&raw, when))
        .unwrap_or_default()
}

/// Stores the list (removing the key when it is empty). False when storage refused.
pub fn save(kept: &[Kept]) -> bool {
    if kept.is_empty() {
        return storage::remove(storage::EARLIER_KEY);
    }
    storage::write(storage::EARLIER_KEY, &earlier::serialise(kept))
}

/// Keeps the person's result, reached now, in a later task (after the result is painted).
/// Never inlined into the app's effect that calls it, so that it stays in the rest of the
/// code (scripts/split-wasm.mjs).
#[inline(never)]
pub fn record(answers: &crossroads_core::Answers) {
    // Whole milliseconds: integers keep float formatting out of the wasm.
    let now = Date::now() as u64;
    let answers = answers.clone();
    super::soon(move || {
        // Only the stored form is written: no need to say when for the reader.
        let mut kept = read(|_| String::new());
        if earlier::record(&mut kept, &answers, now, String::new()) {
            save(&kept);
        }
    });
}
