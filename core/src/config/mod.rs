//! An organisation's own words for the widget: `crossroads.json`, beside the built page,
//! renames paths, links to the organisation's ladders, says which paths it does not offer,
//! pre-answers context questions, and names a contact. Read here, in the core, so that the
//! widget and `explain config` (the admin's check) apply the same rules:
//!
//! - the file is at most [`MAX_FILE_BYTES`]; a larger one is not read;
//! - strings are text only: controls, bidi controls and invisible formatting are dropped,
//!   whitespace runs become one space, and each field has a length limit;
//! - links are `https:`, `http:`, `mailto:` or relative; any other scheme is refused;
//! - an unknown field, a wrong type or a bad value is left out with a [`Problem`] naming it,
//!   and the rest applies; a file that is not JSON gives the defaults and one problem.
//!
//! Reading never fails and never panics: the widget always gets a configuration.

mod value;

use crate::clean::{check_url, text_field, TextFieldError};
use crate::content::{PathId, CONTEXT_QUESTIONS, PATH_COUNT};
use crate::lang::Language;
use value::Json;

/// A larger file is refused unread.
pub const MAX_FILE_BYTES: usize = 16 * 1024;
/// Characters, after cleaning.
pub const MAX_ORGANISATION: usize = 60;
pub const MAX_INTRO: usize = 280;
pub const MAX_NAME: usize = 40;
pub const MAX_LABEL: usize = 80;
pub use crate::clean::MAX_URL;

/// A link the organisation gives: what it says and where it goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub url: String,
}

/// What the organisation says of one path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathConfig {
    /// Its name at the organisation ("Principal engineer").
    pub name: Option<String>,
    /// The organisation's own ladder for it.
    pub link: Option<Link>,
    /// False when the organisation has no such role; the path is still scored and shown.
    pub offered: bool,
}

impl Default for PathConfig {
    fn default() -> Self {
        PathConfig {
            name: None,
            link: None,
            offered: true,
        }
    }
}

/// An organisation's configuration; the default is the widget as it ships.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub organisation: Option<String>,
    /// A short note for the intro.
    pub intro: Option<String>,
    /// By `PathId::index`.
    pub paths: [PathConfig; PATH_COUNT],
    /// Context questions answered for everyone here: (question index, option index), in
    /// question order.
    pub context: Vec<(usize, u8)>,
    /// Where to go next.
    pub contact: Option<Link>,
    /// The language its readers get where none is asked for or chosen (the start-up script
    /// reads it from the file; docs/organisations.md).
    pub language: Option<Language>,
}

impl Config {
    pub fn path(&self, path: PathId) -> &PathConfig {
        &self.paths[path.index()]
    }
}

/// One thing in the file that was left out, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where: `paths.staff.link.url`, or `(file)` for the file as a whole.
    pub field: String,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.reason)
    }
}

/// The one problem of a file larger than [`MAX_FILE_BYTES`] (the widget refuses it before
/// reading it).
pub fn too_large() -> Problem {
    Problem {
        field: "(file)".into(),
        reason: why!(
            "larger than 16 KB: not read",
            "larger than {} KB: not read",
            MAX_FILE_BYTES / 1024
        ),
    }
}

/// Reads a configuration file: what applies, and every problem found on the way; words
/// given per language are read in English.
pub fn read(text: &str) -> (Config, Vec<Problem>) {
    read_in(text, Language::English)
}

/// [`read`], with words given per language read in `language` (the page's).
pub fn read_in(text: &str, language: Language) -> (Config, Vec<Problem>) {
    let mut r = Reading {
        language,
        ..Reading::default()
    };
    if text.len() > MAX_FILE_BYTES {
        return (r.config, vec![too_large()]);
    }
    match value::parse(text) {
        Err(e) => r.problem(
            "(file)",
            why!(
                "not JSON: nothing applies",
                "not JSON ({}): nothing applies",
                e
            ),
        ),
        Ok(Json::Object(members)) => r.top(&members),
        Ok(other) => r.problem(
            "(file)",
            why!(
                "not an object: nothing applies",
                "{} where an object should be: nothing applies",
                other.kind()
            ),
        ),
    }
    (r.config, r.problems)
}

