//! Where the payload is in what people paste: the forms of a link (a URL, a fragment, a bare
//! payload, a compare pair), written and found, and the tidying of what comes around them.

use super::error::LinkError;
use super::{COMPARE_KEY, HOST_KEY, MAX_INPUT_LEN, PAIR_SEPARATOR, RESULT_KEY};
use std::borrow::Cow;

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
pub(super) enum Found<'a> {
    Single(&'a str),
    Pair(&'a str, &'a str),
}

/// The input, tidied, unless it is too long to look at.
pub(super) fn tidied(input: &str) -> Result<Cow<'_, str>, LinkError> {
    if input.len() > MAX_INPUT_LEN {
        return Err(LinkError::TooLong);
    }
    Ok(tidy(input))
}

/// Finds the payload(s) in a tidied URL, fragment or bare payload, without reading them.
pub(super) fn locate(text: &str) -> Result<Found<'_>, LinkError> {
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

#[cfg(test)]
mod tests {
    use super::super::wire::ALPHABET;
    use super::*;

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
    fn with_fragment_replaces_an_existing_fragment() {
        assert_eq!(with_fragment("https://x/y#old", "r=AB"), "https://x/y#r=AB");
        assert_eq!(with_fragment("https://x/y", "r=AB"), "https://x/y#r=AB");
    }
}
