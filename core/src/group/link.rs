//! The group link: `#w=<payload>`, a [`Group`]'s counts, packed, checked and versioned like a
//! result link (`docs/link-format.md`, "The group link"). It carries counts only: never a
//! person's answers, never a name. Its checksum starts from a register of its own, so a
//! group payload never reads as a result and a result payload never as a group.
//!
//! Bytes: the group format (1), the content version (LEB128), a flags byte (bit 0: the
//! details follow), then LEB128 counts: the size; per side, per verdict; per path, per
//! verdict; with the details, per context question its options, per theme its fifths and per
//! statement its three camps; then the CRC-24 (3 bytes). Base64url without padding.

use crate::content::{CONTENT_VERSION, CONTEXT_QUESTIONS, PATH_COUNT, STATEMENTS, THEME_COUNT};
use crate::link::wire::{
    from_base64url, push_leb128, read_leb128, sealed_crc, to_base64url, unseal,
};
use crate::link::LinkError;

use super::{Details, Group, BINS, MAX_GROUP, MIN_FOR_DETAILS};

/// The fragment key of a group link: `#w=<payload>`; `#w` alone is an empty workshop.
pub const GROUP_KEY: &str = "w";
/// The group payload layout this build writes and reads.
pub const GROUP_FORMAT: u8 = 1;
/// The byte the group checksum starts from (before the payload's own bytes).
const DOMAIN: u8 = b'w';
/// Longest group payload looked at, in characters: the largest group with details is about
/// 570 (at most three bytes a count).
pub const MAX_GROUP_PAYLOAD_LEN: usize = 1500;
const DETAILS: u8 = 1;

/// Every count of the group, in the link's order.
fn counts(g: &Group) -> Vec<u16> {
    let mut out = vec![g.size];
    out.extend(g.sides.iter().flatten());
    out.extend(g.paths.iter().flatten());
    if let Some(d) = &g.details {
        out.extend(d.context.iter().flatten());
        out.extend(d.spreads.iter().flatten());
        out.extend(d.statements.iter().flatten());
    }
    out
}

/// The group's payload (without the `w=` key).
pub fn encode(g: &Group) -> String {
    let mut bytes = vec![GROUP_FORMAT];
    push_leb128(&mut bytes, CONTENT_VERSION);
    bytes.push(if g.details.is_some() { DETAILS } else { 0 });
    for c in counts(g) {
        push_leb128(&mut bytes, c);
    }
    let crc = sealed_crc(DOMAIN, &bytes);
    bytes.extend_from_slice(&crc.to_be_bytes()[1..]);
    to_base64url(&bytes)
}

/// The fragment of a group link: `w=<payload>`.
pub fn fragment(g: &Group) -> String {
    format!("{GROUP_KEY}={}", encode(g))
}

/// Reads a group payload. Never panics; any damage, and any count that does not add up, is
/// refused.
pub fn decode(payload: &str) -> Result<Group, LinkError> {
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_GROUP_PAYLOAD_LEN {
        return Err(LinkError::TooLong);
    }
    let bytes = from_base64url(payload)?;
    let data = unseal(&bytes, |data| sealed_crc(DOMAIN, data))?;
    match data[0] {
        0 => return Err(LinkError::Damaged),
        GROUP_FORMAT => {}
        version => return Err(LinkError::NewerFormat { version }),
    }
    let (version, rest) = read_leb128(&data[1..])?;
    if version != CONTENT_VERSION {
        // Counts over other statements than this build's: not comparable, so not shown.
        return Err(if version > CONTENT_VERSION {
            LinkError::NewerContent { version }
        } else {
            LinkError::UnknownContent { version }
        });
    }
    let Some((&flags, mut rest)) = rest.split_first() else {
        return Err(LinkError::Damaged);
    };
    if flags & !DETAILS != 0 {
        return Err(LinkError::Damaged);
    }
    let mut next = || -> Result<u16, LinkError> {
        let (value, tail) = read_leb128(rest)?;
        rest = tail;
        Ok(value)
    };
    let mut g = Group {
        size: next()?,
        ..Group::default()
    };
    for side in g.sides.iter_mut() {
        for c in side.iter_mut() {
            *c = next()?;
        }
    }
    for path in g.paths.iter_mut().take(PATH_COUNT) {
        for c in path.iter_mut() {
            *c = next()?;
        }
    }
    if flags & DETAILS != 0 {
        let mut context = Vec::new();
        for q in &CONTEXT_QUESTIONS {
            context.push(
                (0..q.options.len())
                    .map(|_| next())
                    .collect::<Result<_, _>>()?,
            );
        }
        let mut spreads = [[0u16; BINS]; THEME_COUNT];
        for theme in spreads.iter_mut() {
            for c in theme.iter_mut() {
                *c = next()?;
            }
        }
        let mut statements = vec![[0u16; 3]; STATEMENTS.len()];
        for s in statements.iter_mut() {
            for c in s.iter_mut() {
                *c = next()?;
            }
        }
        g.details = Some(Details {
            context,
            spreads,
            statements,
        });
    }
    if !rest.is_empty() || !adds_up(&g) {
        return Err(LinkError::Damaged);
    }
    Ok(g)
}

/// Whether the counts are those of some group: every tally within the size, the sides and the
/// paths each summing to it, and details exactly for a group large enough.
fn adds_up(g: &Group) -> bool {
    let n = u32::from(g.size);
    let sum = |counts: &[u16]| counts.iter().map(|&c| u32::from(c)).sum::<u32>();
    let flat_sides: Vec<u16> = g.sides.iter().flatten().copied().collect();
    let flat_paths: Vec<u16> = g.paths.iter().flatten().copied().collect();
    usize::from(g.size) <= MAX_GROUP
        && sum(&flat_sides) == n
        && sum(&flat_paths) == n
        && (g.size >= MIN_FOR_DETAILS) == g.details.is_some()
        && g.details.as_ref().is_none_or(|d| {
            d.context.iter().all(|q| sum(q) <= n)
                && d.spreads.iter().all(|t| sum(t) <= n)
                && d.statements.iter().all(|s| sum(s) <= n)
        })
}
