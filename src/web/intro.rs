//! The static intro, the page's own (`index.html`, made to work by `start/start.js` with no
//! wasm at all): the app shows it, hides it, and tells it what it needs to know from the
//! app's saved state, as a small versioned summary in storage (`crossroads:intro`). The
//! start-up script hands the reader's presses on the intro to the app as intents (`go`),
//! queued here until the app is listening. `tests/fixtures/start-contract.json` pins the
//! summary's key and shape for both sides.

use std::cell::RefCell;

use web_sys::CustomEvent;

use super::{document, mount_point, storage};

/// Id of the static intro's heading, where focus goes when the intro shows again.
pub const TITLE_ID: &str = "intro-title";

/// The storage key of the summary the intro reads.
pub const SUMMARY_KEY: &str = "crossroads:intro";
/// The summary's version: the intro ignores any other.
pub const SUMMARY_VERSION: u32 = 1;

/// What the intro shows of the app's saved state.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Statements answered in the saved run.
    pub answered: usize,
    pub total: usize,
    /// A saved run to resume.
    pub resume: bool,
    /// Earlier results kept in this browser.
    pub earlier: usize,
}

impl Summary {
    /// The stored form: a JSON object the start-up script parses.
    pub fn to_json(self) -> String {
        format!(
            r#"{{"v":{SUMMARY_VERSION},"answered":{},"total":{},"resume":{},"earlier":{}}}"#,
            self.answered, self.total, self.resume, self.earlier
        )
    }
}

/// A press on the intro that leaves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Intent {
    Start,
    Resume,
    StartAfresh,
    Earlier,
}

impl Intent {
    pub fn from_name(name: &str) -> Option<Intent> {
        match name {
            "start" => Some(Intent::Start),
            "resume" => Some(Intent::Resume),
            "afresh" => Some(Intent::StartAfresh),
            "earlier" => Some(Intent::Earlier),
            _ => None,
        }
    }
}

type Listener = Box<dyn Fn(Intent)>;

thread_local! {
    /// The summary last stored, which a change to the earlier results updates.
    static STORED: std::cell::Cell<Option<Summary>> = const { std::cell::Cell::new(None) };
    static LISTENER: RefCell<Option<Listener>> = const { RefCell::new(None) };
    static PENDING: RefCell<Option<Intent>> = const { RefCell::new(None) };
}

/// Takes an intent from the start-up script: to the app if it listens, else kept (the latest
/// wins) until it does.
pub fn deliver(intent: Intent) {
    let taken = LISTENER.with(|l| match &*l.borrow() {
        Some(listen) => {
            listen(intent);
            true
        }
        None => false,
    });
    if !taken {
        PENDING.with(|p| *p.borrow_mut() = Some(intent));
    }
}

/// The app listens from now on; an intent that came first is handed over at once.
pub fn listen(f: impl Fn(Intent) + 'static) {
    let pending = PENDING.with(|p| p.borrow_mut().take());
    if let Some(intent) = pending {
        f(intent);
    }
    LISTENER.with(|l| *l.borrow_mut() = Some(Box::new(f)));
}

/// Shows the static intro (with `summary` stored first, which the start-up script then
/// reads again), or hides it while a screen of the app shows.
pub fn show(summary: Option<Summary>) {
    let Some(intro) = document().and_then(|d| d.get_element_by_id("intro")) else {
        return;
    };
    if let Some(summary) = summary {
        write(summary);
        let _ = intro.remove_attribute("hidden");
        if let (Some(root), Ok(event)) = (mount_point(), CustomEvent::new("crossroads:intro")) {
            let _ = root.dispatch_event(&event);
        }
    } else if !intro.has_attribute("hidden") {
        // Set once: setting it again on every answer would restyle the intro each time.
        let _ = intro.set_attribute("hidden", "");
    }
}

/// The earlier results kept here changed (one kept, one or all deleted): the summary says so,
/// with the rest as last stored (the app stores one as it starts).
pub fn earlier_changed(earlier: usize) {
    if let Some(summary) = STORED.with(std::cell::Cell::get) {
        write(Summary { earlier, ..summary });
    }
}

/// Stores the summary; quietly, as saving progress already says when storage fails. One
/// with nothing to offer is not kept: a reader who only opened a link keeps no trace.
pub fn write(summary: Summary) {
    STORED.with(|s| s.set(Some(summary)));
    if summary.resume || summary.earlier > 0 {
        storage::write(SUMMARY_KEY, &summary.to_json());
    } else {
        storage::remove(SUMMARY_KEY);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::embed::EmbedConfig;

    /// The contract the start-up script's tests read too (tests/start.test.mjs).
    fn contract() -> serde_json::Value {
        serde_json::from_str(include_str!("../../tests/fixtures/start-contract.json"))
            .expect("the contract is JSON")
    }

    #[test]
    fn the_summary_is_written_as_the_intro_reads_it() {
        let c = contract();
        assert_eq!(c["summaryKey"], SUMMARY_KEY);
        assert_eq!(c["summaryVersion"], SUMMARY_VERSION);
        let mut checked = 0;
        for case in c["summaries"].as_array().unwrap() {
            let reads = &case["reads"];
            if reads.is_null() {
                continue;
            }
            let n = |k: &str| reads[k].as_u64().unwrap() as usize;
            let summary = Summary {
                answered: n("answered"),
                total: n("total"),
                resume: reads["resume"].as_bool().unwrap(),
                earlier: n("earlier"),
            };
            assert_eq!(summary.to_json(), case["stored"].as_str().unwrap());
            checked += 1;
        }
        assert!(checked >= 3, "only {checked} summaries checked");
    }

    /// `application/x-www-form-urlencoded`, as the browser's `URLSearchParams` reads it.
    fn decode(part: &str) -> String {
        let bytes = part.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => match u8::from_str_radix(&part[i + 1..i + 3], 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                },
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// What the app reads of the loader's options (whether it is in a frame, where to post,
    /// the frame's id, whether to open on the questions) as the start-up script reads them;
    /// the look (theme, accent, compact, background) is the start-up script's alone.
    #[test]
    fn the_loaders_options_read_alike_on_both_sides() {
        for case in contract()["embed"].as_array().unwrap() {
            let query = case["query"].as_str().unwrap();
            let pairs = query
                .trim_start_matches('?')
                .split('&')
                .filter(|p| !p.is_empty())
                .map(|p| {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    (decode(k), decode(v))
                });
            let c = EmbedConfig::from_pairs(pairs);
            let o = &case["options"];
            assert_eq!(c.embedded, o["embedded"], "{query}");
            assert_eq!(c.parent_origin.as_deref(), o["parent"].as_str(), "{query}");
            assert_eq!(c.id, o["id"], "{query}");
            assert_eq!(c.fixed, o["fixed"], "{query}");
            assert_eq!(c.start_questions, o["startQuestions"], "{query}");
        }
    }
}
