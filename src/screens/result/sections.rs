//! The sections below the result's summary, each one small component, and the one table of
//! their order, which the contents list ("In this result") and the page both read.

use crossroads_core::content::{Advice, AdviceKind};
use crossroads_core::{Answers, Outcome};
use yew::prelude::*;

use super::advice::{of_kind, NextSteps, WayBack};
use super::profile::Profile;
use super::reasons::{Flips, Why};
use super::receiver::Receiver;
use super::talk::Talk;
use crate::components::{EarlierResults, FitBars};
use crate::journey::Action;

/// A section below the summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Fits,
    Profile,
    Why,
    Flips,
    WayBack,
    NextSteps,
    Talk,
    Receiver,
    Earlier,
}

impl Section {
    /// The sections of a result, in the order they show. Someone who manages today and whose
    /// answers point back reads the way back first (`way_back_first`); otherwise it follows
    /// the next steps, when there is one. A guide follows them (`guide`): "Talk it over" on
    /// the reader's own results, "How to help them decide" on a result someone sent them.
    /// The earlier results close the list, when there are any.
    pub fn order(
        has_way_back: bool,
        way_back_first: bool,
        guide: Option<Section>,
        has_earlier: bool,
    ) -> Vec<Section> {
        let mut order = vec![
            Section::Fits,
            Section::Profile,
            Section::Why,
            Section::Flips,
        ];
        if has_way_back && way_back_first {
            order.push(Section::WayBack);
        }
        order.push(Section::NextSteps);
        if has_way_back && !way_back_first {
            order.push(Section::WayBack);
        }
        order.extend(guide);
        if has_earlier {
            order.push(Section::Earlier);
        }
        order
    }

    /// The id of the section's heading, which the contents list links to.
    pub fn id(self) -> &'static str {
        match self {
            Section::Fits => "fits-title",
            Section::Profile => "profile-title",
            Section::Why => "why-title",
            Section::Flips => "flip-title",
            Section::WayBack => "way-back-title",
            Section::NextSteps => "next-title",
            Section::Talk => "talk-title",
            Section::Receiver => "help-title",
            Section::Earlier => "earlier-title",
        }
    }

    /// A link's click that moves focus to the section's heading rather than changing the
    /// address (whose fragment is the result).
    pub fn jump(self) -> Callback<MouseEvent> {
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            crate::web::jump_to(self.id());
        })
    }

    /// The section's heading, and its entry in the contents list.
    pub fn title(self) -> &'static str {
        match self {
            Section::Fits => tr!("How each path fits"),
            Section::Profile => tr!("Your profile across the themes"),
            Section::Why => tr!("Why"),
            Section::Flips => tr!("What would change it"),
            Section::WayBack => tr!("The way back"),
            Section::NextSteps => tr!("Next steps"),
            Section::Talk => tr!("Talk it over"),
            Section::Receiver => tr!("How to help them decide"),
            Section::Earlier => tr!("Your earlier results"),
        }
    }

    /// The section's class: what prints by default (the summary, the chart and the next
    /// steps) and what only "Print everything" adds (`print-full`); the guides (`talk`) also
    /// print alone ("Print this guide").
    fn class(self) -> &'static str {
        match self {
            Section::Fits | Section::Why | Section::Flips => "print-full",
            Section::Profile => "profile",
            Section::WayBack => "way-back print-full",
            Section::NextSteps => "next-steps",
            Section::Talk => "talk print-full",
            Section::Receiver => "talk receiver print-full",
            Section::Earlier => "earlier-section",
        }
    }
}

/// What the sections show: the result, and what was chosen for it.
pub struct Depth {
    pub answers: Answers,
    /// A shared link's label.
    pub label: Option<String>,
    pub outcome: Outcome,
    /// The advice chosen for this result, of every kind.
    pub advice: Vec<&'static Advice>,
    pub dispatch: Callback<Action>,
    /// Someone else's result, sent to this reader: its reasons speak of "they", not "you".
    pub theirs: bool,
}

/// One section: its heading from the table, and its own component below it.
pub fn view(section: Section, depth: &Depth) -> Html {
    let (answers, outcome) = (&depth.answers, &depth.outcome);
    let body = match section {
        Section::Fits => html! { <FitBars outcome={outcome.clone()} /> },
        Section::Profile => html! { <Profile outcome={outcome.clone()} /> },
        Section::Why => {
            html! { <Why answers={answers.clone()} outcome={outcome.clone()} theirs={depth.theirs} /> }
        }
        Section::Flips => {
            html! { <Flips answers={answers.clone()} outcome={outcome.clone()} theirs={depth.theirs} /> }
        }
        Section::WayBack => {
            html! { <WayBack items={of_kind(&depth.advice, AdviceKind::WayBack)} /> }
        }
        Section::NextSteps => {
            html! { <NextSteps outcome={outcome.clone()} advice={depth.advice.clone()} /> }
        }
        Section::Talk => html! { <Talk answers={answers.clone()} outcome={outcome.clone()} /> },
        Section::Receiver => html! {
            <Receiver answers={answers.clone()} outcome={outcome.clone()} label={depth.label.clone()} />
        },
        Section::Earlier => html! {
            <EarlierResults current={answers.clone()} dispatch={depth.dispatch.clone()}
                heading={section.id()} />
        },
    };
    html! {
        <section key={section.id()} aria-labelledby={section.id()} class={section.class()}>
            <h2 id={section.id()} tabindex="-1">{ section.title() }</h2>
            { body }
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use Section::*;

    #[test]
    fn the_way_back_comes_first_only_for_a_reader_going_back() {
        assert_eq!(
            Section::order(false, false, Some(Talk), false),
            [Fits, Profile, Why, Flips, NextSteps, Talk]
        );
        assert_eq!(
            Section::order(true, false, Some(Talk), true),
            [Fits, Profile, Why, Flips, NextSteps, WayBack, Talk, Earlier]
        );
        assert_eq!(
            Section::order(true, true, Some(Talk), false),
            [Fits, Profile, Why, Flips, WayBack, NextSteps, Talk]
        );
        // A result someone sent: the receiver's guide in the same place.
        assert_eq!(
            Section::order(true, true, Some(Receiver), false),
            [Fits, Profile, Why, Flips, WayBack, NextSteps, Receiver]
        );
        // Someone's shared result reopened where it was made: no guide.
        assert_eq!(
            Section::order(false, false, None, false),
            [Fits, Profile, Why, Flips, NextSteps]
        );
    }
}
