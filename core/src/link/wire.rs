//! The wire primitives under a payload: mixed-radix numbers (base-N), LEB128, CRC-24 and
//! base64url.

use super::error::LinkError;

/// Mixed-radix digits `(digit, radix)`, most significant first, into `len` big-endian bytes.
pub(super) fn pack(digits: &[(u32, u32)], len: usize) -> Vec<u8> {
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
pub(super) fn unpack(number: &[u8], radices: &[u32]) -> Option<Vec<u32>> {
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

pub(crate) fn push_leb128(out: &mut Vec<u8>, mut value: u16) {
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
pub(crate) fn read_leb128(bytes: &[u8]) -> Result<(u16, &[u8]), LinkError> {
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

pub(super) const CRC24_INIT: u32 = 0x00B7_04CE;

/// CRC-24/OpenPGP (RFC 4880): detects every error burst of up to 24 bits, so every change to
/// a single base64 character (6 bits) is caught.
pub(super) fn crc24(bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(CRC24_INIT, |crc, &byte| crc24_update(crc, byte))
}

/// The data of a sealed payload's bytes: all but the last three, which must be the CRC-24
/// `check` gives of the rest. Too short, empty or not matching: damaged.
pub(crate) fn unseal(bytes: &[u8], check: impl Fn(&[u8]) -> u32) -> Result<&[u8], LinkError> {
    let Some(split) = bytes.len().checked_sub(3) else {
        return Err(LinkError::Damaged);
    };
    let (data, sum) = bytes.split_at(split);
    if data.is_empty() || sum != &check(data).to_be_bytes()[1..] {
        return Err(LinkError::Damaged);
    }
    Ok(data)
}

/// The CRC-24 of `bytes` from a register that first took `domain`: a payload of another kind
/// (the group link's) never passes a result's check, nor a result the other's.
pub(crate) fn sealed_crc(domain: u8, bytes: &[u8]) -> u32 {
    bytes
        .iter()
        .fold(crc24_update(CRC24_INIT, domain), |crc, &byte| {
            crc24_update(crc, byte)
        })
}

/// One more byte into a CRC-24 register (polynomial `0x864CFB`, no reflection, no final xor).
pub(super) fn crc24_update(crc: u32, byte: u8) -> u32 {
    let mut crc = crc ^ (u32::from(byte) << 16);
    for _ in 0..8 {
        crc <<= 1;
        if crc & 0x0100_0000 != 0 {
            crc ^= 0x0186_4CFB;
        }
    }
    crc & 0x00FF_FFFF
}

pub(super) const ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

pub(crate) fn to_base64url(bytes: &[u8]) -> String {
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
pub(crate) fn from_base64url(text: &str) -> Result<Vec<u8>, LinkError> {
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
}
