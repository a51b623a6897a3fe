//! Two results side by side: both rankings, both profiles on one chart, and theme by theme
//! where they agree and where they differ most.

use crossroads_core::content::THEMES;
use crossroads_core::link::{self, Decoded};
use crossroads_core::{score, Outcome, ThemeId};
use yew::prelude::*;

use super::TITLE_ID;
use crate::components::profile_chart::{Marker, Series};
use crate::components::{FitBars, ProfileChart, SharePanel};
use crate::journey::Action;
use crate::sentences;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub first: Decoded,
    pub second: Decoded,
    pub second_is_mine: bool,
    pub dispatch: Callback<Action>,
}

/// Two positions this close (in hundredths of the axis) count as agreeing.
pub const AGREE_WITHIN: i16 = 25;
/// Two positions this far apart or more count as a real difference.
pub const DIFFER_FROM: i16 = 50;

/// Per scored theme answered by both: the theme and both positions, largest gap first.
pub fn theme_gaps(a: &Outcome, b: &Outcome) -> Vec<(ThemeId, i16, i16)> {
    let mut gaps: Vec<(ThemeId, i16, i16)> = ThemeId::ALL
        .into_iter()
        .filter(|t| t.theme().scored)
        .filter_map(|t| Some((t, a.profile[t.index()]?, b.profile[t.index()]?)))
        .collect();
    gaps.sort_by_key(|(t, x, y)| (std::cmp::Reverse((x - y).abs()), t.index()));
    gaps
}

fn name(d: &Decoded, mine: bool, fallback: &str) -> String {
    match (&d.label, mine) {
        (_, true) => tr!("You").to_string(),
        (Some(l), _) => l.clone(),
        (None, _) => fallback.to_string(),
    }
}

fn column(title: &str, o: &Outcome) -> Html {
    html! {
        <section class="compare-column">
            <h2><span class="shared-label">{ title.to_string() }</span></h2>
            <p class="compare-verdict">{ sentences::verdict_headline(o) }</p>
            <p class="coverage">{ sentences::coverage_line(o) }</p>
            <FitBars outcome={o.clone()} />
        </section>
    }
}

#[component]
pub fn CompareScreen(props: &CompareProps) -> Html {
    let a = score(&props.first.answers);
    let b = score(&props.second.answers);
    let first_name = name(&props.first, false, tr!("First result"));
    let second_name = name(&props.second, props.second_is_mine, tr!("Second result"));
    let series = vec![
        Series {
            label: first_name.clone().into(),
            marker: Marker::Dot,
            values: a.profile,
        },
        Series {
            label: second_name.clone().into(),
            marker: Marker::Square,
            values: b.profile,
        },
    ];
    let gaps = theme_gaps(&a, &b);
    let describe = |(t, x, y): &(ThemeId, i16, i16)| {
        html! {
            <li>
                <strong>{ THEMES[t.index()].name.as_str() }</strong>{ ": " }
                { trf!("{} {}, {} {}.", first_name, sentences::position_words(*t, Some(*x)), second_name, sentences::position_words(*t, Some(*y))) }
            </li>
        }
    };
    let differ: Vec<Html> = gaps
        .iter()
        .filter(|(_, x, y)| (x - y).abs() >= DIFFER_FROM)
        .take(4)
        .map(describe)
        .collect();
    let agree: Vec<Html> = gaps
        .iter()
        .rev()
        .filter(|(_, x, y)| (x - y).abs() < AGREE_WITHIN)
        .map(describe)
        .collect();
    let same_top = a.top() == b.top();

    let first_payload = link::encode(&props.first.answers, props.first.label.as_deref());
    let second_payload = link::encode(&props.second.answers, props.second.label.as_deref());
    let fragment_for = Callback::from(move |_: Option<String>| {
        link::compare_fragment(&link::encode_pair(&first_payload, &second_payload))
    });
    let d = props.dispatch.clone();
    let take = Callback::from(move |_| d.emit(Action::TakeItYourself));

    html! {
        <main class="screen compare" aria-labelledby={TITLE_ID}>
            <p class="brand">{ tr!("Crossroads · comparison") }</p>
            <h1 id={TITLE_ID} tabindex="-1">{ tr!("Two results side by side") }</h1>
            <p class="lede">
                {
                    if same_top {
                        trf!("Both put {} first.", sentences::path_name(a.top()))
                    } else {
                        trf!("{} leans toward {}; {} toward {}.", first_name,
                            sentences::path_name(a.top()), second_name, sentences::path_name(b.top()))
                    }
                }
            </p>
            <div class="compare-columns">
                { column(&first_name, &a) }
                { column(&second_name, &b) }
            </div>
            <section aria-labelledby="compare-profile-title">
                <h2 id="compare-profile-title">{ tr!("Both profiles") }</h2>
                <ProfileChart {series} caption={tr!("Where each sits on every theme")} />
            </section>
            <section aria-labelledby="differ-title">
                <h2 id="differ-title">{ tr!("Where you differ most") }</h2>
                if differ.is_empty() {
                    <p>{ tr!("No theme shows a large difference.") }</p>
                } else {
                    <ul class="differ">{ for differ }</ul>
                }
            </section>
            <section aria-labelledby="agree-title">
                <h2 id="agree-title">{ tr!("Where you agree") }</h2>
                if agree.is_empty() {
                    <p>{ tr!("No theme sits close together for both.") }</p>
                } else {
                    <ul class="agree">{ for agree }</ul>
                }
            </section>
            <SharePanel fragment_for={fragment_for} with_label={false} title={tr!("Share this comparison")} />
            <nav class="result-actions" aria-label={tr!("Comparison")}>
                <button type="button" class="button primary" onclick={take}>{ tr!("Take it yourself") }</button>
            </nav>
        </main>
    }
}
