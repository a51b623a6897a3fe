//! What a link opened: someone's result (read-only), two results side by side, or a
//! friendly explanation of why the link could not be read.

use crossroads_core::link::{Decoded, LinkError};
use crossroads_core::{score, Answers};
use yew::prelude::*;

use super::compare::CompareScreen;
use super::result::{ResultMode, ResultScreen};
use super::TITLE_ID;
use crate::journey::{Action, Shared};
use crate::platform::use_platform;

#[derive(Properties, PartialEq)]
pub struct SharedProps {
    pub shared: Shared,
    /// The viewer has answers of their own.
    pub has_own: bool,
    /// The viewer's own answers, saved in this browser.
    pub own: Answers,
    pub dispatch: Callback<Action>,
}

#[component]
pub fn SharedScreen(props: &SharedProps) -> Html {
    let platform = use_platform();
    match &props.shared {
        Shared::One(d) => {
            // Someone else's: neither the viewer's own answers nor a result kept here.
            let sent = d.answers != props.own
                && !platform
                    .earlier
                    .emit(false)
                    .iter()
                    .any(|k| k.result.answers == d.answers);
            one(d, None, sent, props)
        }
        Shared::Kept { result, name } => one(result, Some(name.clone()), false, props),
        Shared::Two {
            first,
            second,
            second_is_mine,
        } => html! {
            <CompareScreen first={first.clone()} second={second.clone()}
                second_is_mine={*second_is_mine} dispatch={props.dispatch.clone()} />
        },
        Shared::Broken(e) => broken(*e, &props.dispatch),
    }
}

/// One result, someone's (`sent` to the viewer, or made in this browser) or one of the
/// viewer's own kept ones (`kept`, under its name).
fn one(d: &Decoded, kept: Option<String>, sent: bool, props: &SharedProps) -> Html {
    html! {
        <ResultScreen answers={d.answers.clone()} outcome={score(&d.answers)}
            dispatch={props.dispatch.clone()}
            mode={ResultMode::Shared {
                label: d.label.clone(),
                older: d.older_content,
                can_compare: props.has_own,
                kept,
                sent,
            }} />
    }
}

/// A stable name for the error, for styling and tests.
fn error_key(e: LinkError) -> &'static str {
    match e {
        LinkError::Empty => "empty",
        LinkError::TooLong => "too-long",
        LinkError::NotALink => "not-a-link",
        LinkError::Damaged => "damaged",
        LinkError::NewerFormat { .. } => "newer-format",
        LinkError::NewerContent { .. } => "newer-content",
        LinkError::UnknownContent { .. } => "unknown-content",
        LinkError::ComparisonLink => "comparison-link",
        LinkError::SingleResult => "single-result",
    }
}

fn broken(e: LinkError, dispatch: &Callback<Action>) -> Html {
    let d = dispatch.clone();
    let start = Callback::from(move |_| d.emit(Action::TakeItYourself));
    let title = if e.is_newer() {
        tr!("Made with a newer Crossroads")
    } else {
        tr!("This link can't be opened")
    };
    html! {
        <main class="screen link-error" aria-labelledby={TITLE_ID} data-error={error_key(e)}>
            <p class="brand">{ tr!("Crossroads") }</p>
            <h1 id={TITLE_ID} tabindex="-1">{ title }</h1>
            <p class="lede">{ e.message().as_str() }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={start}>
                    { if e.is_newer() { tr!("Start fresh here") } else { tr!("Take it yourself") } }
                </button>
            </div>
        </main>
    }
}
