//! Options for the widget inside a host page's frame, read from its query string
//! (`?embed=1&parent=…&id=…`, set by `embed/embed.js`), and validated here, on the host,
//! so that nothing a host page writes can inject markup, styles or a message target.
//! What the host page receives when the reader finishes is not among them: it comes from the
//! document itself (see [`ResultEvents`]).

use crate::page_words::{word, Word};
use crossroads_core::Outcome;

/// How the widget runs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedConfig {
    /// Inside a host page's frame (`embed=1`).
    pub embedded: bool,
    /// The only origin messages may go to; `None` sends none.
    pub parent_origin: Option<String>,
    /// The frame's id, echoed in every message so the loader can tell frames apart.
    pub id: String,
    /// A frame of fixed size (`frame=fixed`: the loader's popup and side panel), which
    /// scrolls inside instead of following its content's height.
    pub fixed: bool,
    /// Skip the intro and open on the first statement.
    pub start_questions: bool,
    /// Share links point back to this host page (`#crossroads=…`) instead of the widget.
    pub share_page: Option<String>,
    /// What `complete` tells the host page, as this document announces it.
    pub result_events: ResultEvents,
}

/// What a host page receives when the reader finishes, chosen with `data-result-events` on
/// the placeholder. By default nothing personal: `complete` carries no field at all.
///
/// The level is not an option in the query string, which a host page writes: the loader
/// frames a page built for it (`receives-summary.html`, `receives-link.html`, written by
/// `scripts/finish.mjs` beside `index.html`), whose `<html data-receives="…">` names it
/// and whose static intro already tells the reader. The widget reads it from there, so the
/// notice and the events come from one document and cannot disagree: whatever frames the
/// widget, a result is sent only by a page that says so before the reader starts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResultEvents {
    /// `complete` with no fields.
    #[default]
    Nothing,
    /// The top path, the side and the verdicts.
    Summary,
    /// The top path, the side, the verdicts and the result link, which holds every answer.
    Link,
}

impl ResultEvents {
    /// From `<html data-receives>`: `summary` or `link`; anything else sends nothing.
    pub fn from_attribute(value: Option<&str>) -> ResultEvents {
        match value {
            Some("summary") => ResultEvents::Summary,
            Some("link") => ResultEvents::Link,
            _ => ResultEvents::Nothing,
        }
    }

    /// What the reader is told, in the widget (a page word, `crate::page_words`); `None` when
    /// nothing personal is sent.
    pub fn notice(self) -> Option<&'static str> {
        match self {
            ResultEvents::Nothing => None,
            ResultEvents::Summary => Some(word(Word::NoticeSummary)),
            ResultEvents::Link => Some(word(Word::NoticeLink)),
        }
    }

    /// The fields of the `complete` message, exactly those the notice names: the top path
    /// and its verdict (over the second path), the side it is on and the side's verdict (the
    /// headline's answer to "stay technical or manage?"), and the link. The link is only made
    /// when it is sent.
    pub fn fields(self, o: &Outcome, link: impl FnOnce() -> String) -> Vec<(&'static str, String)> {
        if self == ResultEvents::Nothing {
            return Vec::new();
        }
        let mut fields = vec![
            ("path", o.top().key().to_string()),
            ("verdict", o.verdict.key().to_string()),
            ("side", o.side.key().to_string()),
            ("sideVerdict", o.side_verdict.key().to_string()),
        ];
        if self == ResultEvents::Link {
            fields.push(("link", link()));
        }
        fields
    }
}

/// The address a result link starts with: the page's own path, except that a page built to
/// announce result events (`…/receives-link.html`) sends readers to the plain widget
/// (`…/index.html`) beside it, which sends nothing.
pub fn link_page(pathname: &str, events: ResultEvents) -> String {
    match (events, pathname.rsplit_once('/')) {
        (ResultEvents::Nothing, _) | (_, None) => pathname.to_string(),
        (_, Some((dir, _))) => format!("{dir}/index.html"),
    }
}

