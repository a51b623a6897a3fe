//! The statements' keyboard shortcuts (1 to 5 answer, 0 or N for not sure, Enter for next):
//! one page-wide listener, installed when the first statement shows.

use std::cell::Cell;
use std::rc::Rc;

use yew::Callback;

use crate::journey::{Action, Screen};

thread_local! {
    static INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// Listens for the shortcuts on whichever screen `screen` holds, once per page.
pub fn install(screen: Rc<Cell<Screen>>, dispatch: Callback<Action>) {
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    let listener = super::on_key(move |press| {
        !press.modified
            && !press.in_text_field
            && handle_key(screen.get(), &press.key, press.on_control, &dispatch)
    });
    // Lives as long as the page, as the app does.
    if let Some(listener) = listener {
        listener.forget();
    }
}

/// What a key press does on the current screen; true when it was used.
fn handle_key(screen: Screen, key: &str, on_control: bool, dispatch: &Callback<Action>) -> bool {
    let Screen::Question(index) = screen else {
        return false;
    };
    if let Some(choice) = crate::components::scale::choice_for_key(key) {
        dispatch.emit(Action::Answer {
            index,
            choice,
            advance: true,
        });
        return true;
    }
    if key == "Enter" && !on_control {
        dispatch.emit(Action::Next);
        return true;
    }
    false
}
