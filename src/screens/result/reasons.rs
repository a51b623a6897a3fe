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
                    <div><h4>{ tr!("Pushed it up") }</h4>{ why_list(&props.answers, o, p, true) }</div>
                    <div><h4>{ tr!("Pushed it down") }</h4>{ why_list(&props.answers, o, p, false) }</div>
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

fn why_list(answers: &Answers, outcome: &Outcome, path: PathId, up: bool) -> Html {
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
                    <span class="why-answer">
                        { trf!("You answered {}{}", sentences::choice_words(answers.choice(c.statement)),
                            if marked { tr!(", and it matters a lot to you") } else { "" }) }
                    </span>
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
        .map(|f| flip_item(tr!("If you had answered "), answers, f))
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
