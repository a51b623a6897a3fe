//! The result: the paths ranked, the verdict and coverage, the profile chart, why, what
//! would change it, next steps and the other advice, and the ways on from here.

use crossroads_core::advice::select_advice_at;
use crossroads_core::content::{AdviceKind, PathId, STATEMENTS};
use crossroads_core::scoring::typical_position;
use crossroads_core::{Answers, Outcome, ThemeId};
use yew::prelude::*;

use super::TITLE_ID;
use crate::components::profile_chart::{Marker, Series};
use crate::components::{EarlierResults, FitBars, ProfileChart, SharePanel};
use crate::embed::ResultEvents;
use crate::journey::{Action, Screen};
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

/// A path's typical profile as a chart series.
pub fn typical_series(path: PathId) -> Series {
    Series {
        label: trf!("Typical {}", sentences::path_name(path)).into(),
        marker: Marker::Diamond,
        values: ThemeId::ALL.map(|t| t.theme().scored.then(|| typical_position(path, t))),
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

fn flips_section(answers: &Answers, outcome: &Outcome) -> Html {
    let flips: Vec<Html> = outcome
        .flips
        .iter()
        .take(5)
        .map(|f| {
            let s = &STATEMENTS[f.statement];
            html! {
                <li>
                    { tr!("If you had answered ") }
                    <q>{ s.wording(answers.seat()).as_str() }</q>
                    { trf!(" with “{}” instead of {}, ", sentences::choice_phrase(f.to),
                        sentences::choice_words(answers.choice(f.statement))) }
                    <strong>{ sentences::path_name(f.new_top) }</strong>
                    { tr!(" would lead.") }
                </li>
            }
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

fn advice_group(
    title: &str,
    intro: Option<&str>,
    items: Vec<&crossroads_core::content::Advice>,
) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <section class="advice-group">
            <h3>{ title.to_string() }</h3>
            { for intro.map(|i| html! { <p>{ i }</p> }) }
            { advice_list(items, "h4") }
        </section>
    }
}

/// The advice items, each titled with a heading of the level given (`h3` for a section of
/// its own, `h4` inside a group).
fn advice_list(items: Vec<&crossroads_core::content::Advice>, heading: &'static str) -> Html {
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

/// The top path, or the two the result cannot tell apart, each with its one-line summary.
fn top_summary(o: &Outcome) -> Html {
    let shown = if o.verdict == crossroads_core::Verdict::TooClose {
        2
    } else {
        1
    };
    let lines = o.ranking.iter().take(shown).map(|p| {
        html! {
            <li data-path={p.key()}>
                <strong>{ sentences::path_name(*p) }</strong>{ ": " }{ p.path().summary.as_str() }
            </li>
        }
    });
    html! { <ul class="top-summary">{ for lines }</ul> }
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

/// "In this result": a jump link to each section below the summary. A link moves focus to
/// the section's heading rather than changing the address (whose fragment is the result).
fn contents(sections: &[(&'static str, &'static str)]) -> Html {
    let links = sections.iter().map(|&(id, title)| {
        let jump = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            crate::web::jump_to(id);
        });
        html! { <li><a href={format!("#{id}")} onclick={jump}>{ title }</a></li> }
    });
    html! {
        <nav class="in-this-result" aria-labelledby="contents-title">
            <h2 id="contents-title">{ tr!("In this result") }</h2>
            <ul>{ for links }</ul>
        </nav>
    }
}

/// The fragment of a result link for these answers and a label.
fn share_fragment(answers: &Answers) -> Callback<Option<String>, String> {
    let answers = answers.clone();
    Callback::from(move |label: Option<String>| {
        crossroads_core::link::fragment(&crossroads_core::link::encode(&answers, label.as_deref()))
    })
}

/// What a link shared from one's own result does to the result kept in this browser: it
/// takes the name the link was given.
fn name_kept(platform: &crate::platform::Platform, answers: &Answers) -> Callback<Option<String>> {
    let (load, keep) = (platform.earlier.clone(), platform.keep.clone());
    let answers = answers.clone();
    Callback::from(move |label| {
        let mut kept = load.emit(false);
        if crate::earlier::name_latest(&mut kept, &answers, label) {
            keep.emit(kept);
        }
    })
}

fn header(mode: &ResultMode) -> Html {
    match mode {
        ResultMode::Own => html! { <p class="brand">{ tr!("Crossroads · your result") }</p> },
        ResultMode::Shared {
            label, older, kept, ..
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
                if *older {
                    <p class="older-note">
                        { tr!("Made with an earlier version of the questions; statements added since show as unanswered.") }
                    </p>
                }
            </div>
        },
    }
}

fn shared_actions(
    can_compare: bool,
    kept: bool,
    dispatch: &Callback<Action>,
    print: Callback<MouseEvent>,
) -> Html {
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

#[component]
pub fn ResultScreen(props: &ResultProps) -> Html {
    let o = &props.outcome;
    let top = o.top();
    let platform = use_platform();
    let chart_path = use_state(|| top);
    let confirming = use_state(|| false);
    // The summary shows in the frame of the click; the depth below follows a task later, so
    // that no single task on the way to the result is long.
    let depth = use_state(|| false);
    {
        let depth = depth.clone();
        use_effect_with((), move |_| {
            crate::web::after_paint(move || depth.set(true))
        });
    }
    let advice = select_advice_at(&props.answers, o, &crate::org::offered());
    // One's own result lists the others kept in this browser, when there are any.
    let own = props.mode == ResultMode::Own;
    let has_earlier = {
        let load = platform.earlier.clone();
        let answers = props.answers.clone();
        *use_memo((), move |_| {
            own && load.emit(false).iter().any(|k| k.result.answers != answers)
        })
    };

    let path_picker = PathId::ALL.iter().map(|&p| {
        let chart_path = chart_path.clone();
        let checked = *chart_path == p;
        let onchange = Callback::from(move |_: Event| chart_path.set(p));
        html! {
            <label class={classes!("option", checked.then_some("checked"))}>
                <input type="radio" name="chart-path" value={p.key()} {checked} {onchange} />
                <span>{ sentences::path_name(p) }</span>
            </label>
        }
    });
    let series = vec![
        Series {
            label: tr!("You").into(),
            marker: Marker::Dot,
            values: o.profile,
        },
        typical_series(*chart_path),
    ];

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

    let of = |k: AdviceKind| advice.of_kind(k).collect::<Vec<_>>();
    let staff = PathId::Staff.path();
    let show_shapes = top == PathId::Staff
        || (o.ranking[1] == PathId::Staff && !matches!(o.verdict, crossroads_core::Verdict::Clear));
    // Named as the organisation names the staff path, where it does.
    let shapes_title = if crate::org::renamed(PathId::Staff) {
        trf!(
            "The shapes a {} role takes",
            sentences::path_name(PathId::Staff)
        )
    } else {
        tr!("The shapes a staff+ role takes").to_string()
    };
    let shapes = staff
        .shapes
        .iter()
        .map(|s| html! { <li><strong>{ s.name.as_str() }</strong>{ ": " }{ s.text }</li> });

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
    let print = print.clone();
    let own_actions = html! {
            <nav class="result-actions" id="result-actions" aria-label={tr!("Result")}>
                <button type="button" class="button" onclick={change}>{ tr!("Change answers") }</button>
                <button type="button" class="button" onclick={print.clone()}>{ tr!("Print") }</button>
                <button type="button" class="button" onclick={print_all.clone()}>{ tr!("Print everything") }</button>
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
    };

    let way_back = of(AdviceKind::WayBack);
    // Someone who manages today and whose answers point back reads the way back first.
    let has_way_back = !way_back.is_empty();
    let back_first = sentences::points_back(o) && has_way_back;
    let mut sections = vec![
        ("fits-title", tr!("How each path fits")),
        ("profile-title", tr!("Your profile across the themes")),
        ("why-title", tr!("Why")),
        ("flip-title", tr!("What would change it")),
    ];
    let next_steps = ("next-title", tr!("Next steps"));
    let way_back_entry = ("way-back-title", tr!("The way back"));
    match (!has_way_back, back_first) {
        (true, _) => sections.push(next_steps),
        (false, true) => sections.extend([way_back_entry, next_steps]),
        (false, false) => sections.extend([next_steps, way_back_entry]),
    }
    if has_earlier {
        sections.push(("earlier-title", tr!("Your earlier results")));
    }
    let summary_actions = match &props.mode {
        ResultMode::Own => html! {
            <SharePanel fragment_for={share_fragment(&props.answers)} compact=true
                card={props.outcome.clone()} on_use={name_kept(&platform, &props.answers)} />
        },
        // Someone else's result: the same link to pass on (with its label), and what to do next.
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
                { shared_actions(*can_compare, kept.is_some(), &props.dispatch, print.clone()) }
            </>
        },
    };

    let way_back_section = html! {
        <section aria-labelledby="way-back-title" class="way-back print-full">
            <h2 id="way-back-title" tabindex="-1">{ tr!("The way back") }</h2>
            { advice_list(way_back, "h3") }
        </section>
    };

    // The depth, each part its own section. Printed by default: the summary, the chart and
    // the next steps; "Print everything" adds the rest.
    let depth_view = depth.then(|| {
        html! {
        <>
            <section aria-labelledby="fits-title" class="print-full">
                <h2 id="fits-title" tabindex="-1">{ tr!("How each path fits") }</h2>
                <FitBars outcome={o.clone()} />
            </section>

            <section aria-labelledby="profile-title" class="profile">
                <h2 id="profile-title" tabindex="-1">{ tr!("Your profile across the themes") }</h2>
                <fieldset class="chart-picker">
                    <legend>{ tr!("Compare your profile with") }</legend>
                    <div class="options">{ for path_picker }</div>
                </fieldset>
                <ProfileChart {series}
                    caption={trf!("Where you sit on each theme, against a typical {}", sentences::path_name(*chart_path))} />
            </section>

            <section aria-labelledby="why-title" class="print-full">
                <h2 id="why-title" tabindex="-1">{ tr!("Why") }</h2>
                <p>{ tr!("The answers that moved each path's fit the most, in fit points.") }</p>
                { for why }
            </section>

            <section aria-labelledby="flip-title" class="print-full">
                <h2 id="flip-title" tabindex="-1">{ tr!("What would change it") }</h2>
                { flips_section(&props.answers, o) }
            </section>

            if back_first {
                { way_back_section.clone() }
            }

            <section aria-labelledby="next-title" class="next-steps">
                <h2 id="next-title" tabindex="-1">{ tr!("Next steps") }</h2>
                { organisation_group(o) }
                { advice_group(tr!("Try it before you commit"), Some(tr!("Small, reversible experiments matched to your answers.")), of(AdviceKind::Experiment)) }
                { advice_group(tr!("How good leaders of engineers work"), None, of(AdviceKind::Leading)) }
                { advice_group(tr!("Staying technical as a manager"), None, of(AdviceKind::StayingTechnical)) }
                {
                    if show_shapes {
                        html! {
                            <section class="advice-group">
                                <h3>{ shapes_title }</h3>
                                <ul class="shapes">{ for shapes }</ul>
                            </section>
                        }
                    } else { html! {} }
                }
                { advice_group(tr!("What your organisation needs to offer"), None, of(AdviceKind::StaffOrg)) }
                { advice_group(tr!("Worth being honest about"), None, of(AdviceKind::Warning)) }
                { advice_group(tr!("Remember"), None, of(AdviceKind::Reminder)) }
            </section>

            if has_way_back && !back_first {
                { way_back_section.clone() }
            }

            if has_earlier {
                <section aria-labelledby="earlier-title" class="earlier-section">
                    <h2 id="earlier-title" tabindex="-1">{ tr!("Your earlier results") }</h2>
                    <EarlierResults current={props.answers.clone()} dispatch={props.dispatch.clone()}
                        heading="earlier-title" />
                </section>
            }

        </>
        }
    });

    html! {
        <main class="screen result" aria-labelledby={TITLE_ID} data-top={top.key()} data-verdict={o.verdict.key()}>
            // The summary: what a reader takes away, and sharing, on the first screen.
            { header(&props.mode) }
            <h1 id={TITLE_ID} tabindex="-1" class="verdict">{ sentences::verdict_headline(o) }</h1>
            <p class="verdict-explanation">{ sentences::verdict_explanation(o) }</p>
            <p class="coverage">{ sentences::coverage_line(o) }</p>
            // Right under the result it concerns, on the screen whose showing sends it.
            if props.mode == ResultMode::Own {
                if let Some(notice) = props.result_events.notice() {
                    <p class="receives">{ notice }</p>
                }
            }
            { top_summary(o) }
            <FitBars outcome={o.clone()} compact=true />
            { summary_actions }
            { contents(&sections) }

            // Always there, so that the summary's nodes stay put when the depth arrives (a
            // moved node would lose the focus the heading has).
            <div class="result-depth">{ for depth_view }</div>

            if props.mode == ResultMode::Own {
                { own_actions }
            }
            { crate::page_words::language_menu() }
        </main>
    }
}
