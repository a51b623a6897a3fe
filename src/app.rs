//! The top-level component: holds the one questionnaire reducer, picks the screen, and
//! turns state changes into browser effects (saving, history entries, focus) through `web`.

use std::cell::Cell;
use std::rc::Rc;

use crossroads_core::score;
use yew::prelude::*;

use crate::components::Notice;
use crate::embed::ResultEvents;
use crate::journey::{
    parse_saved, route, Action, Given, Journey, Route, SaveNotice, SaveOp, Screen,
};
use crate::screens::TITLE_ID;
use crate::web::intro::Intent;
use crate::web::platform::BrowserPlatform;
use crate::web::{self, storage};

/// The app: the journey's reducer, the screen it shows, and the effects that follow it
/// (history entries, focus, saving, the earlier results, the host page's messages). How the
/// first state is made, and what the static intro is told, follow below.
#[component]
pub fn App() -> Html {
    let journey = use_reducer(initial_journey);
    let dispatch = {
        let d = journey.dispatcher();
        Callback::from(move |a: Action| d.dispatch(a))
    };

    // The screen, readable from the page-wide key listener installed once below.
    let current = use_mut_ref(|| Rc::new(Cell::new(journey.screen)));
    current.borrow().set(journey.screen);

    // The latest journey, for the intents below (which outlive any one render) and for the
    // intro's summary, which reads storage and so is made only in the effects that write it.
    let latest = use_mut_ref(|| (*journey).clone());
    *latest.borrow_mut() = (*journey).clone();
    {
        let d = journey.dispatcher();
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let history = web::on_back_forward({
                let d = d.clone();
                move |fragment| {
                    d.dispatch(match route(&fragment) {
                        Route::Screen(s) => Action::Go(s),
                        Route::Shared(shared) => Action::OpenShared(shared),
                        Route::Other => Action::Go(Screen::Intro),
                    })
                }
            });
            // What the intro of a later visit offers, as the app finds it on starting.
            web::intro::write(stored_summary(&latest.borrow()));
            web::intro::listen(move |intent| {
                let now = latest.borrow().clone();
                match intent_action(&now, intent) {
                    Some(action) => d.dispatch(action),
                    None => web::intro::show(Some(intro_summary(&now))),
                }
            });
            web::mark_ready();
            move || drop(history)
        });
    }

    // A new screen: record it in history, move focus to its heading, and bring it into
    // view. Not on the first render: a page must not steal focus when it loads.
    let first = use_mut_ref(|| true);
    let shown_before = use_mut_ref(|| None::<Screen>);
    let now = current.borrow().clone();
    let keys_for = (current.borrow().clone(), dispatch.clone());
    let shown = latest.clone();
    use_effect_with(journey.screen, move |screen| {
        web::intro::show((*screen == Screen::Intro).then(|| intro_summary(&shown.borrow())));
        // The statements' keyboard shortcuts, from the first statement shown on (their code is
        // of the rest, which is there by then).
        if let Screen::Question(_) = screen {
            let (screen, dispatch) = keys_for;
            web::keys::install(screen, dispatch);
        }
        let is_first = std::mem::replace(&mut *first.borrow_mut(), false);
        let before = shown_before.borrow_mut().replace(*screen);
        // A shared view keeps the link's own fragment in the address bar. The history entry
        // waits for a later task (pushState costs more than the render itself), and is
        // dropped if the person has already moved on, or if the browser has moved the address
        // meanwhile (Back or Forward pressed again: the app follows that, and an entry
        // written now would cut the history the browser is walking).
        let screen = *screen;
        let address = web::fragment();
        web::after_paint(move || {
            if now.get() != screen || web::fragment() != address {
                return;
            }
            if screen != Screen::Shared {
                if Screen::from_fragment(&web::fragment()) != Some(screen) {
                    web::set_fragment(&screen.fragment(), is_first);
                }
            } else if matches!(before, Some(Screen::Earlier | Screen::Result))
                && Screen::from_fragment(&web::fragment()).is_some()
            {
                // One of the person's earlier results opened from their list or their result
                // (not a link in the address): an entry of its own, the address as it is, so
                // that Back returns there.
                web::set_fragment(&web::fragment(), false);
            }
        });
        if !is_first {
            // Focus and scrolling read the layout: just before the paint, they share its one.
            web::before_paint(move || {
                web::focus(if screen == Screen::Intro {
                    web::intro::TITLE_ID
                } else {
                    TITLE_ID
                });
                if web::embed::config().self_sizing() {
                    web::embed::post_scroll();
                } else {
                    web::scroll_to_top();
                }
            });
        }
    });

    // Save as answers are given. Failures become a notice; the run goes on unsaved.
    {
        let d = dispatch.clone();
        let op = journey.save_op();
        let saved = latest.clone();
        use_effect_with(op, move |op| {
            let result = match op {
                SaveOp::Skip => Ok(()),
                SaveOp::Clear => storage::clear_progress().or(Ok(())),
                SaveOp::Write(value) => storage::save_progress(value),
            };
            // The intro of a later visit offers what a reload would resume.
            let stored = || stored_summary(&saved.borrow());
            match op {
                SaveOp::Skip => {}
                SaveOp::Clear => web::intro::write(web::intro::Summary {
                    resume: false,
                    ..stored()
                }),
                SaveOp::Write(_) => web::intro::write(stored()),
            }
            match result {
                Ok(()) => {}
                Err(storage::StorageError::Unavailable) => {
                    d.emit(Action::Notice(SaveNotice::Unavailable))
                }
                Err(storage::StorageError::WriteFailed) => {
                    d.emit(Action::Notice(SaveNotice::Failed))
                }
            }
        });
    }

    // Scored only while the result shows: nothing else reads it.
    let on_result = journey.screen == Screen::Result;
    let outcome = use_memo((journey.answers.clone(), on_result), |(answers, on)| {
        on.then(|| score(answers))
    });

    // Keep each result the person reaches in this browser (their earlier results): quietly,
    // since saving progress already says when storage fails.
    {
        let reached = (*outcome).is_some().then(|| journey.answers.clone());
        use_effect_with(reached, |reached| {
            if let Some(answers) = reached {
                web::earlier_store::keep_reached(answers);
            }
        });
    }

    // Tell a host page how far along the person is, and that the result shows: the counts,
    // and nothing of the result unless this page tells the reader it sends it (the top path
    // and its side and their verdicts, and with them the link, which holds every answer).
    let result_events = web::embed::config().result_events;
    use_effect_with(journey.answers.answered(), |answered| {
        web::embed::post_progress(*answered, crossroads_core::content::STATEMENTS.len())
    });
    {
        let complete = (*outcome).as_ref().map(|outcome| {
            result_events.fields(outcome, || {
                let fragment = crossroads_core::link::result_fragment(&journey.answers, None);
                web::platform::browser().url(&fragment)
            })
        });
        use_effect_with(complete, |complete| {
            if let Some(fields) = complete {
                web::embed::post_complete(fields);
            }
        });
    }

    // The intro is the page's: the screens past it, and the platform they use.
    let screen = (journey.screen != Screen::Intro).then(|| {
        let screen = crate::screens::view(&journey, &outcome, &dispatch, result_events);
        html! { <BrowserPlatform>{ screen }</BrowserPlatform> }
    });
    let notice = journey.visible_notice().map(|n| {
        let d = dispatch.clone();
        html! { <Notice notice={n} on_dismiss={Callback::from(move |_| d.emit(Action::DismissNotice))} /> }
    });

    html! {
        <>
            { for notice }
            { for screen }
        </>
    }
}

