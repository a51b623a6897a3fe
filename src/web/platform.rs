//! The browser's side of `crate::platform`: what the screens past the intro may ask of the
//! browser, made of the rest of `web`, and handed to them from the app's root as a context.

use yew::prelude::*;

use super::share;
use crate::card::Card;
use crate::platform::{Platform, Request, ShareRequest};

/// The browser services the screens past the intro may use (`crate::platform`): links to
/// this page or the host page that asked for them, the clipboard, the share sheet, the
/// card image, print, the earlier results kept in this browser.
pub fn browser() -> Platform {
    let run = |f: fn(String) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool>>>| {
        Callback::from(move |(text, done): Request| {
            let work = f(text);
            wasm_bindgen_futures::spawn_local(async move { done.emit(work.await) });
        })
    };
    let host_page = super::embed::config().share_page;
    Platform {
        host_page: host_page.is_some(),
        link_base: host_page.unwrap_or_else(share::widget_url).into(),
        copy: run(|text| Box::pin(async move { share::copy_text(&text).await })),
        share: share::can_share().then(|| {
            Callback::from(|(url, card, done): ShareRequest| {
                wasm_bindgen_futures::spawn_local(async move {
                    done.emit(share::share(tr!("My Crossroads result"), &url, card).await)
                })
            })
        }),
        save_image: Callback::from(|(card, done): (Card, Callback<bool>)| {
            wasm_bindgen_futures::spawn_local(
                async move { done.emit(super::card::save(card).await) },
            )
        }),
        earlier: Callback::from(super::earlier_store::load),
        keep: Callback::from(|kept: Vec<_>| super::earlier_store::save(&kept)),
        focus: Callback::from(|id: yew::AttrValue| super::focus(&id)),
        print: Callback::from(|_| super::print(None)),
        print_all: Callback::from(|_| super::print(Some("all"))),
        print_talk: Callback::from(|_| super::print(Some("talk"))),
    }
}

#[derive(Properties, PartialEq)]
pub struct BrowserPlatformProps {
    pub children: Html,
}

/// Hands the browser's platform ([`browser`]) to the screens inside. Only the screens past
/// the intro use it, so the app puts it around those alone, and it is made when the first
/// of them shows.
#[component]
pub fn BrowserPlatform(props: &BrowserPlatformProps) -> Html {
    let platform = use_memo((), |_| browser());
    html! {
        <ContextProvider<Platform> context={(*platform).clone()}>
            { props.children.clone() }
        </ContextProvider<Platform>>
    }
}
