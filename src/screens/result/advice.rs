//! The advice sections: the next steps (the organisation's word, experiments, leading,
//! staying technical, the shapes of a staff+ role, what an organisation must offer, warnings
//! and reminders) and the way back to engineering.

use crossroads_core::content::{Advice, AdviceKind, PathId};
use crossroads_core::{Outcome, Verdict};
use yew::prelude::*;

use crate::sentences;

#[derive(Properties, PartialEq)]
pub struct WayBackProps {
    pub items: Vec<&'static Advice>,
}

/// The way back to engineering, for a reader who manages today.
#[component]
pub fn WayBack(props: &WayBackProps) -> Html {
    advice_list(&props.items, "h3")
}

#[derive(Properties, PartialEq)]
pub struct NextStepsProps {
    pub outcome: Outcome,
    /// The advice chosen for this result, of every kind.
    pub advice: Vec<&'static Advice>,
}

/// The next steps, each kind of advice a group of its own.
#[component]
pub fn NextSteps(props: &NextStepsProps) -> Html {
    let o = &props.outcome;
    let of = |kind| of_kind(&props.advice, kind);
    html! {
        <>
            { organisation_group(o) }
            { advice_group(tr!("Try it before you commit"), Some(tr!("Small, reversible experiments matched to your answers.")), of(AdviceKind::Experiment)) }
            { advice_group(tr!("How good leaders of engineers work"), None, of(AdviceKind::Leading)) }
            { advice_group(tr!("Staying technical as a manager"), None, of(AdviceKind::StayingTechnical)) }
            { staff_shapes(o) }
            { advice_group(tr!("What your organisation needs to offer"), None, of(AdviceKind::StaffOrg)) }
            { advice_group(tr!("Worth being honest about"), None, of(AdviceKind::Warning)) }
            { advice_group(tr!("Remember"), None, of(AdviceKind::Reminder)) }
        </>
    }
}

/// The chosen advice of one kind, in catalogue order.
pub fn of_kind(advice: &[&'static Advice], kind: AdviceKind) -> Vec<&'static Advice> {
    advice.iter().copied().filter(|a| a.kind == kind).collect()
}

/// The shapes a staff+ role takes, where the staff path leads or is in contention.
fn staff_shapes(o: &Outcome) -> Html {
    let show = o.top() == PathId::Staff
        || (o.ranking[1] == PathId::Staff && !matches!(o.verdict, Verdict::Clear));
    if !show {
        return html! {};
    }
    // Named as the organisation names the staff path, where it does.
    let title = if crate::org::renamed(PathId::Staff) {
        trf!(
            "The shapes a {} role takes",
            sentences::path_name(PathId::Staff)
        )
    } else {
        tr!("The shapes a staff+ role takes").to_string()
    };
    let shapes = PathId::Staff
        .path()
        .shapes
        .iter()
        .map(|s| html! { <li><strong>{ s.name.as_str() }</strong>{ ": " }{ s.text }</li> });
    html! {
        <section class="advice-group">
            <h3>{ title }</h3>
            <ul class="shapes">{ for shapes }</ul>
        </section>
    }
}

/// A group of the next steps, with its heading and a line to introduce it; nothing when no
/// advice of its kind was chosen.
fn advice_group(title: &str, intro: Option<&str>, items: Vec<&Advice>) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="advice-group">
            <h3>{ title.to_string() }</h3>
            { for intro.map(|i| html! { <p>{ i }</p> }) }
            { advice_list(&items, "h4") }
        </section>
    }
}

/// The advice items, each titled with a heading of the level given (`h3` for a section of
/// its own, `h4` inside a group).
fn advice_list(items: &[&Advice], heading: &'static str) -> Html {
    let list = items.iter().map(|a| {
        html! {
            <li class={classes!("advice", a.kind.key())} data-advice={a.id}>
                <@{heading}>{ a.title.as_str() }</@>
                <p>{ a.text.as_str() }</p>
            </li>
        }
    });
    html! { <ul class="advice-list">{ for list }</ul> }
}

/// Where the reader works, in the next steps: a plain word on each leading path that the
/// organisation does not offer, and its contact. Nothing without an organisation's file.
fn organisation_group(o: &Outcome) -> Html {
    let org = crate::org::organisation();
    let offered = crate::org::offered();
    let contenders = if o.verdict == crossroads_core::Verdict::Clear {
        1
    } else {
        2
    };
    let missing = o.ranking.iter().take(contenders).filter(|p| !offered[p.index()]).map(|&p| {
        let name = sentences::path_name(p);
        let said = match org {
            Some(org) => trf!("{} is not a role at {}.", name, org),
            None => trf!("{} is not a role here.", name),
        };
        html! {
            <li class="not-offered" data-path={p.key()}>
                <h4>{ said }</h4>
                <p>{ tr!("The fit still says whether the work suits you. Doing it for real would mean shaping the role with a sponsor who sees the need, or finding it elsewhere; weigh that cost before you choose, and try the experiments here first.") }</p>
            </li>
        }
    }).collect::<Vec<_>>();
    let contact = crate::org::contact();
    if missing.is_empty() && contact.is_none() {
        return html! {};
    }
    html! {
        <section class="advice-group organisation">
            <h3>{ org.map_or_else(|| tr!("Where you work").to_string(), |org| trf!("At {}", org)) }</h3>
            if !missing.is_empty() {
                <ul class="advice-list">{ for missing }</ul>
            }
            if let Some(contact) = contact {
                <p class="contact">{ sentences::org_link(contact) }</p>
            }
        </section>
    }
}
