//! Fuzzes the share-link decoder: any bytes, read as (lossy) text, must decode or fail with a
//! `LinkError`, never panic; whatever decodes must re-encode to a link that decodes the same,
//! and must be spelled exactly as the encoder spells it (one payload, one spelling).
//!
//! Run: `cargo +nightly fuzz run link_decode seeds/link_decode -- -dict=link_decode.dict`
//! (from `fuzz/`; `seeds/link_decode` holds issued links in many wrappings).
#![no_main]

use crossroads_core::link::{decode, decode_link, encode, pair_of, payload_of, Decoded, ShareLink};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Ok(decoded) = decode(&input) {
        let payload = payload_of(&input).expect("what decodes has a payload");
        assert_canonical(&decoded, &payload);
        let fresh = encode(&decoded.answers, decoded.label.as_deref());
        let again = decode(&fresh).expect("a re-encoded result must decode");
        assert_eq!(again.answers, decoded.answers);
        assert_eq!(again.label, decoded.label);
        assert!(!again.older_content);
        assert_eq!(encode(&again.answers, again.label.as_deref()), fresh);
    }
    if let Ok(ShareLink::Compare(a, b)) = decode_link(&input) {
        let (pa, pb) = pair_of(&input).expect("what decodes as a pair has two payloads");
        assert_canonical(&a, &pa);
        assert_canonical(&b, &pb);
        for result in [a, b] {
            let again = decode(&encode(&result.answers, result.label.as_deref()))
                .expect("a re-encoded result must decode");
            assert_eq!(again.answers, result.answers);
            assert_eq!(again.label, result.label);
        }
    }
});

/// The payload (after tidying) is exactly what the encoder writes for the decoded result, in
/// the result's own format: format 2 is what `encode` writes today; a format-1 payload must be
/// the format-1 spelling of it (the same bytes without the label length byte, format byte 1,
/// checksum recomputed). Results of older content re-encode in today's shape by design, so
/// they are skipped (there is only one release so far).
fn assert_canonical(decoded: &Decoded, payload: &str) {
    if decoded.older_content {
        return;
    }
    let fresh = encode(&decoded.answers, decoded.label.as_deref());
    let expected = match decoded.format {
        2 => fresh,
        1 => format_1_of(&fresh, decoded.label.as_deref().map_or(0, str::len)),
        other => panic!("decoded an unknown format {other}"),
    };
    assert_eq!(payload, expected, "a second spelling of one result");
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The format-1 spelling of a format-2 payload with a label of `label_len` bytes.
fn format_1_of(payload: &str, label_len: usize) -> String {
    let bytes = from_b64(payload);
    let mut data = bytes[..bytes.len() - 3].to_vec();
    let length_at = data.len() - label_len - 1;
    assert_eq!(usize::from(data[length_at]), label_len);
    data.remove(length_at);
    data[0] = 1;
    let crc = crc24(&data);
    data.extend_from_slice(&crc.to_be_bytes()[1..]);
    to_b64(&data)
}

fn to_b64(bytes: &[u8]) -> String {
    let (mut bits, mut held, mut out) = (0u32, 0, String::new());
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

fn from_b64(text: &str) -> Vec<u8> {
    let (mut bits, mut held, mut out) = (0u32, 0, Vec::new());
    for c in text.bytes() {
        let sextet = ALPHABET.iter().position(|&a| a == c).expect("base64url") as u32;
        bits = (bits << 6) | sextet;
        held += 6;
        if held >= 8 {
            held -= 8;
            out.push((bits >> held) as u8);
        }
    }
    out
}

/// CRC-24/OpenPGP, bit by bit (RFC 4880).
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