#[derive(Default)]
struct Reading {
    config: Config,
    problems: Vec<Problem>,
    /// The language that words given per language are read in.
    language: Language,
}

/// The members of an object, each name once: a repeat is a problem and the first applies.
fn members<'a>(
    r: &mut Reading,
    at: &str,
    members: &'a [(String, Json)],
) -> Vec<(&'a str, &'a Json)> {
    let mut seen: Vec<(&str, &Json)> = Vec::new();
    for (name, value) in members {
        if seen.iter().any(|(n, _)| n == name) {
            r.problem(
                &join(at, name),
                why!("repeated", "repeated: the first one applies"),
            );
        } else {
            seen.push((name, value));
        }
    }
    seen
}

/// The context question of this id, by index.
pub fn context_question(id: &str) -> Option<usize> {
    CONTEXT_QUESTIONS.iter().position(|q| q.id == id)
}

/// The option of this id of a context question, by index.
pub fn context_option(question: usize, id: &str) -> Option<u8> {
    let options = CONTEXT_QUESTIONS.get(question)?.options;
    u8::try_from(options.iter().position(|o| o.id == id)?).ok()
}

fn join(at: &str, name: &str) -> String {
    let name: String = name.chars().filter(|c| !c.is_control()).take(40).collect();
    if at.is_empty() {
        name
    } else {
        format!("{at}.{name}")
    }
}

impl Reading {
    fn problem(&mut self, field: &str, reason: String) {
        self.problems.push(Problem {
            field: field.to_string(),
            reason,
        });
    }

    fn wrong(&mut self, field: &str, wanted: &str, got: &Json) {
        self.problem(
            field,
            why!("wrong type", "should be {wanted}, not {}", got.kind()),
        );
    }

    fn top(&mut self, all: &[(String, Json)]) {
        for (name, value) in members(self, "", all) {
            match name {
                "organisation" => {
                    self.config.organisation = self.text(name, value, MAX_ORGANISATION)
                }
                "intro" => self.config.intro = self.text(name, value, MAX_INTRO),
                "language" => self.config.language = self.language(value),
                "paths" => self.paths(value),
                "context" => self.context(value),
                "contact" => self.config.contact = self.link(name, value),
                _ => self.problem(
                    &join("", name),
                    why!("unknown field", "not a field Crossroads knows"),
                ),
            }
        }
    }

    /// A string field, cleaned; `None` (with a problem) when it is not a string, is empty
    /// once cleaned, or is longer than `max` characters. Words a reader sees may also be given
    /// per language (`{"en": "…", "de": "…"}`): see [`Reading::per_language`].
    fn text(&mut self, field: &str, value: &Json, max: usize) -> Option<String> {
        if let Json::Object(all) = value {
            return self.per_language(field, all, max);
        }
        let Json::String(raw) = value else {
            self.wrong(field, "a string", value);
            return None;
        };
        match text_field(raw, max) {
            Ok(clean) => Some(clean),
            Err(TextFieldError::Empty) => {
                self.problem(field, why!("empty", "empty"));
                None
            }
            Err(TextFieldError::TooLong) => {
                self.problem(field, why!("too long", "longer than {max} characters"));
                None
            }
        }
    }

    /// The organisation's language: a code the widget speaks.
    fn language(&mut self, value: &Json) -> Option<Language> {
        let Json::String(code) = value else {
            self.wrong("language", "a string", value);
            return None;
        };
        let language = Language::ALL.into_iter().find(|l| l.code() == code);
        if language.is_none() {
            self.problem(
                "language",
                why!(
                    "unknown language",
                    "not a language Crossroads speaks: en, de or es"
                ),
            );
        }
        language
    }

    /// Words given per language: the reader's language's, else the English, else the first
    /// given (an organisation that names a path in English only is read in English on every
    /// page). Each must be a language Crossroads speaks, and a string.
    fn per_language(&mut self, field: &str, all: &[(String, Json)], max: usize) -> Option<String> {
        let mut found: Vec<(Language, String)> = Vec::new();
        for (code, value) in members(self, field, all) {
            let at = join(field, code);
            let Some(language) = Language::ALL.into_iter().find(|l| l.code() == code) else {
                self.problem(
                    &at,
                    why!(
                        "unknown language",
                        "not a language Crossroads speaks: en, de or es"
                    ),
                );
                continue;
            };
            if let Json::Object(_) = value {
                self.wrong(&at, "a string", value);
            } else if let Some(text) = self.text(&at, value, max) {
                found.push((language, text));
            }
        }
        let at = [self.language, Language::English]
            .into_iter()
            .find_map(|l| found.iter().position(|(x, _)| *x == l))
            .unwrap_or(0);
        (!found.is_empty()).then(|| found.swap_remove(at).1)
    }

