//! A discreet, dismissible note about saving, said once.

use crate::journey::SaveNotice;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NoticeProps {
    pub notice: SaveNotice,
    pub on_dismiss: Callback<()>,
}

/// The sentence for each notice.
pub fn notice_text(notice: SaveNotice) -> &'static str {
    match notice {
        SaveNotice::None => "",
        SaveNotice::Unavailable => "This browser is not letting Crossroads save your answers here, so they will be gone if you close the page. Everything else works.",
        SaveNotice::Failed => "Your latest answers could not be saved (the browser's storage may be full). Keep this page open to keep them; everything else works.",
        SaveNotice::Unreadable => "Saved answers from an earlier visit could not be read, so this is a fresh start.",
    }
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let on_dismiss = props.on_dismiss.clone();
    html! {
        <div class="notice" role="status">
            <p>{ notice_text(props.notice) }</p>
            <button type="button" class="button subtle" onclick={move |_| on_dismiss.emit(())}>
                { "Got it" }
            </button>
        </div>
    }
}
