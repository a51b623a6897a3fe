//! The core's command-line face, for checking content and scoring without a browser.
//!
//!   cargo run -q -p crossroads-core --example explain -- content
//!   cargo run -q -p crossroads-core --example explain -- score  < answers.json
//!   cargo run -q -p crossroads-core --example explain -- encode < answers.json
//!   cargo run -q -p crossroads-core --example explain -- decode '<link, fragment or payload>'
//!   cargo run -q -p crossroads-core --example explain -- config crossroads.json
//!
//! `--lang de|es` (anywhere after `--`) prints `content` and `score` in that language: the
//! same ids and shape, the words from `i18n/<code>.tsv`.
//!
//! `config` checks an organisation's file: it prints the configuration as the widget applies
//! it, or lists every problem (field and reason) and exits with code 2.
//!
//! Answers JSON: {"answers": {"<id>": -2..2 or "unsure"}, "important": ["<id>"],
//! "context": {"<question id>": "<option id>"}, "label": "optional, for encode"}.
//! Bad input prints a clear error and exits with code 2.

use std::io::Read;
use std::process::ExitCode;

use crossroads_core::advice::{select_advice, ALL_OFFERED};
use crossroads_core::content::{
    Condition, ContextQuestion, PathId, ADVICE, ASK_THEM, CONTENT_VERSION, CONTEXT_QUESTIONS,
    PATHS, STATEMENTS, TALK_QUESTIONS, THEMES,
};
use crossroads_core::scoring::typical_position;
use crossroads_core::talk::{select_for_receiver, select_questions};
use crossroads_core::{config, lang, link, score, words, Answers, Choice, Language, Seat, ThemeId};
use serde_json::{json, Map, Value};

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let result = language(&mut args).and_then(|language| run(&args, language));
    match result {
        Ok(v) => {
            println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

/// Takes `--lang <code>` out of the arguments and reads the catalogue in that language.
fn language(args: &mut Vec<String>) -> Result<Language, String> {
    let Some(at) = args.iter().position(|a| a == "--lang") else {
        return Ok(Language::English);
    };
    let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
    let code = args
        .get(at + 1)
        .cloned()
        .ok_or(format!("--lang needs a language: {}", codes.join(", ")))?;
    let language = Language::ALL
        .into_iter()
        .find(|l| l.code() == code.as_str())
        .ok_or(format!("no language \"{code}\": {}", codes.join(", ")))?;
    args.drain(at..at + 2);
    lang::use_language(language, &words::text_file())
        .map_err(|e| format!("i18n/{code}.tsv: {e}"))?;
    Ok(language)
}

fn run(args: &[String], language: Language) -> Result<Value, String> {
    match args.first().map(String::as_str) {
        Some("content") => Ok(content()),
        Some("score") => read_stdin()
            .and_then(|s| parse_answers(&s))
            .map(|(a, _)| result_json(&a)),
        Some("encode") => read_stdin()
            .and_then(|s| parse_answers(&s))
            .map(|(a, label)| {
                let payload = link::encode(&a, label.as_deref());
                json!({ "payload": payload, "fragment": format!("#{}", link::fragment(&payload)) })
            }),
        Some("config") => match args.get(1) {
            Some(path) => check_config(path, language),
            None => Err("config needs a file: explain config crossroads.json".to_string()),
        },
        Some("decode") => match args.get(1) {
            Some(input) => decode(input),
            None => Err("decode needs a link, a fragment or a payload".to_string()),
        },
        _ => Err(
            "usage: explain [--lang de|es] content | score < answers.json | encode < answers.json | decode <link> | config <file>"
                .to_string(),
        ),
    }
}

/// An organisation's file, as the widget reads it (`crossroads_core::config`) on a page in
/// `language` (`--lang`).
fn check_config(path: &str, language: Language) -> Result<Value, String> {
    let size = std::fs::metadata(path)
        .map_err(|e| format!("cannot read {path}: {e}"))?
        .len();
    let (c, problems) = if size > config::MAX_FILE_BYTES as u64 {
        // Refused unread, as the widget refuses it.
        config::read_in(&" ".repeat(config::MAX_FILE_BYTES + 1), language)
    } else {
        let text = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        match String::from_utf8(text) {
            Ok(text) => config::read_in(&text, language),
            Err(_) => return Err(format!("{path} is not UTF-8 text: nothing applies")),
        }
    };
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        return Err(format!(
            "{path}: {} problem{} (what else the file says applies):\n{}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            list.join("\n")
        ));
    }
    let link = |l: &Option<config::Link>| match l {
        Some(l) => json!({ "label": l.label, "url": l.url }),
        None => Value::Null,
    };
    let paths: Map<String, Value> = PathId::ALL
        .iter()
        .map(|&p| {
            let pc = c.path(p);
            (
                p.key().to_string(),
                json!({ "name": pc.name, "link": link(&pc.link), "offered": pc.offered }),
            )
        })
        .collect();
    let context: Map<String, Value> = c
        .context
        .iter()
        .map(|&(q, o)| {
            let q = &CONTEXT_QUESTIONS[q];
            (q.id.to_string(), json!(q.options[o as usize].id))
        })
        .collect();
    Ok(json!({
        "organisation": c.organisation,
        "intro": c.intro,
        "paths": paths,
        "context": context,
        "contact": link(&c.contact),
        "language": c.language.map(|l| l.code()),
    }))
}

fn read_stdin() -> Result<String, String> {
    let mut s = String::new();
    std::io::stdin()
        .read_to_string(&mut s)
        .map_err(|e| format!("could not read standard input: {e}"))?;
    Ok(s)
}

fn choice_json(c: Option<Choice>) -> Value {
    match c {
        None => Value::Null,
        Some(Choice::Unsure) => json!("unsure"),
        Some(Choice::Scale(v)) => json!(v),
    }
}

/// Parses the answers JSON; every unknown id or value is an error, never ignored.
fn parse_answers(input: &str) -> Result<(Answers, Option<String>), String> {
    let v: Value =
        serde_json::from_str(input).map_err(|e| format!("answers are not valid JSON: {e}"))?;
    let obj = v.as_object().ok_or("answers JSON must be an object")?;
    for key in obj.keys() {
        if !matches!(key.as_str(), "answers" | "important" | "context" | "label") {
            return Err(format!(
                "unknown field `{key}` (expected answers, important, context, label)"
            ));
        }
    }
    let mut a = Answers::new();
    if let Some(answers) = obj.get("answers") {
        let answers = answers
            .as_object()
            .ok_or("`answers` must be an object of id: value")?;
        for (id, value) in answers {
            let choice = match value {
                Value::String(s) if s == "unsure" => Choice::Unsure,
                Value::Number(n) => {
                    let step = n.as_i64().filter(|x| (-2..=2).contains(x)).ok_or_else(|| {
                        format!("answer to `{id}` must be a whole number from -2 to 2 or \"unsure\", got {n}")
                    })?;
                    Choice::Scale(step as i8)
                }
                other => {
                    return Err(format!(
                        "answer to `{id}` must be -2..2 or \"unsure\", got {other}"
                    ))
                }
            };
            a.set_by_id(id, Some(choice)).map_err(|e| e.to_string())?;
        }
    }
    if let Some(important) = obj.get("important") {
        let list = important
            .as_array()
            .ok_or("`important` must be an array of ids")?;
        for id in list {
            let id = id
                .as_str()
                .ok_or("`important` must hold statement ids as strings")?;
            a.set_important_by_id(id, true).map_err(|e| e.to_string())?;
        }
    }
    if let Some(context) = obj.get("context") {
        let context = context
            .as_object()
            .ok_or("`context` must be an object of question: option")?;
        for (q, o) in context {
            let o = o
                .as_str()
                .ok_or_else(|| format!("context `{q}` must be an option id string"))?;
            a.set_context_by_id(q, o).map_err(|e| e.to_string())?;
        }
    }
    let label = match obj.get("label") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(_) => return Err("`label` must be a string".to_string()),
    };
    Ok((a, label))
}

