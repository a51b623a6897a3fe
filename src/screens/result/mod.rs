//! The result: a summary on the first screen (the verdict, the top path, the ways to pass it
//! on), then the contents and its sections, one small component each, in the order of one
//! table (`sections::Section::order`) that the contents list reads too.
//!
//! - `summary`: whose result it is, the top path, sharing, the reader's own actions (which
//!   come with the depth, below it: the first frame is the summary alone).
//! - `sections`: the table of sections (order, heading, id) and how each is shown.
//! - `profile`, `reasons`, `advice`, `talk`, `receiver`: the sections' components.

mod advice;
mod profile;
mod reasons;
mod receiver;
mod sections;
mod summary;
mod talk;

use crossroads_core::advice::select_advice_at;
use crossroads_core::content::AdviceKind;
use crossroads_core::{Answers, Outcome};
use yew::prelude::*;

pub use profile::typical_series;
use sections::{Depth, Section};
use summary::{header, top_summary, OwnActions, PassOn};

use super::TITLE_ID;
use crate::components::FitBars;
use crate::embed::ResultEvents;
use crate::journey::Action;
use crate::platform::use_platform;
use crate::sentences;

/// Whose result the screen shows.
#[derive(Clone, Debug, PartialEq)]
pub enum ResultMode {
    /// The person's own: with sharing, change answers and start over.
    Own,
    /// Someone's result opened from a link: read-only.
    Shared {
        label: Option<String>,
        /// Made with an older version of the questions and mapped onto the current ones.
        older: bool,
        /// The viewer has answers of their own to compare with.
        can_compare: bool,
        /// One of the viewer's own earlier results, kept in this browser: what the list
        /// calls it.
        kept: Option<String>,
        /// Sent to this viewer: the result is in none of this browser's saved answers or
        /// kept results, so someone else made it. Its receiver is shown how to help.
        sent: bool,
    },
}

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub answers: Answers,
    pub outcome: Outcome,
    pub dispatch: Callback<Action>,
    #[prop_or(ResultMode::Own)]
    pub mode: ResultMode,
    /// What the host page receives with the reader's own result; said beside it.
    #[prop_or_default]
    pub result_events: ResultEvents,
}

#[component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let o = &props.outcome;
    let platform = use_platform();
    // The summary shows in the frame of the click; the depth below follows a task later, so
    // that no single task on the way to the result is long. Its sections out of view skip
    // their layout at first (rest.css); a frame later the depth is marked settled and they
    // are laid out in a task of their own, before a reader can scroll or jump to them.
    let depth = use_state(|| false);
    let settled = use_state(|| false);
    {
        let next = if *depth {
            settled.clone()
        } else {
            depth.clone()
        };
        use_effect_with(*depth, move |_| {
            crate::web::after_paint(move || next.set(true))
        });
    }
    let advice = select_advice_at(&props.answers, o, &crate::org::offered());
    // One's own result lists the others kept in this browser, when there are any: read from
    // storage with the depth, which alone shows the list (and the contents naming it).
    let own = props.mode == ResultMode::Own;
    let has_earlier = {
        let load = platform.earlier.clone();
        let answers = props.answers.clone();
        *use_memo(*depth, move |&depth| {
            depth && own && load.emit(false).iter().any(|k| k.result.answers != answers)
        })
    };
    let has_way_back = advice.of_kind(AdviceKind::WayBack).next().is_some();
    // The conversation guide is in the reader's own voice: for their own results only (this
    // one, or one kept in this browser). A result someone sent has the receiver's guide.
    let (guide, label) = match &props.mode {
        ResultMode::Own => (Some(Section::Talk), None),
        ResultMode::Shared { kept: Some(_), .. } => (Some(Section::Talk), None),
        ResultMode::Shared {
            sent: true, label, ..
        } => (Some(Section::Receiver), label.clone()),
        ResultMode::Shared { .. } => (None, None),
    };
    let order = Section::order(has_way_back, sentences::points_back(o), guide, has_earlier);

    // The depth, each part its own section. Printed by default: the summary, the chart and
    // the next steps; "Print everything" adds the rest.
    let depth_view = depth.then(|| {
        let depth = Depth {
            answers: props.answers.clone(),
            label,
            outcome: o.clone(),
            advice: advice.items.clone(),
            dispatch: props.dispatch.clone(),
            theirs: guide == Some(Section::Receiver),
        };
        html! { <>{ for order.iter().map(|&s| sections::view(s, &depth)) }</> }
    });

    html! {
        <main class="screen result" aria-labelledby={TITLE_ID} data-top={o.top().key()} data-verdict={o.verdict.key()}
            data-side={o.side.key()} data-side-verdict={o.side_verdict.key()}>
            // The summary: what a reader takes away, and sharing, on the first screen.
            { header(&props.mode) }
            <h1 id={TITLE_ID} tabindex="-1" class="verdict">{ sentences::verdict_headline(o) }</h1>
            <p class="verdict-explanation">{ sentences::verdict_explanation(o) }</p>
            <p class="coverage">{ sentences::coverage_line(o) }</p>
            // Right under the result it concerns, on the screen whose showing sends it.
            if own {
                if let Some(notice) = props.result_events.notice() {
                    <p class="receives">{ notice }</p>
                }
            }
            { top_summary(o) }
            <FitBars outcome={o.clone()} compact=true />
            <PassOn answers={props.answers.clone()} outcome={o.clone()} mode={props.mode.clone()}
                dispatch={props.dispatch.clone()} />
            if *depth {
                { contents(&order) }
            }

            // Always there, so that the summary's nodes stay put when the depth arrives (a
            // moved node would lose the focus the heading has).
            <div class="result-depth" data-settled={settled.then_some("")}>{ for depth_view }</div>

            // Below the depth, so they come with it: the first frame is the summary alone.
            if *depth {
                if own {
                    <OwnActions dispatch={props.dispatch.clone()} />
                }
                { crate::page_words::language_menu() }
            }
        </main>
    }
}

/// "In this result": a jump link to each section below the summary, in their order. A link
/// moves focus to the section's heading rather than changing the address (whose fragment is
/// the result).
fn contents(order: &[Section]) -> Html {
    let links = order.iter().map(|&section| {
        html! {
            <li><a href={format!("#{}", section.id())} onclick={section.jump()}>{ section.title() }</a></li>
        }
    });
    html! {
        <nav class="in-this-result" aria-labelledby="contents-title">
            <h2 id="contents-title">{ tr!("In this result") }</h2>
            <ul>{ for links }</ul>
        </nav>
    }
}
