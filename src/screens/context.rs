//! The context questions: the person's situation, which shapes advice but never the fit.
//! All of them can be skipped. Those an organisation answers for everyone (its
//! `crossroads.json`) are not asked; the screen says how they were answered.

use crossroads_core::content::CONTEXT_QUESTIONS;
use crossroads_core::Answers;
use yew::prelude::*;

use super::TITLE_ID;
use crate::journey::{Action, Given};

#[derive(Properties, PartialEq)]
pub struct ContextProps {
    pub answers: Answers,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn ContextScreen(props: &ContextProps) -> Html {
    let given = crate::org::given();
    let is_given = |qi: usize| given.iter().any(|&(g, _)| g == qi);
    let answered_here = given.iter().filter_map(|&(qi, oi)| {
        let q = CONTEXT_QUESTIONS.get(qi)?;
        let o = q.options.get(usize::from(oi))?;
        Some(html! { <li>{ q.wording(props.answers.seat()).as_str() }{ " " }<strong>{ o.label.as_str() }</strong></li> })
    });
    let answered_here = (!given.is_empty()).then(|| {
        let by = crate::org::organisation().map_or_else(
            || tr!("Answered for everyone here:").to_string(),
            |org| trf!("Answered for everyone at {}:", org),
        );
        html! {
            <div class="given-context hint">
                <p>{ by }</p>
                <ul>{ for answered_here }</ul>
            </div>
        }
    });
    let seat = props.answers.seat();
    let questions = CONTEXT_QUESTIONS
        .iter()
        .enumerate()
        .filter(|(qi, _)| !is_given(*qi))
        .map(|(qi, q)| {
            let help = q.help_for(seat);
            let help = (!help.is_empty()).then(|| html! { <p class="help">{ help.as_str() }</p> });
            html! {
                <fieldset class="context-question" data-question={q.id}>
                    <legend>{ q.wording(seat).as_str() }</legend>
                    { for help }
                    { options(qi, &props.answers, &props.dispatch) }
                </fieldset>
            }
        });
    let d = props.dispatch.clone();
    let back = Callback::from(move |_| d.emit(Action::Back));
    let d = props.dispatch.clone();
    let next = Callback::from(move |_| d.emit(Action::Next));
    let answered = Given::new(given).answered_by_person(&props.answers);
    html! {
        <main class="screen context" aria-labelledby={TITLE_ID}>
            <h1 id={TITLE_ID} tabindex="-1">{ tr!("Your situation") }</h1>
            <p class="lede">
                { tr!("A few questions about where you are rather than what you prefer. They shape the advice, not the fit. Skip any you like.") }
            </p>
            { for questions }
            { for answered_here }
            <nav class="step-nav" aria-label={tr!("Questionnaire")}>
                <button type="button" class="button" onclick={back}>{ tr!("Back") }</button>
                <button type="button" class="button primary" onclick={next}>
                    { if answered == 0 { tr!("Skip and see my result") } else { tr!("See my result") } }
                </button>
            </nav>
        </main>
    }
}

/// A context question's options as radios, each choice sent as it is made.
pub fn options(question: usize, answers: &Answers, dispatch: &Callback<Action>) -> Html {
    let Some(q) = CONTEXT_QUESTIONS.get(question) else {
        return html! {};
    };
    let options = q.options.iter().enumerate().map(|(oi, o)| {
        let d = dispatch.clone();
        let option = u8::try_from(oi).ok();
        let onchange = Callback::from(move |_: Event| d.emit(Action::Context { question, option }));
        let checked = answers.context(question) == option;
        html! {
            <label class={classes!("option", checked.then_some("checked"))}>
                <input type="radio" name={format!("c-{}", q.id)} value={o.id} {checked} {onchange} />
                <span>{ o.label.as_str() }</span>
            </label>
        }
    });
    html! { <div class="options">{ for options }</div> }
}
