//! The person's earlier results kept in this browser (`crate::earlier`): when each was
//! reached, what it found, and open it, compare it, delete it, or delete them all. Shown on
//! the result, beside the current one, and on a screen of its own from the intro.

use crossroads_core::link::Decoded;
use crossroads_core::{score, Answers};
use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::earlier::{self, Kept};
use crate::journey::{Action, Shared};
use crate::platform::use_platform;
use crate::sentences;

#[derive(Properties, PartialEq)]
pub struct EarlierResultsProps {
    /// The result on screen: its own entry is not listed, and the others compare with it.
    /// Without one, each compares with the latest.
    #[prop_or_default]
    pub current: Option<Answers>,
    pub dispatch: Callback<Action>,
    /// Where focus goes when the last one shown is deleted (the heading above the list).
    pub heading: AttrValue,
}

/// Where focus goes after the next render.
#[derive(Clone)]
struct FocusAfter {
    to: UseStateHandle<Option<(AttrValue, u32)>>,
    count: Rc<Cell<u32>>,
}

impl FocusAfter {
    fn set(&self, id: AttrValue) {
        self.count.set(self.count.get().wrapping_add(1));
        self.to.set(Some((id, self.count.get())));
    }
}

const DELETE_ALL: &str = "earlier-delete-all";
const KEEP_THEM: &str = "earlier-keep-them";

/// The id of an entry's first button, where focus moves when the one before it goes.
fn open_id(at: u64) -> String {
    format!("earlier-open-{at}")
}

