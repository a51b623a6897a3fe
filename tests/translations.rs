//! Every language against the release's words (the catalogue's and the app's own), by the
//! rules of `docs/translating.md`: each text translated from the English the words file now
//! holds, nothing stale, nothing left in English but the glossary's loanwords, and every
//! placeholder and number kept.
#![cfg(not(target_arch = "wasm32"))]

use crossroads::words::ALL;
use crossroads_core::lang::{self, entries, Language};
use crossroads_core::text::TextTable;
use crossroads_core::words::{catalogue_texts, text_file_of};

/// The release's words file in English, as `examples/text_file.rs` prints it.
fn english() -> String {
    text_file_of(catalogue_texts().chain(ALL.iter().copied()))
}

fn translations() -> impl Iterator<Item = (Language, &'static str)> {
    Language::ALL
        .into_iter()
        .filter_map(|l| l.translation_file().map(|f| (l, f)))
}

/// The loanwords the glossary keeps as in English for a language: the backticked items of
/// the list under "### Kept as in English" in its section ("## … (<code>)"), each a whole
/// text.
fn loanwords(language: Language) -> Vec<&'static str> {
    let guide = include_str!("../docs/translating.md");
    let heading = format!("({})\n", language.code());
    let section = guide
        .split("\n## ")
        .find(|s| {
            s.lines()
                .next()
                .is_some_and(|l| l.ends_with(heading.trim_end()))
        })
        .unwrap_or_else(|| panic!("docs/translating.md has no section for {language}"));
    let start = section
        .find("### Kept as in English")
        .unwrap_or_else(|| panic!("the {language} section lists no loanwords"));
    section[start..]
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with('#'))
        .filter_map(|l| l.strip_prefix("- `"))
        .filter_map(|l| l.split('`').next())
        .collect()
}

/// The numbers of a text, in order: what a translation must keep.
fn numbers(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|n| !n.is_empty())
        .collect()
}

#[test]
fn every_language_translates_every_word_and_nothing_else() {
    let english = english();
    for (language, file) in translations() {
        let words =
            lang::translate(&english, file).unwrap_or_else(|e| panic!("i18n/{language}.tsv: {e}"));
        let words: &'static str = Box::leak(words.into_boxed_str());
        // The file the build writes for it is one the widget installs: every key, once.
        TextTable::parse_with(words, ALL).unwrap_or_else(|e| panic!("{language}: {e}"));
        assert_eq!(words.lines().count(), english.lines().count());
    }
}

#[test]
fn only_loanwords_stay_in_english() {
    for (language, file) in translations() {
        let kept = loanwords(language);
        for e in entries(file).expect("parses") {
            if e.text == e.english {
                assert!(
                    kept.contains(&e.english),
                    "{language}: {:08x} \"{}\" is not translated, and not a loanword of docs/translating.md",
                    e.key,
                    e.english
                );
            }
        }
        // Each loanword is a text the English still has, and kept in this language.
        for word in kept {
            let line = entries(file)
                .unwrap()
                .into_iter()
                .find(|e| e.english == word);
            let line =
                line.unwrap_or_else(|| panic!("{language} keeps \"{word}\", which no text is"));
            assert_eq!(
                line.text, word,
                "{language} lists \"{word}\" as kept, but translates it"
            );
        }
    }
}

#[test]
fn placeholders_and_numbers_survive_translation() {
    for (language, file) in translations() {
        for e in entries(file).expect("parses") {
            let at = &format!(
                "{language}: {:08x} \"{}\" -> \"{}\"",
                e.key, e.english, e.text
            );
            assert_eq!(
                e.text.matches("{}").count(),
                e.english.matches("{}").count(),
                "{at}"
            );
            // Every number of the English, as often (a translation may add one: „1:1-Gespräch“).
            let mut got = numbers(e.text);
            for n in numbers(e.english) {
                let at_n = got.iter().position(|g| *g == n);
                assert!(at_n.is_some(), "{at}: {n} is lost");
                got.remove(at_n.unwrap_or_default());
            }
            // A text joined to others in code keeps its spaces at the ends, and adds none.
            let ends = |t: &str| (t.starts_with(' '), t.ends_with(' '));
            assert_eq!(ends(e.text), ends(e.english), "{at}: spaces at the ends");
            assert!(!e.text.contains("  "), "{at}: two spaces");
        }
    }
}

