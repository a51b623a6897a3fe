//! The languages the widget speaks, and their translations of the words file.
//!
//! Every word past the intro is a [`Text`](crate::text::Text): in the release for the
//! browser only the key of its English source (`text::hash`), whose words come from the words
//! file beside the code. A language is therefore one more words file with the same keys: the
//! build writes it from `i18n/<code>.tsv`, where each line holds a key, the English it was
//! made from, and the translation (`docs/translating.md`). Ids stay language-free, and so do
//! scoring and links.
//!
//! A translation that lacks a text, keeps one that the English no longer has, or was made
//! from other English is refused as a whole ([`TranslationError`]): nothing falls back to
//! English in silence. The tests hold every language to the whole catalogue and every word of
//! the app.

use std::fmt;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    #[default]
    English,
    German,
    Spanish,
}

impl Language {
    /// Every language, English (the source) first.
    pub const ALL: [Language; 3] = [Language::English, Language::German, Language::Spanish];

    /// The BCP 47 code: `<html lang>`, `?lang=`, the folder of its page, `i18n/<code>.tsv`.
    pub const fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::Spanish => "es",
        }
    }

    /// Its Open Graph locale (`og:locale`, language_TERRITORY as link previews read it): the
    /// territory whose usage the translation follows.
    pub const fn locale(self) -> &'static str {
        match self {
            Language::English => "en_US",
            Language::German => "de_DE",
            Language::Spanish => "es_ES",
        }
    }

    /// Its name in itself, as a language menu shows it.
    pub const fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::German => "Deutsch",
            Language::Spanish => "Español",
        }
    }

    /// The language of a tag such as `de`, `de-AT` or `ES-419` (its primary subtag, in any
    /// case), if the widget speaks it.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?;
        Language::ALL
            .into_iter()
            .find(|l| primary.eq_ignore_ascii_case(l.code()))
    }

    /// The translation file of this language, `i18n/<code>.tsv`; none for English, the
    /// source. Only where texts are embedded (the host, debug builds): the release for the
    /// browser reads the words file the build writes from it.
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    pub fn translation_file(self) -> Option<&'static str> {
        match self {
            Language::English => None,
            Language::German => Some(include_str!("../../i18n/de.tsv")),
            Language::Spanish => Some(include_str!("../../i18n/es.tsv")),
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One line of a translation file: the key of the English text, that English, and its
/// translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub key: u32,
    pub english: &'static str,
    pub text: &'static str,
}

/// Why a translation file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslationError {
    /// A line that is not a comment is not `key<TAB>english<TAB>translation`.
    Malformed(usize),
    /// Two lines have the same key.
    Repeated(u32),
    /// A text of the English words file has no line.
    Missing { key: u32, english: String },
    /// A line's key is in no English words file any more: the English was changed or removed.
    Stale { key: u32, english: String },
    /// A line was made from other English than the words file now holds under its key.
    Changed { key: u32, was: String, now: String },
    /// A translation is empty.
    Empty(u32),
}

impl fmt::Display for TranslationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TranslationError::Malformed(line) => write!(
                f,
                "line {line} is not a key, the English and its translation, tab-separated"
            ),
            TranslationError::Repeated(key) => write!(f, "{key:08x} has two lines"),
            TranslationError::Missing { key, english } => {
                write!(f, "no translation of {key:08x} \"{english}\"")
            }
            TranslationError::Stale { key, english } => write!(
                f,
                "{key:08x} \"{english}\" is no longer in the English: remove or redo its line"
            ),
            TranslationError::Changed { key, was, now } => write!(
                f,
                "{key:08x} was translated from \"{was}\", but the English is now \"{now}\""
            ),
            TranslationError::Empty(key) => write!(f, "the translation of {key:08x} is empty"),
        }
    }
}

/// The lines of a translation file (comments, `#` first, and blank lines left out), in file
/// order.
pub fn entries(file: &'static str) -> Result<Vec<Entry>, TranslationError> {
    let mut entries = Vec::new();
    for (number, line) in file.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let malformed = TranslationError::Malformed(number + 1);
        let mut columns = line.split('\t');
        let (Some(key), Some(english), Some(text), None) = (
            columns.next(),
            columns.next(),
            columns.next(),
            columns.next(),
        ) else {
            return Err(malformed);
        };
        if key.len() != 8 {
            return Err(malformed);
        }
        let key = u32::from_str_radix(key, 16).map_err(|_| malformed)?;
        if text.trim().is_empty() {
            return Err(TranslationError::Empty(key));
        }
        entries.push(Entry { key, english, text });
    }
    let mut keys: Vec<u32> = entries.iter().map(|e| e.key).collect();
    keys.sort_unstable();
    if let Some(pair) = keys.windows(2).find(|pair| pair[0] == pair[1]) {
        return Err(TranslationError::Repeated(pair[0]));
    }
    Ok(entries)
}

