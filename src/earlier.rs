//! A person's earlier results, kept in this browser only: each time they reach their result
//! it is kept (when, and the answers with their label in the share-link codec's form), newest
//! first, at most [`MAX`]. Pure: `web::earlier_store` reads and writes the stored form, the screens
//! show the list, and every rule of keeping is tested here on the host.

use crossroads_core::link::{self, Decoded};
use crossroads_core::Answers;

/// At most this many results are kept; the oldest goes first.
pub const MAX: usize = 20;

/// One kept result.
#[derive(Clone, Debug, PartialEq)]
pub struct Kept {
    /// When it was reached, in milliseconds since 1970 (JavaScript's clock).
    pub at: u64,
    /// When, as the reader reads it ("29 Nov 2026, 10:05:33"), filled in by `web::earlier_store`.
    pub when: String,
    pub result: Decoded,
    /// The payload as it was read, written back as it was (re-encoded, a result made with
    /// older questions would lose that note); `None` once it is new or renamed.
    pub stored: Option<String>,
}

impl Kept {
    /// What the result is called beside another in a comparison or opened on its own: the
    /// name given to it, or when it was reached.
    pub fn name(&self) -> String {
        self.result
            .label
            .clone()
            .or_else(|| link::clean_label(&self.when))
            .unwrap_or_default()
    }

    /// The result under its name, as a comparison or an opened result shows it.
    pub fn named(&self) -> Decoded {
        Decoded {
            label: link::clean_label(&self.name()),
            ..self.result.clone()
        }
    }
}

/// The locale the results are dated in, from the page's language (`<html lang>`): that
/// language, but the British way ("29 Nov 2026") for the English page's plain "en" and for a
/// page that says none.
pub fn date_locale(page_lang: &str) -> &str {
    match page_lang.trim() {
        "" | "en" => "en-GB",
        lang => lang,
    }
}

/// Reads the stored form: a line per result, `<at>|<payload>`, newest first. A line that
/// cannot be read (damaged, or made by a newer Crossroads), or repeats an earlier line's
/// time, is left out; so is anything past [`MAX`].
pub fn parse(raw: &str, when: impl Fn(u64) -> String) -> Vec<Kept> {
    let mut kept: Vec<Kept> = Vec::new();
    for line in raw.lines() {
        let Some((at, payload)) = line.split_once('|') else {
            continue;
        };
        let Ok(at) = at.parse::<u64>() else { continue };
        let Ok(result) = link::decode(payload) else {
            continue;
        };
        if kept.iter().any(|k| k.at == at) {
            continue;
        }
        kept.push(Kept {
            at,
            when: when(at),
            result,
            stored: Some(payload.to_string()),
        });
        if kept.len() == MAX {
            break;
        }
    }
    kept
}

