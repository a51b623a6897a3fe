//! The share-link codec: a result (answers, context, an optional label) packed into a short,
//! checked, versioned string for a URL fragment, and read back without ever panicking. Saved
//! progress uses the same codec, so there is one format, one set of fixtures, one fuzz target.
//!
//! # Forms
//!
//! - a result link: the widget's URL plus `#r=<payload>`; a host page embedding the widget may
//!   carry it as `#crossroads=<payload>`;
//! - a compare link: `#c=<payload>.<payload>` (`.` is URL-safe and never part of a payload);
//! - [`decode`] accepts a full URL, a fragment (with or without `#`) or a bare payload, with
//!   what people paste around them (see [`tidy`]).
//!
//! # Payload, format 2 (what [`encode`] writes)
//!
//! Bytes, then base64url (`A–Z a–z 0–9 - _`, no padding; unused bits of the last character
//! must be zero):
//!
//! | bytes | what |
//! |---|---|
//! | 1 | format version, `2` |
//! | 1–3 | content version, LEB128 (one byte while below 128) |
//! | N | the answers: one big number, big-endian, N fixed by the release (17 for release 1) |
//! | 1 | the label's length in bytes, 0–160 (0: no label) |
//! | 0–160 | the label, UTF-8, exactly as [`clean_label`] leaves it (at most 40 chars) |
//! | 3 | CRC-24/OpenPGP of every byte before it, big-endian |
//!
//! The answers are mixed-radix digits, most significant first: one per statement of the
//! release, in its order (13 states: 0 unanswered, 1–6 the [`Choice::ALL`] choices, 7–12 the
//! same marked "matters a lot"), then one per context question (0 unanswered, `k + 1` option
//! `k`, so `options + 1` states): `value = (…(d₀·r₁ + d₁)·r₂ + …)·rₙ + dₙ`.
//!
//! # Payload, format 1 (read forever, no longer written)
//!
//! The same without the label length byte: the label is whatever lies between the answers and
//! the checksum. That made it forgeable: the CRC has no final xor, so run over a payload's
//! bytes, checksum included, it ends at zero, and zero bytes keep it there; appending a
//! character or two to an issued link could open it with a label made of checksum bytes. Format 1 is therefore read
//! with the *prefix rule*: a format-1 payload is refused (`Damaged`) when a strict prefix of
//! its bytes, at least as long as the shortest payload of its release (no label), is itself a
//! payload that reads (checksum-correct, with a clean label). Appending base64url characters
//! to a payload always leaves the issued bytes as a strict prefix (their padding bits are
//! zero), so every such forgery is refused.
//!
//! The price: a genuine format-1 link is refused when it is itself such a string. Without a
//! label that never happens. With one, it happens when the last byte of its checksum is zero
//! (1 in 256) and its label without the last byte is still a clean label: the link is then,
//! character for character, that shorter link with `A` appended, and no rule can tell the two
//! apart. Far rarer are two or three zero checksum bytes (2⁻¹⁶, 2⁻²⁴) and label bytes that
//! happen to hold a checksum of the bytes before them (about 2⁻²⁴ per label byte). No pinned
//! fixture is affected.
//!
//! # One payload, one spelling
//!
//! Whatever decodes re-encodes, in its own format and release, to exactly the same bytes: the
//! padding bits must be zero, the LEB128 the shortest, the answers number below the product of
//! the radices, the label length byte equal to the label's length, and the label exactly what
//! [`clean_label`] makes of it (no control or bidi characters, no doubled, leading or trailing
//! spaces, at most 40 chars). Anything else is `Damaged`. Payloads that differ from an
//! issued one by a few characters do not decode:
//!
//! - characters appended, or cut from the end, change the byte count (every valid base64url
//!   length holds a different number of bytes) but not the bytes before the label, so the
//!   format-2 length byte refuses them whatever the checksum says (format 1: cutting
//!   characters leaves a strict prefix of the bytes or stray bits, appending leaves the
//!   original as a strict prefix, and the prefix rule sees to it that no payload that reads
//!   has a strict prefix that reads);
//! - one character deleted inside shifts what follows: the checksum catches that (but for a
//!   2⁻²⁴ chance), and the length byte too unless it shifts into exactly the right value;
//! - one character changed is an error burst of at most 6 bits, which CRC-24 always detects.
//!
//! # Around the payload
//!
//! [`tidy`] removes what people paste around a link before anything is read: `%XX` escapes of
//! ASCII characters are decoded, whitespace anywhere is dropped, and opening brackets and
//! quotes before it and closing brackets, quotes and sentence punctuation after it are
//! stripped. None of those characters can be part of a payload, so removing them cannot turn
//! one payload into another: the checksum and the rules above still decide.
//!
//! # Length arithmetic (release 1: 33 statements, context questions of 4, 3, 3, 4 options)
//!
//! - statements: 13³³ states, 33 × log₂13 = 33 × 3.700 = 122.11 bits;
//! - context: 5 × 4 × 4 × 5 = 400 states, 8.64 bits;
//! - together 130.76 bits → N = 17 bytes (136 bits; 16 bytes would hold only 128);
//! - 1 + 1 + 17 + 1 + 3 = 23 bytes = 184 bits → ⌈184 / 6⌉ = **31 characters** without a
//!   label, whatever the answers (the length never reveals how much was answered); format 1
//!   had no length byte: 22 bytes, 30 characters.
//! - The budget is 32 characters = 192 bits = 24 bytes, so the body may grow to 18 bytes
//!   (144 bits): three more statements still fit (141.86 bits), a fourth (145.56) would not.
//!
//! # Versioning
//!
//! Every format keeps the envelope: byte 0 is the format version and the last three bytes are
//! the CRC-24 of the rest, so any build can tell "damaged" from "made by a newer version".
//! Content changes that add, remove or reorder statements, context questions or options bump
//! `CONTENT_VERSION` and append a [`Release`] to [`RELEASES`]; old links decode with their own
//! release's shape and are mapped by id into the current content. See `docs/link-format.md`.

use crate::content::{CONTEXT_QUESTIONS, STATEMENTS};
use crate::model::{Answers, Choice};
use crate::t;
use crate::text::Text;
use std::borrow::Cow;
use std::fmt;

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

const MAX_LABEL_BYTES: usize = MAX_LABEL_CHARS * 4;
const CHECKSUM_LEN: usize = 3;
/// Unanswered, six choices, six choices marked important.
const STATEMENT_STATES: u32 = 1 + 2 * CHOICES;
const CHOICES: u32 = Choice::ALL.len() as u32;

/// The shape of one released content version: what a link of that version holds, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
    pub content_version: u16,
    /// Statement ids in question order.
    pub statements: &'static [&'static str],
    pub context: &'static [ReleaseQuestion],
}

/// A context question of a release, with its option ids in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReleaseQuestion {
    pub id: &'static str,
    pub options: &'static [&'static str],
}

