//! Text and links that come from outside (an organisation's file, a label a person typed),
//! made safe to show: the one set of rules that the organisation file (`config`) and the
//! share link's label (`link`) both apply.

/// Longest link an organisation may give, in characters.
pub const MAX_URL: usize = 2000;

/// Why a string field does not apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextFieldError {
    /// Nothing is left once cleaned.
    Empty,
    /// Longer than the field's limit once cleaned.
    TooLong,
}

/// A string field's value as it shows: cleaned ([`clean_text`]), and at most `max`
/// characters (a longer one is refused rather than cut: the admin meant all of it).
pub fn text_field(raw: &str, max: usize) -> Result<String, TextFieldError> {
    let clean = clean_text(raw, usize::MAX).ok_or(TextFieldError::Empty)?;
    if clean.chars().count() > max {
        return Err(TextFieldError::TooLong);
    }
    Ok(clean)
}

/// Text a person or a file gave, made safe to show as one line: controls, bidi controls and
/// invisible formatting dropped, whitespace runs made one space, trimmed, cut to `max_chars`.
/// `None` when nothing is left. Idempotent.
pub fn clean_text(raw: &str, max_chars: usize) -> Option<String> {
    let mut out = String::new();
    let mut space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            space = true;
        } else if !is_hidden(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    let cut: String = out.chars().take(max_chars).collect();
    let trimmed = cut.trim_matches(|c: char| c == ' ' || is_joiner(c));
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Characters a label never keeps: controls, bidi controls, invisible formatting.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'                    // Arabic letter mark
            | '\u{200B}'                  // zero-width space
            | '\u{200E}'..='\u{200F}'     // LRM, RLM
            | '\u{202A}'..='\u{202E}'     // LRE, RLE, PDF, LRO, RLO
            | '\u{2060}'..='\u{2064}'     // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}'     // LRI, RLI, FSI, PDI
            | '\u{206A}'..='\u{206F}'     // deprecated format controls
            | '\u{FEFF}'                  // byte order mark
            | '\u{FFF9}'..='\u{FFFB}'     // interlinear annotation
            | '\u{FFFE}'..='\u{FFFF}' // noncharacters
        )
}

/// Joiners belong inside a word (emoji sequences, Persian); at either end they are invisible.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

/// A link the widget may show: `https:`, `http:`, `mailto:` or relative, with no space or
/// control character in it (a browser would drop tabs and newlines, and with them hide a
/// `java\tscript:`). Returns it trimmed.
pub fn check_url(raw: &str) -> Result<String, &'static str> {
    let url = raw.trim();
    if url.is_empty() {
        return Err(why_str!("empty", "empty"));
    }
    if url.chars().count() > MAX_URL {
        return Err(why_str!("too long", "longer than 2000 characters"));
    }
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(why_str!(
            "refused",
            "has spaces or control characters in it"
        ));
    }
    // A scheme is letters, digits, + - . up to a colon that comes before any / ? #.
    let scheme_end = url.find(':');
    let path_start = url.find(['/', '?', '#']);
    match scheme_end {
        Some(end) if path_start.is_none_or(|p| end < p) => {
            let scheme = &url[..end];
            let valid = scheme
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
            if !valid {
                return Err(why_str!(
                    "refused",
                    "not a link (a colon before its first slash)"
                ));
            }
            match scheme.to_ascii_lowercase().as_str() {
                "https" | "http" | "mailto" => Ok(url.to_string()),
                _ => Err(why_str!(
                    "refused",
                    "only https:, http:, mailto: or relative links are allowed"
                )),
            }
        }
        _ => Ok(url.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_https_http_mailto_or_relative() {
        for good in [
            "https://wiki.acme.example/ladder",
            "HTTP://acme.example",
            "mailto:careers@acme.example",
            "/ladders/staff",
            "./ladder.html",
            "../ladder",
            "ladder.html",
            "ladder.html?x=a:b",
            "#anchor",
            "//acme.example/x",
        ] {
            assert_eq!(check_url(good).as_deref(), Ok(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "file:///etc/passwd",
            "blob:https://x/1",
            "ftp://x",
            "1http:x",
            "",
            "https://a.example/with space",
        ] {
            assert!(check_url(bad).is_err(), "{bad:?}");
        }
    }
}
