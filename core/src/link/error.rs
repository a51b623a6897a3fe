//! Why a link could not be read, and the sentence the reader sees for each reason.

use crate::t;
use crate::text::Text;
use std::fmt;

/// Why a link could not be read. [`LinkError::message`] gives the sentence the UI shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing to read: an empty string, or an address without a result in it.
    Empty,
    /// Longer than any Crossroads link; refused before reading it.
    TooLong,
    /// Not a Crossroads link: characters or a fragment key a link never has.
    NotALink,
    /// The checksum does not match, or the link is cut short or malformed.
    Damaged,
    /// Written in a newer payload format than this build reads.
    NewerFormat { version: u8 },
    /// Made with newer content (questions) than this build has.
    NewerContent { version: u16 },
    /// A content version this build has never heard of, yet not newer than its own.
    UnknownContent { version: u16 },
    /// A compare link where a single result was expected.
    ComparisonLink,
    /// A single result where a compare link was expected.
    SingleResult,
}

impl LinkError {
    /// A plain-English sentence for the person who opened the link: a catalogue text
    /// (`crate::text`), so that in the widget's release it comes with the words, not in the
    /// wasm.
    pub fn message(&self) -> Text {
        let [empty, too_long, not_a_link, damaged, newer, unknown, comparison, single] =
            LinkError::MESSAGES;
        match self {
            LinkError::Empty => empty,
            LinkError::TooLong => too_long,
            LinkError::NotALink => not_a_link,
            LinkError::Damaged => damaged,
            LinkError::NewerFormat { .. } | LinkError::NewerContent { .. } => newer,
            LinkError::UnknownContent { .. } => unknown,
            LinkError::ComparisonLink => comparison,
            LinkError::SingleResult => single,
        }
    }

    /// Every message, once ([`LinkError::message`] picks one).
    pub const MESSAGES: [Text; 8] = [
        t!("This link doesn't contain a result."),
        t!("This link is far too long to be a Crossroads result."),
        t!("This doesn't look like a Crossroads result link."),
        t!("This link seems to be damaged or cut short. Ask for it to be copied again."),
        t!("This result was made with a newer version of Crossroads. You can start fresh here."),
        t!("This result was made with a version of Crossroads this page doesn't know."),
        t!("This link compares two results; open it to see them side by side."),
        t!("This link holds one result, not a comparison of two."),
    ];

    /// True when the link came from a newer Crossroads: the UI offers to start fresh.
    pub fn is_newer(&self) -> bool {
        matches!(
            self,
            LinkError::NewerFormat { .. } | LinkError::NewerContent { .. }
        )
    }
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message().as_str())
    }
}

impl std::error::Error for LinkError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_sentence() {
        let errors = [
            LinkError::Empty,
            LinkError::TooLong,
            LinkError::NotALink,
            LinkError::Damaged,
            LinkError::NewerFormat { version: 2 },
            LinkError::NewerContent { version: 9 },
            LinkError::UnknownContent { version: 0 },
            LinkError::ComparisonLink,
            LinkError::SingleResult,
        ];
        for error in errors {
            let message = error.message().as_str();
            assert!(message.ends_with('.'), "{message}");
            assert_eq!(error.to_string(), message);
        }
    }
}
