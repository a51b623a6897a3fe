//! Fuzzes the group-link decoder (`crossroads_core::group::link`): any bytes, read as (lossy)
//! text, must decode or fail with a `LinkError`, never panic; whatever decodes must be a group
//! whose counts add up, spelled exactly as the encoder spells it, and must never read as a
//! result.
//!
//! Run: `cargo +nightly fuzz run group_decode seeds/group_decode` (from `fuzz/`).
#![no_main]

use crossroads_core::group::link::{decode, encode};
use crossroads_core::link;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Ok(group) = decode(&input) {
        assert_eq!(encode(&group), input, "a second spelling of one group");
        assert_eq!(
            group.sides.iter().flatten().map(|&c| u32::from(c)).sum::<u32>(),
            u32::from(group.size)
        );
        assert!(link::decode(&input).is_err(), "a group read as a result");
    }
});
