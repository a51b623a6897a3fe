//! The app's own words past the intro: written inline as `tr!("…")` (or `trf!("… {} …", x)`
//! with values), and, like the catalogue's (`crossroads_core::text`), kept out of the release
//! wasm: there each is a key into the words file that comes with the rest of the code. The
//! build script (`build.rs`) collects every literal into [`ALL`], which the words file is
//! made of (`examples/text_file.rs`; a test below checks it holds them all; the file is
//! named by its content, so a page never pairs a wasm with another build's words).
//!
//! The intro's own code runs before the words file is there, so it keeps plain literals (a
//! test below holds it to that).

use std::fmt::Display;

include!(concat!(env!("OUT_DIR"), "/words.rs"));

/// A word of the app's own, as `&'static str`.
macro_rules! tr {
    ($text:literal) => {
        crossroads_core::t!($text).as_str()
    };
}

/// A word of the app's own with values in its `{}`s, in order.
macro_rules! trf {
    ($text:literal, $($value:expr),+ $(,)?) => {
        $crate::words::fill(crossroads_core::t!($text).as_str(), &[$(&$value),+])
    };
}

/// The text with each `{}` replaced by the next value.
pub fn fill(text: &str, values: &[&dyn Display]) -> String {
    let mut out = String::with_capacity(text.len() + 16 * values.len());
    let mut values = values.iter();
    let mut rest = text;
    while let Some(at) = rest.find("{}") {
        out.push_str(&rest[..at]);
        if let Some(v) = values.next() {
            out.push_str(&v.to_string());
        }
        rest = &rest[at + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn values_fill_the_gaps_in_order() {
        assert_eq!(fill("{} of {} done", &[&3, &"ten"]), "3 of ten done");
        assert_eq!(fill("no gaps", &[&1]), "no gaps");
        assert_eq!(
            trf!("Deleted the result of {}.", "29 Nov"),
            "Deleted the result of 29 Nov."
        );
    }

    #[test]
    fn every_word_is_collected() {
        let all: Vec<&str> = ALL.iter().map(|t| t.as_str()).collect();
        assert!(all.contains(&"Deleted the result of {}."), "{all:?}");
        assert!(all.iter().all(|w| !w.is_empty()));
    }

    /// The words file the release writes holds every word, and installing it checks them.
    #[test]
    fn the_words_file_holds_them_all() {
        let file = crossroads_core::words::text_file_of(
            crossroads_core::words::catalogue_texts().chain(ALL.iter().copied()),
        );
        let file: &'static str = Box::leak(file.into_boxed_str());
        let table = crossroads_core::text::TextTable::parse_with(file, ALL).expect("parses");
        for w in ALL {
            assert_eq!(table.get(w.key()), Some(w.as_str()));
        }
        // A file without the app's words (the catalogue's alone) is refused.
        let catalogue: &'static str =
            Box::leak(crossroads_core::words::text_file().into_boxed_str());
        assert!(crossroads_core::text::TextTable::parse_with(catalogue, ALL).is_err());
    }
}
