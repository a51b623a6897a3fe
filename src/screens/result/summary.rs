//! The result's summary, on the first screen: whose result it is, the top path, the ways to
//! pass it on; and the reader's own actions at the end (change answers, print, start over).

use crossroads_core::{Answers, Outcome};
use yew::prelude::*;

use super::sections::Section;
use super::ResultMode;
use crate::components::SharePanel;
use crate::journey::{Action, Screen};
use crate::platform::{use_platform, Platform};
use crate::sentences;

/// Whose result this is: the reader's own, or a banner for a shared or earlier one.
pub fn header(mode: &ResultMode) -> Html {
    match mode {
        ResultMode::Own => html! { <p class="brand">{ tr!("Crossroads · your result") }</p> },
        ResultMode::Shared {
            label,
            older,
            kept,
            sent,
            ..
        } => html! {
            <div class="shared-banner" role="note"
                aria-label={if kept.is_some() { tr!("Earlier result") } else { tr!("Shared result") }}>
                <p>
                    if let Some(name) = kept {
                        { tr!("Your earlier result, kept in this browser: ") }
                        <span class="shared-label">{ name.clone() }</span>
                        { tr!(". Read-only: nothing here changes your current answers.") }
                    } else {
                        { tr!("A shared result") }
                        if let Some(label) = label {
                            { ": " }<span class="shared-label">{ label.clone() }</span>
                        }
                        { tr!(". Read-only: nothing here changes your own answers.") }
                    }
                </p>
                if *sent {
                    <p class="receiver-note">
                        { tr!("You were sent this result. If they asked for your view: ") }
                        <a href={format!("#{}", Section::Receiver.id())} onclick={Section::Receiver.jump()}>
                            { tr!("how to help them decide") }
                        </a>
                    </p>
                }
                if *older {
                    <p class="older-note">
                        { tr!("Made with an earlier version of the questions; statements added since show as unanswered.") }
                    </p>
                }
            </div>
        },
    }
}

/// The top path, and the one the headline names beside it as too close to call (the best of
/// the other side, or of its own), each with its one-line summary.
pub fn top_summary(o: &Outcome) -> Html {
    let lines = std::iter::once(o.top()).chain(o.close_second()).map(|p| {
        html! {
            <li data-path={p.key()}>
                <strong>{ sentences::path_name(p) }</strong>{ ": " }{ p.path().summary.as_str() }
            </li>
        }
    });
    html! { <ul class="top-summary">{ for lines }</ul> }
}

#[derive(Properties, PartialEq)]
pub struct PassOnProps {
    pub answers: Answers,
    pub outcome: Outcome,
    pub mode: ResultMode,
    pub dispatch: Callback<Action>,
}

/// Under the summary: sharing one's own result; for someone else's, the same link to pass on
/// (with its label), and what to do next.
#[component]
pub fn PassOn(props: &PassOnProps) -> Html {
    let platform = use_platform();
    match &props.mode {
        ResultMode::Own => html! {
            <SharePanel fragment_for={share_fragment(&props.answers)} compact=true
                card={props.outcome.clone()} on_use={name_kept(&platform, &props.answers)} />
        },
        ResultMode::Shared {
            can_compare,
            label,
            kept,
            ..
        } => html! {
            <>
                <SharePanel fragment_for={share_fragment(&props.answers)} label={label.clone()}
                    with_label=false compact=true title={tr!("Share this result")}
                    card={props.outcome.clone()} />
                { shared_actions(*can_compare, kept.is_some(), &props.dispatch, &platform) }
            </>
        },
    }
}

/// The fragment of a result link for these answers and a label.
fn share_fragment(answers: &Answers) -> Callback<Option<String>, String> {
    let answers = answers.clone();
    Callback::from(move |label: Option<String>| {
        crossroads_core::link::result_fragment(&answers, label.as_deref())
    })
}
/// What a link shared from one's own result does to the result kept in this browser: it
/// takes the name the link was given.
fn name_kept(platform: &Platform, answers: &Answers) -> Callback<Option<String>> {
    let (load, keep) = (platform.earlier.clone(), platform.keep.clone());
    let answers = answers.clone();
    Callback::from(move |label| {
        let mut kept = load.emit(false);
        if crate::earlier::name_latest(&mut kept, &answers, label) {
            keep.emit(kept);
        }
    })
}

/// What to do with someone's result (or one's own earlier one): take it yourself (or go back
/// to the list), compare it with one's own answers, print it.
fn shared_actions(
    can_compare: bool,
    kept: bool,
    dispatch: &Callback<Action>,
    platform: &Platform,
) -> Html {
    let on_print = platform.print.clone();
    let print = Callback::from(move |_| on_print.emit(()));
    let d = dispatch.clone();
    // One of the viewer's own: back to the list it came from; someone's: take it yourself.
    let (words, action) = if kept {
        (tr!("Your earlier results"), Action::Go(Screen::Earlier))
    } else {
        (tr!("Take it yourself"), Action::TakeItYourself)
    };
    let take = Callback::from(move |_| d.emit(action.clone()));
    let d = dispatch.clone();
    let compare = Callback::from(move |_| d.emit(Action::CompareWithMine));
    html! {
        <nav class="result-actions" aria-label={tr!("Shared result")}>
            <button type="button" class="button primary" onclick={take}>{ words }</button>
            if can_compare {
                <button type="button" class="button" onclick={compare}>{ tr!("Compare with mine") }</button>
            }
            <button type="button" class="button" onclick={print}>{ tr!("Print") }</button>
        </nav>
    }
}

#[derive(Properties, PartialEq)]
pub struct OwnActionsProps {
    pub dispatch: Callback<Action>,
}

/// The reader's own result's actions: change answers, print, print everything, and start
/// over (asked to confirm first).
#[component]
pub fn OwnActions(props: &OwnActionsProps) -> Html {
    let platform = use_platform();
    let confirming = use_state(|| false);
    let d = props.dispatch.clone();
    let change = Callback::from(move |_| d.emit(Action::Go(Screen::Question(0))));
    let on_print = platform.print.clone();
    let print = Callback::from(move |_| on_print.emit(()));
    let on_print_all = platform.print_all.clone();
    let print_all = Callback::from(move |_| on_print_all.emit(()));
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let d = props.dispatch.clone();
    let restart = Callback::from(move |_| d.emit(Action::StartOver));
    html! {
        <nav class="result-actions" id="result-actions" aria-label={tr!("Result")}>
            <button type="button" class="button" onclick={change}>{ tr!("Change answers") }</button>
            <button type="button" class="button" onclick={print}>{ tr!("Print") }</button>
            <button type="button" class="button" onclick={print_all}>{ tr!("Print everything") }</button>
            {
                if *confirming {
                    html! {
                        <div class="confirm" role="group" aria-labelledby="confirm-text">
                            <p id="confirm-text">{ tr!("Start over? This clears your answers from this browser. Your earlier results stay until you delete them.") }</p>
                            <button type="button" class="button danger" onclick={restart}>{ tr!("Yes, start over") }</button>
                            <button type="button" class="button" onclick={keep}>{ tr!("Keep my answers") }</button>
                        </div>
                    }
                } else {
                    html! { <button type="button" class="button" onclick={ask}>{ tr!("Start over") }</button> }
                }
            }
        </nav>
    }
}
