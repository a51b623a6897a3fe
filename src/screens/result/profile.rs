//! The profile section: where the reader sits on each theme, against the typical profile of
//! a path they pick.

use crossroads_core::content::PathId;
use crossroads_core::scoring::typical_position;
use crossroads_core::{Outcome, ThemeId};
use yew::prelude::*;

use crate::components::profile_chart::{Marker, Series};
use crate::components::ProfileChart;
use crate::sentences;

/// A path's typical profile as a chart series.
pub fn typical_series(path: PathId) -> Series {
    Series {
        label: trf!("Typical {}", sentences::path_name(path)).into(),
        marker: Marker::Diamond,
        values: ThemeId::ALL.map(|t| t.theme().scored.then(|| typical_position(path, t))),
    }
}

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub outcome: Outcome,
}

/// The reader's profile and a path's, the top one's at first.
#[component]
pub fn Profile(props: &ProfileProps) -> Html {
    let o = &props.outcome;
    let chart_path = use_state(|| o.top());
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
    html! {
        <>
            <fieldset class="chart-picker">
                <legend>{ tr!("Compare your profile with") }</legend>
                <div class="options">{ for path_picker }</div>
            </fieldset>
            <ProfileChart {series}
                caption={trf!("Where you sit on each theme, against a typical {}", sentences::path_name(*chart_path))} />
        </>
    }
}