/// Every released content version, oldest first. Never edit or remove an entry: append one
/// whenever statements, context questions or their options are added, removed or reordered
/// (a test checks that the last entry matches the current content).
pub static RELEASES: &[Release] = &[
    Release {
        content_version: 1,
        statements: &[
            "energy.deep-problem",
            "energy.others-grow",
            "energy.built-it",
            "time.focus-blocks",
            "time.meeting-week",
            "feedback.see-it-run",
            "feedback.slow-ok",
            "credit.own-work",
            "credit.team-win",
            "influence.persuade",
            "influence.final-say",
            "influence.no-reports",
            "scope.one-system",
            "scope.many-teams",
            "scope.small-team",
            "strategy.set-direction",
            "strategy.org-design",
            "strategy.others-decide",
            "people.mentor",
            "people.dread-talks",
            "people.hiring",
            "trust.own-way",
            "trust.do-it-myself",
            "comms.writing",
            "comms.work-speaks",
            "current.code-weekly",
            "current.skills-fade",
            "current.review-enough",
            "reversibility.try-back",
            "reversibility.one-way",
            "motives.pay",
            "motives.title",
            "motives.only-way-up",
        ],
        context: &[
            ReleaseQuestion {
                id: "staff-track",
                options: &["yes", "paper", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "opening",
                options: &["yes", "soon", "no"],
            },
            ReleaseQuestion {
                id: "encouraged",
                options: &["yes", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "history",
                options: &[
                    "ic-never",
                    "ic-managed-before",
                    "manager-recent",
                    "manager-long",
                ],
            },
        ],
    },
    // Content 2: two statements reworded in meaning, each a new statement in the old one's
    // place (`scope.small-team` → `scope.lead-small`, `people.dread-talks` →
    // `people.hard-talks`); see docs/method.md, "Wording".
    Release {
        content_version: 2,
        statements: &[
            "energy.deep-problem",
            "energy.others-grow",
            "energy.built-it",
            "time.focus-blocks",
            "time.meeting-week",
            "feedback.see-it-run",
            "feedback.slow-ok",
            "credit.own-work",
            "credit.team-win",
            "influence.persuade",
            "influence.final-say",
            "influence.no-reports",
            "scope.one-system",
            "scope.many-teams",
            "scope.lead-small",
            "strategy.set-direction",
            "strategy.org-design",
            "strategy.others-decide",
            "people.mentor",
            "people.hard-talks",
            "people.hiring",
            "trust.own-way",
            "trust.do-it-myself",
            "comms.writing",
            "comms.work-speaks",
            "current.code-weekly",
            "current.skills-fade",
            "current.review-enough",
            "reversibility.try-back",
            "reversibility.one-way",
            "motives.pay",
            "motives.title",
            "motives.only-way-up",
        ],
        context: &[
            ReleaseQuestion {
                id: "staff-track",
                options: &["yes", "paper", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "opening",
                options: &["yes", "soon", "no"],
            },
            ReleaseQuestion {
                id: "encouraged",
                options: &["yes", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "history",
                options: &[
                    "ic-never",
                    "ic-managed-before",
                    "manager-recent",
                    "manager-long",
                ],
            },
        ],
    },
];

/// The release this build writes: the last of [`RELEASES`].
pub fn latest_release() -> &'static Release {
    &RELEASES[RELEASES.len() - 1]
}

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

/// Answers laid out in the order of one release rather than of the current content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReleaseAnswers {
    /// One entry per statement of the release: the choice and the "matters a lot" mark.
    pub statements: Vec<Option<(Choice, bool)>>,
    /// One entry per context question of the release: the option index.
    pub context: Vec<Option<u8>>,
}

impl ReleaseAnswers {
    /// Nothing answered, in the release's shape.
    pub fn empty(release: &Release) -> ReleaseAnswers {
        ReleaseAnswers {
            statements: vec![None; release.statements.len()],
            context: vec![None; release.context.len()],
        }
    }

    /// Takes current-content answers into a release's shape, by id. A "matters a lot" mark on
    /// an unanswered statement is dropped: it means nothing there.
    pub fn from_answers(answers: &Answers, release: &Release) -> ReleaseAnswers {
        let current = ReleaseAnswers {
            statements: (0..STATEMENTS.len())
                .map(|i| answers.choice(i).map(|c| (c, answers.is_important(i))))
                .collect(),
            context: answers.contexts().to_vec(),
        };
        remap(&current, &CurrentContent, release)
    }

    /// Takes these answers, in the release's shape, into the current content, by id.
    pub fn to_answers(&self, release: &Release) -> Answers {
        let current = remap(self, release, &CurrentContent);
        let mut answers = Answers::new();
        for (i, slot) in current.statements.iter().enumerate() {
            if let Some((choice, important)) = *slot {
                answers.set(i, Some(choice));
                answers.set_important(i, important);
            }
        }
        for (q, option) in current.context.iter().enumerate() {
            answers.set_context(q, *option);
        }
        answers
    }

    /// Maps answers from one release's shape into another's, by statement, question and option
    /// id: what the target no longer has is dropped, what it added is unanswered.
    pub fn migrate(&self, from: &Release, to: &Release) -> ReleaseAnswers {
        remap(self, from, to)
    }
}

/// The ids of something shaped like a release: a [`Release`] or the current content.
trait Shape {
    fn statement_ids(&self) -> impl Iterator<Item = &str>;
    fn question_ids(&self) -> impl Iterator<Item = &str>;
    fn option_ids(&self, question: usize) -> impl Iterator<Item = &str>;
}

impl Shape for Release {
    fn statement_ids(&self) -> impl Iterator<Item = &str> {
        self.statements.iter().copied()
    }
    fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.context.iter().map(|q| q.id)
    }
    fn option_ids(&self, question: usize) -> impl Iterator<Item = &str> {
        self.context
            .get(question)
            .map_or(&[][..], |q| q.options)
            .iter()
            .copied()
    }
}

struct CurrentContent;

impl Shape for CurrentContent {
    fn statement_ids(&self) -> impl Iterator<Item = &str> {
        STATEMENTS.iter().map(|s| s.id)
    }
    fn question_ids(&self) -> impl Iterator<Item = &str> {
        CONTEXT_QUESTIONS.iter().map(|q| q.id)
    }
    fn option_ids(&self, question: usize) -> impl Iterator<Item = &str> {
        CONTEXT_QUESTIONS
            .get(question)
            .map_or(&[][..], |q| q.options)
            .iter()
            .map(|o| o.id)
    }
}

fn remap(answers: &ReleaseAnswers, from: &impl Shape, to: &impl Shape) -> ReleaseAnswers {
    let statements = to
        .statement_ids()
        .map(|id| {
            let i = from.statement_ids().position(|f| f == id)?;
            let (choice, important) = (*answers.statements.get(i)?)?;
            // Only a valid choice travels, and the mark only with an answer.
            Choice::ALL.contains(&choice).then_some((choice, important))
        })
        .collect();
    let context = to
        .question_ids()
        .enumerate()
        .map(|(tq, id)| {
            let fq = from.question_ids().position(|f| f == id)?;
            let option = usize::from((*answers.context.get(fq)?)?);
            let option_id = from.option_ids(fq).nth(option)?;
            let to_option = to.option_ids(tq).position(|o| o == option_id)?;
            u8::try_from(to_option).ok()
        })
        .collect();
    ReleaseAnswers {
        statements,
        context,
    }
}

/// Cleans a label for sharing: control characters, bidi controls and other invisible
/// formatting are removed, runs of whitespace become one space, the ends are trimmed and the
/// result is cut to [`MAX_LABEL_CHARS`] chars. `None` when nothing is left. Idempotent.
pub fn clean_label(raw: &str) -> Option<String> {
    clean_text(raw, MAX_LABEL_CHARS)
}

use crate::clean::clean_text;

/// Encodes answers (complete or partial) and an optional label into a bare payload, in the
/// latest release's shape. The label is cleaned with [`clean_label`].
pub fn encode(answers: &Answers, label: Option<&str>) -> String {
    let release = latest_release();
    encode_release(
        release,
        &ReleaseAnswers::from_answers(answers, release),
        label,
    )
}

/// Encodes answers already in a release's shape. [`encode`] is this with the latest release;
/// tests use it to make links of other (simulated) releases.
pub fn encode_release(release: &Release, answers: &ReleaseAnswers, label: Option<&str>) -> String {
    let mut bytes = vec![FORMAT_VERSION];
    push_leb128(&mut bytes, release.content_version);
    let digits: Vec<(u32, u32)> = release
        .statements
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let digit = answers
                .statements
                .get(i)
                .copied()
                .flatten()
                .and_then(|(choice, important)| {
                    let k = Choice::ALL.iter().position(|&c| c == choice)?;
                    Some(1 + k as u32 + if important { CHOICES } else { 0 })
                })
                .unwrap_or(0);
            (digit, STATEMENT_STATES)
        })
        .chain(release.context.iter().enumerate().map(|(q, question)| {
            let radix = question_radix(question);
            let digit = match answers.context.get(q).copied().flatten() {
                Some(o) if u32::from(o) + 1 < radix => u32::from(o) + 1,
                _ => 0,
            };
            (digit, radix)
        }))
        .collect();
    bytes.extend(pack(&digits, body_len(release)));
    let label = label.and_then(clean_label).unwrap_or_default();
    // A cleaned label is at most 40 chars, so at most 160 bytes: its length fits in a byte.
    bytes.push(u8::try_from(label.len()).unwrap_or(u8::MAX));
    bytes.extend_from_slice(label.as_bytes());
    let crc = crc24(&bytes);
    bytes.extend_from_slice(&crc.to_be_bytes()[1..]);
    to_base64url(&bytes)
}