/// Builds the first state from the address bar and saved progress.
fn initial_journey() -> Journey {
    if web::has_query_flag("start-over") {
        let _ = storage::clear_progress();
        web::clear_query();
    }
    let fragment = web::fragment();
    let route = if fragment.is_empty() {
        Route::Screen(Screen::Intro)
    } else {
        route(&fragment)
    };
    // A page that sends the host its result opens on its intro, which says so: a screen in
    // the address (which a host page may write) never takes the reader past it. Saved
    // progress is offered there, to resume.
    let told_first = web::embed::config().result_events != ResultEvents::Nothing;
    let at = match route {
        Route::Screen(s) if s != Screen::Intro && !told_first => Some(s),
        _ => None,
    };
    // What the organisation's file answers for everyone (installed before the app starts).
    let given = Given::new(crate::org::given());
    let fresh = Journey {
        screen: at.unwrap_or(Screen::Intro),
        given,
        ..Journey::default()
    };
    let journey = match storage::load_progress() {
        Err(_) => fresh.apply(Action::Notice(SaveNotice::Unavailable)),
        Ok(None) => fresh,
        Ok(Some(raw)) => match parse_saved(&raw) {
            Some((answers, saved_at)) => {
                Journey::restored(given, answers, saved_at, at, web::is_return_visit())
            }
            None => fresh.apply(Action::Notice(SaveNotice::Unreadable)),
        },
    };
    // A result or compare link opens on top of the viewer's own (untouched) progress.
    match route {
        Route::Shared(shared) => journey.apply(Action::OpenShared(shared)),
        // A host page may ask to open on the questions ("Where are you now?", then the
        // statements) rather than the intro.
        _ if web::embed::config().start_questions
            && journey.screen == Screen::Intro
            && journey.resume.is_none() =>
        {
            journey.apply(Action::Start)
        }
        _ => journey,
    }
}

/// What the static intro shows of the saved state (`web::intro`).
fn intro_summary(journey: &Journey) -> web::intro::Summary {
    web::intro::Summary {
        answered: journey.answers.answered(),
        total: crossroads_core::content::STATEMENTS.len(),
        resume: journey.resume.is_some(),
        earlier: storage::earlier_count(),
    }
}

/// What the intro of a later visit should offer: what a reload would resume.
fn stored_summary(journey: &Journey) -> web::intro::Summary {
    web::intro::Summary {
        resume: journey.resume.is_some()
            || journey.answers.answered() + journey.given.answered_by_person(&journey.answers) > 0,
        ..intro_summary(journey)
    }
}

/// The action for a press on the static intro. A Start that would clear a run the intro did
/// not offer to resume (its summary was older than the saved run) is not taken: the intro
/// is shown again, now with Resume, so no answer is lost to a stale page.
fn intent_action(journey: &Journey, intent: Intent) -> Option<Action> {
    match intent {
        Intent::Start if journey.resume.is_some() => None,
        Intent::Start | Intent::StartAfresh => Some(Action::Start),
        Intent::Resume => Some(Action::Resume),
        Intent::Earlier => Some(Action::Go(Screen::Earlier)),
    }
}