    fn link(&mut self, field: &str, value: &Json) -> Option<Link> {
        let Json::Object(all) = value else {
            self.wrong(field, "an object with a label and a url", value);
            return None;
        };
        let mut label = None;
        let mut url = None;
        let mut complete = true;
        for (name, value) in members(self, field, all) {
            let at = join(field, name);
            match name {
                "label" => label = self.text(&at, value, MAX_LABEL),
                "url" => {
                    url = match value {
                        Json::String(raw) => match check_url(raw) {
                            Ok(url) => Some(url),
                            Err(reason) => {
                                self.problem(&at, reason.to_string());
                                None
                            }
                        },
                        other => {
                            self.wrong(&at, "a string", other);
                            None
                        }
                    }
                }
                _ => self.problem(&at, why!("unknown field", "not a field Crossroads knows")),
            }
        }
        for (name, got) in [("label", label.is_some()), ("url", url.is_some())] {
            if !got {
                complete = false;
                if !all.iter().any(|(n, _)| n == name) {
                    self.problem(&join(field, name), why!("missing", "missing"));
                }
            }
        }
        if !complete {
            self.problem(
                field,
                why!("left out", "left out: a link needs a label and a url"),
            );
            return None;
        }
        Some(Link {
            label: label?,
            url: url?,
        })
    }

    fn paths(&mut self, value: &Json) {
        let Json::Object(all) = value else {
            return self.wrong("paths", "an object", value);
        };
        for (key, value) in members(self, "paths", all) {
            let at = join("paths", key);
            let Some(path) = PathId::from_key(key) else {
                self.problem(
                    &at,
                    why!("unknown path", "not a path: senior, staff, tlm or em"),
                );
                continue;
            };
            let Json::Object(fields) = value else {
                self.wrong(&at, "an object", value);
                continue;
            };
            let mut p = PathConfig::default();
            for (name, value) in members(self, &at, fields) {
                let field = join(&at, name);
                match name {
                    "name" => p.name = self.text(&field, value, MAX_NAME),
                    "link" => p.link = self.link(&field, value),
                    "offered" => match value {
                        Json::Bool(offered) => p.offered = *offered,
                        other => self.wrong(&field, "true or false", other),
                    },
                    _ => self.problem(
                        &field,
                        why!("unknown field", "not a field Crossroads knows"),
                    ),
                }
            }
            self.config.paths[path.index()] = p;
        }
    }

    fn context(&mut self, value: &Json) {
        let Json::Object(all) = value else {
            return self.wrong("context", "an object", value);
        };
        for (key, value) in members(self, "context", all) {
            let at = join("context", key);
            let Some(q) = context_question(key) else {
                let ids: Vec<&str> = CONTEXT_QUESTIONS.iter().map(|q| q.id).collect();
                self.problem(
                    &at,
                    why!(
                        "unknown question",
                        "not a context question: {}",
                        ids.join(", ")
                    ),
                );
                continue;
            };
            let Json::String(option) = value else {
                self.wrong(&at, "a string", value);
                continue;
            };
            match context_option(q, option) {
                Some(o) => self.config.context.push((q, o)),
                None => {
                    let ids: Vec<&str> =
                        CONTEXT_QUESTIONS[q].options.iter().map(|o| o.id).collect();
                    self.problem(
                        &at,
                        why!(
                            "unknown option",
                            "not one of its options: {}",
                            ids.join(", ")
                        ),
                    );
                }
            }
        }
        self.config.context.sort_unstable();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = r#"{
      "organisation": "Acme",
      "intro": "Questions about your path: #eng-careers on chat.",
      "paths": {
        "staff": { "name": "Principal engineer",
                   "link": { "label": "Acme's principal engineer ladder",
                             "url": "https://wiki.acme.example/ladders/principal" } },
        "tlm": { "offered": false }
      },
      "context": { "staff-track": "yes" },
      "contact": { "label": "Talk to your HR partner", "url": "mailto:careers@acme.example" }
    }"#;

