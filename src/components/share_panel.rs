//! The share panel: an optional label, the link in full (selectable), Copy with a visible
//! and announced confirmation, and the system share sheet where the browser offers one. In
//! its compact form (the result's summary) the two actions come first, and the label and the
//! link wait in a disclosure below them, which opens by itself when copying fails.

use crossroads_core::link::{self, MAX_LABEL_CHARS};
use yew::prelude::*;

use crate::platform::use_platform;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The link's fragment for a given label (without `#`): a result or a compare link.
    pub fragment_for: Callback<Option<String>, String>,
    /// Offer the optional label field (a result link; not a compare link).
    #[prop_or(true)]
    pub with_label: bool,
    #[prop_or(AttrValue::Static("Share your result"))]
    pub title: AttrValue,
    /// The actions first, the rest in a disclosure; no heading (the summary has one).
    #[prop_or_default]
    pub compact: bool,
}

/// What the last copy or share did, for the live region.
#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Copied,
    CopyFailed,
    Shared,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let platform = use_platform();
    let label = use_state(String::new);
    let status = use_state(|| Status::Idle);
    // The compact form's disclosure: open once the reader opens it or copying fails.
    let more = use_state(|| false);

    let clean = link::clean_label(&label);
    let url = platform.url(&props.fragment_for.emit(clean));

    let on_label = {
        let label = label.clone();
        let status = status.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            label.set(input.value());
            status.set(Status::Idle);
        })
    };
    let copy = {
        let status = status.clone();
        let more = more.clone();
        let url = url.clone();
        let copy = platform.copy.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let more = more.clone();
            copy.emit((
                url.clone(),
                Callback::from(move |ok: bool| {
                    if !ok {
                        more.set(true);
                    }
                    status.set(if ok {
                        Status::Copied
                    } else {
                        Status::CopyFailed
                    })
                }),
            ))
        })
    };
    let share = platform.share.clone().map(|share| {
        let status = status.clone();
        let url = url.clone();
        Callback::from(move |_| {
            let status = status.clone();
            share.emit((
                url.clone(),
                Callback::from(move |ok| {
                    if ok {
                        status.set(Status::Shared)
                    }
                }),
            ))
        })
    });
    let select_all = Callback::from(|e: FocusEvent| {
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        input.select();
    });

    let message = match *status {
        Status::Idle => "",
        Status::Copied => "Link copied. Paste it anywhere: it opens this result.",
        Status::CopyFailed if props.compact => {
            "This browser would not copy the link. Select it below and copy it by hand."
        }
        Status::CopyFailed => {
            "This browser would not copy the link. Select it above and copy it by hand."
        }
        Status::Shared => "Shared.",
    };

    let explanation = html! {
        <p class="muted">
            { "The link holds your answers in its last part (after the #), which browsers never send to a server. Anyone with it sees this result; nothing else is shared." }
        </p>
    };
    let label_field = props.with_label.then(|| {
        html! {
            <label class="field" for="share-label">
                <span>{ "Name on the result (optional)" }</span>
                <input id="share-label" type="text" maxlength={MAX_LABEL_CHARS.to_string()}
                    autocomplete="off" placeholder="For example: Sam" value={(*label).clone()}
                    oninput={on_label} />
            </label>
        }
    });
    let link_field = html! {
        <label class="field" for="share-link">
            <span>{ "Link" }</span>
            <input id="share-link" class="share-link" type="text" readonly=true value={url.clone()}
                onfocus={select_all} />
        </label>
    };
    let actions = html! {
        <div class="actions">
            <button type="button" class="button primary" onclick={copy}>{ "Copy link" }</button>
            if let Some(share) = share {
                <button type="button" class="button" onclick={share}>{ "Share…" }</button>
            }
        </div>
    };
    let status_line = html! {
        <p class={classes!("share-status", (*status == Status::CopyFailed).then_some("failed"))}
            role="status" aria-live="polite">{ message }</p>
    };

    if props.compact {
        let toggle = {
            let more = more.clone();
            Callback::from(move |e: Event| {
                let details: web_sys::Element = e.target_unchecked_into();
                more.set(details.has_attribute("open"));
            })
        };
        return html! {
            <div class="share-panel compact" role="group" aria-label={props.title.clone()}>
                { actions }
                { status_line }
                <details class="share-more" open={*more} ontoggle={toggle}>
                    <summary>{ if props.with_label { "Name it, or see the link" } else { "See the link" } }</summary>
                    { explanation }
                    { for label_field }
                    { link_field }
                </details>
            </div>
        };
    }
    html! {
        <section class="share-panel" aria-labelledby="share-title">
            <h2 id="share-title">{ props.title.clone() }</h2>
            { explanation }
            { for label_field }
            { link_field }
            { actions }
            { status_line }
        </section>
    }
}
