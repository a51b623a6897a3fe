//! A discreet, dismissible note about saving, said once.

use crate::journey::SaveNotice;
use crate::page_words::{word, Word};
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
        SaveNotice::Unavailable => word(Word::SaveUnavailable),
        SaveNotice::Failed => word(Word::SaveFailed),
        SaveNotice::Unreadable => word(Word::SaveUnreadable),
    }
}

#[component]
pub fn Notice(props: &NoticeProps) -> Html {
    let on_dismiss = props.on_dismiss.clone();
    html! {
        <div class="notice" role="status">
            <p>{ notice_text(props.notice) }</p>
            <button type="button" class="button subtle" onclick={move |_| on_dismiss.emit(())}>
                { word(Word::GotIt) }
            </button>
        </div>
    }
}
