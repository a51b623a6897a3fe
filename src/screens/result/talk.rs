//! "Talk it over": the questions to bring to one conversation with someone the reader trusts,
//! chosen for this result by the core (`crossroads_core::talk`), with how to open it, a copy
//! of the questions with the result's link, and a print of the guide alone.

use crossroads_core::talk::select_questions_at;
use crossroads_core::{link, Answers, Outcome};
use yew::prelude::*;

use crate::platform::use_platform;

#[derive(Properties, PartialEq)]
pub struct TalkProps {
    pub answers: Answers,
    pub outcome: Outcome,
}

/// What the last copy did.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Yes,
    Refused,
}

/// The questions as plain text, one numbered line each, and the link to the result they come
/// from: what "Copy these questions" puts on the clipboard.
pub fn plain_text(questions: &[&str], link: &str) -> String {
    let mut text = format!(
        "{}\n\n",
        tr!("Questions for a conversation about my Crossroads result")
    );
    for (i, q) in questions.iter().enumerate() {
        text.push_str(&format!("{}. {q}\n", i + 1));
    }
    text.push('\n');
    text.push_str(&trf!("My result: {}", link));
    text
}

#[component]
pub fn Talk(props: &TalkProps) -> Html {
    let platform = use_platform();
    let copied = use_state(|| Copied::Not);
    let questions: Vec<&'static str> =
        select_questions_at(&props.answers, &props.outcome, &crate::org::offered())
            .iter()
            .map(|q| q.text.as_str())
            .collect();
    let url = platform.url(&link::result_fragment(&props.answers, None));

    let copy = {
        let text = plain_text(&questions, &url);
        let copy = platform.copy.clone();
        let copied = copied.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            copy.emit((
                text.clone(),
                Callback::from(move |ok| {
                    copied.set(if ok { Copied::Yes } else { Copied::Refused })
                }),
            ))
        })
    };
    let print = {
        let print = platform.print_talk.clone();
        Callback::from(move |_| print.emit(()))
    };
    let status = match *copied {
        Copied::Not => "",
        Copied::Yes => tr!("Questions copied, with the link to your result."),
        Copied::Refused => {
            tr!("This browser would not copy them. Select the questions above and copy them by hand.")
        }
    };

    html! {
        <>
            <p>{ tr!("People rarely make this move alone. Take these questions to one conversation with someone you trust: your manager, a mentor, or a peer who has made the move.") }</p>
            <p>{ tr!("Open with what you are weighing and why now. Then ask for one thing: an honest read of your work, a small experiment to try, or their backing.") }</p>
            <ol class="talk-questions">
                { for questions.iter().map(|q| html! { <li>{ *q }</li> }) }
            </ol>
            // The copy and the print carry the link, which holds every answer: said here first.
            <p class="talk-link">{ trf!("The result these questions come from: {}", url) }</p>
            <div class="talk-actions">
                <button type="button" class="button" onclick={copy}>{ tr!("Copy these questions") }</button>
                <button type="button" class="button" onclick={print}>{ tr!("Print this guide") }</button>
            </div>
            <p class={classes!("talk-status", (*copied == Copied::Refused).then_some("failed"))}
                role="status" aria-live="polite">{ status }</p>
        </>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_copy_numbers_the_questions_and_ends_with_the_link() {
        let text = plain_text(&["First?", "Second?"], "https://example.org/#r=abc");
        assert_eq!(
            text,
            "Questions for a conversation about my Crossroads result\n\n1. First?\n2. Second?\n\nMy result: https://example.org/#r=abc"
        );
    }
}
