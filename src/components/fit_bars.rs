//! The paths ranked, each with its fit as a number and a bar, and its one-line summary (left
//! out in the compact form the result's summary uses).

use crossroads_core::Outcome;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FitBarsProps {
    pub outcome: Outcome,
    /// Name, number and bar on one line each, without the summaries.
    #[prop_or_default]
    pub compact: bool,
}

#[component]
pub fn FitBars(props: &FitBarsProps) -> Html {
    let o = &props.outcome;
    let rows = o.ranking.iter().enumerate().map(|(i, &path)| {
        let fit = o.fit(path).percent();
        let p = path.path();
        html! {
            <li class={classes!("fit", (i == 0).then_some("fit-top"))} data-path={path.key()}>
                <div class="fit-head">
                    <span class="fit-name">{ crate::sentences::path_name(path) }</span>
                    <span class="fit-value">
                        <span class="visually-hidden">{ tr!("fit ") }</span>
                        { fit }
                        <span class="fit-unit">{ " / 100" }</span>
                    </span>
                </div>
                <svg class="fit-bar" width="100%" aria-hidden="true" focusable="false">
                    <rect class="fit-fill" width={format!("{fit}%")} height="100%" />
                </svg>
                if let Some(note) = crate::sentences::not_offered(path) {
                    <p class="fit-org hint">{ note }</p>
                }
                if !props.compact {
                    <p class="fit-summary">{ p.summary.as_str() }</p>
                    if let Some(ladder) = crate::org::ladder(path) {
                        <p class="fit-ladder hint">{ crate::sentences::org_link(ladder) }</p>
                    }
                }
            </li>
        }
    });
    html! {
        <ol class={classes!("ranking", props.compact.then_some("compact"))}
            aria-label={if props.compact { tr!("Paths ranked by fit") } else { tr!("Each path's fit and what it is") }}>
            { for rows }
        </ol>
    }
}
