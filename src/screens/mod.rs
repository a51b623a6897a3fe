//! One file per screen. Screens receive what they show as props and report what the person
//! does through one `Callback<Action>`; they never call the browser. The intro is the page's
//! own (`index.html`, `web::intro`), not a screen of the app.

pub mod compare;
pub mod context;
pub mod earlier;
pub mod question;
pub mod result;
pub mod seat;
pub mod shared;

use std::rc::Rc;

use crossroads_core::scoring::Outcome;
use yew::prelude::*;

pub use context::ContextScreen;
pub use earlier::EarlierScreen;
pub use question::QuestionScreen;
pub use result::ResultScreen;
pub use shared::SharedScreen;

use crate::embed::ResultEvents;
use crate::journey::{Action, Journey, Screen};

/// Id of every screen's heading: focus moves there when the screen changes.
pub const TITLE_ID: &str = "screen-title";

/// The screen for a journey (nothing for the intro, which the page shows). The app provides
/// the platform (`crate::platform`) around any but the intro.
pub fn view(
    journey: &Journey,
    outcome: &Rc<Option<Outcome>>,
    dispatch: &Callback<Action>,
    result_events: ResultEvents,
) -> Html {
    match journey.screen {
        Screen::Intro => html! {},
        Screen::Seat => seat::view(&journey.answers, dispatch),
        Screen::Question(index) => html! {
            <QuestionScreen {index} answers={journey.answers.clone()} dispatch={dispatch.clone()} />
        },
        Screen::Context => html! {
            <ContextScreen answers={journey.answers.clone()} dispatch={dispatch.clone()} />
        },
        Screen::Result => match outcome.as_ref() {
            Some(outcome) => html! {
                <ResultScreen answers={journey.answers.clone()} outcome={outcome.clone()}
                    dispatch={dispatch.clone()} {result_events} />
            },
            None => html! {},
        },
        Screen::Earlier => html! { <EarlierScreen dispatch={dispatch.clone()} /> },
        Screen::Shared => match &journey.shared {
            Some(shared) => html! {
                <SharedScreen shared={shared.clone()} has_own={journey.has_own_answers()}
                    own={journey.answers.clone()}
                    dispatch={dispatch.clone()} />
            },
            None => html! {},
        },
    }
}
