//! Where the person is in the questionnaire: "7 of 30", the theme, and a bar. The text is
//! a polite live region so screen readers hear the progress as it changes.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// 1-based position of the current question.
    pub position: usize,
    pub total: usize,
    pub answered: usize,
    pub theme: AttrValue,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let pct = (props.answered * 100).checked_div(props.total).unwrap_or(0);
    html! {
        <div class="progress">
            <p class="progress-text" aria-live="polite" aria-atomic="true">
                <span class="progress-count">{ trf!("{} of {}", props.position, props.total) }</span>
                <span class="progress-theme">{ props.theme.clone() }</span>
            </p>
            <div class="progress-bar" role="progressbar" aria-label={tr!("Statements answered")}
                aria-valuemin="0" aria-valuemax={props.total.to_string()}
                aria-valuenow={props.answered.to_string()}
                aria-valuetext={trf!("{} of {} answered", props.answered, props.total)}>
                // An SVG bar: its width is an attribute, which a strict style-src allows.
                <svg class="bar-svg" width="100%" height="100%" aria-hidden="true" focusable="false">
                    <rect class="progress-fill" width={format!("{pct}%")} height="100%" />
                </svg>
            </div>
        </div>
    }
}
