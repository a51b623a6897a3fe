//! The catalogue's text file: what a release build for the browser fetches instead of
//! carrying its words in the wasm (`crossroads_core::text`, `crossroads_core::words`).

use std::collections::HashMap;

use crossroads_core::text::{hash, TextFileError, TextTable, ALTERNATIVE};
use crossroads_core::words::{catalogue_alternatives, catalogue_texts, install, text_file};

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

#[test]
fn every_text_has_its_own_key() {
    let mut by_key: HashMap<u32, &str> = HashMap::new();
    for text in catalogue_texts() {
        if let Some(other) = by_key.insert(text.key(), text.as_str()) {
            assert_eq!(
                other,
                text.as_str(),
                "two texts share the key {:08x}",
                text.key()
            );
        }
        assert_eq!(text.key(), hash(text.as_str()));
    }
    assert!(by_key.len() > 200, "{} texts", by_key.len());
    // An alternative wording's key (its text's key XOR `ALTERNATIVE`) is nobody else's.
    let mut alternatives = 0;
    for (text, alternative) in catalogue_alternatives() {
        let key = text.key() ^ ALTERNATIVE;
        assert!(
            by_key.insert(key, alternative.as_str()).is_none(),
            "the alternative to {:?} shares the key {key:08x}",
            text.as_str()
        );
        alternatives += 1;
    }
    assert!(alternatives >= 12, "{alternatives} alternatives");
}

#[test]
fn the_text_file_holds_every_text_once_and_reads_back() {
    let file = text_file();
    assert_eq!(file, text_file(), "one catalogue, one file");
    let table = TextTable::parse(leak(file.clone())).expect("the build's own file");
    for text in catalogue_texts() {
        assert_eq!(table.get(text.key()), Some(text.as_str()));
    }
    for (text, alternative) in catalogue_alternatives() {
        assert_eq!(
            table.get(text.key() ^ ALTERNATIVE),
            Some(alternative.as_str())
        );
    }
    let lines: Vec<&str> = file.lines().collect();
    let mut sorted = lines.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(lines, sorted, "sorted by key, each line once");
    assert!(
        catalogue_texts().all(|t| !t.contains(['\t', '\n', '\r'])),
        "a text with a tab or a line break would not fit on its line"
    );
    install(file).expect("install");
}

#[test]
fn a_file_from_another_catalogue_is_refused() {
    let file = text_file();
    // The first line that holds a text of the catalogue (alternatives are optional).
    let key_of = |line: &str| u32::from_str_radix(&line[..8], 16).unwrap();
    let first = file
        .lines()
        .find(|l| catalogue_texts().any(|t| t.key() == key_of(l)))
        .unwrap();
    let key = key_of(first);
    let without_first = leak(
        file.lines()
            .filter(|l| *l != first)
            .map(|l| format!("{l}\n"))
            .collect(),
    );
    assert_eq!(
        TextTable::parse(without_first),
        Err(TextFileError::Missing(key))
    );

    let repeated = leak(format!("{first}\n{file}"));
    assert_eq!(
        TextTable::parse(repeated),
        Err(TextFileError::Repeated(key))
    );

    for (bad, line) in [
        ("no tab here\n", 1),
        ("12345\tshort key\n", 1),
        ("zzzzzzzz\tnot hex\n", 1),
    ] {
        assert_eq!(
            TextTable::parse(bad),
            Err(TextFileError::Malformed(line)),
            "{bad:?}"
        );
    }
    assert_eq!(install("\n".into()), Err(TextFileError::Malformed(1)));
}
