//! The payload's rules: what its bytes hold in each format, and how a result is written into
//! them and read back, refusing every spelling but the one [`encode_release`] writes.

use super::error::LinkError;
use super::locate::{locate, payload_of, tidied, Found};
use super::release::{latest_release, ReleaseAnswers};
use super::wire::{
    crc24, crc24_update, from_base64url, pack, push_leb128, read_leb128, to_base64url, unpack,
    unseal, CRC24_INIT,
};
use super::{Decoded, ShareLink, FORMAT_VERSION, MAX_LABEL_CHARS, MAX_PAYLOAD_LEN};
use crate::clean::clean_text;
use crate::content::{Release, ReleaseQuestion, RELEASES};
use crate::model::{Answers, Choice};

const MAX_LABEL_BYTES: usize = MAX_LABEL_CHARS * 4;
const CHECKSUM_LEN: usize = 3;
/// Unanswered, six choices, six choices marked important.
const STATEMENT_STATES: u32 = 1 + 2 * CHOICES;
const CHOICES: u32 = Choice::ALL.len() as u32;

/// Cleans a label for sharing: control characters, bidi controls and other invisible
/// formatting are removed, runs of whitespace become one space, the ends are trimmed and the
/// result is cut to [`MAX_LABEL_CHARS`] chars. `None` when nothing is left. Idempotent.
pub fn clean_label(raw: &str) -> Option<String> {
    clean_text(raw, MAX_LABEL_CHARS)
}

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
    let data = unseal(&bytes, crc24)?;
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

#[cfg(test)]
mod tests {
    use super::super::locate::{compare_fragment, encode_pair, fragment, with_fragment};
    use super::*;
    use crate::content::{CONTEXT_QUESTIONS, STATEMENTS};

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
}
