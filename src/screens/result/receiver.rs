//! "How to help them decide": for the receiver of a shared link (someone else's result, in
//! no saved progress or kept result of this browser), what the sender's answers weigh most,
//! what is still open for them, three questions worth asking them (chosen by the core,
//! `crossroads_core::talk::select_for_receiver`), what not to do, and a print of it alone.
//! It shows nothing the link does not hold: the answers, and what the result makes of them.

use crossroads_core::content::STATEMENTS;
use crossroads_core::talk::select_for_receiver;
use crossroads_core::{link, Answers, Choice, Outcome, Verdict};
use yew::prelude::*;

use super::reasons::flip_item;
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

/// A list item of plain text.
fn item(text: &str) -> Html {
    html! { <li>{ text }</li> }
}

/// The answers that moved the top path's fit up the most (the first of "Why"), quoted with
/// the answer given: what the result rests on.
fn weighs_most(answers: &Answers, o: &Outcome) -> Vec<Html> {
    o.contributions[o.top().index()]
        .iter()
        .filter(|c| c.points > 0)
        .take(WEIGHS_MOST)
        .map(|c| {
            let choice = answers.choice(c.statement).unwrap_or(Choice::Unsure);
            let marked = answers.is_important(c.statement);
            html! {
                <li>
                    <q>{ STATEMENTS[c.statement].wording(answers.seat()).as_str() }</q>{ " " }
                    <span class="receiver-answer">
                        { trf!("They answered “{}”{}.", sentences::choice_phrase(choice),
                            if marked { tr!(", and marked it as mattering a lot to them") } else { "" }) }
                    </span>
                </li>
            }
        })
        .collect()
}

/// What is still open, as the result sees it: the sides or the top paths too close to call,
/// the smallest changes that would put another path first, and the statements left without
/// an opinion; or, when none of these holds, the first step.
fn still_open(answers: &Answers, o: &Outcome) -> Vec<Html> {
    let mut open = Vec::new();
    if o.side_verdict == Verdict::TooClose {
        open.push(item(tr!("Their answers are split between staying technical and managing: neither side leads clearly.")));
    }
    if let Some(second) = o.close_second() {
        open.push(item(&trf!(
            "Between {} and {}, their result is too close to call: either could fit.",
            sentences::path_name(o.top()),
            sentences::path_name(second)
        )));
    }
    open.extend(
        o.flips
            .iter()
            .take(OPEN_FLIPS)
            .map(|f| flip_item(tr!("Had they answered "), answers, f)),
    );
    let without = o.total - o.opinions;
    if without > 0 {
        open.push(item(&trf!(
            "{} of {} statements have no answer or “not sure”.",
            without,
            o.total
        )));
    }
    if open.is_empty() {
        open.push(item(tr!("Their answers point one way, and no small change to one answer would change the result. What is open is when and how to take a first step.")));
    }
    open
}

#[component]
pub fn Receiver(props: &ReceiverProps) -> Html {
    let platform = use_platform();
    let (answers, o) = (&props.answers, &props.outcome);
    let questions = select_for_receiver(answers, o, &crate::org::offered())
        .iter()
        .map(|q| item(q.text.as_str()))
        .collect();
    let donts = [
        tr!("Don't push them toward the path you took: what suited you may not suit them."),
        tr!("Don't decide for them, even if they ask you to: help them see their own reasons."),
        tr!("Don't treat the result as a verdict: it is a starting point for the conversation."),
    ];
    // Each part: its heading, its list's class, its items (the questions numbered).
    let parts: [(&str, &str, Vec<Html>); 4] = [
        (
            tr!("What their answers weigh most"),
            "receiver-weighs",
            weighs_most(answers, o),
        ),
        (
            tr!("What is still open for them"),
            "receiver-open",
            still_open(answers, o),
        ),
        (
            tr!("Three questions worth asking them"),
            "receiver-questions",
            questions,
        ),
        (
            tr!("What not to do"),
            "receiver-donts",
            donts.map(item).into(),
        ),
    ];
    let url = platform.url(&link::result_fragment(answers, props.label.as_deref()));
    let print = platform.print_talk.reform(|_| ());

    html! {
        <>
            <p>{ tr!("Someone sent you their Crossroads result, most likely to talk it over. You help most by listening and asking, not by deciding for them.") }</p>
            { for parts.into_iter().map(|(title, class, items)| html! {
                <>
                    <h3>{ title }</h3>
                    <ul class={class}>{ for items }</ul>
                </>
            }) }
            <p class="talk-link">{ trf!("The result this guide is for: {}", url) }</p>
            <div class="talk-actions">
                <button type="button" class="button" onclick={print}>{ tr!("Print this guide") }</button>
            </div>
        </>
    }
}
