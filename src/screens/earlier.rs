//! The person's earlier results on a screen of their own, reached from the intro.

use yew::prelude::*;

use super::TITLE_ID;
use crate::components::EarlierResults;
use crate::journey::{Action, Screen};

/// The intro's way to the earlier results. Below everything the static shell paints, so
/// nothing moves when it appears; code of the rest (the intro shows it only once the rest is
/// there), never inlined into the intro.
#[inline(never)]
pub fn entry(count: usize, dispatch: &Callback<Action>) -> Html {
    let d = dispatch.clone();
    let open = Callback::from(move |_| d.emit(Action::Go(Screen::Earlier)));
    let kept = if count == 1 {
        tr!("One result is kept in this browser.").to_string()
    } else {
        trf!("{} results are kept in this browser.", count)
    };
    html! {
        <section class="earlier-entry" aria-labelledby="earlier-entry-title">
            <h2 id="earlier-entry-title">{ tr!("Your earlier results") }</h2>
            <p>{ kept }</p>
            <button type="button" class="button" onclick={open}>{ tr!("See your earlier results") }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct EarlierProps {
    pub dispatch: Callback<Action>,
}

#[component]
pub fn EarlierScreen(props: &EarlierProps) -> Html {
    let d = props.dispatch.clone();
    let back = Callback::from(move |_| d.emit(Action::Go(Screen::Intro)));
    html! {
        <main class="screen earlier-screen" aria-labelledby={TITLE_ID}>
            <p class="brand">{ tr!("Crossroads") }</p>
            <h1 id={TITLE_ID} tabindex="-1">{ tr!("Your earlier results") }</h1>
            <EarlierResults dispatch={props.dispatch.clone()} heading={TITLE_ID} />
            <nav class="result-actions" aria-label={tr!("Earlier results")}>
                <button type="button" class="button primary" onclick={back}>{ tr!("Back to the start") }</button>
            </nav>
        </main>
    }
}