#[component]
pub fn EarlierResults(props: &EarlierResultsProps) -> Html {
    let platform = use_platform();
    let kept = {
        let load = platform.earlier.clone();
        use_state(move || load.emit(true))
    };
    let confirming = use_state(|| false);
    let status = use_state(String::new);
    // Focus to move once the list has rendered without what had it; numbered, so that a
    // move to the same place as the last one still happens.
    let focus_to = FocusAfter {
        to: use_state(|| None),
        count: (*use_state(|| Rc::new(Cell::new(0)))).clone(),
    };
    {
        let focus = platform.focus.clone();
        use_effect_with((*focus_to.to).clone(), move |to| {
            if let Some((id, _)) = to {
                focus.emit(id.clone());
            }
        });
    }

    let shown: Vec<Kept> = kept
        .iter()
        .filter(|k| props.current.as_ref() != Some(&k.result.answers))
        .cloned()
        .collect();
    // What each compares with: the current result (the viewer's own answers), or the latest.
    let other: Option<(Decoded, bool)> = match &props.current {
        Some(answers) => Some((Decoded::of(answers.clone(), None), true)),
        None => kept.first().map(|latest| (latest.named(), false)),
    };

    // Each change reads the list again first: another tab may have changed it since.
    let change = {
        let platform = platform.clone();
        let kept = kept.clone();
        let status = status.clone();
        move |edit: &dyn Fn(&mut Vec<Kept>), done: String| -> bool {
            let mut now = platform.earlier.emit(true);
            edit(&mut now);
            if platform.keep.emit(now.clone()) {
                kept.set(now);
                status.set(done);
                true
            } else {
                status.set(
                    tr!("This browser would not change what it keeps. Nothing was deleted.").into(),
                );
                false
            }
        }
    };

    let items = shown.iter().enumerate().map(|(i, k)| {
        let name = k.name();
        let outcome = score(&k.result.answers);
        let d = props.dispatch.clone();
        let opened = Shared::Kept {
            result: k.result.clone(),
            name: name.clone(),
        };
        let open = Callback::from(move |_| d.emit(Action::OpenShared(opened.clone())));
        let compare = other
            .as_ref()
            .filter(|(o, _)| o.answers != k.result.answers)
            .map(|(second, second_is_mine)| {
                let d = props.dispatch.clone();
                let two = Shared::Two {
                    first: k.named(),
                    second: second.clone(),
                    second_is_mine: *second_is_mine,
                };
                Callback::from(move |_| d.emit(Action::OpenShared(two.clone())))
            });
        let delete = {
            let change = change.clone();
            let gone = k.clone();
            let when = k.when.clone();
            // Focus moves to the next entry, or the one before when it was the last.
            let next = shown
                .get(i + 1)
                .or_else(|| i.checked_sub(1).and_then(|j| shown.get(j)))
                .map(|n| AttrValue::from(open_id(n.at)))
                .unwrap_or_else(|| props.heading.clone());
            let focus_to = focus_to.clone();
            Callback::from(move |_| {
                let removed = change(
                    &|list: &mut Vec<Kept>| {
                        earlier::remove(list, &gone);
                    },
                    trf!("Deleted the result of {}.", when),
                );
                if removed {
                    focus_to.set(next.clone());
                }
            })
        };
        let compare_words = if props.current.is_some() {
            tr!("Compare with this result")
        } else {
            tr!("Compare with the latest")
        };
        html! {
            <li class="earlier-item" key={k.at.to_string()}>
                <p class="earlier-when">
                    <span class="earlier-date">{ k.when.clone() }</span>
                    if let Some(label) = &k.result.label {
                        { " · " }<span class="earlier-label">{ label.clone() }</span>
                    }
                </p>
                <p class="earlier-verdict">{ sentences::verdict_headline(&outcome) }</p>
                <div class="actions">
                    <button type="button" class="button" id={open_id(k.at)} onclick={open}
                        aria-label={trf!("Open the result of {}", name)}>{ tr!("Open") }</button>
                    if let Some(compare) = compare {
                        <button type="button" class="button" onclick={compare}
                            aria-label={trf!("{}: the result of {}", compare_words, name)}>{ compare_words }</button>
                    }
                    <button type="button" class="button subtle" onclick={delete}
                        aria-label={trf!("Delete the result of {}", name)}>{ tr!("Delete") }</button>
                </div>
            </li>
        }
    });

    let delete_all = if shown.is_empty() {
        html! {}
    } else if *confirming {
        let change = change.clone();
        let confirming_done = confirming.clone();
        let back = focus_to.clone();
        let focus_to = focus_to.clone();
        let heading = props.heading.clone();
        let yes = Callback::from(move |_| {
            let cleared = change(
                &|list: &mut Vec<Kept>| list.clear(),
                tr!("Deleted every earlier result.").into(),
            );
            // The question goes either way: to the heading above the emptied list, or back
            // to the button it replaced.
            focus_to.set(if cleared {
                heading.clone()
            } else {
                AttrValue::Static(DELETE_ALL)
            });
            confirming_done.set(false);
        });
        let confirming = confirming.clone();
        let no = Callback::from(move |_| {
            confirming.set(false);
            // Back to the button the question replaced.
            back.set(AttrValue::Static(DELETE_ALL));
        });
        html! {
            <div class="confirm" role="group" aria-labelledby="earlier-confirm-text">
                <p id="earlier-confirm-text">
                    { trf!("Delete all {} results kept in this browser? This cannot be undone.", kept.len()) }
                </p>
                <button type="button" class="button danger" onclick={yes}>{ tr!("Yes, delete all") }</button>
                <button type="button" class="button" id={KEEP_THEM} onclick={no}>{ tr!("Keep them") }</button>
            </div>
        }
    } else {
        let confirming = confirming.clone();
        let focus_to = focus_to.clone();
        let ask = Callback::from(move |_| {
            confirming.set(true);
            // The question replaces the button that had focus: focus goes to its safe answer.
            focus_to.set(AttrValue::Static(KEEP_THEM));
        });
        html! {
            <button type="button" class="button subtle" id={DELETE_ALL} onclick={ask}>{ tr!("Delete all") }</button>
        }
    };

    html! {
        <div class="earlier">
            if shown.is_empty() {
                <p class="muted">{ tr!("No earlier results are kept in this browser.") }</p>
            } else {
                <p class="muted">{ tr!("Kept in this browser only, newest first (at most 20). Nothing here leaves it.") }</p>
                <ol class="earlier-list">{ for items }</ol>
            }
            <div class="actions">{ delete_all }</div>
            <p class="earlier-status" role="status">{ (*status).clone() }</p>
        </div>
    }
}