/// The fragment of a result link, without `#`: `r=<payload>`.
pub fn fragment(payload: &str) -> String {
    format!("{RESULT_KEY}={payload}")
}

/// Two result payloads joined for a compare link: `<a>.<b>`.
pub fn encode_pair(a: &str, b: &str) -> String {
    format!("{a}{PAIR_SEPARATOR}{b}")
}

/// The fragment of a compare link, without `#`: `c=<a>.<b>`, from [`encode_pair`].
pub fn compare_fragment(pair: &str) -> String {
    format!("{COMPARE_KEY}={pair}")
}

/// A page address with its fragment replaced: `with_fragment("https://x/y#old", "r=AB")` is
/// `https://x/y#r=AB`.
pub fn with_fragment(url: &str, fragment: &str) -> String {
    let base = url.split_once('#').map_or(url, |(base, _)| base);
    format!("{base}#{fragment}")
}

/// Characters that may come just before a link: opening brackets and quotes.
const OPENERS: &[char] = &['<', '(', '[', '{', '"', '\'', '“', '‘', '«', '‹'];
/// Characters that may come just after a link: closing brackets and quotes, and the sentence
/// it ends. `.` is among them only here, at the very end: inside, it separates a pair.
const CLOSERS: &[char] = &[
    '>', ')', ']', '}', '"', '\'', '”', '’', '»', '›', '.', ',', ';', ':', '!', '?',
];

/// Removes what people paste around a link, so that it reads as the link itself:
///
/// - `%XX` escapes of ASCII characters are decoded once (`%23r%3D` is `#r=`, `%20` a space,
///   `%3E` a `>`); other escapes stay as they are;
/// - whitespace anywhere (a space, tab or line break from a wrapped e-mail) is dropped;
/// - opening brackets and quotes at the start (`<`, `(`, `[`, `{`, quotes) and closing
///   brackets, quotes and sentence punctuation at the end (`>`, `)`, `]`, `}`, quotes, `.`,
///   `,`, `;`, `:`, `!`, `?`) are stripped.
///
/// None of these characters can be part of a payload, so tidying never turns one payload into
/// another. Every reader in this module applies it exactly once before locating the payload;
/// an app that inspects a fragment itself should look at the tidied text but hand the
/// original to the decoder (tidying twice could decode `%2523` into `#`).
pub fn tidy(input: &str) -> Cow<'_, str> {
    let strip = |text: &str| -> (usize, usize) {
        let start = text.len() - text.trim_start_matches(OPENERS).len();
        let end = text.trim_end_matches(CLOSERS).len().max(start);
        (start, end)
    };
    if input.contains(|c: char| c == '%' || c.is_whitespace()) {
        let text = unescape(input);
        let (start, end) = strip(&text);
        Cow::Owned(text[start..end].to_string())
    } else {
        let (start, end) = strip(input);
        Cow::Borrowed(&input[start..end])
    }
}

/// `%XX` escapes of ASCII characters decoded, whitespace (escaped or not) dropped.
fn unescape(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(c) = rest.chars().next() {
        let (c, len) = match rest.strip_prefix('%').and_then(ascii_escape) {
            Some(byte) => (char::from(byte), 3),
            None => (c, c.len_utf8()),
        };
        if !c.is_whitespace() {
            out.push(c);
        }
        rest = &rest[len..];
    }
    out
}

/// The ASCII byte written by the two hex digits at the start of `text`, if they are there.
fn ascii_escape(text: &str) -> Option<u8> {
    let digits = text.as_bytes().get(..2)?;
    let hex = |d: u8| char::from(d).to_digit(16);
    let byte = hex(digits[0])? * 16 + hex(digits[1])?;
    u8::try_from(byte).ok().filter(u8::is_ascii)
}

/// What the input points at, before any payload is read.
enum Found<'a> {
    Single(&'a str),
    Pair(&'a str, &'a str),
}

/// The input, tidied, unless it is too long to look at.
fn tidied(input: &str) -> Result<Cow<'_, str>, LinkError> {
    if input.len() > MAX_INPUT_LEN {
        return Err(LinkError::TooLong);
    }
    Ok(tidy(input))
}

/// Finds the payload(s) in a tidied URL, fragment or bare payload, without reading them.
fn locate(text: &str) -> Result<Found<'_>, LinkError> {
    // The last `#`: an escaped `#` in a query (`?ref=a%23b`) decodes to one before it.
    let fragment = match text.rsplit_once('#') {
        Some((_, fragment)) => fragment,
        // An address without a fragment holds no result.
        None if text.contains([':', '/', '?']) => return Err(LinkError::Empty),
        // No key: a bare payload, or two.
        None if !text.contains('=') => return either(text),
        // A fragment given without its `#`.
        None => text,
    };
    if fragment.is_empty() {
        return Err(LinkError::Empty);
    }
    for part in fragment.split('&') {
        match part.split_once('=') {
            Some((RESULT_KEY, value)) => return single(value),
            Some((COMPARE_KEY, value)) => return pair(value),
            Some((HOST_KEY, value)) => return either(value),
            _ => {}
        }
    }
    Err(LinkError::NotALink)
}

