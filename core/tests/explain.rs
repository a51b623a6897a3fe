//! The `explain` example, run as a person would: content, score, encode and decode, and
//! bad input that must give a clear error and exit code 2.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// `cargo test` builds the examples beside the test binaries: target/<profile>/examples.
fn explain() -> Command {
    let exe = std::env::current_exe().expect("test binary path");
    let dir: PathBuf = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target directory")
        .join("examples");
    Command::new(dir.join(format!("explain{}", std::env::consts::EXE_SUFFIX)))
}

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = explain()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("explain runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("explain finishes")
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

#[test]
fn content_lists_everything_with_ids() {
    let v = json(&run(&["content"], ""));
    assert_eq!(v["version"], 2);
    assert_eq!(v["paths"].as_array().map(Vec::len), Some(4));
    assert_eq!(v["themes"].as_array().map(Vec::len), Some(13));
    let first = &v["statements"][0];
    assert!(first["id"].is_string() && first["push"]["senior"].is_number());
    assert!(v["context"].as_array().is_some_and(|c| c.len() >= 3));
}

/// Every statement shows both seats' words; where a manager reads it differently, the two
/// differ, and the rest read the same.
#[test]
fn content_shows_each_statement_for_an_engineer_and_a_manager() {
    let v = json(&run(&["content"], ""));
    let statements = v["statements"].as_array().expect("statements");
    let wording = |id: &str| {
        let s = statements.iter().find(|s| s["id"] == id).expect(id);
        (
            s["wording"]["engineer"].as_str().unwrap().to_string(),
            s["wording"]["manager"].as_str().unwrap().to_string(),
        )
    };
    let (engineer, manager) = wording("time.meeting-week");
    assert!(engineer.contains("You would welcome weeks"), "{engineer}");
    assert_eq!(
        manager,
        "You welcome your weeks of one-to-ones and meetings."
    );
    let (engineer, manager) = wording("motives.pay");
    assert!(
        engineer.contains("draws you toward management"),
        "{engineer}"
    );
    assert_eq!(
        manager,
        "Higher pay is a big part of what keeps you in management."
    );
    let (engineer, manager) = wording("scope.one-system");
    assert_eq!(engineer, manager);
    assert!(statements
        .iter()
        .all(|s| !s["wording"]["engineer"].as_str().unwrap().is_empty()
            && !s["wording"]["manager"].as_str().unwrap().is_empty()));
    let differ = statements
        .iter()
        .filter(|s| s["wording"]["engineer"] != s["wording"]["manager"])
        .count();
    assert!(
        differ >= 12,
        "only {differ} statements have a manager's wording"
    );
    let opening = v["context"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "opening")
        .unwrap();
    assert_eq!(
        opening["wording"]["manager"]["text"],
        "Is there an engineering role you could step back into?"
    );
}

#[test]
fn score_names_the_seat_that_words_the_result() {
    let v = json(&run(
        &["score"],
        r#"{"context": {"history": "manager-long"}}"#,
    ));
    assert_eq!(v["seat"], "manager");
    let v = json(&run(
        &["score"],
        r#"{"context": {"history": "ic-managed-before"}}"#,
    ));
    assert_eq!(v["seat"], "engineer");
}

/// The question asked first: the side and its verdict, then the path's within the side.
#[test]
fn score_prints_the_side_and_its_verdict() {
    let input = r#"{"answers": {"energy.deep-problem": 2, "people.mentor": 1, "current.code-weekly": "unsure"},
                    "important": ["energy.deep-problem"]}"#;
    let v = json(&run(&["score"], input));
    // The worked example of docs/method.md: staff+ 80, senior 75, TLM 62.5, EM 33.3.
    assert_eq!(v["side"], "technical");
    assert_eq!(v["side_verdict"], "leaning");
    assert_eq!(v["side_lead"], 17.5);
    assert_eq!(v["path_verdict"], "leaning");
    assert_eq!(v["path_lead"], 5.0);
    assert_eq!(v["verdict"], "leaning");
}