/// The words file in a language: `english` (a words file, `words::text_file_of`) with each
/// text replaced by its translation from `translation` (a translation file), which must
/// translate exactly the texts of `english`, each from the English it now holds.
pub fn translate(english: &str, translation: &'static str) -> Result<String, TranslationError> {
    let lines = translated(english, translation, true)?;
    Ok(lines
        .into_iter()
        .map(|(key, text)| format!("{key:08x}\t{text}\n"))
        .collect())
}

/// The translation of each line of the words file `english`, in its order; with
/// `complete`, refused if `translation` holds a line that `english` has not (where
/// `english` is only part of the words, the catalogue's say, it may).
fn translated(
    english: &str,
    translation: &'static str,
    complete: bool,
) -> Result<Vec<(u32, &'static str)>, TranslationError> {
    let mut lines = entries(translation)?;
    lines.sort_unstable_by_key(|e| e.key);
    let mut out = Vec::with_capacity(lines.len());
    let mut used = vec![false; lines.len()];
    for line in english.lines() {
        let (key, now) = line.split_once('\t').unwrap_or((line, ""));
        let key = u32::from_str_radix(key, 16).unwrap_or_default();
        let Ok(at) = lines.binary_search_by_key(&key, |e| e.key) else {
            return Err(TranslationError::Missing {
                key,
                english: now.to_string(),
            });
        };
        let entry = lines[at];
        if entry.english != now {
            return Err(TranslationError::Changed {
                key,
                was: entry.english.to_string(),
                now: now.to_string(),
            });
        }
        used[at] = true;
        out.push((key, entry.text));
    }
    match used.iter().position(|u| !u) {
        Some(at) if complete => Err(TranslationError::Stale {
            key: lines[at].key,
            english: lines[at].english.to_string(),
        }),
        _ => Ok(out),
    }
}

/// Where texts are embedded (the host, debug builds): reads every [`Text`] of this thread
/// in `language` from now on (English: as written), once its translation file is checked
/// against `english`, the words file of what will be read (the catalogue's alone, or with
/// an app's words). `explain --lang` and tests in a language use it; the release for the
/// browser installs the language's words file instead (`words::install`).
///
/// [`Text`]: crate::text::Text
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub fn use_language(language: Language, english: &str) -> Result<(), TranslationError> {
    let table = match language.translation_file() {
        None => None,
        Some(file) => {
            // By the key of the English too: an alternative wording (`text::ALTERNATIVE`)
            // is written where texts are embedded as its own text, with its own key.
            let english_of: Vec<(u32, &str)> = entries(file)?
                .into_iter()
                .map(|e| (e.key, e.english))
                .collect();
            let mut table = Vec::new();
            for (key, text) in translated(english, file, false)? {
                table.push((key, text));
                if let Some(&(_, en)) = english_of.iter().find(|(k, _)| *k == key) {
                    table.push((crate::text::hash(en), text));
                }
            }
            table.sort_unstable();
            table.dedup_by_key(|(key, _)| *key);
            Some(table)
        }
    };
    crate::text::speaking::set(table);
    Ok(())
}

/// A pseudo-translation of a words file, for testing layouts with longer text: each text's
/// letters accented and the text made about 40% longer, its placeholders (`{}`), numbers and
/// line structure kept. Not a language a reader can choose.
pub fn pseudo(english: &str) -> String {
    english
        .lines()
        .map(|line| {
            let (key, text) = line.split_once('\t').unwrap_or((line, ""));
            format!("{key}\t{}\n", pseudo_text(text))
        })
        .collect()
}

