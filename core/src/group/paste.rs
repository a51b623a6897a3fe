//! The result links in text a facilitator pasted (or dropped as a file): one per line, or
//! several, with chat around them ("Sam: mine is https://…#r=… thanks!"). Each link is read
//! as the widget reads one (`crate::link`); a line's words that are not links are left
//! alone. What cannot be used is named by its line, never silently dropped or counted.

use std::collections::HashMap;

use crate::link::{self, LinkError, ShareLink, COMPARE_KEY, HOST_KEY, RESULT_KEY};
use crate::model::Answers;

use super::MAX_GROUP;

/// Why a link in the paste is not counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// It does not read: damaged, cut short, forged, or from another version.
    Unreadable(LinkError),
    /// A comparison of two results, not one person's result.
    Comparison,
    /// The same answers as the link on an earlier line (1-based).
    Duplicate { of_line: usize },
    /// Past the largest group counted (`MAX_GROUP`).
    TooMany,
}

/// What a paste holds: the answer sets to count (no label: a name never reaches the group),
/// and each link not counted, by its line (1-based) and why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pasted {
    pub results: Vec<Answers>,
    pub problems: Vec<(usize, Problem)>,
}

/// Whether a word of the paste is meant as a link: its fragment (after its last `#`, escaped
/// or not) holds a result, a comparison or a host page's key. A query's `&r=` or a word like
/// `r=0.8` is not one.
fn is_link(word: &str) -> bool {
    let tidied = link::tidy(word);
    tidied.rsplit_once('#').is_some_and(|(_, fragment)| {
        fragment.split('&').any(|part| {
            part.split_once('=')
                .is_some_and(|(key, _)| [RESULT_KEY, COMPARE_KEY, HOST_KEY].contains(&key))
        })
    })
}

/// The words of a line, and within a word each address where one begins (two links pasted
/// with nothing between them are two links).
fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split_whitespace().flat_map(|word| {
        let starts: Vec<usize> = word
            .match_indices("http")
            .map(|(i, _)| i)
            .filter(|&i| i > 0)
            .chain([word.len()])
            .collect();
        let mut from = 0;
        starts.into_iter().map(move |to| {
            let part = &word[from..to];
            from = to;
            part
        })
    })
}

/// Reads every link in `text`.
pub fn read(text: &str) -> Pasted {
    let mut pasted = Pasted::default();
    // The line each counted answer set came from, to name a duplicate's first.
    let mut first_line: HashMap<Answers, usize> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line_number = n + 1;
        for word in words(line).filter(|w| is_link(w)) {
            let problem = match link::decode_link(word) {
                Ok(ShareLink::Result(decoded)) => {
                    if let Some(&of_line) = first_line.get(&decoded.answers) {
                        Problem::Duplicate { of_line }
                    } else if pasted.results.len() >= MAX_GROUP {
                        Problem::TooMany
                    } else {
                        first_line.insert(decoded.answers.clone(), line_number);
                        pasted.results.push(decoded.answers);
                        continue;
                    }
                }
                Ok(ShareLink::Compare(..)) => Problem::Comparison,
                Err(e) => Problem::Unreadable(e),
            };
            pasted.problems.push((line_number, problem));
        }
    }
    pasted
}