/// An origin such as `https://blog.example` or `http://127.0.0.1:8091`: scheme, host,
/// optional port, nothing else.
pub fn valid_origin(s: &str) -> bool {
    let Some(rest) = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest.len() <= 253
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

/// A page address a share link may point to: http(s), no fragment, no spaces or quotes.
pub fn valid_page(s: &str) -> bool {
    (s.starts_with("https://") || s.starts_with("http://"))
        && s.len() <= 2000
        && !s.contains(['#', ' ', '"', '\'', '<', '>', '\\'])
        && valid_origin(s.split('/').take(3).collect::<Vec<_>>().join("/").as_str())
}

impl EmbedConfig {
    /// Reads the options from decoded query pairs; unknown keys and invalid values are
    /// ignored, never passed on.
    pub fn from_pairs<I: IntoIterator<Item = (String, String)>>(pairs: I) -> EmbedConfig {
        let mut c = EmbedConfig::default();
        let mut share_page = false;
        let mut page = None;
        for (k, v) in pairs {
            match k.as_str() {
                "embed" => c.embedded = v == "1",
                "parent" if valid_origin(&v) => c.parent_origin = Some(v),
                "id" if !v.is_empty()
                    && v.len() <= 16
                    && v.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-') =>
                {
                    c.id = v
                }
                "frame" => c.fixed = v == "fixed",
                "start" => c.start_questions = v == "questions",
                "share" => share_page = v == "page",
                "page" if valid_page(&v) => page = Some(v),
                _ => {}
            }
        }
        if share_page {
            c.share_page = page;
        }
        if !c.embedded {
            // Outside a frame nothing is posted anywhere (the look, which may be chosen there
            // too, is the start-up script's: `start/start.js`).
            c.parent_origin = None;
        }
        c
    }

    /// Whether the host's loader sizes the frame to its content, so that the frame never
    /// scrolls: a new screen then asks the host to bring the frame's top into view.
    pub fn self_sizing(&self) -> bool {
        self.parent_origin.is_some() && !self.fixed
    }

    /// Adds what the document announces. A page that sends results always opens on its
    /// intro, which says so: a host's `start=questions` cannot skip it.
    pub fn with_result_events(mut self, events: ResultEvents) -> EmbedConfig {
        self.result_events = events;
        if events != ResultEvents::Nothing {
            self.start_questions = false;
        }
        self
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn cfg(q: &[(&str, &str)]) -> EmbedConfig {
        EmbedConfig::from_pairs(q.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn reads_the_loaders_options() {
        let c = cfg(&[
            ("embed", "1"),
            ("parent", "http://127.0.0.1:8091"),
            ("id", "2"),
            ("theme", "dark"),
            ("accent", "0a7"),
            ("compact", "1"),
            ("start", "questions"),
            ("share", "page"),
            ("page", "https://blog.example/post/1?x=2"),
        ]);
        assert!(c.embedded && c.start_questions && c.self_sizing());
        assert_eq!(c.parent_origin.as_deref(), Some("http://127.0.0.1:8091"));
        assert_eq!(c.id, "2");
        assert_eq!(
            c.share_page.as_deref(),
            Some("https://blog.example/post/1?x=2")
        );
    }

    #[test]
    fn a_fixed_frame_or_one_with_no_parent_scrolls_itself() {
        let popup = cfg(&[
            ("embed", "1"),
            ("parent", "https://blog.example"),
            ("frame", "fixed"),
        ]);
        assert!(popup.fixed && !popup.self_sizing());
        assert!(
            !cfg(&[("embed", "1")]).self_sizing(),
            "an opaque host gets no messages"
        );
        let odd = cfg(&[
            ("embed", "1"),
            ("parent", "https://blog.example"),
            ("frame", "full"),
        ]);
        assert!(!odd.fixed && odd.self_sizing());
    }

    #[test]
    fn refuses_hostile_values() {
        let c = cfg(&[
            ("embed", "1"),
            ("parent", "javascript:alert(1)"),
            ("id", "<b>"),
            ("theme", "x;color:red"),
            ("accent", "red;background:url(x)"),
            ("share", "page"),
            ("page", "javascript:alert(1)"),
        ]);
        assert_eq!(c.parent_origin, None);
        assert_eq!(c.id, "");
        assert_eq!(c.share_page, None);
        for bad in ["*", "http://", "https://a.b/path", "http://a b", "null"] {
            assert!(!valid_origin(bad), "{bad}");
        }
        assert!(!valid_page("https://a.b/#x"));
        assert!(!valid_page("https://a.b/\"onload"));
    }

    #[test]
    fn no_messages_outside_a_frame() {
        let c = cfg(&[("parent", "https://a.example")]);
        assert!(!c.embedded);
        assert_eq!(c.parent_origin, None);
    }

    #[test]
    fn result_events_come_from_the_document_and_send_what_the_notice_names() {
        let made = std::cell::Cell::new(0);
        let link = || {
            made.set(made.get() + 1);
            "https://w.example/index.html#r=AQE".to_string()
        };
        // Staff+ clearly, over senior by a point.
        let mut o = crossroads_core::score(&crossroads_core::Answers::new());
        o.ranking[..2].swap(0, 1);
        o.lead_tenths = 10;
        o.verdict = crossroads_core::Verdict::TooClose;
        o.side_verdict = crossroads_core::Verdict::Clear;
        let names = |events: ResultEvents| {
            events
                .fields(&o, link)
                .into_iter()
                .map(|(k, _)| k)
                .collect::<Vec<_>>()
        };
        assert_eq!(ResultEvents::default(), ResultEvents::Nothing);
        assert_eq!(names(ResultEvents::Nothing), Vec::<&str>::new());
        assert_eq!(
            names(ResultEvents::Summary),
            ["path", "verdict", "side", "sideVerdict"]
        );
        assert_eq!(made.get(), 0, "no link is made unless it is sent");
        assert_eq!(
            ResultEvents::Link.fields(&o, link),
            [
                ("path", "staff".to_string()),
                ("verdict", "too-close".to_string()),
                ("side", "technical".to_string()),
                ("sideVerdict", "clear".to_string()),
                ("link", "https://w.example/index.html#r=AQE".to_string()),
            ]
        );
        for (value, events) in [
            (Some("summary"), ResultEvents::Summary),
            (Some("link"), ResultEvents::Link),
            (Some("LINK"), ResultEvents::Nothing),
            (Some("all"), ResultEvents::Nothing),
            (Some(""), ResultEvents::Nothing),
            (None, ResultEvents::Nothing),
        ] {
            assert_eq!(ResultEvents::from_attribute(value), events, "{value:?}");
        }
        // The notice names exactly the fields that are sent.
        assert_eq!(ResultEvents::Nothing.notice(), None);
        let summary = ResultEvents::Summary.notice().unwrap();
        assert!(summary.contains("top path and verdict") && !summary.contains("link"));
        let full = ResultEvents::Link.notice().unwrap();
        assert!(full.contains("top path and verdict and your result link"));
    }

    #[test]
    fn a_page_that_sends_results_cannot_skip_its_intro() {
        let asked = cfg(&[("embed", "1"), ("start", "questions")]);
        assert!(
            asked
                .clone()
                .with_result_events(ResultEvents::Nothing)
                .start_questions
        );
        for events in [ResultEvents::Summary, ResultEvents::Link] {
            let c = asked.clone().with_result_events(events);
            assert!(!c.start_questions);
            assert_eq!(c.result_events, events);
        }
    }

    #[test]
    fn result_links_from_an_announcing_page_lead_to_the_plain_widget() {
        assert_eq!(
            link_page("/tools/crossroads/receives-link.html", ResultEvents::Link),
            "/tools/crossroads/index.html"
        );
        assert_eq!(
            link_page("/receives-summary.html", ResultEvents::Summary),
            "/index.html"
        );
        assert_eq!(
            link_page("/tools/crossroads/", ResultEvents::Nothing),
            "/tools/crossroads/"
        );
        assert_eq!(
            link_page("/index.html", ResultEvents::Nothing),
            "/index.html"
        );
    }
}