/// The stored form of a list.
pub fn serialise(kept: &[Kept]) -> String {
    kept.iter()
        .map(|k| match &k.stored {
            Some(payload) => format!("{}|{payload}", k.at),
            None => format!(
                "{}|{}",
                k.at,
                link::encode(&k.result.answers, k.result.label.as_deref())
            ),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Keeps a result reached at `at`. Reaching the same answers again (a reload, going back to
/// the result) keeps nothing new; different answers go first, and the oldest beyond
/// [`MAX`] is dropped. True when the list changed.
pub fn add_reached(kept: &mut Vec<Kept>, answers: &Answers, at: u64, when: String) -> bool {
    if kept.first().is_some_and(|k| &k.result.answers == answers) {
        return false;
    }
    kept.insert(
        0,
        Kept {
            at,
            when,
            result: Decoded::of(answers.clone(), None),
            stored: None,
        },
    );
    kept.truncate(MAX);
    true
}

/// Names the latest result when it holds these answers (the name the person gave the link
/// they shared). True when the list changed.
pub fn name_latest(kept: &mut [Kept], answers: &Answers, label: Option<String>) -> bool {
    match kept.first_mut() {
        Some(k) if &k.result.answers == answers && k.result.label != label => {
            k.result.label = label;
            k.stored = None;
            true
        }
        _ => false,
    }
}

/// Forgets one result, found by when it was reached and what it holds (the list may have
/// changed in another tab since it was shown). True when it was there.
pub fn remove(kept: &mut Vec<Kept>, gone: &Kept) -> bool {
    let before = kept.len();
    kept.retain(|k| !(k.at == gone.at && k.result.answers == gone.result.answers));
    kept.len() != before
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crossroads_core::content::STATEMENTS;
    use crossroads_core::Choice;

    fn answers(n: usize) -> Answers {
        let mut a = Answers::new();
        for i in 0..STATEMENTS.len() {
            a.set(i, Some(Choice::ALL[(i + n) % Choice::ALL.len()]));
        }
        a
    }

    fn when(at: u64) -> String {
        format!("day {at}")
    }

    #[test]
    fn results_are_kept_newest_first_and_read_back() {
        let mut kept = Vec::new();
        assert!(add_reached(&mut kept, &answers(1), 1000, when(1000)));
        assert!(add_reached(&mut kept, &answers(2), 2000, when(2000)));
        let back = parse(&serialise(&kept), when);
        let without_stored = |k: &Kept| Kept {
            stored: None,
            ..k.clone()
        };
        assert_eq!(back.iter().map(without_stored).collect::<Vec<_>>(), kept);
        assert_eq!(serialise(&back), serialise(&kept));
        assert_eq!(back[0].result.answers, answers(2));
        assert_eq!(back[1].result.answers, answers(1));
        assert_eq!(back[1].when, "day 1000");
    }

    #[test]
    fn the_same_answers_again_keep_nothing_new() {
        let mut kept = Vec::new();
        add_reached(&mut kept, &answers(1), 1000, when(1000));
        assert!(!add_reached(&mut kept, &answers(1), 5000, when(5000)));
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].at, 1000);
        // Back to earlier answers after others: that is a new result, kept again.
        add_reached(&mut kept, &answers(2), 6000, when(6000));
        assert!(add_reached(&mut kept, &answers(1), 7000, when(7000)));
        assert_eq!(kept.len(), 3);
    }

    #[test]
    fn at_most_twenty_the_oldest_goes() {
        let mut kept = Vec::new();
        for n in 0..25 {
            add_reached(&mut kept, &answers(n as usize), n, when(n));
        }
        assert_eq!(kept.len(), MAX);
        assert_eq!(kept[0].at, 24);
        assert_eq!(kept[MAX - 1].at, 5);
        // A stored list longer than that (written by hand) is read to twenty too.
        let long: String = (0..30)
            .map(|n| format!("{n}|{}", link::encode(&answers(1), None)))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(parse(&long, when).len(), MAX);
    }

    #[test]
    fn damaged_lines_are_left_out_and_the_rest_read() {
        let good = link::encode(&answers(3), Some("Before my review"));
        let raw = format!("junk\n|{good}\nNaN|{good}\n12|{good}x\n12|\n42|{good}\n\u{0}|\n7|AAAA");
        let kept = parse(&raw, when);
        assert_eq!(kept.len(), 1);
        // A time seen already is a repeat: left out (the list is keyed by it).
        assert_eq!(parse(&format!("42|{good}\n42|{good}"), when).len(), 1);
        // What was read is written back as it was.
        assert_eq!(serialise(&kept), format!("42|{good}"));
        assert_eq!(kept[0].at, 42);
        assert_eq!(kept[0].result.label.as_deref(), Some("Before my review"));
        assert!(parse("", when).is_empty());
    }

    #[test]
    fn dates_are_in_the_pages_language() {
        assert_eq!(date_locale("de"), "de");
        assert_eq!(date_locale("es"), "es");
        assert_eq!(date_locale("es-419"), "es-419");
        assert_eq!(date_locale("en-US"), "en-US");
        assert_eq!(date_locale("en"), "en-GB");
        assert_eq!(date_locale(""), "en-GB");
        assert_eq!(date_locale("  "), "en-GB");
    }

    #[test]
    fn naming_and_removing() {
        let mut kept = Vec::new();
        add_reached(&mut kept, &answers(1), 1000, when(1000));
        add_reached(&mut kept, &answers(2), 2000, when(2000));
        // Only the latest, and only with the same answers.
        assert!(!name_latest(&mut kept, &answers(1), Some("Sam".into())));
        assert!(name_latest(&mut kept, &answers(2), Some("Sam".into())));
        assert!(!name_latest(&mut kept, &answers(2), Some("Sam".into())));
        assert_eq!(kept[0].name(), "Sam");
        assert_eq!(kept[1].name(), "day 1000");
        assert_eq!(kept[1].named().label.as_deref(), Some("day 1000"));
        let first = kept[1].clone();
        assert!(remove(&mut kept, &first));
        assert!(!remove(&mut kept, &first));
        assert_eq!(kept.len(), 1);
        assert_eq!(
            parse(&serialise(&kept), when)[0].result.label.as_deref(),
            Some("Sam")
        );
    }
}
