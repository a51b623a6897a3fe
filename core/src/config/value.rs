//! The organisation file as JSON values, read with serde_json: objects keep their members in
//! file order, repeats included, so that the reader of the file (`config`) can say which
//! field is repeated and let the first apply. Numbers, and what lists hold, are only checked:
//! the file has no field of either kind.

use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A JSON value, as much of it as the file's rules read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number,
    String(String),
    Array,
    Object(Vec<(String, Json)>),
}

impl Json {
    /// What kind of value this is, for a message: "a string", "an object"…
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number => "a number",
            Json::String(_) => "a string",
            Json::Array => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// Reads one JSON value, with nothing but whitespace around it.
pub(crate) fn parse(text: &str) -> Result<Json, serde_json::Error> {
    serde_json::from_str(text)
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Bool(v))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Json, E> {
        Ok(Json::Number)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Json, E> {
        Ok(Json::Number)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Json, E> {
        Ok(Json::Number)
    }

    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::String(v))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut items: A) -> Result<Json, A::Error> {
        while items.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Json::Array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut members: A) -> Result<Json, A::Error> {
        let mut all = Vec::new();
        while let Some(member) = members.next_entry::<String, Json>()? {
            all.push(member);
        }
        Ok(Json::Object(all))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Json {
        Json::String(v.to_string())
    }

    #[test]
    fn reads_every_kind_of_value() {
        assert_eq!(parse(" null ").unwrap(), Json::Null);
        assert_eq!(parse("true").unwrap(), Json::Bool(true));
        assert_eq!(parse("-0.5e3").unwrap(), Json::Number);
        assert_eq!(parse("[1, [2, {}]]").unwrap(), Json::Array);
        assert_eq!(parse(r#""a\u00e9\n\"""#).unwrap(), s("aé\n\""));
        assert_eq!(
            parse(r#"{"b": 1, "a": {"x": "y"}, "b": "again"}"#).unwrap(),
            Json::Object(vec![
                ("b".into(), Json::Number),
                ("a".into(), Json::Object(vec![("x".into(), s("y"))])),
                ("b".into(), s("again")),
            ])
        );
    }

    #[test]
    fn refuses_what_is_not_json() {
        for bad in [
            "",
            "{",
            "{\"a\" 1}",
            "[1,]",
            "{\"a\":1,}",
            "'a'",
            "01",
            "tru",
            "{} x",
            "\"\\x\"",
            "\u{feff}{}",
            "NaN",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
    }
}