    fn problems(text: &str) -> Vec<String> {
        read(text).1.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn the_issues_example_applies_whole() {
        let (c, problems) = read(EXAMPLE);
        assert_eq!(problems, vec![]);
        assert_eq!(c.organisation.as_deref(), Some("Acme"));
        assert_eq!(
            c.intro.as_deref(),
            Some("Questions about your path: #eng-careers on chat.")
        );
        let staff = c.path(PathId::Staff);
        assert_eq!(staff.name.as_deref(), Some("Principal engineer"));
        assert_eq!(
            staff.link,
            Some(Link {
                label: "Acme's principal engineer ladder".into(),
                url: "https://wiki.acme.example/ladders/principal".into()
            })
        );
        assert!(staff.offered);
        assert!(!c.path(PathId::TechLeadManager).offered);
        assert_eq!(c.path(PathId::Senior), &PathConfig::default());
        let q = CONTEXT_QUESTIONS
            .iter()
            .position(|q| q.id == "staff-track")
            .unwrap();
        let o = CONTEXT_QUESTIONS[q]
            .options
            .iter()
            .position(|o| o.id == "yes")
            .unwrap();
        assert_eq!(c.context, vec![(q, o as u8)]);
        assert_eq!(c.contact.unwrap().url, "mailto:careers@acme.example");
    }

    #[test]
    fn nothing_applies_from_a_file_that_is_not_a_configuration() {
        for text in [
            "",
            "{",
            "[1]",
            "\"Acme\"",
            "null",
            "{\"organisation\": \"Acme\",}",
        ] {
            let (c, p) = read(text);
            assert_eq!(c, Config::default(), "{text}");
            assert_eq!(p.len(), 1, "{text}: {p:?}");
            assert_eq!(p[0].field, "(file)");
        }
        assert_eq!(
            problems("[1]"),
            ["(file): a list where an object should be: nothing applies"]
        );
        let big = format!("{{\"intro\": \"{}\"}}", "a".repeat(MAX_FILE_BYTES));
        assert_eq!(problems(&big), ["(file): larger than 16 KB: not read"]);
    }

    /// Words a reader sees may be given per language: read in the page's language, else in
    /// English, else the first given; an unknown language or a nested object is a problem.
    #[test]
    fn words_may_be_given_per_language() {
        let file = r#"{ "organisation": {"en": "Acme", "de": "Acme GmbH"},
                        "intro": {"es": "Hola", "de": "Hallo"},
                        "paths": { "staff": { "name": {"en": "Principal engineer", "de": "Principal Engineer", "fr": "x"} },
                                   "em": { "name": {"de": {"x": "y"}, "es": "Gerente"},
                                           "link": { "label": {"en": "Ladder", "de": "Leiter"}, "url": "https://acme.example/em" } } } }"#;
        let (de, problems) = read_in(file, Language::German);
        assert_eq!(de.language, None);
        let (c, p) = read(r#"{"language": "es"}"#);
        assert_eq!((c.language, p), (Some(Language::Spanish), vec![]));
        let (c, p) = read(r#"{"language": "fr"}"#);
        assert_eq!(c.language, None);
        assert_eq!(
            p[0].to_string(),
            "language: not a language Crossroads speaks: en, de or es"
        );
        assert_eq!(de.organisation.as_deref(), Some("Acme GmbH"));
        assert_eq!(de.intro.as_deref(), Some("Hallo"));
        assert_eq!(
            de.path(PathId::Staff).name.as_deref(),
            Some("Principal Engineer")
        );
        assert_eq!(
            de.path(PathId::EngineeringManager).name.as_deref(),
            Some("Gerente")
        );
        let label = de
            .path(PathId::EngineeringManager)
            .link
            .as_ref()
            .map(|l| l.label.as_str());
        assert_eq!(label, Some("Leiter"));
        let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(
            said,
            [
                "paths.staff.name.fr: not a language Crossroads speaks: en, de or es",
                "paths.em.name.de: should be a string, not an object",
            ]
        );
        // Spanish: its own where given, else the English, else the first.
        let (es, _) = read_in(file, Language::Spanish);
        assert_eq!(es.organisation.as_deref(), Some("Acme"));
        assert_eq!(es.intro.as_deref(), Some("Hola"));
        assert_eq!(
            es.path(PathId::Staff).name.as_deref(),
            Some("Principal engineer")
        );
        // English, as `read` reads: the English, else the first given.
        let (en, _) = read(file);
        assert_eq!(en.intro.as_deref(), Some("Hola"));
        assert_eq!(
            en.path(PathId::Staff).name.as_deref(),
            Some("Principal engineer")
        );
    }

    #[test]
    fn a_bad_field_is_left_out_and_the_rest_applies() {
        let (c, p) = read(
            r#"{ "organisation": 7, "intro": "Hello", "colour": "red",
                 "paths": { "staff": { "name": ["x"], "offered": "no", "link": { "label": "L" } },
                            "cto": {}, "em": { "name": "People manager" } },
                 "context": { "staff-track": "maybe", "nope": "yes", "history": 1 },
                 "contact": "mailto:x@y.example" }"#,
        );
        assert_eq!(c.intro.as_deref(), Some("Hello"));
        assert_eq!(
            c.path(PathId::EngineeringManager).name.as_deref(),
            Some("People manager")
        );
        assert_eq!(c.path(PathId::Staff), &PathConfig::default());
        assert_eq!(c.organisation, None);
        assert!(c.context.is_empty());
        assert_eq!(c.contact, None);
        let said: Vec<String> = p.iter().map(|p| p.to_string()).collect();
        for expected in [
            "organisation: should be a string, not a number",
            "colour: not a field Crossroads knows",
            "paths.staff.name: should be a string, not a list",
            "paths.staff.offered: should be true or false, not a string",
            "paths.staff.link.url: missing",
            "paths.staff.link: left out: a link needs a label and a url",
            "paths.cto: not a path: senior, staff, tlm or em",
            "context.nope: not a context question: staff-track, opening, encouraged, history",
            "context.history: should be a string, not a number",
            "contact: should be an object with a label and a url, not a string",
        ] {
            assert!(
                said.iter().any(|s| s == expected),
                "missing {expected:?} in {said:#?}"
            );
        }
        assert!(said
            .iter()
            .any(|s| s.starts_with("context.staff-track: not one of its options")));
    }

    #[test]
    fn strings_are_text_and_have_limits() {
        let (c, p) = read(
            "{\"organisation\": \"  Ac\\u202eme\\u0000 \\n Corp \", \"intro\": \"<b>hi</b>\"}",
        );
        assert_eq!(p, vec![]);
        assert_eq!(c.organisation.as_deref(), Some("Acme Corp"));
        // Markup is kept as the characters it is: the widget shows it as text.
        assert_eq!(c.intro.as_deref(), Some("<b>hi</b>"));
        let long = format!(
            "{{\"paths\": {{\"staff\": {{\"name\": \"{}\"}}}}}}",
            "x".repeat(41)
        );
        assert_eq!(
            problems(&long),
            ["paths.staff.name: longer than 40 characters"]
        );
        let fits = format!(
            "{{\"paths\": {{\"staff\": {{\"name\": \"{}\"}}}}}}",
            "x".repeat(40)
        );
        assert_eq!(problems(&fits), Vec::<String>::new());
        assert_eq!(problems("{\"intro\": \" \\u200b \"}"), ["intro: empty"]);
        let intro = format!("{{\"intro\": \"{}\"}}", "y".repeat(281));
        assert_eq!(problems(&intro), ["intro: longer than 280 characters"]);
    }

    #[test]
    fn a_refused_link_is_left_out() {
        assert_eq!(
            problems(r#"{"contact": {"label": "Me", "url": "javascript:alert(1)"}}"#),
            [
                "contact.url: only https:, http:, mailto: or relative links are allowed",
                "contact: left out: a link needs a label and a url"
            ]
        );
    }

    #[test]
    fn a_repeated_field_counts_once() {
        let (c, p) = read(r#"{"organisation": "First", "organisation": "Second"}"#);
        assert_eq!(c.organisation.as_deref(), Some("First"));
        assert_eq!(
            p[0].to_string(),
            "organisation: repeated: the first one applies"
        );
    }
}