fn either(value: &str) -> Result<Found<'_>, LinkError> {
    if value.contains(PAIR_SEPARATOR) {
        pair(value)
    } else {
        single(value)
    }
}

fn single(value: &str) -> Result<Found<'_>, LinkError> {
    if value.is_empty() {
        Err(LinkError::Empty)
    } else if value.contains(PAIR_SEPARATOR) {
        Err(LinkError::NotALink)
    } else {
        Ok(Found::Single(value))
    }
}

fn pair(value: &str) -> Result<Found<'_>, LinkError> {
    if value.is_empty() {
        return Err(LinkError::Empty);
    }
    let mut parts = value.split(PAIR_SEPARATOR);
    match (parts.next(), parts.next(), parts.next()) {
        (Some(a), Some(b), None) if !a.is_empty() && !b.is_empty() => Ok(Found::Pair(a, b)),
        // One payload, or a separator with nothing on one side: a compare link cut short.
        (Some(_), _, None) => Err(LinkError::Damaged),
        _ => Err(LinkError::NotALink),
    }
}

/// The payload of a result link given as a URL, a fragment or a bare payload, tidied (not
/// checked).
pub fn payload_of(input: &str) -> Result<String, LinkError> {
    match locate(&tidied(input)?)? {
        Found::Single(payload) => Ok(payload.to_string()),
        Found::Pair(..) => Err(LinkError::ComparisonLink),
    }
}

/// The two payloads of a compare link given as a URL, a fragment or `<a>.<b>`, tidied (not
/// checked).
pub fn pair_of(input: &str) -> Result<(String, String), LinkError> {
    match locate(&tidied(input)?)? {
        Found::Pair(a, b) => Ok((a.to_string(), b.to_string())),
        Found::Single(_) => Err(LinkError::SingleResult),
    }
}

/// Reads a result link: a full URL, a fragment (`#r=…`, `#crossroads=…`) or a bare payload,
/// after [`tidy`]. Total: every input gives a result or a [`LinkError`], never a panic.
pub fn decode(input: &str) -> Result<Decoded, LinkError> {
    match locate(&tidied(input)?)? {
        Found::Single(payload) => decode_payload(payload, RELEASES).map(to_current),
        Found::Pair(..) => Err(LinkError::ComparisonLink),
    }
}

/// Reads a compare link into its two results.
pub fn decode_pair(input: &str) -> Result<(Decoded, Decoded), LinkError> {
    match locate(&tidied(input)?)? {
        Found::Pair(a, b) => Ok((
            to_current(decode_payload(a, RELEASES)?),
            to_current(decode_payload(b, RELEASES)?),
        )),
        Found::Single(_) => Err(LinkError::SingleResult),
    }
}

/// Reads either kind of link.
pub fn decode_link(input: &str) -> Result<ShareLink, LinkError> {
    match locate(&tidied(input)?)? {
        Found::Single(payload) => decode_payload(payload, RELEASES)
            .map(to_current)
            .map(ShareLink::Result),
        Found::Pair(a, b) => Ok(ShareLink::Compare(
            to_current(decode_payload(a, RELEASES)?),
            to_current(decode_payload(b, RELEASES)?),
        )),
    }
}

/// A result read against a table of releases, in the shape of the table's last release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unpacked {
    pub format: u8,
    pub content_version: u16,
    /// In the shape of the last release of the table.
    pub answers: ReleaseAnswers,
    pub label: Option<String>,
    /// True when the link's release is older than the table's last.
    pub older_content: bool,
}

/// Reads a result link against a table of releases (oldest first) and maps its answers into
/// the last one. [`decode`] is this with [`RELEASES`], then into the current content.
pub fn decode_with(input: &str, releases: &[Release]) -> Result<Unpacked, LinkError> {
    decode_payload(&payload_of(input)?, releases)
}

fn to_current(unpacked: Unpacked) -> Decoded {
    Decoded {
        format: unpacked.format,
        content_version: unpacked.content_version,
        answers: unpacked.answers.to_answers(latest_release()),
        label: unpacked.label,
        older_content: unpacked.older_content,
    }
}

fn decode_payload(payload: &str, releases: &[Release]) -> Result<Unpacked, LinkError> {
    if payload.len() > MAX_PAYLOAD_LEN {
        return Err(LinkError::TooLong);
    }
    let bytes = from_base64url(payload)?;
    // The envelope first, so that any damage reads as damage and never as a newer version.
    let Some(split) = bytes.len().checked_sub(CHECKSUM_LEN) else {
        return Err(LinkError::Damaged);
    };
    let (data, check) = bytes.split_at(split);
    if data.is_empty() || check != &crc24(data).to_be_bytes()[1..] {
        return Err(LinkError::Damaged);
    }
    let format = data[0];
    if format == 0 {
        return Err(LinkError::Damaged);
    }
    if format > FORMAT_VERSION {
        return Err(LinkError::NewerFormat { version: format });
    }
    let (version, rest) = read_leb128(&data[1..])?;
    let latest = releases.last().map_or(0, |r| r.content_version);
    let Some(release) = releases.iter().find(|r| r.content_version == version) else {
        return Err(if version > latest {
            LinkError::NewerContent { version }
        } else {
            LinkError::UnknownContent { version }
        });
    };
    let target = releases.last().unwrap_or(release);

    let body = body_len(release);
    if rest.len() < body {
        return Err(LinkError::Damaged);
    }
    let (number, tail) = rest.split_at(body);
    let label = if format == 1 {
        // No length byte: refuse the payload when its bytes up to some point after the
        // answers already make a payload that reads (an issued link with bytes appended).
        if has_valid_prefix(&bytes, data.len() - tail.len()) {
            return Err(LinkError::Damaged);
        }
        tail
    } else {
        // The declared length must be the actual one: a character more or less is refused
        // here whatever the checksum says.
        match tail.split_first() {
            Some((&declared, label)) if usize::from(declared) == label.len() => label,
            _ => return Err(LinkError::Damaged),
        }
    };
    let label = read_label(label)?;

    let radices: Vec<u32> = release
        .statements
        .iter()
        .map(|_| STATEMENT_STATES)
        .chain(release.context.iter().map(question_radix))
        .collect();
    let digits = unpack(number, &radices).ok_or(LinkError::Damaged)?;
    let (statement_digits, context_digits) = digits.split_at(release.statements.len());
    let answers = ReleaseAnswers {
        statements: statement_digits.iter().map(|&d| statement(d)).collect(),
        context: context_digits
            .iter()
            .map(|&d| d.checked_sub(1).and_then(|o| u8::try_from(o).ok()))
            .collect(),
    };
    Ok(Unpacked {
        format,
        content_version: version,
        answers: answers.migrate(release, target),
        label,
        older_content: version < target.content_version,
    })
}

/// The label bytes of a payload: none, or UTF-8 exactly as [`clean_label`] writes it (the
/// encoder always cleaned labels, so anything else was not made by it).
fn read_label(bytes: &[u8]) -> Result<Option<String>, LinkError> {
    if bytes.is_empty() {
        return Ok(None);
    }
    if bytes.len() > MAX_LABEL_BYTES {
        return Err(LinkError::Damaged);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| LinkError::Damaged)?;
    match clean_label(text) {
        Some(clean) if clean == text => Ok(Some(clean)),
        _ => Err(LinkError::Damaged),
    }
}

