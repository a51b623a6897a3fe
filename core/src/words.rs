//! The catalogue's words as a whole: every text of the catalogue, the text file written from
//! them (`examples/text_file.rs` prints the release's), and reading one back, complete for
//! this catalogue, into the table texts are read from (`text`).

use crate::content::{
    ADVICE, ASK_THEM, CONTEXT_QUESTIONS, PATHS, STATEMENTS, TALK_QUESTIONS, THEMES,
};
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
use crate::text::{Alternative, ALTERNATIVE};
use crate::text::{Text, TextFileError, TextTable};

/// Every alternative wording of the catalogue, beside the text it stands in for (only where
/// texts are embedded: the text file is written from there).
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub fn catalogue_alternatives() -> impl Iterator<Item = (Text, Alternative)> {
    let statements = STATEMENTS.iter().map(|s| (s.text, s.manager));
    let context = CONTEXT_QUESTIONS
        .iter()
        .flat_map(|q| [(q.text, q.manager), (q.help, q.manager_help)]);
    statements
        .chain(context)
        .filter(|(_, alternative)| !alternative.is_empty())
}

/// Every text of the catalogue, in catalogue order (repeats included).
pub fn catalogue_texts() -> impl Iterator<Item = Text> {
    let paths = PATHS.iter().flat_map(|p| {
        [p.name, p.summary, p.description]
            .into_iter()
            .chain(p.shapes.iter().flat_map(|s| [s.name, s.text]))
    });
    let themes = THEMES
        .iter()
        .flat_map(|t| [t.name, t.description, t.left, t.right]);
    let statements = STATEMENTS.iter().flat_map(|s| [s.text, s.why]);
    let context = CONTEXT_QUESTIONS.iter().flat_map(|q| {
        [q.text, q.help]
            .into_iter()
            .chain(q.options.iter().map(|o| o.label))
    });
    let advice = ADVICE.iter().flat_map(|a| [a.title, a.text]);
    let talk = TALK_QUESTIONS.iter().chain(&ASK_THEM).map(|q| q.text);
    paths
        .chain(themes)
        .chain(statements)
        .chain(context)
        .chain(advice)
        .chain(talk)
        .chain(crate::link::LinkError::MESSAGES)
}

/// The text file for the catalogue as embedded here: one line per distinct text, its key in
/// eight hex digits, a tab, the text; sorted by key, so that one catalogue always gives the
/// same file.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub fn text_file() -> String {
    text_file_of(catalogue_texts())
}

/// The text file for these texts (the catalogue's and an app's own words, say), as
/// [`text_file`] writes it, with the catalogue's alternative wordings.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub fn text_file_of(texts: impl Iterator<Item = Text>) -> String {
    let alternatives = catalogue_alternatives().map(|(t, a)| (t.key() ^ ALTERNATIVE, a.as_str()));
    let mut lines: Vec<(u32, &str)> = texts
        .map(|t| (t.key(), t.as_str()))
        .chain(alternatives)
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
        .into_iter()
        .map(|(key, text)| format!("{key:08x}\t{text}\n"))
        .collect()
}

impl TextTable {
    /// Reads a text file, refusing one that does not hold every text of this catalogue.
    pub fn parse(file: &'static str) -> Result<TextTable, TextFileError> {
        TextTable::parse_with(file, &[])
    }

    /// Reads a text file, refusing one that does not hold every text of this catalogue and
    /// every one of `more` (an app's own words).
    pub fn parse_with(file: &'static str, more: &[Text]) -> Result<TextTable, TextFileError> {
        let table = TextTable::read(file)?;
        match catalogue_texts()
            .chain(more.iter().copied())
            .find(|t| table.get(t.key()).is_none())
        {
            Some(missing) => Err(TextFileError::Missing(missing.key())),
            None => Ok(table),
        }
    }
}

/// Makes a text file the catalogue's words. Where texts are embedded (host, debug builds)
/// the file is checked and the embedded words stay.
pub fn install(file: String) -> Result<(), TextFileError> {
    install_with(file, &[])
}

/// [`install`], requiring `more` (an app's own words) in the file as well. Never inlined into
/// its caller (the intro's code, which loads the rest), so that reading the file stays code
/// of the rest.
#[inline(never)]
pub fn install_with(file: String, more: &[Text]) -> Result<(), TextFileError> {
    let file: &'static str = Box::leak(file.into_boxed_str());
    let table = TextTable::parse_with(file, more)?;
    crate::text::keep(table);
    Ok(())
}
