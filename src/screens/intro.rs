//! The intro: what Crossroads is, how long it takes, what leaves the browser (nothing, or
//! what a host page receives with result events on), and Start (or Resume, when a saved run
//! exists). Its markup mirrors the static shell in `index.html` and the pages built from it
//! (`scripts/receives.mjs`), so the page paints before the wasm arrives and nothing moves
//! when the app takes over.

use crossroads_core::content::{CONTEXT_QUESTIONS, STATEMENTS};
use yew::prelude::*;

use super::TITLE_ID;
use crate::embed::ResultEvents;
use crate::journey::{Action, Screen};

/// A wait for the rest of the code (`web::rest`) after a press that leaves the intro.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Wait {
    #[default]
    Idle,
    /// The press was taken; the rest is on its way.
    Waiting,
    /// Still waiting after a long while: say so, and offer to try again.
    Slow,
    /// The rest could not be loaded; the next press tries again.
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    /// Where a saved run left off, if there is one to resume.
    pub resume: Option<Screen>,
    /// Statements answered in the saved run.
    pub answered: usize,
    #[prop_or_default]
    pub wait: Wait,
    /// "Try again" on a slow wait.
    #[prop_or_default]
    pub retry: Callback<MouseEvent>,
    pub dispatch: Callback<Action>,
    /// What a host page receives when the reader finishes; the privacy line says it.
    #[prop_or_default]
    pub result_events: ResultEvents,
    /// How many earlier results this browser keeps (listed on a screen of their own); more
    /// than none only once the rest of the code is there, which draws their way in.
    #[prop_or_default]
    pub earlier: usize,
    /// The organisation's note (`crossroads.json`), shown below everything the static shell
    /// paints, so that its arrival moves nothing.
    #[prop_or_default]
    pub note: Option<AttrValue>,
}

/// What the reader is told while a press waits for the rest of the code.
pub const WAITING: &str = "Loading the questions…";
pub const SLOW: &str = "This is taking longer than usual. Check the connection, or try again.";
pub const FAILED: &str = "Crossroads could not load the rest of its files. Check the connection and try again; your saved answers are kept.";
/// The same, when the page opened past the intro and so cannot show it first.
pub const FAILED_AT_START: &str = "Crossroads could not load the rest of its files. Check the connection and reload the page; your saved answers are kept.";

/// The one-paragraph purpose, shared with the static shell (a test keeps them equal).
pub const PURPOSE: &str = "Crossroads walks you through the tradeoffs between staying on the technical track, as a senior or staff+ engineer, and moving into management, as an engineering manager or tech lead manager. It ends with an honest result: which path fits you, how clearly, why, and small experiments to try before you commit.";

/// The privacy line, shared with the static shell.
pub const PRIVACY: &str = "Private by design: your answers stay in this browser. Nothing is sent anywhere and no cookies are set.";

/// The privacy line of a page that sends its host the top path and verdict: the notice
/// first, then what stays. Shared with `receives-summary.html` (`scripts/receives.mjs`).
pub const PRIVACY_SUMMARY: &str = "This page receives your top path and verdict when you finish. Your answers themselves stay in this browser, and no cookies are set.";

/// The privacy line of a page that also sends the result link, which holds every answer.
/// Shared with `receives-link.html` (`scripts/receives.mjs`).
pub const PRIVACY_LINK: &str = "This page receives your top path and verdict and your result link when you finish. The link holds all your answers. No cookies are set.";

/// The intro's privacy line for what the page sends.
pub fn privacy_line(events: ResultEvents) -> &'static str {
    match events {
        ResultEvents::Nothing => PRIVACY,
        ResultEvents::Summary => PRIVACY_SUMMARY,
        ResultEvents::Link => PRIVACY_LINK,
    }
}

/// How long it takes and what it asks: "up to" the context questions, as an organisation's
/// file may answer some of them for everyone (`crate::org`).
pub fn length_line() -> String {
    format!(
        "About 5 minutes: {} statements and up to {} questions about your situation.",
        STATEMENTS.len(),
        CONTEXT_QUESTIONS.len()
    )
}

