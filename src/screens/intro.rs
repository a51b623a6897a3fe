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
use crate::page::{fill, word, Word};

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

/// The intro's privacy line for what the page sends.
pub fn privacy_line(events: ResultEvents) -> &'static str {
    word(match events {
        ResultEvents::Nothing => Word::Privacy,
        ResultEvents::Summary => Word::PrivacySummary,
        ResultEvents::Link => Word::PrivacyLink,
    })
}

/// How long it takes and what it asks: "up to" the context questions, as an organisation's
/// file may answer some of them for everyone (`crate::org`).
pub fn length_line() -> String {
    fill(
        word(Word::Length),
        &[STATEMENTS.len(), CONTEXT_QUESTIONS.len()],
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
                    { spinner }{ word(Word::Resume) }
                </button>
                <button type="button" class="button" aria-busy={aria_busy} onclick={start}>{ word(Word::StartAfresh) }</button>
                <p class="resume-note">
                    { fill(word(Word::Answered), &[props.answered, STATEMENTS.len()]) }
                </p>
            </>
        }
    } else {
        html! {
            <button type="button" class="button primary" id="start" aria-busy={aria_busy} onclick={start}>
                { spinner }{ word(Word::Start) }
            </button>
        }
    };
    let status = match props.wait {
        Wait::Waiting => word(Word::Waiting),
        Wait::Slow => word(Word::Slow),
        Wait::Idle | Wait::Failed => "",
    };
    // Always there, hidden until the wait is slow: a button that came and went would shift
    // which element the renderer matches with which, and the pressed Start (with the focus)
    // would turn into "Try again" while a new Start took its place.
    let retry = html! {
        <button type="button" class="button subtle" hidden={props.wait != Wait::Slow}
            onclick={props.retry.clone()}>{ word(Word::TryAgain) }</button>
    };
    let failed = (props.wait == Wait::Failed).then(|| {
        html! { <p class="no-wasm rest-failed" role="alert">{ word(Word::Failed) }</p> }
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
            <h1 id={TITLE_ID} tabindex="-1">{ word(Word::Title) }</h1>
            <p class="lede">{ word(Word::Purpose) }</p>
            <p class="meta">{ length_line() }</p>
            if props.result_events == ResultEvents::Nothing {
                <p class="privacy">{ word(Word::Privacy) }</p>
            } else {
                <p class="privacy receives">{ privacy_line(props.result_events) }</p>
            }
            { actions }
            { crate::page::language_menu() }
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
            word(Word::Purpose),
            word(Word::Privacy),
            &length_line(),
            word(Word::Title),
            word(Word::Start),
            word(Word::Stalled),
            word(Word::Noscript),
            word(Word::PageTitle),
            word(Word::PageDescription),
        ] {
            assert!(shell.contains(text), "index.html lacks: {text}");
        }
    }

    /// The pages that send results are index.html with another privacy line
    /// (scripts/receives.mjs writes them after the build): each says what its events carry,
    /// beginning with the notice the result repeats.
    #[test]
    fn the_announcing_pages_say_what_is_sent() {
        for events in [ResultEvents::Summary, ResultEvents::Link] {
            let line = privacy_line(events);
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
        assert_eq!(privacy_line(ResultEvents::Nothing), word(Word::Privacy));
    }
}