fn content() -> Value {
    json!({
        "version": CONTENT_VERSION,
        "paths": PATHS.iter().map(|p| json!({
            "id": p.id.key(),
            "name": p.name.as_str(),
            "summary": p.summary.as_str(),
            "description": p.description.as_str(),
            "shapes": p.shapes.iter().map(|s| json!({"name": s.name.as_str(), "text": s.text.as_str()})).collect::<Vec<_>>(),
            "profile": ThemeId::ALL.iter().filter(|t| t.theme().scored)
                .map(|t| (t.theme().key.to_string(), json!(p.profile[t.index()])))
                .collect::<Map<_, _>>(),
        })).collect::<Vec<_>>(),
        "themes": THEMES.iter().map(|t| json!({
            "id": t.key, "name": t.name.as_str(), "description": t.description.as_str(),
            "left": t.left.as_str(), "right": t.right.as_str(), "scored": t.scored,
        })).collect::<Vec<_>>(),
        "statements": STATEMENTS.iter().map(|s| json!({
            "id": s.id,
            "theme": s.theme.theme().key,
            // Both seats' words: the manager's is the engineer's where the catalogue gives none.
            "wording": {
                "engineer": s.wording(Seat::Engineer).as_str(),
                "manager": s.wording(Seat::Manager).as_str(),
            },
            "why": s.why.as_str(),
            "push": PathId::ALL.iter().map(|p| (p.key().to_string(), json!(s.push[p.index()]))).collect::<Map<_, _>>(),
            "pole": s.pole,
        })).collect::<Vec<_>>(),
        "context": CONTEXT_QUESTIONS.iter().map(|q| json!({
            "id": q.id,
            "wording": context_wording(q),
            "options": q.options.iter().map(|o| json!({"id": o.id, "label": o.label.as_str()})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "advice": ADVICE.iter().map(|a| json!({
            "id": a.id, "kind": a.kind.key(), "title": a.title.as_str(), "text": a.text.as_str(), "when": condition(&a.when),
        })).collect::<Vec<_>>(),
        "talk": TALK_QUESTIONS.iter().map(|q| json!({
            "id": q.id, "text": q.text.as_str(), "pick": q.pick.key(), "when": condition(&q.when),
        })).collect::<Vec<_>>(),
        "ask_them": ASK_THEM.iter().map(|q| json!({
            "id": q.id, "text": q.text.as_str(), "pick": q.pick.key(), "when": condition(&q.when),
        })).collect::<Vec<_>>(),
    })
}

/// A context question's words (question and help) for each seat.
fn context_wording(q: &ContextQuestion) -> Value {
    [Seat::Engineer, Seat::Manager]
        .map(|seat| {
            let words =
                json!({"text": q.wording(seat).as_str(), "help": q.help_for(seat).as_str()});
            (seat_key(seat).to_string(), words)
        })
        .into_iter()
        .collect::<Map<_, _>>()
        .into()
}

fn seat_key(seat: Seat) -> &'static str {
    match seat {
        Seat::Engineer => "engineer",
        Seat::Manager => "manager",
    }
}

fn condition(c: &Condition) -> Value {
    match c {
        Condition::Always => json!("always"),
        Condition::Leads(ps) => json!({"leads": ps.iter().map(|p| p.key()).collect::<Vec<_>>()}),
        Condition::Contender(p) => json!({"contender": p.key()}),
        Condition::Agrees(id) => json!({"agrees": id}),
        Condition::Disagrees(id) => json!({"disagrees": id}),
        Condition::Context(q, o) => json!({"context": {q.to_string(): o}}),
        Condition::TooClose => json!("too-close"),
        Condition::SidesTooClose => json!("sides-too-close"),
        Condition::CanFlip => json!("can-flip"),
        Condition::MarkedImportant => json!("marked-important"),
        Condition::Manages => json!("manages"),
        Condition::Offered(p) => json!({"offered": p.key()}),
        Condition::All(cs) => json!({"all": cs.iter().map(condition).collect::<Vec<_>>()}),
        Condition::Any(cs) => json!({"any": cs.iter().map(condition).collect::<Vec<_>>()}),
        Condition::Not(c) => json!({"not": condition(c)}),
    }
}

fn answers_json(a: &Answers) -> Value {
    json!({
        "answers": STATEMENTS.iter().enumerate()
            .filter_map(|(i, s)| a.choice(i).map(|c| (s.id.to_string(), choice_json(Some(c)))))
            .collect::<Map<_, _>>(),
        "important": STATEMENTS.iter().enumerate()
            .filter(|(i, _)| a.is_important(*i)).map(|(_, s)| s.id).collect::<Vec<_>>(),
        "context": CONTEXT_QUESTIONS.iter().enumerate()
            .filter_map(|(i, q)| a.context(i).and_then(|o| q.options.get(usize::from(o)))
                .map(|o| (q.id.to_string(), json!(o.id))))
            .collect::<Map<_, _>>(),
    })
}

fn result_json(a: &Answers) -> Value {
    let o = score(a);
    let advice = select_advice(a, &o);
    json!({
        "fits": PathId::ALL.iter().map(|p| (p.key().to_string(), json!(f64::from(o.fit(*p).tenths) / 10.0))).collect::<Map<_, _>>(),
        "ranking": o.ranking.iter().map(|p| p.key()).collect::<Vec<_>>(),
        "verdict": o.verdict.key(),
        // The question asked first: the side (technical or management) and how clear its lead
        // is; then how clear the top path's lead over the other path of its side is.
        "side": o.side.key(),
        "side_verdict": o.side_verdict.key(),
        "side_lead": f64::from(o.side_lead_tenths) / 10.0,
        "path_verdict": o.path_verdict.key(),
        "path_lead": f64::from(o.path_lead_tenths) / 10.0,
        // Where the person stands (the `history` answer): it words the result, never scores it.
        "seat": seat_key(a.seat()),
        "lead": f64::from(o.lead_tenths) / 10.0,
        "coverage": {
            "answered_on_scale": o.opinions, "answered": o.answered, "total": o.total,
            "percent": o.coverage_percent(), "few_answers": o.few_answers,
        },
        "contributions": PathId::ALL.iter().map(|p| (p.key().to_string(), json!(o.contributions[p.index()].iter().map(|c| json!({
            "statement": STATEMENTS[c.statement].id, "points": c.points, "fit": f64::from(c.fit_tenths) / 10.0,
        })).collect::<Vec<_>>()))).collect::<Map<_, _>>(),
        "profile": ThemeId::ALL.iter().filter(|t| t.theme().scored).map(|t| (t.theme().key.to_string(), json!({
            "you": o.profile[t.index()].map(|v| f64::from(v) / 100.0),
            "typical": PathId::ALL.iter().map(|p| (p.key().to_string(), json!(f64::from(typical_position(*p, *t)) / 100.0))).collect::<Map<_, _>>(),
        }))).collect::<Map<_, _>>(),
        "flips": o.flips.iter().map(|f| json!({
            "statement": STATEMENTS[f.statement].id, "from": choice_json(f.from), "to": choice_json(Some(f.to)),
            "steps": f.steps, "new_top": f.new_top.key(), "margin": f64::from(f.margin_tenths) / 10.0,
        })).collect::<Vec<_>>(),
        "advice": advice.ids(),
        // "Talk it over": the questions to bring to a conversation, in the guide's order.
        "talk": select_questions(a, &o).iter().map(|q| q.id).collect::<Vec<_>>(),
        // What the receiver of this result's link is given to ask its sender, in order.
        "ask_them": select_for_receiver(a, &o, &ALL_OFFERED).iter().map(|q| q.id).collect::<Vec<_>>(),
        // The result's words: each path's name, and each advice item's title, in order.
        "names": PathId::ALL.iter().map(|p| (p.key().to_string(), json!(p.path().name.as_str()))).collect::<Map<_, _>>(),
        "advice_titles": advice.items.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
    })
}

fn decode(input: &str) -> Result<Value, String> {
    let d = link::decode(input).map_err(|e| e.message().as_str().to_string())?;
    Ok(json!({
        "format": d.format,
        "content_version": d.content_version,
        "older_content": d.older_content,
        "label": d.label,
        "input": answers_json(&d.answers),
        "result": result_json(&d.answers),
    }))
}