/// Format 1: true when a strict prefix of the payload `bytes` is itself a format-1 payload
/// that reads, i.e. ends in the CRC-24 of the bytes before those three, which are the same
/// `header` (format, content version, answers) and a clean label. The payload is then that
/// one with bytes appended. (The answers are the same bytes in both, so they need no check.)
fn has_valid_prefix(bytes: &[u8], header: usize) -> bool {
    let mut crc = CRC24_INIT;
    // `end` is the end of the prefix's data, its checksum `bytes[end..end + 3]`; stopping
    // before `bytes.len() - 3` keeps the prefix strict.
    for (end, &byte) in bytes
        .iter()
        .enumerate()
        .take(bytes.len().saturating_sub(CHECKSUM_LEN))
    {
        if end >= header
            && bytes[end..end + CHECKSUM_LEN] == crc.to_be_bytes()[1..]
            && read_label(&bytes[header..end]).is_ok()
        {
            return true;
        }
        crc = crc24_update(crc, byte);
    }
    false
}

/// A statement digit back into an answer: 0 unanswered, 1–6 a choice, 7–12 a marked choice.
fn statement(digit: u32) -> Option<(Choice, bool)> {
    let k = usize::try_from(digit.checked_sub(1)?).ok()?;
    let choices = Choice::ALL.len();
    Choice::ALL
        .get(k % choices)
        .map(|&choice| (choice, k >= choices))
}

fn question_radix(question: &ReleaseQuestion) -> u32 {
    u32::try_from(question.options.len())
        .unwrap_or(u32::MAX)
        .saturating_add(1)
        .min(256)
}

/// Bytes needed for every value below the product of the release's radices.
fn body_len(release: &Release) -> usize {
    // The product, little-endian, grown as needed.
    let mut product: Vec<u8> = vec![1];
    let radices = release
        .statements
        .iter()
        .map(|_| STATEMENT_STATES)
        .chain(release.context.iter().map(question_radix));
    for radix in radices {
        let mut carry = 0u32;
        for byte in product.iter_mut() {
            let t = u32::from(*byte) * radix + carry;
            *byte = (t & 0xFF) as u8;
            carry = t >> 8;
        }
        while carry > 0 {
            product.push((carry & 0xFF) as u8);
            carry >>= 8;
        }
    }
    // product - 1 (product >= 1, so the borrow stops).
    for byte in product.iter_mut() {
        let (value, borrow) = byte.overflowing_sub(1);
        *byte = value;
        if !borrow {
            break;
        }
    }
    while product.last() == Some(&0) {
        product.pop();
    }
    product.len()
}

/// Mixed-radix digits `(digit, radix)`, most significant first, into `len` big-endian bytes.
fn pack(digits: &[(u32, u32)], len: usize) -> Vec<u8> {
    let mut number = vec![0u8; len];
    for &(digit, radix) in digits {
        let mut carry = digit;
        for byte in number.iter_mut().rev() {
            let t = u32::from(*byte) * radix + carry;
            *byte = (t & 0xFF) as u8;
            carry = t >> 8;
        }
    }
    number
}

/// The inverse of [`pack`]; `None` when the number is too big for the radices.
fn unpack(number: &[u8], radices: &[u32]) -> Option<Vec<u32>> {
    let mut number = number.to_vec();
    let mut digits = vec![0u32; radices.len()];
    for (slot, &radix) in digits.iter_mut().zip(radices).rev() {
        if radix == 0 {
            return None;
        }
        let mut rest = 0u32;
        for byte in number.iter_mut() {
            let current = (rest << 8) | u32::from(*byte);
            *byte = (current / radix) as u8;
            rest = current % radix;
        }
        *slot = rest;
    }
    number.iter().all(|&b| b == 0).then_some(digits)
}

fn push_leb128(out: &mut Vec<u8>, mut value: u16) {
    loop {
        let low = (value & 0x7F) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// A canonical LEB128 `u16` at the start of `bytes`, and what follows it.
fn read_leb128(bytes: &[u8]) -> Result<(u16, &[u8]), LinkError> {
    let mut value = 0u32;
    for (i, &byte) in bytes.iter().enumerate().take(3) {
        value |= u32::from(byte & 0x7F) << (7 * i);
        if byte & 0x80 == 0 {
            // A zero last byte after the first would be a second spelling of a smaller number.
            if i > 0 && byte == 0 {
                return Err(LinkError::Damaged);
            }
            let value = u16::try_from(value).map_err(|_| LinkError::Damaged)?;
            return Ok((value, &bytes[i + 1..]));
        }
    }
    Err(LinkError::Damaged)
}

const CRC24_INIT: u32 = 0x00B7_04CE;

/// CRC-24/OpenPGP (RFC 4880): detects every error burst of up to 24 bits, so every change to
/// a single base64 character (6 bits) is caught.
fn crc24(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(CRC24_INIT, |crc, &byte| crc24_update(crc, byte))
}

/// One more byte into a CRC-24 register (polynomial `0x864CFB`, no reflection, no final xor).
fn crc24_update(crc: u32, byte: u8) -> u32 {
    let mut crc = crc ^ (u32::from(byte) << 16);
    for _ in 0..8 {
        crc <<= 1;
        if crc & 0x0100_0000 != 0 {
            crc ^= 0x0186_4CFB;
        }
    }
    crc & 0x00FF_FFFF
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn to_base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 0x3F) as usize]));
        }
    }
    out
}

fn sextet(c: u8) -> Option<u32> {
    let value = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'-' => 62,
        b'_' => 63,
        _ => return None,
    };
    Some(u32::from(value))
}

