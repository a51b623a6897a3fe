//! The sections below the result's summary, each one small component, and the one table of
//! their order, which the contents list ("In this result") and the page both read.

use crossroads_core::content::{Advice, AdviceKind};
use crossroads_core::{Answers, Outcome};
use yew::prelude::*;

use super::advice::{of_kind, NextSteps, WayBack};
use super::profile::Profile;
use super::reasons::{Flips, Why};
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
    Earlier,
}

impl Section {
    /// The sections of a result, in the order they show. Someone who manages today and whose
    /// answers point back reads the way back first (`way_back_first`); otherwise it follows
    /// the next steps, when there is one. "Talk it over" follows them on the reader's own
    /// results (`talk`); the earlier results close the list, when there are any.
    pub fn order(
        has_way_back: bool,
        way_back_first: bool,
        talk: bool,
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
        if talk {
            order.push(Section::Talk);
        }
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
            Section::Earlier => "earlier-title",
        }
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
            Section::Earlier => tr!("Your earlier results"),
        }
    }

    /// The section's class: what prints by default (the summary, the chart and the next
    /// steps) and what only "Print everything" adds (`print-full`); "Talk it over" also
    /// prints alone ("Print this guide").
    fn class(self) -> &'static str {
        match self {
            Section::Fits | Section::Why | Section::Flips => "print-full",
            Section::Profile => "profile",
            Section::WayBack => "way-back print-full",
            Section::NextSteps => "next-steps",
            Section::Talk => "talk print-full",
            Section::Earlier => "earlier-section",
        }
    }
}

/// What the sections show: the result, and what was chosen for it.
pub struct Depth {
    pub answers: Answers,
    pub outcome: Outcome,
    /// The advice chosen for this result, of every kind.
    pub advice: Vec<&'static Advice>,
    pub dispatch: Callback<Action>,
}

/// One section: its heading from the table, and its own component below it.
pub fn view(section: Section, depth: &Depth) -> Html {
    let (answers, outcome) = (&depth.answers, &depth.outcome);
    let body = match section {
        Section::Fits => html! { <FitBars outcome={outcome.clone()} /> },
        Section::Profile => html! { <Profile outcome={outcome.clone()} /> },
        Section::Why => html! { <Why answers={answers.clone()} outcome={outcome.clone()} /> },
        Section::Flips => html! { <Flips answers={answers.clone()} outcome={outcome.clone()} /> },
        Section::WayBack => {
            html! { <WayBack items={of_kind(&depth.advice, AdviceKind::WayBack)} /> }
        }
        Section::NextSteps => {
            html! { <NextSteps outcome={outcome.clone()} advice={depth.advice.clone()} /> }
        }
        Section::Talk => html! { <Talk answers={answers.clone()} outcome={outcome.clone()} /> },
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
            Section::order(false, false, true, false),
            [Fits, Profile, Why, Flips, NextSteps, Talk]
        );
        assert_eq!(
            Section::order(true, false, true, true),
            [Fits, Profile, Why, Flips, NextSteps, WayBack, Talk, Earlier]
        );
        assert_eq!(
            Section::order(true, true, true, false),
            [Fits, Profile, Why, Flips, WayBack, NextSteps, Talk]
        );
        // Someone else's shared result: no guide in the reader's voice.
        assert_eq!(
            Section::order(false, false, false, false),
            [Fits, Profile, Why, Flips, NextSteps]
        );
    }
}
