//! The page's own words: what the intro's part of the code says (the intro, its notices,
//! the error screen), in the page's language. They cannot come from the words file, which
//! arrives with the rest of the code, and they are not in the wasm either: each page carries
//! them, in `<body data-words>`, separated by `|`, in the order of `i18n/page.tsv`
//! (`scripts/finish.mjs` writes them, translated for `de/` and `es/`). A page is so in one
//! language from its first paint to its last screen, with the same code for every language.
//!
//! Where texts are embedded (the host, debug builds) the words are the English of
//! `i18n/page.tsv`.

/// One of the page's words, by its place in `i18n/page.tsv` (a test keeps the two in step).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    PageTitle,
    PageDescription,
    Title,
    Purpose,
    Length,
    Privacy,
    PrivacySummary,
    PrivacyLink,
    Start,
    Resume,
    StartAfresh,
    Answered,
    TryAgain,
    Waiting,
    Slow,
    Failed,
    FailedAtStart,
    Stalled,
    Noscript,
    NoWasm,
    Trapped,
    SaveUnavailable,
    SaveFailed,
    SaveUnreadable,
    NoticeSummary,
    NoticeLink,
    LanguageMenu,
    ErrorTitle,
    ErrorText,
    ErrorReload,
    ErrorStartOver,
    ErrorDetails,
    GotIt,
    EarlierTitle,
    EarlierOne,
    EarlierMany,
    EarlierOpen,
    /// The line under the question on the link preview's image (scripts/preview.mjs); the
    /// build leaves it empty in `<body data-words>`.
    Preview,
}

/// The ids of `i18n/page.tsv`, in the order of [`Word`].
pub const IDS: [&str; 38] = [
    "page.title",
    "page.description",
    "intro.title",
    "intro.purpose",
    "intro.meta",
    "intro.privacy",
    "intro.privacy-summary",
    "intro.privacy-link",
    "intro.start",
    "intro.resume",
    "intro.start-afresh",
    "intro.answered",
    "intro.try-again",
    "intro.waiting",
    "intro.slow",
    "intro.failed",
    "intro.failed-at-start",
    "shell.stalled",
    "shell.noscript",
    "start.no-wasm",
    "start.trapped",
    "notice.save-unavailable",
    "notice.save-failed",
    "notice.save-unreadable",
    "embed.notice-summary",
    "embed.notice-link",
    "language.menu",
    "error.title",
    "error.text",
    "error.reload",
    "error.start-over",
    "error.details",
    "notice.got-it",
    "intro.earlier-title",
    "intro.earlier-one",
    "intro.earlier-many",
    "intro.earlier-open",
    "page.preview",
];

/// The word, in the page's language.
pub fn word(w: Word) -> &'static str {
    let all = WORDS.with(|words| {
        words.get().unwrap_or_else(|| {
            let all = read();
            words.set(Some(all));
            all
        })
    });
    all.split('|').nth(w as usize).unwrap_or_default()
}

/// A word with values in its `{}`s, in order (a scan of its bytes: the intro's part of the
/// code has no substring search to spare).
pub fn fill(text: &str, values: &[usize]) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut values = values.iter();
    let mut rest = text;
    while let Some(at) = rest.bytes().position(|b| b == b'{') {
        out.push_str(&rest[..at]);
        if rest[at..].starts_with("{}") {
            if let Some(v) = values.next() {
                out.push_str(&v.to_string());
            }
            rest = &rest[at + 2..];
        } else {
            out.push('{');
            rest = &rest[at + 1..];
        }
    }
    out.push_str(rest);
    out
}

/// The languages of the menu, each by its code and its name in itself (as
/// the build writes the pages, English first: the root's).
pub const LANGUAGES: [(&str, &str); 3] = [("en", "English"), ("de", "Deutsch"), ("es", "Español")];

/// The page's language, `<html lang>` (English where there is no page to ask).
pub fn language() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        // The page's `<html lang>`, read once: a page never changes its language (another
        // language is another page).
        thread_local! {
            static LANG: String = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
                .and_then(|e| e.get_attribute("lang"))
                .unwrap_or_default();
        }
        LANG.with(String::clone)
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::from("en")
}

/// The page's language, as the widget speaks it (English for a page that names another).
pub fn page_language() -> crossroads_core::Language {
    crossroads_core::Language::from_tag(&language()).unwrap_or_default()
}