#[test]
fn score_prints_the_full_result() {
    let input = r#"{"answers": {"energy.deep-problem": 2, "people.mentor": -2, "time.focus-blocks": "unsure"},
                    "important": ["energy.deep-problem"], "context": {"opening": "no"}}"#;
    let v = json(&run(&["score"], input));
    assert_eq!(v["ranking"][0], "senior");
    assert_eq!(v["coverage"]["answered"], 3);
    assert_eq!(v["coverage"]["answered_on_scale"], 2);
    assert!(v["coverage"]["few_answers"].as_bool().unwrap());
    assert!(v["contributions"]["senior"]
        .as_array()
        .is_some_and(|c| !c.is_empty()));
    assert!(v["profile"]["energy"]["you"].is_number());
    assert!(v["flips"].is_array() && v["advice"].is_array());
    // "Talk it over": five to eight questions, the asks among them.
    let talk: Vec<&str> = v["talk"]
        .as_array()
        .expect("talk")
        .iter()
        .map(|q| q.as_str().unwrap())
        .collect();
    assert!((5..=8).contains(&talk.len()), "{talk:?}");
    assert!(talk.contains(&"talk.honest-read"), "{talk:?}");
    // Its link's receiver: three questions to ask the sender.
    let ask_them = v["ask_them"].as_array().expect("ask_them");
    assert_eq!(ask_them.len(), 3, "{ask_them:?}");
    assert!(ask_them
        .iter()
        .all(|q| q.as_str().unwrap().starts_with("ask-them.")));
}

#[test]
fn encode_then_decode_round_trips() {
    let input = r#"{"answers": {"energy.deep-problem": 2, "motives.pay": -1}, "label": "Sam"}"#;
    let enc = json(&run(&["encode"], input));
    let fragment = enc["fragment"].as_str().expect("fragment");
    assert!(fragment.starts_with("#r="));
    for form in [
        format!("https://example.org/tools/crossroads/{fragment}"),
        fragment.to_string(),
        enc["payload"].as_str().unwrap().to_string(),
    ] {
        let dec = json(&run(&["decode", &form], ""));
        assert_eq!(dec["label"], "Sam");
        assert_eq!(dec["input"]["answers"]["energy.deep-problem"], 2);
        assert_eq!(dec["input"]["answers"]["motives.pay"], -1);
        assert!(dec["result"]["ranking"].is_array());
    }
}

