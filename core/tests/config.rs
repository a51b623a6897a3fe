//! Property tests of the organisation file's reader (`crossroads_core::config`): any JSON
//! value, and any text at all, gives a configuration without panicking, and what it applies
//! keeps the rules (clean text within its limit, only allowed links).
#![cfg(not(target_arch = "wasm32"))]

use crossroads_core::clean::{check_url, clean_text};
use crossroads_core::config::{self, Config, MAX_INTRO, MAX_LABEL, MAX_NAME, MAX_ORGANISATION};
use proptest::prelude::*;
use serde_json::Value;

/// JSON values, with the file's own field names and tricky strings among the random ones.
fn value() -> impl Strategy<Value = Value> {
    let names = prop_oneof![
        Just("organisation".to_string()),
        Just("intro".to_string()),
        Just("paths".to_string()),
        Just("staff".to_string()),
        Just("em".to_string()),
        Just("name".to_string()),
        Just("link".to_string()),
        Just("label".to_string()),
        Just("url".to_string()),
        Just("offered".to_string()),
        Just("context".to_string()),
        Just("staff-track".to_string()),
        Just("contact".to_string()),
        ".{0,12}",
    ];
    let strings = prop_oneof![
        Just("javascript:alert(1)".to_string()),
        Just("https://acme.example/ladder".to_string()),
        Just("mailto:x@acme.example".to_string()),
        Just("yes".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("\u{202e}evil\u{0}".to_string()),
        ".{0,60}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        strings.prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((names.clone(), inner), 0..8)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// What a configuration applies keeps the rules.
fn keeps_the_rules(c: &Config) {
    let clean = |s: &str, max: usize| {
        assert_eq!(
            clean_text(s, usize::MAX).as_deref(),
            Some(s),
            "{s:?} is clean"
        );
        assert!(s.chars().count() <= max, "{s:?} within {max}");
    };
    if let Some(o) = &c.organisation {
        clean(o, MAX_ORGANISATION);
    }
    if let Some(i) = &c.intro {
        clean(i, MAX_INTRO);
    }
    let links = c
        .paths
        .iter()
        .filter_map(|p| p.link.as_ref())
        .chain(c.contact.as_ref());
    for l in links {
        clean(&l.label, MAX_LABEL);
        assert_eq!(check_url(&l.url).as_deref(), Ok(l.url.as_str()));
        assert!(!l.url.to_ascii_lowercase().starts_with("javascript:"));
    }
    for p in &c.paths {
        if let Some(n) = &p.name {
            clean(n, MAX_NAME);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn any_json_value_gives_a_configuration_that_keeps_the_rules(v in value()) {
        let text = serde_json::to_string(&v).unwrap();
        let (c, _) = config::read(&text);
        keeps_the_rules(&c);
        // Pretty-printed, the same file reads the same.
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        prop_assert_eq!(config::read(&pretty), config::read(&text));
    }

    #[test]
    fn any_text_gives_a_configuration(text in ".{0,200}") {
        let (c, problems) = config::read(&text);
        keeps_the_rules(&c);
        // Not JSON: nothing applies, and one problem says so.
        if serde_json::from_str::<Value>(&text).is_err() {
            prop_assert_eq!(c, Config::default());
            prop_assert_eq!(problems.len(), 1);
        }
    }
}
