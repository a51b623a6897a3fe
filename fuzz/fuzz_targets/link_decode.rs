//! Fuzzes the share-link decoder: any bytes, read as (lossy) text, must decode or fail with a
//! `LinkError`, never panic; whatever decodes must re-encode to a link that decodes the same.
#![no_main]

use crossroads_core::link::{decode, decode_link, encode, ShareLink};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    if let Ok(decoded) = decode(&input) {
        let payload = encode(&decoded.answers, decoded.label.as_deref());
        let again = decode(&payload).expect("a re-encoded result must decode");
        assert_eq!(again.answers, decoded.answers);
        assert_eq!(again.label, decoded.label);
        assert!(!again.older_content);
        assert_eq!(encode(&again.answers, again.label.as_deref()), payload);
    }
    if let Ok(ShareLink::Compare(a, b)) = decode_link(&input) {
        for result in [a, b] {
            let again = decode(&encode(&result.answers, result.label.as_deref()))
                .expect("a re-encoded result must decode");
            assert_eq!(again.answers, result.answers);
            assert_eq!(again.label, result.label);
        }
    }
});