#[component]
pub fn IntroScreen(props: &IntroProps) -> Html {
    let d = props.dispatch.clone();
    let start = Callback::from(move |_| d.emit(Action::Start));
    // While a press waits for the code, its buttons say they are busy, and a polite status
    // (present from the start, so that screen readers hear it change) says what happens.
    let busy = matches!(props.wait, Wait::Waiting | Wait::Slow);
    let aria_busy = busy.then_some("true");
    let spinner = busy.then(|| html! { <span class="spinner" aria-hidden="true"></span> });
    let buttons = if props.resume.is_some() {
        let d = props.dispatch.clone();
        let resume = Callback::from(move |_| d.emit(Action::Resume));
        html! {
            <>
                <button type="button" class="button primary" aria-busy={aria_busy} onclick={resume}>
                    { spinner }{ "Resume where you left off" }
                </button>
                <button type="button" class="button" aria-busy={aria_busy} onclick={start}>{ "Start afresh" }</button>
                <p class="resume-note">
                    { format!("You answered {} of {} statements last time.", props.answered, STATEMENTS.len()) }
                </p>
            </>
        }
    } else {
        html! {
            <button type="button" class="button primary" id="start" aria-busy={aria_busy} onclick={start}>
                { spinner }{ "Start" }
            </button>
        }
    };
    let status = match props.wait {
        Wait::Waiting => WAITING,
        Wait::Slow => SLOW,
        Wait::Idle | Wait::Failed => "",
    };
    // Always there, hidden until the wait is slow: a button that came and went would shift
    // which element the renderer matches with which, and the pressed Start (with the focus)
    // would turn into "Try again" while a new Start took its place.
    let retry = html! {
        <button type="button" class="button subtle" hidden={props.wait != Wait::Slow}
            onclick={props.retry.clone()}>{ "Try again" }</button>
    };
    let failed = (props.wait == Wait::Failed).then(|| {
        html! { <p class="no-wasm rest-failed" role="alert">{ FAILED }</p> }
    });
    let actions = html! {
        <>
            <div class="actions">
                { buttons }
                { retry }
            </div>
            <p class="wait-status" role="status">{ status }</p>
            { failed }
        </>
    };
    html! {
        <main class="screen intro" aria-labelledby={TITLE_ID}>
            <p class="brand">{ "Crossroads" }</p>
            <h1 id={TITLE_ID} tabindex="-1">{ "Stay technical or manage?" }</h1>
            <p class="lede">{ PURPOSE }</p>
            <p class="meta">{ length_line() }</p>
            if props.result_events == ResultEvents::Nothing {
                <p class="privacy">{ PRIVACY }</p>
            } else {
                <p class="privacy receives">{ privacy_line(props.result_events) }</p>
            }
            { actions }
            if props.earlier > 0 {
                { super::earlier::entry(props.earlier, &props.dispatch) }
            }
            if let Some(note) = &props.note {
                <p class="org-note hint">{ note.clone() }</p>
            }
        </main>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The static shell in index.html paints the intro before the wasm arrives; it must say
    /// exactly what the app's intro says, or the page would change under the reader.
    #[test]
    fn the_static_shell_matches_the_intro() {
        let shell = include_str!("../../index.html");
        for text in [
            PURPOSE,
            PRIVACY,
            &length_line(),
            "Stay technical or manage?",
        ] {
            assert!(shell.contains(text), "index.html lacks: {text}");
        }
    }

    /// The pages that send results are index.html with another privacy line
    /// (scripts/receives.mjs writes them after the build): each says what its events carry,
    /// beginning with the notice the result repeats.
    #[test]
    fn the_announcing_pages_say_what_is_sent() {
        let pages = include_str!("../../scripts/receives.mjs");
        for events in [ResultEvents::Summary, ResultEvents::Link] {
            let line = privacy_line(events);
            assert!(pages.contains(line), "scripts/receives.mjs lacks: {line}");
            let notice = events.notice().unwrap();
            let first = notice.split(". ").next().unwrap();
            assert!(
                line.starts_with(first),
                "{line} does not start with {first}"
            );
            for rest in notice.split(". ").skip(1) {
                assert!(line.contains(rest), "{line} lacks {rest}");
            }
            assert!(!line.contains("Nothing is sent"));
        }
        assert_eq!(privacy_line(ResultEvents::Nothing), PRIVACY);
    }
}
