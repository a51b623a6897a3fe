//! The screens past the intro, chosen from the journey: the code the app runs only once the
//! rest of the release's code is linked (scripts/split-wasm.mjs puts this module there).

use std::rc::Rc;

use crossroads_core::scoring::Outcome;
use yew::prelude::*;

use super::{ContextScreen, EarlierScreen, QuestionScreen, ResultScreen, SharedScreen};
use crate::embed::ResultEvents;
use crate::journey::{Action, Journey, Screen};
use crate::platform::PlatformProvider;

/// The screen for a journey past the intro (nothing for the intro itself). Never inlined
/// into the app's view, so that it stays in the rest of the code with the screens it makes.
#[inline(never)]
pub fn view(
    journey: &Journey,
    outcome: &Rc<Option<Outcome>>,
    dispatch: &Callback<Action>,
    result_events: ResultEvents,
) -> Html {
    let screen = match journey.screen {
        Screen::Intro => html! {},
        Screen::Seat => super::seat::view(&journey.answers, dispatch),
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
                    dispatch={dispatch.clone()} />
            },
            None => html! {},
        },
    };
    html! { <PlatformProvider>{ screen }</PlatformProvider> }
}
