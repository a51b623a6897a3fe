//! The share-link codec: a result (answers, context, an optional label) packed into a short,
//! checked, versioned string for a URL fragment (`#r=…`, `#c=…` to compare two), and read back
//! without ever panicking. Saved progress uses the same codec: one format, one set of
//! fixtures, one fuzz target. The format, its rules and their reasons are in
//! `docs/link-format.md`; the files here follow its parts: [`locate`] (the forms of a link
//! and what people paste around it), [`payload`] (the bytes and their rules), [`wire`]
//! (base-N, LEB128, CRC-24, base64url), [`release`] (content releases and migration) and
//! [`error`] (why a link does not read, in the reader's words).

mod error;
mod locate;
mod payload;
mod release;
pub(crate) mod wire;

use crate::model::Answers;

pub use crate::content::{Release, ReleaseQuestion, RELEASES};
pub use error::LinkError;
pub use locate::{
    compare_fragment, encode_pair, fragment, pair_of, payload_of, tidy, with_fragment,
};
pub use payload::{
    clean_label, decode, decode_link, decode_pair, decode_with, encode, encode_release, Unpacked,
};
pub use release::{latest_release, ReleaseAnswers};

/// The fragment of the result link for these answers (and the name it carries, if any):
/// `r=<payload>`.
pub fn result_fragment(answers: &Answers, label: Option<&str>) -> String {
    fragment(&encode(answers, label))
}

/// The payload layout this build writes; it reads this one, the older ones and none newer.
pub const FORMAT_VERSION: u8 = 2;
/// Longest label, in chars (not bytes).
pub const MAX_LABEL_CHARS: usize = 40;
/// Longest input `decode` looks at, in bytes; longer is refused before any other work.
pub const MAX_INPUT_LEN: usize = 4096;
/// Longest payload `decode` looks at, in characters. A release-1 payload is at most 244
/// (format 2: 2 + 17 + 1 + 160 + 3 = 183 bytes).
pub const MAX_PAYLOAD_LEN: usize = 512;
/// The fragment key of a result link: `#r=<payload>`.
pub const RESULT_KEY: &str = "r";
/// The fragment key of a compare link: `#c=<payload>.<payload>`.
pub const COMPARE_KEY: &str = "c";
/// The fragment key a host page uses for an embedded widget: `#crossroads=<payload>`.
pub const HOST_KEY: &str = "crossroads";
/// Separates the two payloads of a compare link.
pub const PAIR_SEPARATOR: char = '.';

/// A result read from a link, in the current content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub format: u8,
    /// The content version the link was made with.
    pub content_version: u16,
    pub answers: Answers,
    pub label: Option<String>,
    /// True when the link was made with older content and was mapped into the current one
    /// (statements since removed are dropped, statements since added are unanswered).
    pub older_content: bool,
}

impl Decoded {
    /// Answers given now, with the current content, as a link made of them reads back.
    pub fn of(answers: Answers, label: Option<String>) -> Decoded {
        Decoded {
            format: FORMAT_VERSION,
            content_version: crate::CONTENT_VERSION,
            answers,
            label,
            older_content: false,
        }
    }
}

/// What a link holds: one result or two to compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareLink {
    Result(Decoded),
    Compare(Decoded, Decoded),
}
