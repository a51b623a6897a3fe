//! The share panel: an optional label, the link in full (selectable), Copy with a visible
//! and announced confirmation, and the system share sheet where the browser offers one. In
//! its compact form (the result's summary) the two actions come first, and the label and the
//! link wait in a disclosure below them, which opens by itself when copying fails.

use crossroads_core::link::{self, MAX_LABEL_CHARS};
use crossroads_core::Outcome;
use yew::prelude::*;

use crate::card::Card;
use crate::platform::use_platform;

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    /// The link's fragment for a given label (without `#`): a result or a compare link.
    pub fragment_for: Callback<Option<String>, String>,
    /// Offer the optional label field (a result link; not a compare link).
    #[prop_or(true)]
    pub with_label: bool,
    /// Without the field, the label the link and the card carry (a shared result's own).
    #[prop_or_default]
    pub label: Option<String>,
    #[prop_or(AttrValue::Static(tr!("Share your result")))]
    pub title: AttrValue,
    /// The actions first, the rest in a disclosure; no heading (the summary has one).
    #[prop_or_default]
    pub compact: bool,
    /// The result a card image is made of ("Save as image", and the image offered with
    /// "Share…"); none for a comparison.
    #[prop_or_default]
    pub card: Option<Outcome>,
    /// Told the label each time the link is copied, shared or saved as an image.
    #[prop_or_default]
    pub on_use: Callback<Option<String>>,
}

/// What the last copy or share did, for the live region.
#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Copied,
    CopyFailed,
    Shared,
    ImageSaved,
    ImageFailed,
}

#[component]
pub fn SharePanel(props: &SharePanelProps) -> Html {
    let platform = use_platform();
    let label = use_state(String::new);
    let status = use_state(|| Status::Idle);
    // The compact form's disclosure: open once the reader opens it or copying fails.
    let more = use_state(|| false);

    let clean = if props.with_label {
        link::clean_label(&label)
    } else {
        props.label.clone()
    };
    let used = {
        let on_use = props.on_use.clone();
        let clean = clean.clone();
        move || on_use.emit(clean.clone())
    };
    let url = platform.url(&props.fragment_for.emit(clean.clone()));
    let card = {
        let url = url.clone();
        let outcome = props.card.clone();
        move || {
            outcome
                .as_ref()
                .map(|o| Card::new(o, &url, clean.as_deref()))
        }
    };

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
        let used = used.clone();
        Callback::from(move |_| {
            used();
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
        let card = card.clone();
        let used = used.clone();
        Callback::from(move |_| {
            used();
            let status = status.clone();
            share.emit((
                url.clone(),
                card(),
                Callback::from(move |ok| {
                    if ok {
                        status.set(Status::Shared)
                    }
                }),
            ))
        })
    });
    // Made when pressed: the card's layout is work the first frame need not do.
    let save_image = props.card.is_some().then(|| {
        let status = status.clone();
        let save = platform.save_image.clone();
        Callback::from(move |_| {
            let Some(card) = card() else { return };
            used();
            let status = status.clone();
            save.emit((
                card,
                Callback::from(move |ok| {
                    status.set(if ok {
                        Status::ImageSaved
                    } else {
                        Status::ImageFailed
                    })
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
        Status::Copied => tr!("Link copied. Paste it anywhere: it opens this result."),
        Status::CopyFailed if props.compact => {
            tr!("This browser would not copy the link. Select it below and copy it by hand.")
        }
        Status::CopyFailed => {
            tr!("This browser would not copy the link. Select it above and copy it by hand.")
        }
        Status::Shared => tr!("Shared."),
        Status::ImageSaved => tr!("Image saved as crossroads-result.png: the verdict and the fits, and the link, which opens your result. No answer is written on it."),
        Status::ImageFailed => tr!("This browser could not make the image. Copy the link instead."),
    };

    let explanation = html! {
        <p class="muted">
            { tr!("The link holds your answers in its last part (after the #), which browsers never send to a server. Anyone with it sees this result; nothing else is shared.") }
        </p>
    };
    let label_field = props.with_label.then(|| {
        html! {
            <label class="field" for="share-label">
                <span>{ tr!("Name on the result (optional)") }</span>
                <input id="share-label" type="text" maxlength={MAX_LABEL_CHARS.to_string()}
                    autocomplete="off" placeholder={tr!("For example: Sam")} value={(*label).clone()}
                    oninput={on_label} />
            </label>
        }
    });
    let link_field = html! {
        <label class="field" for="share-link">
            <span>{ tr!("Link") }</span>
            <input id="share-link" class="share-link" type="text" readonly=true value={url.clone()}
                onfocus={select_all} />
        </label>
    };
    let actions = html! {
        <div class="actions">
            <button type="button" class="button primary" onclick={copy}>{ tr!("Copy link") }</button>
            if let Some(share) = share {
                <button type="button" class="button" onclick={share}>{ tr!("Share…") }</button>
            }
            if let Some(save_image) = save_image {
                <button type="button" class="button" onclick={save_image}>{ tr!("Save as image") }</button>
            }
        </div>
    };
    let status_line = html! {
        <p class={classes!("share-status", matches!(*status, Status::CopyFailed | Status::ImageFailed).then_some("failed"))}
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
                    <summary>{ if props.with_label { tr!("Name it, or see the link") } else { tr!("See the link") } }</summary>
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