/// Base64url without padding. Foreign characters: not a link. An impossible length or stray
/// bits in the last character: damaged.
fn from_base64url(text: &str) -> Result<Vec<u8>, LinkError> {
    let sextets = text
        .bytes()
        .map(sextet)
        .collect::<Option<Vec<u32>>>()
        .ok_or(LinkError::NotALink)?;
    if sextets.len() % 4 == 1 {
        return Err(LinkError::Damaged);
    }
    let mut out = Vec::with_capacity(sextets.len() * 3 / 4);
    for chunk in sextets.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &s)| n | (s << (18 - 6 * i)));
        let bytes = n.to_be_bytes();
        let len = chunk.len() - 1;
        // Bits below the last whole byte must be zero, or two spellings would decode alike.
        if n & (0x00FF_FFFF >> (8 * len)) != 0 {
            return Err(LinkError::Damaged);
        }
        out.extend_from_slice(&bytes[1..=len]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_answers() -> Answers {
        let mut answers = Answers::new();
        for i in 0..STATEMENTS.len() {
            answers.set(i, Some(Choice::ALL[i % 6]));
            answers.set_important(i, true);
        }
        for (q, question) in CONTEXT_QUESTIONS.iter().enumerate() {
            answers.set_context(q, u8::try_from(question.options.len() - 1).ok());
        }
        answers
    }

    /// The worked example of `docs/link-format.md`, computed there by hand.
    #[test]
    fn worked_example_from_the_docs() {
        let mut answers = Answers::new();
        answers.set(0, Some(Choice::AGREE));
        answers.set_important(0, true);
        answers.set(2, Some(Choice::Unsure));
        answers.set_context(0, Some(0));
        answers.set_context(3, Some(1));
        // The document works it in content version 1, whose shape these answers share.
        let release = &RELEASES[0];
        let payload = encode_release(
            release,
            &ReleaseAnswers::from_answers(&answers, release),
            Some("Sam"),
        );
        assert_eq!(payload, "AgEFOSvCh3-oVD4-oCLbXdLKUgNTYW2U5o4");
        let bytes = from_base64url(&payload).unwrap();
        assert_eq!(bytes[2..19], pack_digits_example());
        assert_eq!(bytes[19..23], [3, b'S', b'a', b'm']);
        assert_eq!(bytes[23..], [0x94, 0xe6, 0x8e]);
        let decoded = decode(&payload).unwrap();
        assert_eq!(decoded.answers, answers);
        assert_eq!(decoded.format, 2);
        // Today's content writes version 2 (byte 1) and so another checksum.
        let today = encode(&answers, Some("Sam"));
        assert_eq!(today, "AgIFOSvCh3-oVD4-oCLbXdLKUgNTYW3E1yY");
        assert_eq!(decode(&today).unwrap().answers, answers);
        // The same result in format 1, as the documents gave it before format 2: still read.
        let old = decode("AQEFOSvCh3-oVD4-oCLbXdLKUlNhbVFJjQ").unwrap();
        assert_eq!(old.format, 1);
        assert_eq!((old.answers, old.label), (answers, Some("Sam".into())));
    }

    fn pack_digits_example() -> [u8; 17] {
        [
            0x05, 0x39, 0x2b, 0xc2, 0x87, 0x7f, 0xa8, 0x54, 0x3e, 0x3e, 0xa0, 0x22, 0xdb, 0x5d,
            0xd2, 0xca, 0x52,
        ]
    }

    #[test]
    fn crc24_matches_the_standard_check_value() {
        assert_eq!(crc24(b"123456789"), 0x21CF02);
    }

    #[test]
    fn base64url_round_trips_every_length() {
        for len in 0..40usize {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let text = to_base64url(&bytes);
            assert!(!text.contains(['+', '/', '=']));
            assert_eq!(from_base64url(&text), Ok(bytes));
        }
        assert_eq!(to_base64url(&[0xFB, 0xFF]), "-_8");
    }

    #[test]
    fn base64url_refuses_stray_bits_and_impossible_lengths() {
        assert_eq!(from_base64url("AB"), Err(LinkError::Damaged));
        assert_eq!(from_base64url("AQ"), Ok(vec![1]));
        assert_eq!(from_base64url("AAAAA"), Err(LinkError::Damaged));
        assert_eq!(from_base64url("AA+A"), Err(LinkError::NotALink));
    }

    #[test]
    fn leb128_round_trips_and_refuses_odd_spellings() {
        for v in [0u16, 1, 127, 128, 300, 16383, 16384, u16::MAX] {
            let mut bytes = Vec::new();
            push_leb128(&mut bytes, v);
            bytes.push(0xAA);
            assert_eq!(read_leb128(&bytes), Ok((v, &[0xAA][..])));
        }
        assert_eq!(read_leb128(&[0x81, 0x00]), Err(LinkError::Damaged));
        assert_eq!(read_leb128(&[0xFF, 0xFF, 0x7F]), Err(LinkError::Damaged));
        assert_eq!(
            read_leb128(&[0x80, 0x80, 0x80, 0x01]),
            Err(LinkError::Damaged)
        );
        assert_eq!(read_leb128(&[0x80]), Err(LinkError::Damaged));
    }

    #[test]
    fn every_release_body_is_seventeen_bytes_and_a_full_link_thirty_one_chars() {
        assert!(RELEASES.iter().all(|r| body_len(r) == 17));
        // 1 + 1 + 17 + 1 + 3 = 23 bytes = 184 bits: 31 characters, within the budget of 32.
        assert_eq!(encode(&full_answers(), None).len(), 31);
        assert_eq!(encode(&Answers::new(), None).len(), 31);
        assert_eq!(
            encode(&Answers::new(), None),
            "AgIAAAAAAAAAAAAAAAAAAAAAAAA7PQo"
        );
    }

    #[test]
    fn pack_and_unpack_are_inverse_at_the_extremes() {
        let radices = [13u32, 13, 5, 4];
        let len = 2; // 13 * 13 * 5 * 4 = 3380 < 65536
        for digits in [[0u32, 0, 0, 0], [12, 12, 4, 3], [7, 0, 2, 1]] {
            let pairs: Vec<(u32, u32)> = digits.iter().copied().zip(radices).collect();
            let number = pack(&pairs, len);
            assert_eq!(unpack(&number, &radices), Some(digits.to_vec()));
        }
        // 0xFFFF is more than 3380 values can reach.
        assert_eq!(unpack(&[0xFF, 0xFF], &radices), None);
    }

    #[test]
    fn round_trips_full_and_empty_answers() {
        for answers in [full_answers(), Answers::new()] {
            let decoded = decode(&encode(&answers, None)).unwrap();
            assert_eq!(decoded.answers, answers);
            assert_eq!(decoded.label, None);
            assert_eq!(decoded.format, FORMAT_VERSION);
            assert_eq!(decoded.content_version, latest_release().content_version);
            assert!(!decoded.older_content);
        }
    }

    #[test]
    fn an_important_mark_without_an_answer_is_dropped() {
        let mut answers = Answers::new();
        answers.set_important(3, true);
        let decoded = decode(&encode(&answers, None)).unwrap();
        assert_eq!(decoded.answers, Answers::new());
    }

    #[test]
    fn an_out_of_range_choice_travels_as_unanswered() {
        let mut answers = Answers::new();
        answers.set(0, Some(Choice::Scale(5)));
        answers.set(1, Some(Choice::AGREE));
        let decoded = decode(&encode(&answers, None)).unwrap();
        assert_eq!(decoded.answers.choice(0), None);
        assert_eq!(decoded.answers.choice(1), Some(Choice::AGREE));
    }

    #[test]
    fn accepts_every_input_form() {
        let payload = encode(&full_answers(), Some("Sam"));
        let expected = decode(&payload).unwrap();
        assert_eq!(expected.label.as_deref(), Some("Sam"));
        let forms = [
            payload.clone(),
            format!("  {payload}\n"),
            format!("#{}", fragment(&payload)),
            fragment(&payload),
            format!("https://example.com/crossroads/#r={payload}"),
            format!("https://example.com/crossroads/index.html?x=1#r={payload}"),
            format!("https://blog.example/post#crossroads={payload}"),
            format!("#crossroads={payload}&theme=dark"),
            format!("#theme=dark&r={payload}"),
            with_fragment("https://example.com/a#old", &fragment(&payload)),
        ];
        for form in forms {
            assert_eq!(decode(&form).as_ref(), Ok(&expected), "{form}");
            assert_eq!(payload_of(&form), Ok(payload.clone()), "{form}");
        }
    }

    #[test]
    fn tidy_removes_only_what_cannot_be_payload() {
        for (input, tidied) in [
            ("AQE", "AQE"),
            ("#r=AQE", "#r=AQE"),
            ("<https://x/#r=AQE>", "https://x/#r=AQE"),
            ("(#r=AQE).", "#r=AQE"),
            ("\"#c=AQE.AgE\",", "#c=AQE.AgE"),
            ("“AQE”", "AQE"),
            ("[AQE]!?;:", "AQE"),
            ("#c=AQE.AgE.", "#c=AQE.AgE"),
            ("'AQE'", "AQE"),
            ("A Q\tE\r\n", "AQE"),
            ("AQ\u{A0}E\u{2028}", "AQE"),
            ("%23r%3DAQE", "#r=AQE"),
            ("%23r%3dAQE%2e", "#r=AQE"),
            ("#r=AQ%20E%0A%3E", "#r=AQE"),
            ("#r=AQE%22", "#r=AQE"),
            ("%41QE", "AQE"),
            // Not escapes of ASCII: left alone, so they stay foreign to a payload.
            ("AQE%C3%A9", "AQE%C3%A9"),
            ("AQE%+1", "AQE%+1"),
            ("AQE%4", "AQE%4"),
            ("AQE%", "AQE%"),
            // Decoded once only.
            ("AQE%2541", "AQE%41"),
            // Inside, nothing is stripped; `-` and `_` are payload characters.
            ("A.Q)E-", "A.Q)E-"),
            ("_AQE_", "_AQE_"),
            ("<>", ""),
            ("\"", ""),
            ("", ""),
        ] {
            assert_eq!(tidy(input), tidied, "{input:?}");
        }
        assert!(matches!(tidy("#r=AQE"), Cow::Borrowed(_)));
        for c in OPENERS.iter().chain(CLOSERS) {
            assert!(c.is_ascii_punctuation() || !c.is_ascii(), "{c}");
            assert!(
                !ALPHABET.contains(&u8::try_from(u32::from(*c)).unwrap_or(0)),
                "{c}"
            );
        }
    }

    #[test]
    fn a_compare_link_with_one_payload_is_cut_short() {
        let a = encode(&Answers::new(), None);
        for input in [format!("#c={a}"), format!("#c={a}."), format!("#c=.{a}")] {
            assert_eq!(decode_link(&input), Err(LinkError::Damaged), "{input}");
        }
        // A host key takes either kind: a single payload with a full stop is a result.
        assert!(matches!(
            decode_link(&format!("#crossroads={a}.")),
            Ok(ShareLink::Result(_))
        ));
    }

    #[test]
    fn with_fragment_replaces_an_existing_fragment() {
        assert_eq!(with_fragment("https://x/y#old", "r=AB"), "https://x/y#r=AB");
        assert_eq!(with_fragment("https://x/y", "r=AB"), "https://x/y#r=AB");
    }

    #[test]
    fn empty_inputs() {
        for input in [
            "",
            "   ",
            "#",
            "#r=",
            "r=",
            "#crossroads=",
            "#c=",
            "https://example.com/crossroads/",
            "https://example.com/crossroads/#",
        ] {
            assert_eq!(decode(input), Err(LinkError::Empty), "{input:?}");
        }
    }

    #[test]
    fn too_long_inputs_are_refused_first() {
        let long = "A".repeat(MAX_INPUT_LEN + 1);
        assert_eq!(decode(&long), Err(LinkError::TooLong));
        let long_payload = "A".repeat(MAX_PAYLOAD_LEN + 1);
        assert_eq!(decode(&long_payload), Err(LinkError::TooLong));
    }

    #[test]
    fn not_a_link() {
        for input in [
            "hello, world",
            "#section-2=intro",
            "#top",
            "#r=abc$def",
            "AAAA+AAA",
            "#r=AAAA.AAAA",
            "#c=AAAA.AAAA.AAAA",
            "naïve",
        ] {
            assert_eq!(decode(input), Err(LinkError::NotALink), "{input:?}");
        }
        // Whitespace is dropped before reading (a link wrapped in an e-mail), so words of
        // payload characters only read as a damaged payload.
        assert_eq!(decode("hello world"), Err(LinkError::Damaged));
    }

    #[test]
    fn damaged_links() {
        let payload = encode(&full_answers(), None);
        let mut flipped = payload.clone().into_bytes();
        flipped[10] = if flipped[10] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap();
        for input in [
            flipped.as_str(),
            &payload[..payload.len() - 1],
            &payload[..payload.len() - 2],
            &payload[..4],
            "A",
            "AAAA",
            "#c=.AAAA",
        ] {
            assert_eq!(decode(input), Err(LinkError::Damaged), "{input:?}");
        }
    }

    /// A payload with the right checksum around arbitrary bytes, to reach the later checks.
    fn sealed(data: &[u8]) -> String {
        let mut bytes = data.to_vec();
        bytes.extend_from_slice(&crc24(data).to_be_bytes()[1..]);
        to_base64url(&bytes)
    }

    #[test]
    fn newer_format_and_content() {
        assert_eq!(
            decode(&sealed(&[3, 1])),
            Err(LinkError::NewerFormat { version: 3 })
        );
        assert!(LinkError::NewerFormat { version: 3 }.is_newer());
        let future = Release {
            content_version: 200,
            ..RELEASES[0]
        };
        let link = encode_release(&future, &ReleaseAnswers::empty(&future), None);
        assert_eq!(decode(&link), Err(LinkError::NewerContent { version: 200 }));
        assert!(LinkError::NewerContent { version: 200 }.is_newer());
    }

    #[test]
    fn unknown_content() {
        let table = [
            RELEASES[0],
            Release {
                content_version: 5,
                ..RELEASES[0]
            },
        ];
        let gap = Release {
            content_version: 3,
            ..RELEASES[0]
        };
        let link = encode_release(&gap, &ReleaseAnswers::empty(&gap), None);
        assert_eq!(
            decode_with(&link, &table),
            Err(LinkError::UnknownContent { version: 3 })
        );
        for format in [1, 2] {
            assert_eq!(
                decode(&sealed(&[format, 0])),
                Err(LinkError::UnknownContent { version: 0 })
            );
        }
        assert_eq!(decode(&sealed(&[0, 1])), Err(LinkError::Damaged));
    }

    /// Format-2 bytes: format, content version 1, the answers number, the label length, the
    /// label (no checksum yet).
    fn format_2(number: &[u8], declared: u8, label: &[u8]) -> Vec<u8> {
        let mut data = vec![2, 1];
        data.extend_from_slice(number);
        data.push(declared);
        data.extend_from_slice(label);
        data
    }

    #[test]
    fn sealed_but_malformed_format_2_bodies_are_damaged() {
        let zero = [0u8; 17];
        // The well-formed ones, to show the cases below differ only where they say.
        assert_eq!(
            decode(&sealed(&format_2(&zero, 0, b""))).unwrap().label,
            None
        );
        let sam = decode(&sealed(&format_2(&zero, 3, b"Sam"))).unwrap();
        assert_eq!(sam.label.as_deref(), Some("Sam"));
        let damaged = [
            // Cut short: no answers, or no length byte.
            vec![2, 1],
            format_2(&zero, 0, b"")[..19].to_vec(),
            // The length byte says more, or less, than there is.
            format_2(&zero, 4, b"Sam"),
            format_2(&zero, 2, b"Sam"),
            format_2(&zero, 0, b"Sam"),
            format_2(&zero, 1, b""),
            // A number beyond what the radices reach.
            format_2(&[0xFF; 17], 0, b""),
            // Labels the encoder never writes: not UTF-8, not clean, too long.
            format_2(&zero, 2, &[0xC3, 0x28]),
            format_2(&zero, 4, b"Sam "),
            format_2(&zero, 4, b" Sam"),
            format_2(&zero, 7, b"Sam  Li"),
            format_2(&zero, 6, b"Sam\tLi"),
            format_2(&zero, 4, b"Sam\0"),
            format_2(&zero, 6, "\u{202E}Sam".as_bytes()),
            format_2(&zero, 41, &[b'a'; 41]),
            format_2(&zero, 161, &[b'a'; 161]),
        ];
        for data in damaged {
            assert_eq!(decode(&sealed(&data)), Err(LinkError::Damaged), "{data:?}");
        }
    }

    #[test]
    fn format_1_labels_must_be_clean_too() {
        let mut data = vec![1, 1];
        data.extend([0; 17]);
        assert_eq!(decode(&sealed(&data)).unwrap().label, None);
        for label in [
            "Sam ",
            " Sam",
            "Sam  Li",
            "Sam\nLi",
            "\u{200E}Sam",
            &"a".repeat(41),
        ] {
            let mut data = data.clone();
            data.extend_from_slice(label.as_bytes());
            assert_eq!(decode(&sealed(&data)), Err(LinkError::Damaged), "{label:?}");
        }
        data.extend_from_slice("Zoë Li".as_bytes());
        assert_eq!(
            decode(&sealed(&data)).unwrap().label.as_deref(),
            Some("Zoë Li")
        );
    }

    #[test]
    fn a_format_1_payload_with_a_sealed_prefix_is_refused() {
        let mut data = vec![1, 1];
        data.extend([0; 17]);
        let issued = sealed(&data);
        assert!(decode(&issued).is_ok());
        // The issued bytes, then bytes that make the whole checksum-correct again: the label
        // would be the issued checksum plus whatever was added. Any such tail is refused.
        let mut bytes = from_base64url(&issued).unwrap();
        for tail in [&b"x"[..], b"Sam", b"\0\0"] {
            bytes.truncate(22);
            bytes.extend_from_slice(tail);
            let forged = sealed(&bytes);
            assert_eq!(decode(&forged), Err(LinkError::Damaged), "{tail:?}");
        }
        // The forgery the rule exists for: the CRC has no final xor, so after an issued link's
        // bytes `d ‖ c` the register holds `c`, and the byte `c₀` leaves it at `c₁ c₂ 00`. So
        // appending `A` (six zero bits) to a 30-character payload always gives a
        // checksum-correct one whose label is `c₀`, a clean one-character label whenever `c₀`
        // is a printable ASCII character.
        let issued = (0u8..=255)
            .map(|last| {
                let mut data = vec![1, 1];
                data.extend([0; 16]);
                data.push(last);
                sealed(&data)
            })
            .find(|payload| from_base64url(payload).unwrap()[19].is_ascii_alphabetic())
            .unwrap();
        assert!(decode(&issued).is_ok());
        let forged = format!("{issued}A");
        let bytes = from_base64url(&forged).unwrap();
        assert_eq!(bytes[22..], [0]);
        assert_eq!(crc24(&bytes[..20]).to_be_bytes()[1..], bytes[20..]);
        assert!(read_label(&bytes[19..20]).unwrap().is_some());
        assert_eq!(decode(&forged), Err(LinkError::Damaged));

        // The rule looks only at prefixes that hold the whole answers number and a label
        // that reads.
        let short = from_base64url(&sealed(&[1, 1, 7, b'a'])).unwrap();
        let longer = [short.as_slice(), b"x"].concat();
        assert!(!has_valid_prefix(&short, 3));
        assert!(has_valid_prefix(&longer, 3));
        assert!(has_valid_prefix(&longer, 4));
        assert!(!has_valid_prefix(&longer, 5));
        let unclean = [
            &from_base64url(&sealed(&[1, 1, 7, b' '])).unwrap()[..],
            b"x",
        ]
        .concat();
        assert!(has_valid_prefix(&unclean, 4));
        assert!(!has_valid_prefix(&unclean, 3));
    }

    #[test]
    fn sealed_but_malformed_bodies_are_damaged() {
        // Cut short: the version but no answers.
        assert_eq!(decode(&sealed(&[1, 1])), Err(LinkError::Damaged));
        // A number beyond what the radices reach.
        let mut data = vec![1, 1];
        data.extend([0xFF; 17]);
        assert_eq!(decode(&sealed(&data)), Err(LinkError::Damaged));
        // A label that is not UTF-8.
        let mut data = vec![1, 1];
        data.extend([0; 17]);
        data.extend([0xC3, 0x28]);
        assert_eq!(decode(&sealed(&data)), Err(LinkError::Damaged));
        // A label longer than any we write.
        let mut data = vec![1, 1];
        data.extend([0; 17]);
        data.extend([b'a'; MAX_LABEL_BYTES + 1]);
        assert_eq!(decode(&sealed(&data)), Err(LinkError::Damaged));
    }

    #[test]
    fn compare_links() {
        let a = encode(&full_answers(), Some("Me"));
        let b = encode(&Answers::new(), Some("My manager"));
        let pair = encode_pair(&a, &b);
        let expected = (decode(&a).unwrap(), decode(&b).unwrap());
        for form in [
            pair.clone(),
            format!("#{}", compare_fragment(&pair)),
            compare_fragment(&pair),
            format!("https://example.com/#c={pair}"),
            format!("#crossroads={pair}"),
        ] {
            assert_eq!(decode_pair(&form).as_ref(), Ok(&expected), "{form}");
            assert_eq!(decode(&form), Err(LinkError::ComparisonLink), "{form}");
            assert_eq!(
                decode_link(&form),
                Ok(ShareLink::Compare(expected.0.clone(), expected.1.clone()))
            );
        }
        assert_eq!(decode_pair(&a), Err(LinkError::SingleResult));
        assert_eq!(decode_link(&a), Ok(ShareLink::Result(expected.0.clone())));
        let damaged = encode_pair(&a, &b[..b.len() - 1]);
        assert_eq!(decode_pair(&damaged), Err(LinkError::Damaged));
    }

    #[test]
    fn labels_are_cleaned() {
        assert_eq!(clean_label("  Sam  "), Some("Sam".into()));
        assert_eq!(clean_label("Sam\n\tLee"), Some("Sam Lee".into()));
        assert_eq!(
            clean_label("\u{202E}evil\u{2066}\u{200E}"),
            Some("evil".into())
        );
        assert_eq!(clean_label("a\u{0}b\u{7F}c\u{9B}"), Some("abc".into()));
        assert_eq!(clean_label("\u{200D} \u{202E} "), None);
        assert_eq!(clean_label(""), None);
        let long = "x".repeat(100);
        assert_eq!(clean_label(&long).map(|l| l.chars().count()), Some(40));
        let emoji = "👩‍💻".repeat(20);
        let cleaned = clean_label(&emoji).unwrap();
        assert!(cleaned.chars().count() <= MAX_LABEL_CHARS);
        assert!(!cleaned.ends_with('\u{200D}'));
    }

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
