//! The profile chart: one row per scored theme, an axis from the theme's left pole to its
//! right pole, and a marker per series (the person, a path's typical profile, or a second
//! person when comparing). Drawn as inline SVG; markers differ in shape as well as colour,
//! each row has a text label for screen readers, and a table gives the same figures.

use crossroads_core::content::{THEMES, THEME_COUNT};
use crossroads_core::ThemeId;
use yew::prelude::*;

use crate::sentences::position_words;

/// How a series is drawn: shapes differ so the chart reads without colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    /// Filled circle.
    Dot,
    /// Hollow diamond.
    Diamond,
    /// Hollow square.
    Square,
}

/// One set of positions on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: AttrValue,
    pub marker: Marker,
    /// Per theme, -100 (left pole) ..= 100 (right pole); `None` where there is no value.
    pub values: [Option<i16>; THEME_COUNT],
}

#[derive(Properties, PartialEq)]
pub struct ProfileChartProps {
    pub series: Vec<Series>,
    /// Caption above the chart.
    pub caption: AttrValue,
}

/// Horizontal position of a value as a percentage of the track, written with one decimal
/// (kept off the very edges so markers are never clipped): -100 is "6.0%", 100 is "94.0%".
pub fn x_percent(value: i16) -> String {
    // 60 + (value + 100) * 880 / 200 in tenths of a percent, in integers.
    let tenths = 60 + (i32::from(value.clamp(-100, 100)) + 100) * 22 / 5;
    format!("{}.{}%", tenths / 10, tenths % 10)
}

fn marker(m: Marker, x: String, class: &'static str) -> Html {
    match m {
        Marker::Dot => html! { <circle class={class} cx={x} cy="14" r="7" /> },
        Marker::Diamond => html! {
            <svg class={class} x={x} y="14" overflow="visible">
                <polygon points="0,-8 8,0 0,8 -8,0" />
            </svg>
        },
        Marker::Square => html! {
            <svg class={class} x={x} y="14" overflow="visible">
                <rect x="-6" y="-6" width="12" height="12" />
            </svg>
        },
    }
}

fn marker_class(index: usize) -> &'static str {
    match index {
        0 => "series series-0",
        1 => "series series-1",
        _ => "series series-2",
    }
}

fn legend_swatch(m: Marker, index: usize) -> Html {
    html! {
        <svg class="legend-swatch" width="20" height="20" viewBox="0 0 20 20" aria-hidden="true">
            {
                match m {
                    Marker::Dot => html! { <circle class={marker_class(index)} cx="10" cy="10" r="7" /> },
                    Marker::Diamond => html! { <polygon class={marker_class(index)} points="10,2 18,10 10,18 2,10" /> },
                    Marker::Square => html! { <rect class={marker_class(index)} x="4" y="4" width="12" height="12" /> },
                }
            }
        </svg>
    }
}

#[component]
pub fn ProfileChart(props: &ProfileChartProps) -> Html {
    let scored: Vec<ThemeId> = ThemeId::ALL
        .into_iter()
        .filter(|t| THEMES[t.index()].scored)
        .collect();

    let legend = props.series.iter().enumerate().map(|(i, s)| {
        html! { <li>{ legend_swatch(s.marker, i) }{ s.label.clone() }</li> }
    });

    let rows = scored.iter().map(|&theme| {
        let t = &THEMES[theme.index()];
        let description = props
            .series
            .iter()
            .map(|s| {
                format!(
                    "{}: {}",
                    s.label,
                    position_words(theme, s.values[theme.index()])
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let markers = props.series.iter().enumerate().filter_map(|(i, s)| {
            s.values[theme.index()].map(|v| marker(s.marker, x_percent(v), marker_class(i)))
        });
        html! {
            <li class="chart-row" data-theme={t.key}>
                <span class="chart-theme">{ t.name.as_str() }</span>
                <svg class="chart-track" width="100%" height="28" role="img"
                    aria-label={format!("{}: {}", t.name, description)}>
                    <line class="axis" x1="6%" y1="14" x2="94%" y2="14" />
                    <line class="midline" x1="50%" y1="6" x2="50%" y2="22" />
                    { for markers }
                </svg>
                <span class="chart-pole chart-pole-left">{ t.left.as_str() }</span>
                <span class="chart-pole chart-pole-right">{ t.right.as_str() }</span>
            </li>
        }
    });

    let header = props
        .series
        .iter()
        .map(|s| html! { <th scope="col">{ s.label.clone() }</th> });
    let table_rows = scored.iter().map(|&theme| {
        let t = &THEMES[theme.index()];
        let cells = props
            .series
            .iter()
            .map(|s| html! { <td>{ position_words(theme, s.values[theme.index()]) }</td> });
        html! { <tr><th scope="row">{ t.name.as_str() }</th>{ for cells }</tr> }
    });

    html! {
        <figure class="profile-chart">
            <figcaption>{ props.caption.clone() }</figcaption>
            <ul class="chart-legend" aria-label={tr!("Legend")}>{ for legend }</ul>
            <ul class="chart-rows">{ for rows }</ul>
            <details class="chart-table">
                <summary>{ tr!("Show the chart as a table") }</summary>
                <table>
                    <thead><tr><th scope="col">{ tr!("Theme") }</th>{ for header }</tr></thead>
                    <tbody>{ for table_rows }</tbody>
                </table>
            </details>
        </figure>
    }
}