/// One text of [`pseudo`]: `[Ŝţàý ţéçĥñîçàļ ~~~~~~]`, brackets marking where it starts and ends.
pub fn pseudo_text(text: &str) -> String {
    const PLAIN: &str = "aceginorsuyzACEGINORSUYZ";
    const ACCENTED: [char; 24] = [
        'à', 'ç', 'é', 'ĝ', 'î', 'ñ', 'ö', 'ŕ', 'š', 'û', 'ý', 'ž', 'À', 'Ç', 'É', 'Ĝ', 'Î', 'Ñ',
        'Ö', 'Ŕ', 'Š', 'Û', 'Ý', 'Ž',
    ];
    let accented: String = text
        .chars()
        .map(|c| match PLAIN.find(c) {
            Some(at) => ACCENTED[at],
            None => c,
        })
        .collect();
    let longer = (text.chars().count() * 2).div_ceil(5);
    let padding: String = "·ẋ"
        .chars()
        .cycle()
        .take(longer.saturating_sub(2))
        .collect();
    format!("[{accented} {padding}]")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::text::hash;
    use crate::words::{catalogue_texts, text_file};

    #[test]
    fn tags_name_languages() {
        assert_eq!(Language::from_tag("de"), Some(Language::German));
        assert_eq!(Language::from_tag("de-AT"), Some(Language::German));
        assert_eq!(Language::from_tag("ES-419"), Some(Language::Spanish));
        assert_eq!(Language::from_tag("en_GB"), Some(Language::English));
        assert_eq!(Language::from_tag("fr"), None);
        assert_eq!(Language::from_tag(""), None);
        for l in Language::ALL {
            assert_eq!(Language::from_tag(l.code()), Some(l));
        }
    }

    fn file(lines: &[(&str, &str)]) -> &'static str {
        let text: String = lines
            .iter()
            .map(|(en, tr)| format!("{:08x}\t{en}\t{tr}\n", hash(en)))
            .collect();
        Box::leak(format!("# a comment\n\n{text}").into_boxed_str())
    }

    #[test]
    fn a_translation_replaces_every_text_by_key() {
        let english = format!("{:08x}\tBack\n{:08x}\tNext\n", hash("Back"), hash("Next"));
        let german = file(&[("Next", "Weiter"), ("Back", "Zurück")]);
        assert_eq!(
            translate(&english, german).unwrap(),
            format!(
                "{:08x}\tZurück\n{:08x}\tWeiter\n",
                hash("Back"),
                hash("Next")
            )
        );
    }

    #[test]
    fn an_incomplete_stale_or_outdated_translation_is_refused() {
        let english = format!("{:08x}\tBack\n{:08x}\tNext\n", hash("Back"), hash("Next"));
        assert_eq!(
            translate(&english, file(&[("Back", "Zurück")])),
            Err(TranslationError::Missing {
                key: hash("Next"),
                english: "Next".into()
            })
        );
        let stale = file(&[("Back", "Zurück"), ("Next", "Weiter"), ("Skip", "Weiter")]);
        assert!(matches!(
            translate(&english, stale),
            Err(TranslationError::Stale { .. })
        ));
        let changed: &'static str = Box::leak(
            format!(
                "{:08x}\tBack\tZurück\n{:08x}\tNext step\tWeiter\n",
                hash("Back"),
                hash("Next")
            )
            .into_boxed_str(),
        );
        assert!(matches!(
            translate(&english, changed),
            Err(TranslationError::Changed { .. })
        ));
        assert_eq!(
            entries("0000000z\tBack\tZurück\n"),
            Err(TranslationError::Malformed(1))
        );
        assert_eq!(
            entries("00000001\tBack\n"),
            Err(TranslationError::Malformed(1))
        );
        assert_eq!(
            entries("00000001\tBack\t \n"),
            Err(TranslationError::Empty(1))
        );
        assert_eq!(
            entries("00000001\tBack\tZurück\n00000001\tNext\tWeiter\n"),
            Err(TranslationError::Repeated(1))
        );
    }

    /// Each language translates the whole catalogue (the app's tests hold it to the app's
    /// words as well, and to the rest of the translators' rules).
    #[test]
    fn every_language_translates_the_catalogue() {
        for language in Language::ALL {
            let Some(file) = language.translation_file() else {
                continue;
            };
            let lines = entries(file).unwrap_or_else(|e| panic!("{language}: {e}"));
            let catalogue = text_file();
            for text in catalogue_texts() {
                let line = lines.iter().find(|e| e.key == text.key());
                let line = line.unwrap_or_else(|| panic!("{language} lacks {text:?}"));
                assert_eq!(line.english, text.as_str(), "{language}: {:08x}", line.key);
            }
            assert!(catalogue.lines().count() <= lines.len());
        }
    }

    #[test]
    fn the_pseudo_language_is_longer_and_keeps_placeholders_and_numbers() {
        let text = "About 5 minutes: {} statements and up to {} questions.";
        let accented = pseudo_text(text);
        assert!(
            accented.chars().count() * 10 >= text.chars().count() * 14,
            "{accented}"
        );
        assert_eq!(accented.matches("{}").count(), 2);
        assert!(accented.contains(" 5 "));
        assert!(!accented.contains("About"), "{accented}");
        let file = pseudo(&format!("{:08x}\t{text}\n", hash(text)));
        assert!(file.starts_with(&format!("{:08x}\t[", hash(text))));
        assert_eq!(file.lines().count(), 1);
    }
}