#[test]
fn bad_input_is_a_clear_error_with_exit_code_2() {
    for (args, input, needle) in [
        (vec!["score"], "not json", "not valid JSON"),
        (
            vec!["score"],
            r#"{"answers": {"nope": 1}}"#,
            "unknown statement id `nope`",
        ),
        (
            vec!["score"],
            r#"{"answers": {"energy.deep-problem": 3}}"#,
            "from -2 to 2",
        ),
        (
            vec!["score"],
            r#"{"context": {"opening": "maybe"}}"#,
            "has no option",
        ),
        (vec!["score"], r#"{"extra": 1}"#, "unknown field"),
        (vec!["decode", "#r=AAAA"], "", "damaged"),
        (vec!["decode"], "", "decode needs"),
        (vec!["frobnicate"], "", "usage"),
    ] {
        let out = run(&args, input);
        assert_eq!(out.status.code(), Some(2), "{args:?} {input}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// A file in the test's own scratch folder.
fn scratch(name: &str, text: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crossroads-explain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("scratch file");
    path
}

#[test]
fn config_prints_what_applies_or_every_problem() {
    let good = scratch(
        "good.json",
        br#"{"organisation": "Acme", "paths": {"staff": {"name": "Principal engineer",
            "link": {"label": "Ladder", "url": "https://wiki.acme.example/principal"}},
            "tlm": {"offered": false}}, "context": {"staff-track": "yes"},
            "contact": {"label": "HR", "url": "mailto:hr@acme.example"}}"#,
    );
    let out = run(&["config", good.to_str().unwrap()], "");
    let v = json(&out);
    assert_eq!(v["organisation"], "Acme");
    assert_eq!(v["paths"]["staff"]["name"], "Principal engineer");
    assert_eq!(
        v["paths"]["staff"]["link"]["url"],
        "https://wiki.acme.example/principal"
    );
    assert_eq!(v["paths"]["tlm"]["offered"], false);
    assert_eq!(v["paths"]["senior"]["offered"], true);
    assert_eq!(v["context"]["staff-track"], "yes");
    assert_eq!(v["contact"]["url"], "mailto:hr@acme.example");

    let bad = scratch(
        "bad.json",
        br#"{"organisation": 1, "colour": "red", "contact": {"label": "x", "url": "javascript:alert(1)"}}"#,
    );
    let out = run(&["config", bad.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    let said = String::from_utf8_lossy(&out.stderr);
    for line in [
        "4 problems",
        "organisation: should be a string, not a number",
        "colour: not a field Crossroads knows",
        "contact.url: only https:, http:, mailto: or relative links are allowed",
    ] {
        assert!(said.contains(line), "{line} in {said}");
    }

    let big = scratch("big.json", &vec![b' '; 16 * 1024 + 1]);
    let out = run(&["config", big.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("(file): larger than 16 KB: not read"));

    let out = run(&["config", "/no/such/crossroads.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /no/such/crossroads.json"));
}

/// The same JSON but for its words: every number, flag and id where it was, and the words
/// (the strings) counted, with how many of them differ.
fn same_but_words(en: &serde_json::Value, other: &serde_json::Value, path: &str) -> (usize, usize) {
    use serde_json::Value;
    match (en, other) {
        (Value::Object(a), Value::Object(b)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            assert_eq!(keys(a), keys(b), "{path}");
            a.iter().fold((0, 0), |(n, d), (k, v)| {
                let here = format!("{path}.{k}");
                let ids = matches!(
                    k.as_str(),
                    "id" | "theme"
                        | "kind"
                        | "seat"
                        | "pole"
                        | "ranking"
                        | "verdict"
                        | "side"
                        | "side_verdict"
                        | "path_verdict"
                        | "advice"
                        | "talk"
                        | "ask_them"
                        | "statement"
                        | "new_top"
                );
                let words =
                    v.is_string() || v.as_array().is_some_and(|a| a.iter().all(Value::is_string));
                if ids && words {
                    assert_eq!(v, &b[k], "{here}");
                    return (n, d);
                }
                let (n2, d2) = same_but_words(v, &b[k], &here);
                (n + n2, d + d2)
            })
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "{path}");
            a.iter()
                .zip(b)
                .enumerate()
                .fold((0, 0), |(n, d), (i, (x, y))| {
                    let (n2, d2) = same_but_words(x, y, &format!("{path}[{i}]"));
                    (n + n2, d + d2)
                })
        }
        // An id (lowercase, no spaces: a condition's statement or option, say) stays.
        (Value::String(a), Value::String(b))
            if a.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.+_".contains(c)) =>
        {
            assert_eq!(a, b, "{path}");
            (0, 0)
        }
        (Value::String(a), Value::String(b)) => {
            assert!(!b.trim().is_empty(), "{path} is empty");
            (1, usize::from(a != b))
        }
        _ => {
            assert_eq!(en, other, "{path}");
            (0, 0)
        }
    }
}

/// `--lang de|es`: the catalogue and a result in that language, with the same ids, numbers
/// and shape as in English; an unknown language is a clear error.
#[test]
fn content_and_score_in_another_language() {
    let english = json(&run(&["content"], ""));
    let input = r#"{"answers": {"energy.deep-problem": 2, "people.mentor": -2}, "context": {"history": "manager-long"}}"#;
    let english_score = json(&run(&["score"], input));
    for code in ["de", "es"] {
        let v = json(&run(&["--lang", code, "content"], ""));
        let (words, changed) = same_but_words(&english, &v, code);
        // Only the loanwords (docs/translating.md) may read as in English.
        assert!(
            words > 250 && changed * 100 >= words * 95,
            "{code}: {changed} of {words}"
        );
        let meeting = v["statements"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == "time.meeting-week")
            .unwrap();
        assert_ne!(
            meeting["wording"]["engineer"],
            meeting["wording"]["manager"]
        );
        let score = json(&run(&["score", "--lang", code], input));
        let (words, changed) = same_but_words(&english_score, &score, code);
        assert!(
            words >= 4 && changed == words,
            "{code}: {changed} of {words}"
        );
    }
    let out = run(&["--lang", "fr", "content"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no language \"fr\": en, de, es"));
}

/// `--lang` reads an organisation's words given per language in that language.
#[test]
fn config_reads_words_per_language_in_the_language_asked() {
    let file = scratch(
        "languages.json",
        r#"{"paths": {"staff": {"name": {"en": "Principal engineer", "de": "Principal Engineer", "es": "Ingeniería principal"}}}}"#.as_bytes(),
    );
    let path = file.to_str().unwrap();
    assert_eq!(
        json(&run(&["config", path], ""))["paths"]["staff"]["name"],
        "Principal engineer"
    );
    assert_eq!(
        json(&run(&["--lang", "de", "config", path], ""))["paths"]["staff"]["name"],
        "Principal Engineer"
    );
    assert_eq!(
        json(&run(&["config", path, "--lang", "es"], ""))["paths"]["staff"]["name"],
        "Ingeniería principal"
    );
}
