//! The share-link codec from the outside: round trips, totality on hostile input, damage
//! detection, forgeries (only issued payloads decode), what people paste around a link, the
//! pinned fixtures of released links, and old links through content changes.
#![cfg(not(target_arch = "wasm32"))]

use crossroads_core::content::{CONTENT_VERSION, CONTEXT_QUESTIONS, STATEMENTS};
use crossroads_core::link::{
    clean_label, compare_fragment, decode, decode_link, decode_pair, decode_with, encode,
    encode_pair, encode_release, fragment, latest_release, pair_of, payload_of, tidy, Decoded,
    LinkError, Release, ReleaseAnswers, ReleaseQuestion, ShareLink, FORMAT_VERSION, MAX_INPUT_LEN,
    MAX_LABEL_CHARS, MAX_PAYLOAD_LEN, RELEASES,
};
use crossroads_core::{score, Answers, Choice};
use proptest::prelude::*;

mod common;
use common::{answers, complete_answers};

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

/// Labels as people (and attackers) type them: any Unicode, right-to-left text, emoji, markup,
/// bidi and other invisible controls, and far too long.
fn labels() -> impl Strategy<Value = String> {
    let tricky = prop_oneof![
        any::<char>(),
        Just('\u{202E}'),
        Just('\u{2066}'),
        Just('\u{2069}'),
        Just('\u{200E}'),
        Just('\u{200F}'),
        Just('\u{200D}'),
        Just('\u{0}'),
        Just('\n'),
        Just(' '),
        Just('<'),
        Just('>'),
        Just('"'),
    ];
    prop_oneof![
        any::<String>(),
        "\\PC{0,80}",
        "[a-zA-Z ]{0,60}",
        "[\u{0590}-\u{05FF}\u{0600}-\u{06FF} ]{0,50}",
        "[\u{1F300}-\u{1FAFF}\u{200D}]{0,50}",
        prop::collection::vec(tricky, 0..100).prop_map(|cs| cs.into_iter().collect()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("\u{202E}gpj.exe".to_string()),
        Just("Sam".to_string()),
        Just("سارة".to_string()),
        Just("👩‍💻 Zoë".to_string()),
    ]
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

// ---------------------------------------------------------------------------------------
// Round trips and totality
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_answers_and_label_round_trip(answers in answers(), label in labels()) {
        let payload = encode(&answers, Some(&label));
        let decoded = decode(&payload).unwrap();
        prop_assert_eq!(&decoded.answers, &answers);
        prop_assert_eq!(&decoded.label, &clean_label(&label));
        prop_assert_eq!(decoded.content_version, CONTENT_VERSION);
        prop_assert!(!decoded.older_content);
        prop_assert!(payload.bytes().all(|b| ALPHABET.contains(&b)));
        // Every form of the link reads the same.
        let from_url = decode(&format!("https://example.com/x/#{}", fragment(&payload)));
        prop_assert_eq!(from_url.as_ref(), Ok(&decoded));
    }

    #[test]
    fn labels_are_short_visible_and_stable(label in labels()) {
        if let Some(clean) = clean_label(&label) {
            prop_assert!(clean.chars().count() <= MAX_LABEL_CHARS);
            prop_assert!(!clean.chars().any(|c| c.is_control() || is_bidi_control(c)));
            prop_assert_eq!(clean.trim(), clean.as_str());
            prop_assert_eq!(clean_label(&clean), Some(clean.clone()));
        }
    }

    #[test]
    fn complete_answers_without_label_fit_in_32_chars(answers in complete_answers()) {
        let payload = encode(&answers, None);
        prop_assert!(payload.len() <= 32, "{} chars: {}", payload.len(), payload);
        // Format 2: 1 + 1 + 17 + 1 + 3 = 23 bytes, always 31 characters.
        prop_assert_eq!(payload.len(), 31);
        prop_assert_eq!(decode(&payload).unwrap().answers, answers);
    }

    #[test]
    fn compare_links_round_trip(a in answers(), b in answers(), la in labels(), lb in labels()) {
        let (pa, pb) = (encode(&a, Some(&la)), encode(&b, Some(&lb)));
        let pair = encode_pair(&pa, &pb);
        let (da, db) = decode_pair(&format!("#{}", compare_fragment(&pair))).unwrap();
        prop_assert_eq!(&da.answers, &a);
        prop_assert_eq!(&db.answers, &b);
        prop_assert_eq!(da.label, clean_label(&la));
        prop_assert_eq!(db.label, clean_label(&lb));
    }

    #[test]
    fn truncation_is_an_error(answers in answers()) {
        let payload = encode(&answers, None);
        prop_assert_eq!(decode(""), Err(LinkError::Empty));
        for len in 1..payload.len() {
            prop_assert_eq!(decode(&payload[..len]), Err(LinkError::Damaged));
        }
    }
}

proptest! {
    // Each case tries every other character at every position: 2,000–15,000 decodes.
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_single_character_change_is_caught(answers in answers(), label in labels()) {
        let payload = encode(&answers, Some(&label));
        let original = payload.as_bytes();
        for i in 0..original.len() {
            for &c in ALPHABET.iter().filter(|&&c| c != original[i]) {
                let mut changed = original.to_vec();
                changed[i] = c;
                let changed = String::from_utf8(changed).unwrap();
                // CRC-24 catches every burst of up to 24 bits; one character is 6.
                prop_assert_eq!(decode(&changed), Err(LinkError::Damaged), "{}", changed);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn decoding_any_string_never_panics(input in any::<String>()) {
        let _ = decode(&input);
        let _ = decode_pair(&input);
        let _ = decode_link(&input);
    }

    #[test]
    fn decoding_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..700)) {
        let input = String::from_utf8_lossy(&bytes);
        let _ = decode(&input);
        let _ = decode_link(&input);
    }

    #[test]
    fn decoding_link_shaped_strings_never_panics(
        prefix in prop_oneof![Just(""), Just("#r="), Just("r="), Just("#c="), Just("#crossroads="), Just("https://x.example/#r=")],
        body in "[A-Za-z0-9_.=&#-]{0,80}",
    ) {
        let input = format!("{prefix}{body}");
        if let Ok(decoded) = decode(&input) {
            // Anything accepted re-encodes to the same result, in the very same spelling.
            let again = decode(&encode(&decoded.answers, decoded.label.as_deref())).unwrap();
            prop_assert_eq!(&again.answers, &decoded.answers);
            prop_assert_eq!(&again.label, &decoded.label);
            prop_assert_eq!(Some(payload_of(&input).unwrap()), spelling(&decoded));
        }
        let _ = decode_link(&input);
    }
}

#[test]
fn truncated_labelled_links_are_errors() {
    let mut answers = Answers::new();
    answers.set(0, Some(Choice::AGREE));
    for label in ["Sam", "Zoë 🚀 مرحبا", "שרה & <b>Sam</b>", &"👩‍💻".repeat(20)] {
        let payload = encode(&answers, Some(label));
        for len in 1..payload.len() {
            assert_eq!(decode(&payload[..len]), Err(LinkError::Damaged), "{label}");
        }
    }
}

#[test]
fn over_long_labels_are_cut_to_40_chars() {
    let payload = encode(&Answers::new(), Some(&"é".repeat(100)));
    let label = decode(&payload).unwrap().label.unwrap();
    assert_eq!(label, "é".repeat(40));
    let payload = encode(&Answers::new(), Some(&"🚀".repeat(41)));
    assert_eq!(decode(&payload).unwrap().label.unwrap(), "🚀".repeat(40));
}

#[test]
fn markup_in_a_label_is_kept_as_text() {
    let label = "<img src=x onerror=alert(1)>";
    let decoded = decode(&encode(&Answers::new(), Some(label))).unwrap();
    assert_eq!(decoded.label.as_deref(), Some(label));
}

#[test]
fn a_share_link_reads_as_one_result() {
    let payload = encode(&Answers::new(), Some("Sam"));
    match decode_link(&format!("#{}", fragment(&payload))) {
        Ok(ShareLink::Result(decoded)) => assert_eq!(decoded.label.as_deref(), Some("Sam")),
        other => panic!("{other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Forgeries: only a payload issued byte for byte decodes
// ---------------------------------------------------------------------------------------

/// Base64url without padding, written from `docs/link-format.md` apart from the codec.
fn to_b64(bytes: &[u8]) -> String {
    let mut bits = 0u32;
    let mut held = 0;
    let mut out = String::new();
    for &byte in bytes {
        bits = (bits << 8) | u32::from(byte);
        held += 8;
        while held >= 6 {
            held -= 6;
            out.push(char::from(ALPHABET[((bits >> held) & 0x3F) as usize]));
        }
    }
    if held > 0 {
        out.push(char::from(ALPHABET[((bits << (6 - held)) & 0x3F) as usize]));
    }
    out
}

/// The bytes of a well-formed base64url string (leftover bits dropped).
fn from_b64(text: &str) -> Vec<u8> {
    let mut bits = 0u32;
    let mut held = 0;
    let mut out = Vec::new();
    for c in text.bytes() {
        let sextet = ALPHABET.iter().position(|&a| a == c).unwrap() as u32;
        bits = (bits << 6) | sextet;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
        }
    }
    out
}

/// CRC-24/OpenPGP, bit by bit, as RFC 4880 gives it.
fn crc24(bytes: &[u8]) -> u32 {
    let mut crc = 0x00B7_04CEu32;
    for &byte in bytes {
        crc ^= u32::from(byte) << 16;
        for _ in 0..8 {
            crc <<= 1;
            if crc & 0x0100_0000 != 0 {
                crc ^= 0x0186_4CFB;
            }
        }
    }
    crc & 0x00FF_FFFF
}

/// `data` with its checksum, as a payload.
fn seal(mut data: Vec<u8>) -> String {
    let crc = crc24(&data);
    data.extend_from_slice(&crc.to_be_bytes()[1..]);
    to_b64(&data)
}

/// Where the label length byte sits in a format-2 payload (of every release so far): after
/// the format byte, the one-byte content version and the 17 bytes of the answers.
const LABEL_LENGTH_AT: usize = 19;

/// The format-1 spelling of a format-2 payload, i.e. what builds before format 2 wrote for
/// the same answers and label (they wrote only content version 1, but the layout does not
/// depend on it): the same bytes without the label length byte, format byte 1, the
/// checksum recomputed.
fn format_1_of(payload: &str) -> String {
    let bytes = from_b64(payload);
    assert_eq!(bytes[0], 2, "a format-2 payload");
    assert!(bytes[1] < 0x80, "a one-byte content version");
    let mut data = bytes[..bytes.len() - 3].to_vec();
    data.remove(LABEL_LENGTH_AT);
    data[0] = 1;
    seal(data)
}

/// The one spelling of a decoded result: what the encoder writes for it, in the result's own
/// format. `None` for older content, which re-encodes in today's shape by design.
fn spelling(decoded: &Decoded) -> Option<String> {
    if decoded.older_content {
        return None;
    }
    let fresh = encode(&decoded.answers, decoded.label.as_deref());
    match decoded.format {
        1 => Some(format_1_of(&fresh)),
        2 => Some(fresh),
        _ => None,
    }
}

/// Labels for the exhaustive tests, where every decode counts: ASCII words or any printable
/// text, 1–12 chars (cleaning may leave nothing of the second kind: then no label).
fn short_labels() -> impl Strategy<Value = String> {
    prop_oneof!["[a-zA-Z][a-zA-Z ]{0,11}", "\\PC{1,12}"]
}

/// Three or four base64url characters.
fn suffix_3_4() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 3..=4)
        .prop_map(|chars| String::from_utf8(chars).unwrap())
}

/// Asserts that `payload` followed by any one or two base64url characters (all 64 + 4,096),
/// or by any of `more`, is refused as damaged.
fn assert_suffixes_refused(payload: &str, more: &[String]) {
    let mut forged = String::with_capacity(payload.len() + 8);
    for &a in ALPHABET {
        forged.clear();
        forged.push_str(payload);
        forged.push(char::from(a));
        assert_eq!(decode(&forged), Err(LinkError::Damaged), "{forged}");
        for &b in ALPHABET {
            forged.truncate(payload.len() + 1);
            forged.push(char::from(b));
            assert_eq!(decode(&forged), Err(LinkError::Damaged), "{forged}");
        }
    }
    for suffix in more {
        forged.clear();
        forged.push_str(payload);
        forged.push_str(suffix);
        assert_eq!(decode(&forged), Err(LinkError::Damaged), "{forged}");
    }
}

/// Asserts that `payload` without any one of its characters is refused as damaged.
fn assert_deletions_refused(payload: &str) {
    for i in 0..payload.len() {
        let cut = format!("{}{}", &payload[..i], &payload[i + 1..]);
        assert_eq!(decode(&cut), Err(LinkError::Damaged), "{cut}");
    }
}

/// Asserts that `payload` with any one character replaced by any other base64url character
/// (every position × 63) is refused as damaged.
fn assert_changes_refused(payload: &str) {
    let mut changed = payload.as_bytes().to_vec();
    for i in 0..changed.len() {
        let original = changed[i];
        for &c in ALPHABET.iter().filter(|&&c| c != original) {
            changed[i] = c;
            let text = std::str::from_utf8(&changed).unwrap();
            assert_eq!(decode(text), Err(LinkError::Damaged), "{text}");
        }
        changed[i] = original;
    }
}

/// Two base64url characters.
fn suffix_2() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(ALPHABET), 2)
        .prop_map(|chars| String::from_utf8(chars).unwrap())
}

