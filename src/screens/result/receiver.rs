//! "How to help them decide": for the receiver of a shared link (someone else's result, in
//! no saved progress or kept result of this browser), what the sender's answers weigh most,
//! what is still open for them, three questions worth asking them (chosen by the core,
//! `crossroads_core::talk::select_for_receiver`), what not to do, and a print of it alone.
//! It shows nothing the link does not hold: the answers, and what the result makes of them.

use crossroads_core::content::STATEMENTS;
use crossroads_core::talk::select_for_receiver;
use crossroads_core::{link, Answers, Choice, Contribution, Outcome, Verdict};
use yew::prelude::*;

use crate::platform::use_platform;
use crate::sentences;

/// How many of the sender's answers "what their answers weigh most" names.
const WEIGHS_MOST: usize = 3;
/// How many single-answer changes "what is still open" names.
const OPEN_FLIPS: usize = 2;

#[derive(Properties, PartialEq)]
pub struct ReceiverProps {
    pub answers: Answers,
    pub outcome: Outcome,
    /// The link's label, kept in the link the print carries.
    pub label: Option<String>,
}

/// The answers that moved the top path's fit up the most: what the result rests on.
pub fn weighs_most(outcome: &Outcome) -> impl Iterator<Item = &Contribution> {
    outcome.contributions[outcome.top().index()]
        .iter()
        .filter(|c| c.points > 0)
        .take(WEIGHS_MOST)
}

/// What is still open, as the result sees it: the contenders too close to call, the smallest
/// changes that would put another path first, and the statements left without an opinion.
fn still_open(answers: &Answers, o: &Outcome) -> Vec<Html> {
    let mut open = Vec::new();
    if o.side_verdict == Verdict::TooClose {
        open.push(html! { <li>{ tr!("Their answers are split between staying technical and managing: neither side leads clearly.") }</li> });
    }
    if let Some(second) = o.close_second() {
        open.push(html! {
            <li>{ trf!("Between {} and {}, their result is too close to call: either could fit.",
                sentences::path_name(o.top()), sentences::path_name(second)) }</li>
        });
    }
    for f in o.flips.iter().take(OPEN_FLIPS) {
        let s = &STATEMENTS[f.statement];
        open.push(html! {
            <li>
                { tr!("Had they answered ") }<q>{ s.wording(answers.seat()).as_str() }</q>
                { trf!(" with “{}” instead of {}, ", sentences::choice_phrase(f.to),
                    sentences::choice_words(answers.choice(f.statement))) }
                <strong>{ sentences::path_name(f.new_top) }</strong>{ tr!(" would lead.") }
            </li>
        });
    }
    let without = o.total - o.opinions;
    if without > 0 {
        open.push(html! { <li>{ trf!("{} of {} statements have no answer or “not sure”.", without, o.total) }</li> });
    }
    if open.is_empty() {
        open.push(html! { <li>{ tr!("Their answers point one way, and no small change to one answer would change the result. What is open is when and how to take a first step.") }</li> });
    }
    open
}

#[component]
pub fn Receiver(props: &ReceiverProps) -> Html {
    let platform = use_platform();
    let (answers, o) = (&props.answers, &props.outcome);
    let weighs = weighs_most(o).map(|c| {
        let s = &STATEMENTS[c.statement];
        let choice = answers.choice(c.statement).unwrap_or(Choice::Unsure);
        let marked = answers.is_important(c.statement);
        html! {
            <li>
                <q>{ s.wording(answers.seat()).as_str() }</q>{ " " }
                <span class="receiver-answer">
                    { trf!("They answered “{}”{}.", sentences::choice_phrase(choice),
                        if marked { tr!(", and marked it as mattering a lot to them") } else { "" }) }
                </span>
            </li>
        }
    });
    let questions = select_for_receiver(answers, o, &crate::org::offered());
    let url = platform.url(&link::result_fragment(answers, props.label.as_deref()));
    let print = {
        let print = platform.print_talk.clone();
        Callback::from(move |_| print.emit(()))
    };

    html! {
        <>
            <p>{ tr!("Someone sent you their Crossroads result, most likely to talk it over. You help most by listening and asking, not by deciding for them.") }</p>
            <h3>{ tr!("What their answers weigh most") }</h3>
            <ul class="receiver-weighs">{ for weighs }</ul>
            <h3>{ tr!("What is still open for them") }</h3>
            <ul class="receiver-open">{ for still_open(answers, o) }</ul>
            <h3>{ tr!("Three questions worth asking them") }</h3>
            <ol class="receiver-questions">
                { for questions.iter().map(|q| html! { <li>{ q.text.as_str() }</li> }) }
            </ol>
            <h3>{ tr!("What not to do") }</h3>
            <ul class="receiver-donts">
                <li>{ tr!("Don't push them toward the path you took: what suited you may not suit them.") }</li>
                <li>{ tr!("Don't decide for them, even if they ask you to: help them see their own reasons.") }</li>
                <li>{ tr!("Don't treat the result as a verdict: it is a starting point for the conversation.") }</li>
            </ul>
            <p class="talk-link">{ trf!("The result this guide is for: {}", url) }</p>
            <div class="talk-actions">
                <button type="button" class="button" onclick={print}>{ tr!("Print this guide") }</button>
            </div>
        </>
    }
}
