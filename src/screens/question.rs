//! One statement at a time: the theme and progress, the statement, the scale, the
//! "matters a lot" mark, "why this matters", and back/next.

use crossroads_core::content::STATEMENTS;
use crossroads_core::Answers;
use yew::prelude::*;

use super::TITLE_ID;
use crate::components::{Progress, Scale};
use crate::journey::Action;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub index: usize,
    pub answers: Answers,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn QuestionScreen(props: &QuestionProps) -> Html {
    let Some(statement) = STATEMENTS.get(props.index) else {
        return html! {};
    };
    let index = props.index;
    let total = STATEMENTS.len();
    let value = props.answers.choice(index);
    let important = props.answers.is_important(index);
    let theme = statement.theme.theme();

    let d = props.dispatch.clone();
    let on_choose = Callback::from(move |(choice, advance)| {
        d.emit(Action::Answer {
            index,
            choice,
            advance,
        })
    });
    let d = props.dispatch.clone();
    let on_important = Callback::from(move |_: Event| d.emit(Action::ToggleImportant(index)));
    let d = props.dispatch.clone();
    let back = Callback::from(move |_| d.emit(Action::Back));
    let d = props.dispatch.clone();
    let next = Callback::from(move |_| d.emit(Action::Next));
    let next_label = match (value.is_some(), index + 1 == total) {
        // Where the organisation answers every context question, the result is next.
        (_, true) if crate::org::asked_context() == 0 => tr!("See my result"),
        (_, true) => tr!("Continue"),
        (true, false) => tr!("Next"),
        (false, false) => tr!("Skip"),
    };

    html! {
        <main class="screen question" aria-labelledby={TITLE_ID} data-statement={statement.id}>
            <Progress position={index + 1} {total} answered={props.answers.answered()}
                theme={theme.name.as_str()} />
            <h1 id={TITLE_ID} class="statement" tabindex="-1">{ statement.wording(props.answers.seat()).as_str() }</h1>
            // One group name for every statement: the same six radios serve each one (Yew
            // sets `checked` on every render), so moving on changes states, not elements.
            <Scale name="answer" labelled_by={TITLE_ID} {value} {on_choose} />
            <label class="important">
                <input type="checkbox" checked={important} onchange={on_important} />
                <span>{ tr!("This matters a lot to me") }</span>
            </label>
            <details class="why">
                <summary>{ tr!("Why this matters") }</summary>
                <p>{ statement.why.as_str() }</p>
            </details>
            <nav class="step-nav" aria-label={tr!("Questionnaire")}>
                <button type="button" class="button" onclick={back}>{ tr!("Back") }</button>
                <button type="button" class="button primary" onclick={next}>{ next_label }</button>
            </nav>
            <p class="hint">
                { tr!("Choosing an answer moves you on. Keys: 1 to 5 answer, 0 or N for not sure, Enter for next.") }
            </p>
        </main>
    }
}
