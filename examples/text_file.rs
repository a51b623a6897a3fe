//! Prints the words file of the release (`crossroads_core::text`): the catalogue's words and
//! the app's own (`crossroads::words`), which a release build for the browser leaves out of
//! its wasm. `scripts/finish.mjs` writes it beside the wasm, once per language:
//!
//!   cargo run -q --example text_file                 English, the source
//!   cargo run -q --example text_file -- --lang de    German, from i18n/de.tsv
//!   cargo run -q --example text_file -- --pseudo     accented and 40% longer, for layout tests
//!   cargo run -q --example text_file -- --pseudo --page   the page's own words so (`src/page_words.rs`),
//!                                                  `|`-separated as a page carries them
//!   cargo run -q --example text_file -- --page de     the page's own words in German, one
//!                                                  `id<TAB>text` line each, the counts filled in
//!   cargo run -q --example text_file -- --languages   `code<TAB>name<TAB>og:locale` of every language
//!
//! A translation that does not cover every word exactly fails with its reason.

use std::process::ExitCode;

use crossroads_core::lang::{self, Language};
use crossroads_core::words::{catalogue_texts, text_file_of};

fn main() -> ExitCode {
    let english = text_file_of(catalogue_texts().chain(crossroads::words::ALL.iter().copied()));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let words = match args[..] {
        [] => Ok(english),
        ["--pseudo"] => Ok(lang::pseudo(&english)),
        ["--pseudo", "--page"] => Ok(crossroads::page_words::english()
            .map(|(_, text)| lang::pseudo_text(text))
            .collect::<Vec<_>>()
            .join("|")),
        ["--page", code] => crossroads::page_words::words_in(code).map(|words| {
            let lines: Vec<String> = words
                .iter()
                .map(|(id, text)| format!("{id}\t{text}\n"))
                .collect();
            lines.concat()
        }),
        ["--languages"] => Ok(crossroads::page_words::LANGUAGES
            .iter()
            .map(|(code, name)| {
                let locale = Language::from_tag(code).map_or("", Language::locale);
                format!("{code}\t{name}\t{locale}\n")
            })
            .collect()),
        ["--lang", code] => match Language::from_tag(code).filter(|l| l.code() == code) {
            Some(language) => match language.translation_file() {
                None => Ok(english),
                Some(file) => {
                    lang::translate(&english, file).map_err(|e| format!("i18n/{code}.tsv: {e}"))
                }
            },
            None => Err(format!("no language \"{code}\"")),
        },
        _ => Err(
            "usage: text_file [--lang <code> | --page <code> | --languages | --pseudo [--page]]"
                .to_string(),
        ),
    };
    match words {
        Ok(words) => {
            print!("{words}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
