//! The person's earlier results on a screen of their own, reached from the intro (its entry
//! is the page's, `index.html`) and the result.

use yew::prelude::*;

use super::TITLE_ID;
use crate::components::EarlierResults;
use crate::journey::{Action, Screen};

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