/// Asserts that `payload` with the character at position `i` replaced by any of `with[i]`
/// (one equal to the original skipped), at every position, is refused as damaged.
fn assert_changes_at_every_position_refused(payload: &str, with: &[Vec<u8>]) {
    assert!(with.len() >= payload.len());
    let mut changed = payload.as_bytes().to_vec();
    for (i, replacements) in with.iter().enumerate().take(changed.len()) {
        let original = changed[i];
        for &c in replacements.iter().filter(|&&c| c != original) {
            changed[i] = c;
            let text = std::str::from_utf8(&changed).unwrap();
            assert_eq!(decode(text), Err(LinkError::Damaged), "{text}");
        }
        changed[i] = original;
    }
}

// The exhaustive checks decode every variant of a payload (about 4,200 with two-character
// suffixes, 2,000–3,000 with every change): at 1,000 answer sets in the unoptimised test build
// that takes minutes. So suffixes and changes are checked twice: exhaustively over 64 answer
// sets, and over 1,000 answer sets with a sample (all 64 one-character suffixes but random
// longer ones; 4 random replacements per position). Deletions are exhaustive at 1,000.

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// 1,000 random answer sets, each without a label and with a short one (format 2, as
    /// written today), per payload: all 64 one-character base64url suffixes, 16 random
    /// two-character ones and 4 random 3–4 character ones (8,000 of those in all) are
    /// refused.
    #[test]
    fn appended_characters_are_refused(
        answers in answers(),
        label in short_labels(),
        pairs in prop::collection::vec(suffix_2(), 16),
        longer in prop::collection::vec(suffix_3_4(), 4),
    ) {
        let more: Vec<String> = pairs.into_iter().chain(longer).collect();
        for payload in [encode(&answers, None), encode(&answers, Some(&label))] {
            prop_assert_eq!(from_b64(&payload)[0], FORMAT_VERSION);
            let mut forged = payload.clone();
            for &c in ALPHABET {
                forged.truncate(payload.len());
                forged.push(char::from(c));
                prop_assert_eq!(decode(&forged), Err(LinkError::Damaged), "{}", forged);
            }
            for suffix in &more {
                let forged = format!("{payload}{suffix}");
                prop_assert_eq!(decode(&forged), Err(LinkError::Damaged), "{}", forged);
            }
        }
    }

    /// 1,000 random answer sets, without a label and with one from the full label strategy:
    /// deleting any one character, at every position, is refused.
    #[test]
    fn deleted_characters_are_refused(answers in answers(), label in labels()) {
        for payload in [encode(&answers, None), encode(&answers, Some(&label))] {
            assert_deletions_refused(&payload);
        }
    }

    /// 1,000 random answer sets, without a label and with a short one: at every position,
    /// the character replaced by each of 4 random base64url characters drawn for that
    /// position (one equal to the original skipped) is refused.
    /// `changed_characters_are_refused_exhaustively` tries all 63 others.
    #[test]
    fn changed_characters_are_refused(
        answers in answers(),
        label in short_labels(),
        with in prop::collection::vec(prop::collection::vec(prop::sample::select(ALPHABET), 4), 128),
    ) {
        for payload in [encode(&answers, None), encode(&answers, Some(&label))] {
            assert_changes_at_every_position_refused(&payload, &with);
        }
    }

    /// 1,000 random answer sets, without a label and with a short one, spelled in format 1
    /// as builds before format 2 wrote them: each decodes to the same result as its format-2
    /// spelling (but `format` 1), unless it is itself a shorter format-1 link with bytes
    /// appended (see `a_format_1_link_that_is_another_with_a_character_appended_is_refused`);
    /// and all 64 one-character suffixes and 4 random 3–4 character ones are refused.
    #[test]
    fn format_1_links_decode_and_refuse_appended_characters(
        answers in answers(),
        label in short_labels(),
        more in prop::collection::vec(suffix_3_4(), 4),
    ) {
        for current in [encode(&answers, None), encode(&answers, Some(&label))] {
            let old = format_1_of(&current);
            match decode(&old) {
                Ok(decoded) => {
                    prop_assert_eq!(decoded.format, 1);
                    let expected = decode(&current).unwrap();
                    prop_assert_eq!(Decoded { format: 2, ..decoded }, expected);
                }
                Err(error) => {
                    prop_assert_eq!(error, LinkError::Damaged);
                    prop_assert!(a_strict_prefix_decodes(&old), "{}", old);
                }
            }
            for &c in ALPHABET {
                let forged = format!("{old}{}", char::from(c));
                prop_assert_eq!(decode(&forged), Err(LinkError::Damaged), "{}", forged);
            }
            for suffix in &more {
                let forged = format!("{old}{suffix}");
                prop_assert_eq!(decode(&forged), Err(LinkError::Damaged), "{}", forged);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// 64 random answer sets, each without a label and with a short one: every 1- and
    /// 2-character base64url suffix (64 + 4,096 per payload) is refused, in format 2 and in
    /// the format-1 spelling of the same result.
    #[test]
    fn appended_characters_are_refused_exhaustively(
        answers in answers(),
        label in short_labels(),
    ) {
        for payload in [encode(&answers, None), encode(&answers, Some(&label))] {
            assert_suffixes_refused(&payload, &[]);
            assert_suffixes_refused(&format_1_of(&payload), &[]);
        }
    }

    /// 64 random answer sets, without a label and with a short one: replacing any one
    /// character by any of the 63 others, at every position, is refused.
    #[test]
    fn changed_characters_are_refused_exhaustively(
        answers in answers(),
        label in short_labels(),
    ) {
        for payload in [encode(&answers, None), encode(&answers, Some(&label))] {
            assert_changes_refused(&payload);
        }
    }
}

/// True when the bytes of `payload` without their last 1, 2, … bytes (down to no label) spell
/// a payload that decodes.
fn a_strict_prefix_decodes(payload: &str) -> bool {
    let bytes = from_b64(payload);
    (22..bytes.len()).any(|len| decode(&to_b64(&bytes[..len])).is_ok())
}

/// The price of refusing every forgery in format 1. A labelled format-1 link whose checksum
/// ends in a zero byte (one in 256) is, character for character, the link with the last
/// label byte removed plus an `A`: when that shorter label is still a clean one, the string
/// is a forgery of that link as much as it is the longer link, and it is refused. Without a
/// label, or when the label minus its last byte is not a label (a character cut in half, a
/// trailing space), this never happens. No fixture is such a link.
#[test]
fn a_format_1_link_that_is_another_with_a_character_appended_is_refused() {
    let shorter = "AQEAV2TefCk-yPBnv_h0pqn2ZUJXSGjelw";
    let longer = "AQEAV2TefCk-yPBnv_h0pqn2ZUJXSGjelwA";
    assert_eq!(decode(shorter).unwrap().label.as_deref(), Some("BWH"));
    let bytes = from_b64(longer);
    assert_eq!(
        bytes[bytes.len() - 1],
        0,
        "the checksum ends in a zero byte"
    );
    assert_eq!(
        crc24(&bytes[..bytes.len() - 3]).to_be_bytes()[1..],
        bytes[bytes.len() - 3..]
    );
    assert_eq!(std::str::from_utf8(&bytes[19..23]), Ok("BWHh"));
    assert_eq!(decode(longer), Err(LinkError::Damaged));
    for fixture in fixture_rows(FIXTURES_V1) {
        assert!(!a_strict_prefix_decodes(fixture[0]), "{}", fixture[0]);
    }
}

/// Payload bytes with a correct checksum but otherwise random: format 1 or 2, content
/// version 1, an answers number mostly in range, a label that may be clean, unclean or not
/// UTF-8, and (format 2) a label length byte that is mostly right.
#[derive(Debug, Clone)]
struct Sealed {
    format: u8,
    number: Vec<u8>,
    label: Vec<u8>,
    declared: u8,
}

fn sealed_payloads() -> impl Strategy<Value = Sealed> {
    let number = (0u8..=7, prop::collection::vec(any::<u8>(), 16)).prop_map(|(top, rest)| {
        let mut number = vec![top];
        number.extend(rest);
        number
    });
    let label = prop_oneof![
        3 => labels().prop_map(|l| clean_label(&l).unwrap_or_default().into_bytes()),
        2 => labels().prop_map(String::into_bytes),
        1 => prop::collection::vec(any::<u8>(), 0..12),
        1 => "[a-z ]{0,6}".prop_map(String::into_bytes),
    ];
    (
        1u8..=2,
        number,
        label,
        prop_oneof![4 => Just(0i16), 1 => -2i16..=2],
    )
        .prop_map(|(format, number, label, off)| {
            let declared = (label.len() as i16 + off).clamp(0, 255) as u8;
            Sealed {
                format,
                number,
                label,
                declared,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Canonical decoding: a checksum-correct payload decodes only when it is exactly what
    /// the encoder writes for the result it decodes to (in its format); one with an unclean
    /// label, or (format 2) a length byte that is not the label's length, never decodes.
    #[test]
    fn sealed_payloads_decode_only_in_their_one_spelling(sealed in sealed_payloads()) {
        let mut data = vec![sealed.format, CONTENT_VERSION as u8];
        data.extend_from_slice(&sealed.number);
        if sealed.format == 2 {
            data.push(sealed.declared);
        }
        data.extend_from_slice(&sealed.label);
        let payload = seal(data);
        let clean = std::str::from_utf8(&sealed.label)
            .is_ok_and(|l| l.is_empty() || clean_label(l).as_deref() == Some(l));
        let fits = sealed.format == 1 || usize::from(sealed.declared) == sealed.label.len();
        match decode(&payload) {
            Ok(decoded) => {
                prop_assert!(clean && fits);
                prop_assert_eq!(spelling(&decoded), Some(payload));
            }
            Err(error) => prop_assert_eq!(error, LinkError::Damaged),
        }
    }
}

// ---------------------------------------------------------------------------------------
// What people paste around a link
// ---------------------------------------------------------------------------------------

/// The ways a link arrives after being pasted into a sentence, mailed, wrapped or passed
/// through a redirector, each holding `link` (which ends in a payload).
fn wrappings(link: &str) -> Vec<String> {
    let mut out: Vec<String> = [
        ".", ",", ")", ";", ":", "!", "?", "\"", "'", ").", "\".", "...", "\n",
    ]
    .iter()
    .map(|end| format!("{link}{end}"))
    .collect();
    for (open, close) in [
        ("<", ">"),
        ("(", ")"),
        ("[", "]"),
        ("\"", "\""),
        ("'", "'"),
        ("“", "”"),
        ("«", "»"),
        ("<", ">."),
        ("(<", ">),"),
        (" \t", " \r\n"),
    ] {
        out.push(format!("{open}{link}{close}"));
    }
    // Wrapped in an e-mail: a break inside the payload, or before it.
    let mid = link.len() - 7;
    for gap in [" ", "\t", "\n", "\r\n", "\n  ", "%20", "%0A", "%0D%0A"] {
        out.push(format!("{}{gap}{}", &link[..mid], &link[mid..]));
    }
    if let Some(at) = link.find('=') {
        out.push(format!("{}\n{}", &link[..=at], &link[at + 1..]));
    }
    // Escaped by a redirector (upper or lower case hex), or as `location.hash` gives what
    // was pasted around it.
    let escaped = link.replace('#', "%23").replace('=', "%3D");
    out.push(escaped);
    out.push(link.replace('#', "%23").replace('=', "%3d"));
    out.push(
        link.replace(':', "%3A")
            .replace('/', "%2F")
            .replace('?', "%3F")
            .replace('#', "%23")
            .replace('=', "%3D")
            .replace('&', "%26"),
    );
    for end in ["%3E", "%3e", "%22", "%20", "%0A", "%29", "%2E", "%3E."] {
        out.push(format!("{link}{end}"));
    }
    out.push(format!("%22{link}%22"));
    out
}

/// The released payloads, both formats.
fn fixture_payloads() -> Vec<&'static str> {
    fixture_rows(FIXTURES_V1)
        .chain(fixture_rows(FIXTURES_V2))
        .map(|fields| fields[0])
        .collect()
}

#[test]
fn wrapped_result_links_open_the_same_result() {
    for payload in fixture_payloads() {
        let expected = decode(payload).unwrap();
        for link in [
            payload.to_string(),
            format!("#r={payload}"),
            format!("r={payload}"),
            format!("https://example.com/crossroads/#r={payload}"),
            format!("https://example.com/crossroads/index.html?x=1&y=%23z#r={payload}"),
            format!("https://blog.example/post#theme=dark&crossroads={payload}"),
        ] {
            for wrapped in wrappings(&link) {
                assert_eq!(decode(&wrapped).as_ref(), Ok(&expected), "{wrapped:?}");
                assert_eq!(
                    decode_link(&wrapped),
                    Ok(ShareLink::Result(expected.clone())),
                    "{wrapped:?}"
                );
                assert_eq!(payload_of(&wrapped).as_deref(), Ok(payload), "{wrapped:?}");
            }
        }
    }
}

#[test]
fn wrapped_compare_links_open_the_same_pair() {
    let payloads = fixture_payloads();
    for (a, b) in payloads.iter().zip(payloads.iter().rev()) {
        let expected = (decode(a).unwrap(), decode(b).unwrap());
        let pair = encode_pair(a, b);
        for link in [
            pair.clone(),
            format!("#{}", compare_fragment(&pair)),
            format!("https://example.com/crossroads/#c={pair}"),
            format!("https://blog.example/post?x=1#crossroads={pair}&theme=dark"),
        ] {
            for wrapped in wrappings(&link) {
                assert_eq!(decode_pair(&wrapped).as_ref(), Ok(&expected), "{wrapped:?}");
                assert_eq!(
                    decode_link(&wrapped),
                    Ok(ShareLink::Compare(expected.0.clone(), expected.1.clone())),
                    "{wrapped:?}"
                );
                assert_eq!(
                    pair_of(&wrapped),
                    Ok((a.to_string(), b.to_string())),
                    "{wrapped:?}"
                );
            }
        }
    }
}

/// Tidying removes only characters that cannot be part of a payload: a payload character
/// appended (plainly, escaped, or inside a wrapping) still damages the link.
#[test]
fn payload_characters_appended_to_a_wrapped_link_are_refused() {
    let a = encode(&Answers::new(), Some("Sam"));
    let b = encode(&Answers::new(), None);
    for &c in ALPHABET {
        let c = char::from(c);
        for link in [
            format!("{a}{c}"),
            format!("#r={a}{c}"),
            format!("https://example.com/#r={a}{c}&theme=dark"),
            format!("<https://example.com/#r={a}{c}>."),
            format!("#r={a}%{:02X}", u32::from(c)),
            format!("#r%3D{a}{c}%3E"),
            format!("({a}{c})"),
            format!("#r={} {}{c}", &a[..9], &a[9..]),
        ] {
            assert_eq!(decode(&link), Err(LinkError::Damaged), "{link:?}");
        }
        for pair in [
            format!("#c={a}.{b}{c}"),
            format!("#c={a}{c}.{b}"),
            format!("<#c={a}.{b}{c}>."),
        ] {
            assert_eq!(decode_link(&pair), Err(LinkError::Damaged), "{pair:?}");
        }
    }
}

#[test]
fn tidying_is_limited_to_the_ends_and_to_ascii_escapes() {
    let p = encode(&Answers::new(), Some("Sam"));
    // What the end-to-end tests open: markup after the key is not a link.
    assert_eq!(decode("#r=%3Cscript%3E"), Err(LinkError::NotALink));
    assert_eq!(decode("#r=<script>"), Err(LinkError::NotALink));
    // Brackets or quotes inside, or after the key, are not stripped.
    for input in [
        format!("#r=<{p}>"),
        format!("#r=({p})"),
        format!("#r=\"{p}\""),
        format!("#r={p}>x"),
        format!("#r={p}%C3%A9"),
    ] {
        assert!(decode(&input).is_err(), "{input:?}");
    }
    assert_eq!(tidy(&format!("#r={p}")), format!("#r={p}"));
}

// ---------------------------------------------------------------------------------------
// Releases
// ---------------------------------------------------------------------------------------

/// Whoever changes the content's statements, context questions or options must append a
/// release (and bump `CONTENT_VERSION`), or old links would be read with the wrong shape.
#[test]
fn the_last_release_is_the_current_content() {
    let last = latest_release();
    assert_eq!(last.content_version, CONTENT_VERSION);
    let statements: Vec<&str> = STATEMENTS.iter().map(|s| s.id).collect();
    assert_eq!(last.statements, statements.as_slice());
    let context: Vec<(&str, Vec<&str>)> = CONTEXT_QUESTIONS
        .iter()
        .map(|q| (q.id, q.options.iter().map(|o| o.id).collect()))
        .collect();
    let released: Vec<(&str, Vec<&str>)> = last
        .context
        .iter()
        .map(|q| (q.id, q.options.to_vec()))
        .collect();
    assert_eq!(released, context);
}

#[test]
fn releases_are_ordered_and_well_formed() {
    for pair in RELEASES.windows(2) {
        assert!(pair[0].content_version < pair[1].content_version);
    }
    for release in RELEASES {
        assert!(release.content_version >= 1);
        let mut ids = release.statements.to_vec();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(
            ids.len(),
            release.statements.len(),
            "duplicate statement id"
        );
        for question in release.context {
            assert!(!question.options.is_empty() && question.options.len() < 256);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Content changes: old links keep decoding
// ---------------------------------------------------------------------------------------

/// Today's release as if it were version 1, as the base of the made-up content changes below.
fn v1() -> Release {
    Release {
        content_version: 1,
        ..*latest_release()
    }
}

/// A link made with `release`.
fn encode_in(release: &Release, answers: &Answers, label: Option<&str>) -> String {
    encode_release(
        release,
        &ReleaseAnswers::from_answers(answers, release),
        label,
    )
}

fn leak<T>(items: Vec<T>) -> &'static [T] {
    items.leak()
}

/// Every statement answered (a spread of choices and marks), every context question answered.
fn spread_answers() -> Answers {
    let mut answers = Answers::new();
    for i in 0..STATEMENTS.len() {
        answers.set(i, Some(Choice::ALL[(i * 5) % 6]));
        answers.set_important(i, i % 3 == 0);
    }
    for (q, question) in CONTEXT_QUESTIONS.iter().enumerate() {
        answers.set_context(q, Some((q % question.options.len()) as u8));
    }
    answers
}

fn answer_by_id(release: &Release, answers: &ReleaseAnswers, id: &str) -> Option<(Choice, bool)> {
    let i = release.statements.iter().position(|&s| s == id)?;
    answers.statements[i]
}

fn context_option_by_id(
    release: &Release,
    answers: &ReleaseAnswers,
    id: &str,
) -> Option<&'static str> {
    let q = release.context.iter().position(|q| q.id == id)?;
    let option = answers.context[q]?;
    release.context[q].options.get(usize::from(option)).copied()
}

#[test]
fn a_v1_link_survives_an_added_statement_and_option() {
    let v1 = v1();
    // Version 2 adds a statement in the middle and a first option to one context question.
    let mut statements = v1.statements.to_vec();
    statements.insert(5, "time.new-statement");
    let context: Vec<ReleaseQuestion> = v1
        .context
        .iter()
        .map(|q| {
            if q.id == "opening" {
                let mut options = vec!["internal-move"];
                options.extend_from_slice(q.options);
                ReleaseQuestion {
                    id: q.id,
                    options: leak(options),
                }
            } else {
                *q
            }
        })
        .collect();
    let v2 = Release {
        content_version: 2,
        statements: leak(statements),
        context: leak(context),
    };
    let table = [v1, v2];

    let original = spread_answers();
    let link = encode_in(&v1, &original, Some("Sam"));
    let unpacked = decode_with(&link, &table).unwrap();
    assert_eq!(unpacked.content_version, 1);
    assert!(unpacked.older_content);
    assert_eq!(unpacked.label.as_deref(), Some("Sam"));
    assert_eq!(unpacked.answers.statements.len(), v2.statements.len());
    assert_eq!(
        unpacked.answers.statements[5], None,
        "a new statement is unanswered"
    );

    let in_v1 = ReleaseAnswers::from_answers(&original, &v1);
    for id in v1.statements {
        assert_eq!(
            answer_by_id(&v2, &unpacked.answers, id),
            answer_by_id(&v1, &in_v1, id),
            "{id}"
        );
    }
    for q in v1.context {
        assert_eq!(
            context_option_by_id(&v2, &unpacked.answers, q.id),
            context_option_by_id(&v1, &in_v1, q.id),
            "{}",
            q.id
        );
    }
    // Nothing was removed, so the result is exactly the same.
    let back = unpacked.answers.to_answers(&v2);
    assert_eq!(back, original);
    assert_eq!(score(&back), score(&original));
}

#[test]
fn a_v1_link_survives_a_removed_and_reordered_statement() {
    let v1 = v1();
    let removed = "time.meeting-week";
    // Version 2 drops a statement, reverses the order of the rest, reverses the context
    // questions and the options of one of them.
    let statements: Vec<&'static str> = v1
        .statements
        .iter()
        .rev()
        .copied()
        .filter(|&id| id != removed)
        .collect();
    let context: Vec<ReleaseQuestion> = v1
        .context
        .iter()
        .rev()
        .map(|q| {
            if q.id == "history" {
                ReleaseQuestion {
                    id: q.id,
                    options: leak(q.options.iter().rev().copied().collect()),
                }
            } else {
                *q
            }
        })
        .collect();
    let v2 = Release {
        content_version: 2,
        statements: leak(statements),
        context: leak(context),
    };
    let table = [v1, v2];

    let original = spread_answers();
    let link = encode_in(&v1, &original, None);
    let unpacked = decode_with(&link, &table).unwrap();
    assert!(unpacked.older_content);
    let in_v1 = ReleaseAnswers::from_answers(&original, &v1);
    for id in v2.statements {
        assert_eq!(
            answer_by_id(&v2, &unpacked.answers, id),
            answer_by_id(&v1, &in_v1, id),
            "{id}"
        );
    }
    for q in v2.context {
        assert_eq!(
            context_option_by_id(&v2, &unpacked.answers, q.id),
            context_option_by_id(&v1, &in_v1, q.id),
            "{}",
            q.id
        );
    }
    // Read back into today's content, the removed statement is the only thing missing.
    let mut expected = original.clone();
    expected.set_by_id(removed, None).unwrap();
    expected.set_important_by_id(removed, false).unwrap();
    assert_eq!(unpacked.answers.to_answers(&v2), expected);
}

#[test]
fn a_link_from_an_older_release_reads_into_the_current_content() {
    // Pretend the current content is version 2 and version 1 lacked one statement.
    let current = Release {
        content_version: 2,
        ..v1()
    };
    let missing = "people.hiring";
    let older = Release {
        content_version: 1,
        statements: leak(
            current
                .statements
                .iter()
                .copied()
                .filter(|&id| id != missing)
                .collect(),
        ),
        ..current
    };
    let original = spread_answers();
    let link = encode_release(
        &older,
        &ReleaseAnswers::from_answers(&original, &older),
        Some("Ana"),
    );
    let unpacked = decode_with(&link, &[older, current]).unwrap();
    assert!(unpacked.older_content);
    assert_eq!(unpacked.content_version, 1);
    let mut expected = original.clone();
    expected.set_by_id(missing, None).unwrap();
    expected.set_important_by_id(missing, false).unwrap();
    let back = unpacked.answers.to_answers(&current);
    assert_eq!(back, expected);
    // An unanswered statement counts for nothing: scoring the mapped answers is scoring the
    // answers the person actually gave.
    assert_eq!(score(&back), score(&expected));
}

// ---------------------------------------------------------------------------------------
// Fixtures: released links, pinned forever
// ---------------------------------------------------------------------------------------

const FIXTURES_V1: &str = include_str!("fixtures/links-v1.tsv");
const FIXTURES_V2: &str = include_str!("fixtures/links-v2.tsv");
const SCORES_CONTENT_1: &str = include_str!("fixtures/scores-content-1.tsv");

/// The tab-separated fields of every fixture line (comments and blank lines skipped).
fn fixture_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

/// One statement as a fixture letter: `.` unanswered; `a`–`e` for -2..=+2 and `u` for "not
/// sure"; upper case when marked "matters a lot".
fn statement_code(slot: Option<(Choice, bool)>) -> char {
    match slot {
        None => '.',
        Some((choice, important)) => {
            let k = Choice::ALL.iter().position(|&c| c == choice).unwrap();
            let c = ['a', 'b', 'c', 'd', 'e', 'u'][k];
            if important {
                c.to_ascii_uppercase()
            } else {
                c
            }
        }
    }
}

fn context_code(option: Option<u8>) -> char {
    option.map_or('.', |o| char::from_digit(u32::from(o), 10).unwrap())
}

fn codes(answers: &ReleaseAnswers) -> (String, String) {
    (
        answers
            .statements
            .iter()
            .map(|&s| statement_code(s))
            .collect(),
        answers.context.iter().map(|&c| context_code(c)).collect(),
    )
}

/// Checks every line of a fixture file: the payload decodes, in the given format, to exactly
/// the answers and label pinned, against the releases up to its own and with today's build.
/// Returns the decoded results, in order.
fn check_fixtures(text: &'static str, format: u8) -> Vec<Decoded> {
    let mut decoded_all = Vec::new();
    for fields in fixture_rows(text) {
        assert_eq!(fields.len(), 5, "malformed fixture line: {fields:?}");
        let (payload, version, statements, context, label) =
            (fields[0], fields[1], fields[2], fields[3], fields[4]);
        let version: u16 = version.parse().unwrap();
        // Decode against the releases up to the fixture's own, so its shape never moves.
        let upto = RELEASES
            .iter()
            .position(|r| r.content_version == version)
            .unwrap();
        let unpacked = decode_with(payload, &RELEASES[..=upto]).unwrap();
        assert_eq!(unpacked.format, format, "{payload}");
        assert_eq!(unpacked.content_version, version, "{payload}");
        assert!(!unpacked.older_content);
        assert_eq!(
            codes(&unpacked.answers),
            (statements.to_string(), context.to_string()),
            "{payload}"
        );
        let label = (!label.is_empty()).then(|| label.to_string());
        assert_eq!(unpacked.label, label, "{payload}");
        // And today's build reads it too.
        let decoded = decode(payload).unwrap();
        assert_eq!(decoded.label, label);
        assert_eq!(decoded.format, format);
        decoded_all.push(decoded);
    }
    assert!(
        decoded_all.len() >= 8,
        "only {} fixtures",
        decoded_all.len()
    );
    decoded_all
}

#[test]
fn released_format_1_links_decode_exactly_as_pinned() {
    check_fixtures(FIXTURES_V1, 1);
}

#[test]
fn released_format_2_links_decode_exactly_as_pinned() {
    let decoded = check_fixtures(FIXTURES_V2, 2);
    // The encoder still writes exactly these payloads for these results (links made with
    // older content are read into today's, and written anew as today's).
    let mut current = 0;
    for (fields, result) in fixture_rows(FIXTURES_V2).zip(&decoded) {
        if fields[1] == CONTENT_VERSION.to_string() {
            assert_eq!(encode(&result.answers, result.label.as_deref()), fields[0]);
            current += 1;
        } else {
            assert!(result.older_content, "{}", fields[0]);
        }
    }
    assert!(current >= 8, "only {current} fixtures of today's content");
}

/// Rows of a fixture file made with one content version.
fn rows_of_content(text: &'static str, version: u16) -> Vec<Vec<&'static str>> {
    fixture_rows(text)
        .filter(|f| f[1] == version.to_string())
        .collect()
}

/// The statements content version 2 gave a new meaning (a new id in the old one's place).
const VERSIONED_IN_2: [&str; 2] = ["scope.small-team", "people.dread-talks"];

/// Old links keep their results: a content-1 link scores exactly as it did while content 1
/// was current (pinned in `scores-content-1.tsv`), unless it answered a statement whose
/// meaning was versioned since; that answer alone is dropped, and everything else kept.
#[test]
fn old_links_score_as_they_did() {
    let mut exact = 0;
    let mut touched = 0;
    for fields in fixture_rows(SCORES_CONTENT_1) {
        let (payload, fits, verdict) = (fields[0], fields[1], fields[2]);
        let old = decode_with(payload, &RELEASES[..1]).unwrap();
        let answered_versioned = VERSIONED_IN_2
            .iter()
            .any(|id| answer_by_id(&RELEASES[0], &old.answers, id).is_some());
        let decoded = decode(payload).unwrap();
        assert!(decoded.older_content, "{payload}");
        // Every statement that kept its id keeps its answer and its mark.
        let today = ReleaseAnswers::from_answers(&decoded.answers, latest_release());
        for id in RELEASES[0].statements {
            let kept = answer_by_id(latest_release(), &today, id);
            if VERSIONED_IN_2.contains(id) {
                assert_eq!(kept, None, "{payload}: {id}");
            } else {
                assert_eq!(
                    kept,
                    answer_by_id(&RELEASES[0], &old.answers, id),
                    "{payload}: {id}"
                );
            }
        }
        assert_eq!(
            decoded.answers.contexts(),
            &old.answers.context[..],
            "{payload}"
        );
        if answered_versioned {
            touched += 1;
            continue;
        }
        let o = score(&decoded.answers);
        let now: Vec<String> = o.fits.iter().map(|f| f.tenths.to_string()).collect();
        assert_eq!(now.join(","), fits, "{payload}");
        assert_eq!(o.verdict.key(), verdict, "{payload}");
        exact += 1;
    }
    assert!(
        exact >= 8 && touched >= 8,
        "{exact} exact, {touched} touched"
    );
}

/// The content-2 fixtures are the content-1 cases made again: the same answers on every
/// statement both versions share.
#[test]
fn content_2_fixtures_repeat_the_content_1_cases() {
    let old = rows_of_content(FIXTURES_V2, 1);
    let new = rows_of_content(FIXTURES_V2, 2);
    assert_eq!(old.len(), new.len());
    for (o, n) in old.iter().zip(&new) {
        let (o, n) = (decode(o[0]).unwrap(), decode(n[0]).unwrap());
        let mut cleared = n.answers.clone();
        for id in ["scope.lead-small", "people.hard-talks"] {
            cleared.set_by_id(id, None).unwrap();
            cleared.set_important_by_id(id, false).unwrap();
        }
        assert_eq!(o.answers, cleared);
        assert_eq!(o.label, n.label);
    }
}

/// The two files hold the same content-1 cases in the same order: each format-2 line is the
/// format-1 line with the label length byte added, and both decode to the same result.
#[test]
fn format_1_and_format_2_fixtures_agree() {
    let v1: Vec<_> = fixture_rows(FIXTURES_V1).collect();
    let v2 = rows_of_content(FIXTURES_V2, 1);
    assert_eq!(v1.len(), v2.len());
    for (one, two) in v1.iter().zip(&v2) {
        assert_eq!(one[1..], two[1..]);
        assert_eq!(format_1_of(two[0]), one[0]);
        let (a, b) = (decode(one[0]).unwrap(), decode(two[0]).unwrap());
        assert_eq!(Decoded { format: 2, ..a }, b);
    }
}

#[test]
fn every_single_character_change_to_a_fixture_is_caught() {
    for payload in fixture_payloads() {
        assert_changes_refused(payload);
    }
}

#[test]
fn every_single_character_deletion_from_a_fixture_is_caught() {
    for payload in fixture_payloads() {
        assert_deletions_refused(payload);
    }
}

/// For every fixture of both formats: every 1- and 2-character base64url suffix, and 1,000
/// pseudo-random 3–4 character ones (a fixed xorshift sequence), are refused.
#[test]
fn characters_appended_to_a_fixture_are_refused() {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for payload in fixture_payloads() {
        let more: Vec<String> = (0..1000)
            .map(|_| {
                let len = 3 + (next() % 2) as usize;
                (0..len)
                    .map(|_| char::from(ALPHABET[(next() % 64) as usize]))
                    .collect()
            })
            .collect();
        assert_suffixes_refused(payload, &more);
    }
}

/// The answer sets the fixtures were made from (both files hold these, in this order). Run
/// `print_fixture_lines` with `--ignored --nocapture` to print lines for new fixtures, in the
/// format written today (format 2: `links-v2.tsv`); never regenerate existing lines.
fn fixture_cases() -> Vec<(Answers, Option<&'static str>)> {
    let n = STATEMENTS.len();
    let full = |f: &dyn Fn(usize) -> (Choice, bool)| {
        let mut answers = Answers::new();
        for i in 0..n {
            let (choice, important) = f(i);
            answers.set(i, Some(choice));
            answers.set_important(i, important);
        }
        for (q, question) in CONTEXT_QUESTIONS.iter().enumerate() {
            answers.set_context(q, Some((question.options.len() - 1) as u8));
        }
        answers
    };
    let empty = Answers::new();
    let spread = spread_answers();
    let all_unsure = {
        let mut a = Answers::new();
        for i in 0..n {
            a.set(i, Some(Choice::Unsure));
        }
        a
    };
    let all_important = full(&|_| (Choice::STRONGLY_AGREE, true));
    let all_disagree = full(&|_| (Choice::STRONGLY_DISAGREE, false));
    let partial = {
        let mut a = Answers::new();
        for i in 0..10 {
            a.set(i, Some(Choice::ALL[i % 6]));
            a.set_important(i, i % 4 == 1);
        }
        a.set_context(1, Some(1));
        a
    };
    let context_only = {
        let mut a = Answers::new();
        for q in 0..CONTEXT_QUESTIONS.len() {
            a.set_context(q, Some(0));
        }
        a
    };
    let maximal = full(&|i| (Choice::ALL[i % 6], true));
    vec![
        (empty.clone(), None),
        (spread.clone(), None),
        (spread.clone(), Some("Sam")),
        (spread.clone(), Some("Zoë 🚀 مرحبا")),
        (partial, Some("me, March")),
        (all_unsure, None),
        (all_important, None),
        (all_disagree, Some("Ana-María")),
        (context_only, None),
        (empty, Some("שרה")),
        (maximal.clone(), Some("<img src=x onerror=alert(1)>")),
        (maximal, Some("👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻👩‍💻")),
    ]
}

#[test]
#[ignore = "prints fixture lines; run by hand when adding fixtures"]
fn print_fixture_lines() {
    let release = latest_release();
    for (answers, label) in fixture_cases() {
        let payload = encode(&answers, label);
        let (statements, context) = codes(&ReleaseAnswers::from_answers(&answers, release));
        let label = clean_label(label.unwrap_or("")).unwrap_or_default();
        println!(
            "{payload}\t{}\t{statements}\t{context}\t{label}",
            release.content_version
        );
    }
}

// What is found, or not, in what people paste (`link::locate`), as `decode` reports it.

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
