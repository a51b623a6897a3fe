//! The share-link codec from the outside: round trips, totality on hostile input, damage
//! detection, the pinned fixtures of released links, and old links through content changes.
#![cfg(not(target_arch = "wasm32"))]

use crossroads_core::content::{CONTENT_VERSION, CONTEXT_QUESTIONS, STATEMENTS};
use crossroads_core::link::{
    clean_label, compare_fragment, decode, decode_link, decode_pair, decode_with, encode,
    encode_pair, encode_release, fragment, latest_release, LinkError, Release, ReleaseAnswers,
    ReleaseQuestion, ShareLink, MAX_LABEL_CHARS, RELEASES,
};
use crossroads_core::{score, Answers, Choice};
use proptest::prelude::*;

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

/// Any answer set, from empty to complete: each statement unanswered or a choice with or
/// without the mark, each context question unanswered or one of its options.
fn answers() -> impl Strategy<Value = Answers> {
    let statements = prop::collection::vec(
        prop::option::of((0..6usize, any::<bool>())),
        STATEMENTS.len(),
    );
    let context: Vec<_> = CONTEXT_QUESTIONS
        .iter()
        .map(|q| prop::option::of(0..q.options.len() as u8))
        .collect();
    (statements, context).prop_map(|(statements, context)| build(&statements, &context))
}

/// Complete answer sets: everything answered, marked or not, all context answered.
fn complete_answers() -> impl Strategy<Value = Answers> {
    let statements = prop::collection::vec((0..6usize, any::<bool>()), STATEMENTS.len());
    let context: Vec<_> = CONTEXT_QUESTIONS
        .iter()
        .map(|q| 0..q.options.len() as u8)
        .collect();
    (statements, context).prop_map(|(statements, context)| {
        let statements: Vec<_> = statements.into_iter().map(Some).collect();
        let context: Vec<_> = context.into_iter().map(Some).collect();
        build(&statements, &context)
    })
}

fn build(statements: &[Option<(usize, bool)>], context: &[Option<u8>]) -> Answers {
    let mut answers = Answers::new();
    for (i, slot) in statements.iter().enumerate() {
        if let Some((k, important)) = *slot {
            answers.set(i, Some(Choice::ALL[k]));
            answers.set_important(i, important);
        }
    }
    for (q, option) in context.iter().enumerate() {
        answers.set_context(q, *option);
    }
    answers
}

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
            // Anything accepted re-encodes to the same result.
            let again = decode(&encode(&decoded.answers, decoded.label.as_deref())).unwrap();
            prop_assert_eq!(again.answers, decoded.answers);
            prop_assert_eq!(again.label, decoded.label);
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

fn v1() -> Release {
    RELEASES[0]
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
    let link = encode(&original, Some("Sam"));
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
    let link = encode(&original, None);
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

const FIXTURES: &str = include_str!("fixtures/links-v1.tsv");

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

#[test]
fn released_links_decode_exactly_as_pinned() {
    let mut count = 0;
    for line in FIXTURES.lines() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 5, "malformed fixture line: {line}");
        let (payload, version, statements, context, label) =
            (fields[0], fields[1], fields[2], fields[3], fields[4]);
        let version: u16 = version.parse().unwrap();
        // Decode against the releases up to the fixture's own, so its shape never moves.
        let upto = RELEASES
            .iter()
            .position(|r| r.content_version == version)
            .unwrap();
        let unpacked = decode_with(payload, &RELEASES[..=upto]).unwrap();
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
        count += 1;
    }
    assert!(count >= 8, "only {count} fixtures");
}

#[test]
fn every_single_character_change_to_a_fixture_is_caught() {
    for line in FIXTURES
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let payload = line.split('\t').next().unwrap().as_bytes();
        for i in 0..payload.len() {
            for &c in ALPHABET.iter().filter(|&&c| c != payload[i]) {
                let mut changed = payload.to_vec();
                changed[i] = c;
                let changed = String::from_utf8(changed).unwrap();
                assert_eq!(decode(&changed), Err(LinkError::Damaged), "{changed}");
            }
        }
    }
}

/// The answer sets the fixtures were made from. Run with `--ignored --nocapture` to print
/// lines for new fixtures; never regenerate existing lines.
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