/// The words read in a language on the host are that language's: a path name, a statement in
/// both seats' words (the manager's is an alternative, under its own key), and the app's own.
#[test]
fn words_read_in_the_language_in_use() {
    use crossroads_core::content::{Seat, PATHS, STATEMENTS};
    let english = english();
    let meeting = STATEMENTS
        .iter()
        .find(|s| s.id == "time.meeting-week")
        .unwrap();
    let en = (
        PATHS[0].name.as_str(),
        meeting.wording(Seat::Engineer).as_str(),
        meeting.wording(Seat::Manager).as_str(),
        ALL[0].as_str(),
    );
    for language in [Language::German, Language::Spanish] {
        lang::use_language(language, &english).expect("the translation is complete");
        let other = (
            PATHS[0].name.as_str(),
            meeting.wording(Seat::Engineer).as_str(),
            meeting.wording(Seat::Manager).as_str(),
            ALL[0].as_str(),
        );
        assert_ne!(other.1, en.1, "{language}");
        assert_ne!(other.2, en.2, "{language}");
        assert_ne!(other.1, other.2, "{language}");
        assert_ne!(other.3, en.3, "{language}");
        let file = language.translation_file().unwrap();
        let line = entries(file)
            .unwrap()
            .into_iter()
            .find(|e| e.english == en.2)
            .expect("the manager's wording is translated");
        assert_eq!(other.2, line.text);
    }
    lang::use_language(Language::English, &english).unwrap();
    assert_eq!(PATHS[0].name.as_str(), en.0);
    assert_eq!(meeting.wording(Seat::Manager).as_str(), en.2);
}

#[test]
fn the_pseudo_language_covers_every_word() {
    let english = english();
    let pseudo: &'static str = Box::leak(lang::pseudo(&english).into_boxed_str());
    TextTable::parse_with(pseudo, ALL).expect("a complete words file");
    assert!(pseudo.len() * 10 >= english.len() * 13);
}

/// The scale's buttons name each answer in the language in use, as the glossary words it
/// inside sentences, capitalised.
#[test]
fn the_answer_scale_reads_in_the_language_in_use() {
    use crossroads::sentences::{choice_label, choice_phrase};
    use crossroads_core::Choice;
    let english = english();
    let en: Vec<&str> = Choice::ALL.iter().map(|&c| choice_label(c)).collect();
    assert_eq!(
        en,
        [
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
            "Not sure"
        ]
    );
    for language in [Language::German, Language::Spanish] {
        lang::use_language(language, &english).expect("the translation is complete");
        for (&choice, en) in Choice::ALL.iter().zip(&en) {
            let label = choice_label(choice);
            assert_ne!(label, *en, "{language}");
            // The same words as in a sentence, only capitalised.
            let mut phrase = choice_phrase(choice).chars();
            let first = phrase.next().unwrap().to_uppercase();
            assert_eq!(label, format!("{first}{}", phrase.as_str()), "{language}");
        }
    }
    lang::use_language(Language::German, &english).unwrap();
    assert_eq!(choice_label(Choice::STRONGLY_AGREE), "Stimme voll zu");
    lang::use_language(Language::Spanish, &english).unwrap();
    assert_eq!(choice_label(Choice::Unsure), "No lo sé");
    lang::use_language(Language::English, &english).unwrap();
    assert_eq!(choice_label(Choice::Scale(7)), "");
}

/// What a screen reader announces is translated too: past the intro no attribute that names
/// or describes something to the reader holds a plain English literal (`aria-label="Result"`);
/// it is a word of the file (`aria-label={tr!("Result")}`).
#[test]
fn no_announced_name_past_the_intro_is_a_literal() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // Every file under the folders (a screen may be a folder of its own: `screens/result/`).
    let mut files = Vec::new();
    let mut dirs = vec![root.join("screens"), root.join("components")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.extend([root.join("card.rs"), root.join("sentences.rs")]);
    // The intro's own code keeps plain literals (src/words.rs): its words are the page's.
    files.retain(|f| !f.ends_with("screens/intro.rs") && !f.ends_with("components/notice.rs"));
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        for name in [
            "aria-label=\"",
            "aria-valuetext=\"",
            "aria-roledescription=\"",
            "title=\"",
            "alt=\"",
            "placeholder=\"",
        ] {
            for (at, _) in code.match_indices(name) {
                let value = &code[at + name.len()..];
                let value = &value[..value.find('"').unwrap_or(value.len())];
                assert!(
                    !value.chars().any(char::is_alphabetic),
                    "{}: {name}{value}\" is not translated",
                    file.display()
                );
            }
        }
    }
}

/// Numbers with a decimal are written with the language's separator: a point in English, a
/// comma in German and Spanish.
#[test]
fn decimals_take_the_languages_separator() {
    use crossroads::sentences::{one_decimal, signed_points};
    let english = english();
    assert_eq!(signed_points(34), "+3.4");
    for (language, plus, minus) in [
        (Language::German, "+3,4", "−0,7"),
        (Language::Spanish, "+3,4", "−0,7"),
    ] {
        lang::use_language(language, &english).expect("the translation is complete");
        assert_eq!(signed_points(34), plus, "{language}");
        assert_eq!(signed_points(-7), minus, "{language}");
        assert_eq!(one_decimal(1000), "100,0", "{language}");
    }
    lang::use_language(Language::English, &english).unwrap();
    assert_eq!(signed_points(-7), "−0.7");
}
