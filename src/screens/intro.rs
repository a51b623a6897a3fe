//! The intro: what Crossroads is, how long it takes, that nothing leaves the browser, and
//! Start (or Resume, when a saved run exists). Its markup mirrors the static shell in
//! `index.html`, so the page paints before the wasm arrives and nothing moves when the app
//! takes over.

use crossroads_core::content::{CONTEXT_QUESTIONS, STATEMENTS};
use yew::prelude::*;

use super::TITLE_ID;
use crate::journey::{Action, Screen};

#[derive(Properties, PartialEq)]
pub struct IntroProps {
    /// Where a saved run left off, if there is one to resume.
    pub resume: Option<Screen>,
    /// Statements answered in the saved run.
    pub answered: usize,
    pub dispatch: Callback<Action>,
}

/// The one-paragraph purpose, shared with the static shell (a test keeps them equal).
pub const PURPOSE: &str = "Crossroads walks you through the tradeoffs between staying on the technical track, as a senior or staff+ engineer, and moving into management, as an engineering manager or tech lead manager. It ends with an honest result: which path fits you, how clearly, why, and small experiments to try before you commit.";

/// The privacy line, shared with the static shell.
pub const PRIVACY: &str = "Private by design: your answers stay in this browser. Nothing is sent anywhere and no cookies are set.";

/// How long it takes and what it asks.
pub fn length_line() -> String {
    format!(
        "About 5 minutes: {} statements and {} questions about your situation.",
        STATEMENTS.len(),
        CONTEXT_QUESTIONS.len()
    )
}

#[component]
pub fn IntroScreen(props: &IntroProps) -> Html {
    let d = props.dispatch.clone();
    let start = Callback::from(move |_| d.emit(Action::Start));
    let actions = if props.resume.is_some() {
        let d = props.dispatch.clone();
        let resume = Callback::from(move |_| d.emit(Action::Resume));
        html! {
            <div class="actions">
                <button type="button" class="button primary" onclick={resume}>
                    { "Resume where you left off" }
                </button>
                <button type="button" class="button" onclick={start}>{ "Start afresh" }</button>
                <p class="resume-note">
                    { format!("You answered {} of {} statements last time.", props.answered, STATEMENTS.len()) }
                </p>
            </div>
        }
    } else {
        html! {
            <div class="actions">
                <button type="button" class="button primary" id="start" onclick={start}>{ "Start" }</button>
            </div>
        }
    };
    html! {
        <main class="screen intro" aria-labelledby={TITLE_ID}>
            <p class="brand">{ "Crossroads" }</p>
            <h1 id={TITLE_ID} tabindex="-1">{ "Stay technical or manage?" }</h1>
            <p class="lede">{ PURPOSE }</p>
            <p class="meta">{ length_line() }</p>
            <p class="privacy">{ PRIVACY }</p>
            { actions }
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
}
