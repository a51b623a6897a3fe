//! The reasons: why each path fits as it does (the answers that moved it most), and what
//! would change the top path.

use crossroads_core::content::{PathId, STATEMENTS};
use crossroads_core::{Answers, Flip, Outcome};
use yew::prelude::*;

use crate::sentences;

#[derive(Properties, PartialEq)]
pub struct ReasonsProps {
    pub answers: Answers,
    pub outcome: Outcome,
    /// Someone else's result, sent to this reader: "they answered", not "you answered".
    #[prop_or_default]
    pub theirs: bool,
}

/// Each path, the top one open, with the answers that pushed its fit up and down.
#[component]
pub fn Why(props: &ReasonsProps) -> Html {
    let o = &props.outcome;
    let why = o.ranking.iter().enumerate().map(|(i, &p)| {
        html! {
            <details class="why-path" open={i == 0} data-path={p.key()}>
                <summary>{ trf!("{} ({} / 100)", sentences::path_name(p), o.fit(p).percent()) }</summary>
                <div class="why-columns">
                    <div><h4>{ tr!("Pushed it up") }</h4>{ why_list(props, p, true) }</div>
                    <div><h4>{ tr!("Pushed it down") }</h4>{ why_list(props, p, false) }</div>
                </div>
            </details>
        }
    });
    html! {
        <>
            <p>{ tr!("The answers that moved each path's fit the most, in fit points.") }</p>
            { for why }
        </>
    }
}

fn why_list(props: &ReasonsProps, path: PathId, up: bool) -> Html {
    let (answers, outcome) = (&props.answers, &props.outcome);
    let items: Vec<Html> = outcome.contributions[path.index()]
        .iter()
        .filter(|c| (c.points > 0) == up)
        .take(5)
        .map(|c| {
            let s = &STATEMENTS[c.statement];
            let marked = answers.is_important(c.statement);
            html! {
                <li>
                    <span class="why-statement">{ s.wording(answers.seat()).as_str() }</span>
                    <span class="why-answer">{ answered(props.theirs, answers, c.statement, marked) }</span>
                    <span class="why-points">{ trf!("{} points", sentences::signed_points(c.fit_tenths)) }</span>
                </li>
            }
        })
        .collect();
    if items.is_empty() {
        html! { <p class="muted">{ if up { tr!("No answers pushed it up.") } else { tr!("No answers pushed it down.") } }</p> }
    } else {
        html! { <ul class="why-list">{ for items }</ul> }
    }
}

/// What the person answered to a statement, and whether it matters a lot to them, in the
/// reader's voice ("You answered …") or, on a result someone sent, of its maker ("They …").
fn answered(theirs: bool, answers: &Answers, statement: usize, marked: bool) -> String {
    let choice = sentences::choice_words(answers.choice(statement));
    match (theirs, marked) {
        (false, false) => trf!("You answered {}", choice),
        (false, true) => trf!("You answered {}, and it matters a lot to you", choice),
        (true, false) => trf!("They answered {}", choice),
        (true, true) => trf!("They answered {}, and it matters a lot to them", choice),
    }
}

/// One change of answer that would put another path first, as a list item: `lead` ("If you
/// had answered ", or the receiver's "Had they answered "), the statement, the change, the
/// path.
pub fn flip_item(lead: &'static str, answers: &Answers, f: &Flip) -> Html {
    let s = &STATEMENTS[f.statement];
    html! {
        <li>
            { lead }
            <q>{ s.wording(answers.seat()).as_str() }</q>
            { trf!(" with “{}” instead of {}, ", sentences::choice_phrase(f.to),
                sentences::choice_words(answers.choice(f.statement))) }
            <strong>{ sentences::path_name(f.new_top) }</strong>
            { tr!(" would lead.") }
        </li>
    }
}

/// The smallest changes to one answer that would put another path first.
#[component]
pub fn Flips(props: &ReasonsProps) -> Html {
    let (answers, outcome) = (&props.answers, &props.outcome);
    let flips: Vec<Html> = outcome
        .flips
        .iter()
        .take(5)
        .map(|f| {
            let lead = if props.theirs {
                tr!("Had they answered ")
            } else {
                tr!("If you had answered ")
            };
            flip_item(lead, answers, f)
        })
        .collect();
    if flips.is_empty() {
        html! {
            <p>{ tr!("No change of one or two steps on any single answer would change the top path: the result holds up to a change of heart on any one statement.") }</p>
        }
    } else {
        html! {
            <>
                <p>{ tr!("The smallest changes to a single answer that would put another path first:") }</p>
                <ul class="flips">{ for flips }</ul>
            </>
        }
    }
}
