//! "Where are you now?", asked first: whether the person manages today words every
//! statement and the result for their seat. It is the `history` context question, so links
//! and saved runs hold it as before; the context screen shows it again to change.

use crossroads_core::content::{CONTEXT_QUESTIONS, SEAT_QUESTION};
use crossroads_core::Answers;
use yew::prelude::*;

use super::TITLE_ID;
use crate::journey::Action;

/// The screen. A plain function rather than a component (it keeps no state of its own): each
/// component costs the first part of the code its share of Yew's generic machinery.
pub fn view(answers: &Answers, dispatch: &Callback<Action>) -> Html {
    let question = SEAT_QUESTION;
    let Some(q) = CONTEXT_QUESTIONS.get(question) else {
        return html! {};
    };
    let seat = answers.seat();
    let d = dispatch.clone();
    let back = Callback::from(move |_| d.emit(Action::Back));
    let d = dispatch.clone();
    let next = Callback::from(move |_| d.emit(Action::Next));
    let answered = answers.context(question).is_some();
    html! {
        <main class="screen seat" aria-labelledby={TITLE_ID} data-question={q.id}>
            <h1 id={TITLE_ID} tabindex="-1">{ q.wording(seat).as_str() }</h1>
            <p class="lede">{ q.help_for(seat).as_str() }</p>
            <div class="context-question" role="radiogroup" aria-labelledby={TITLE_ID}>
                { super::context::options(question, answers, dispatch) }
            </div>
            <nav class="step-nav" aria-label={tr!("Questionnaire")}>
                <button type="button" class="button" onclick={back}>{ tr!("Back") }</button>
                <button type="button" class="button primary" onclick={next}>
                    { if answered { tr!("Next") } else { tr!("Skip") } }
                </button>
            </nav>
        </main>
    }
}
