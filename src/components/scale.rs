//! The five-step agree/disagree scale plus "not sure": native radio buttons in a fieldset,
//! so arrow keys, screen readers and forms behave as people expect.

use crossroads_core::Choice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ScaleProps {
    /// The radio group's name.
    pub name: AttrValue,
    /// Id of the element that names the group (the statement, shown as the heading).
    pub labelled_by: AttrValue,
    pub value: Option<Choice>,
    /// Emits the choice, and whether to move on: true for a pointer click, false for
    /// arrow keys and the space bar (people exploring the group with a keyboard).
    pub on_choose: Callback<(Choice, bool)>,
}

/// The key that picks each choice, shown next to it.
pub fn shortcut(choice: Choice) -> &'static str {
    match choice {
        Choice::Scale(-2) => "1",
        Choice::Scale(-1) => "2",
        Choice::Scale(0) => "3",
        Choice::Scale(1) => "4",
        Choice::Scale(2) => "5",
        Choice::Scale(_) => "",
        Choice::Unsure => "0",
    }
}

/// The choice a shortcut key picks: 1–5 on the scale, 0 or N for "not sure".
pub fn choice_for_key(key: &str) -> Option<Choice> {
    match key {
        "1" => Some(Choice::Scale(-2)),
        "2" => Some(Choice::Scale(-1)),
        "3" => Some(Choice::Scale(0)),
        "4" => Some(Choice::Scale(1)),
        "5" => Some(Choice::Scale(2)),
        "0" | "n" | "N" => Some(Choice::Unsure),
        _ => None,
    }
}

#[component]
pub fn Scale(props: &ScaleProps) -> Html {
    let choices = Choice::ALL.iter().map(|&choice| {
        let on_choose = props.on_choose.clone();
        // A keyboard-made click (arrows, space) reports detail 0; a pointer click 1 or more.
        let onclick = Callback::from(move |e: MouseEvent| on_choose.emit((choice, e.detail() > 0)));
        let checked = props.value == Some(choice);
        let class = classes!(
            "choice",
            matches!(choice, Choice::Unsure).then_some("choice-unsure"),
            checked.then_some("checked")
        );
        let value = shortcut(choice);
        html! {
            <label {class}>
                <input type="radio" name={props.name.clone()} {value} {checked} {onclick} />
                <span class="choice-key" aria-hidden="true">{ value }</span>
                <span class="choice-label">{ crate::sentences::choice_label(choice) }</span>
            </label>
        }
    });
    html! {
        <fieldset class="scale" aria-labelledby={props.labelled_by.clone()}>
            <div class="choices">{ for choices }</div>
        </fieldset>
    }
}