/// The language menu, on the intro (as the static shell paints it) and the result: each
/// language's page, this page's marked. The start-up script takes a click on one: it
/// remembers the choice and keeps this page's query and fragment (`start/start.js`).
pub fn language_menu() -> yew::Html {
    let here = language();
    let up = if here == "en" { "" } else { "../" };
    let links = LANGUAGES.iter().map(|&(code, name)| {
        let href = match code {
            "en" if up.is_empty() => String::from("./"),
            "en" => String::from(up),
            _ => format!("{up}{code}/"),
        };
        let current = (code == here).then_some("true");
        yew::html! { <a href={href} hreflang={code} lang={code} aria-current={current}>{ name }</a> }
    });
    yew::html! {
        <nav class="languages" aria-label={word(Word::LanguageMenu)}>{ for links }</nav>
    }
}

thread_local! {
    static WORDS: std::cell::Cell<Option<&'static str>> = const { std::cell::Cell::new(None) };
}

/// The page's words, from `<body data-words>` (the code runs once the page is parsed).
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
fn read() -> &'static str {
    let words = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .and_then(|e| e.get_attribute("data-words"))
        .unwrap_or_default();
    Box::leak(words.into_boxed_str())
}

/// The English of `i18n/page.tsv`.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
fn read() -> &'static str {
    let all: Vec<&str> = english().map(|(_, text)| text).collect();
    Box::leak(all.join("|").into_boxed_str())
}

/// The lines of `i18n/page.tsv`: id and English.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub fn english() -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!("../i18n/page.tsv")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// The page's words in a language (`scripts/finish.mjs` writes them into its pages), in the
/// order of `i18n/page.tsv`, with the intro's counts filled in; a translation that lacks a
/// line, or was made from other English, is refused.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub fn words_in(code: &str) -> Result<Vec<(&'static str, String)>, String> {
    use crossroads_core::content::{CONTEXT_QUESTIONS, STATEMENTS};
    let translated = match code {
        "en" => None,
        "de" => Some(include_str!("../i18n/de-page.tsv")),
        "es" => Some(include_str!("../i18n/es-page.tsv")),
        _ => return Err(format!("no language \"{code}\"")),
    };
    let mut lines = translated.map(|file| {
        file.lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.split('\t').collect::<Vec<_>>())
    });
    english()
        .map(|(id, en)| {
            let text = match lines.as_mut().map(Iterator::next) {
                None => en,
                Some(Some(line)) if line.len() == 3 && line[0] == id && line[1] == en => line[2],
                Some(_) => return Err(format!("i18n/{code}-page.tsv: {id} is missing or stale")),
            };
            let text = if id == IDS[Word::Length as usize] {
                fill(text, &[STATEMENTS.len(), CONTEXT_QUESTIONS.len()])
            } else {
                text.to_string()
            };
            Ok((id, text))
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_words_are_those_of_the_page_file_in_order() {
        let ids: Vec<&str> = english().map(|(id, _)| id).collect();
        assert_eq!(ids, IDS);
        assert_eq!(Word::Preview as usize, IDS.len() - 1);
        assert_eq!(word(Word::Start), "Start");
        assert_eq!(word(Word::GotIt), "Got it");
        assert_eq!(word(Word::Title), "Stay technical or manage?");
        assert_eq!(fill("{} of {} {x}", &[3, 33]), "3 of 33 {x}");
        assert_eq!(fill("{} {}", &[1]), "1 ");
        // `|` separates them in the page.
        assert!(english().all(|(_, text)| !text.contains('|') && !text.is_empty()));
    }

    /// Each language's page words: the same ids in the same order, from the same English, all
    /// translated (but the product's name), with their placeholders and numbers.
    #[test]
    fn every_language_translates_the_page() {
        for (code, file) in [
            ("de", include_str!("../i18n/de-page.tsv")),
            ("es", include_str!("../i18n/es-page.tsv")),
        ] {
            let lines: Vec<Vec<&str>> = file
                .lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| l.split('\t').collect())
                .collect();
            let english: Vec<(&str, &str)> = english().collect();
            assert_eq!(lines.len(), english.len(), "{code}");
            for (line, (id, en)) in lines.iter().zip(english) {
                assert_eq!(line.len(), 3, "{code}: {line:?}");
                assert_eq!((line[0], line[1]), (id, en), "{code}");
                let text = line[2];
                assert!(!text.trim().is_empty() && text != en, "{code}: {id}");
                assert!(!text.contains('|'), "{code}: {id}");
                assert_eq!(
                    text.matches("{}").count(),
                    en.matches("{}").count(),
                    "{code}: {id}"
                );
                let digits = |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
                assert_eq!(digits(text), digits(en), "{code}: {id}");
            }
        }
    }
}
