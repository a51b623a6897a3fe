//! The top-level component: holds the one questionnaire reducer, picks the screen, and
//! turns state changes into browser effects (saving, history entries, focus) through `web`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crossroads_core::score;
use yew::prelude::*;

use crate::components::Notice;
use crate::embed::ResultEvents;
use crate::journey::{parse_saved, route, Action, Journey, Route, SaveNotice, SaveOp, Screen};
use crate::screens::{IntroScreen, Wait, TITLE_ID};
use crate::web::{self, share, storage};

/// Builds the first state from the address bar and saved progress.
fn initial_journey() -> Journey {
    if web::has_query_flag("start-over") {
        let _ = storage::clear_progress();
        web::clear_query();
    }
    // Reading a fragment is code of the rest, which is there when the page opens with one
    // (`web::rest::needed_at_start`).
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
    let fresh = Journey {
        screen: at.unwrap_or(Screen::Intro),
        ..Journey::default()
    };
    let journey = match storage::load_progress() {
        Err(_) => fresh.apply(Action::Notice(SaveNotice::Unavailable)),
        Ok(None) => fresh,
        Ok(Some(raw)) => match parse_saved(&raw) {
            Some((answers, saved_at)) => {
                Journey::restored(answers, saved_at, at, web::is_return_visit())
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

/// How many earlier results the intro offers. Their way in is code of the rest, which a page
/// with earlier results loads at start (`web::rest::needed_at_start`); until the rest is
/// there (another tab kept one meanwhile), none.
fn earlier_count() -> usize {
    if web::rest::ready() {
        storage::earlier_count()
    } else {
        0
    }
}

/// The organisation's note for the intro, once its file is installed (with the rest).
fn org_note() -> Option<AttrValue> {
    crate::org::intro_note().map(AttrValue::from)
}

/// What waits for the rest of the release's code (`web::rest`): only the intro's code is
/// there at first, so whatever would leave the intro (an action, a history move) waits here,
/// visibly, until the rest is linked. The latest wish wins; a failed load lets the next one
/// try again.
/// What to do once the rest is there: the latest wish.
type Wish = Rc<RefCell<Option<Box<dyn FnOnce()>>>>;

#[derive(Clone)]
struct Gate {
    wait: UseStateHandle<Wait>,
    pending: Wish,
    /// Counts loads, so that only the current one's timer says it is slow.
    attempt: Rc<Cell<u32>>,
    loading: Rc<Cell<bool>>,
}

/// After this long, a wait says it is taking long and offers to try again.
const SLOW_MS: i32 = 10_000;

impl Gate {
    fn run(&self, then: impl FnOnce() + 'static) {
        if web::rest::ready() {
            then();
            return;
        }
        *self.pending.borrow_mut() = Some(Box::new(then));
        if !self.loading.get() {
            self.load(false);
        }
    }

    /// Starts loading (`fresh`: a new request, for "try again" on a slow one).
    fn load(&self, fresh: bool) {
        self.loading.set(true);
        self.wait.set(Wait::Waiting);
        let attempt = self.attempt.get() + 1;
        self.attempt.set(attempt);
        let gate = self.clone();
        web::after(SLOW_MS, move || {
            if gate.loading.get() && gate.attempt.get() == attempt {
                gate.wait.set(Wait::Slow);
            }
        });
        let gate = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let loaded = web::rest::load(fresh).await;
            if gate.attempt.get() != attempt {
                return;
            }
            gate.loading.set(false);
            let then = gate.pending.borrow_mut().take();
            match (loaded, then) {
                (Ok(()), Some(then)) => {
                    gate.wait.set(Wait::Idle);
                    then();
                }
                (Ok(()), None) => gate.wait.set(Wait::Idle),
                (Err(()), _) => gate.wait.set(Wait::Failed),
            }
        });
    }

    /// "Try again" on a slow wait: a new request for the same wish.
    fn retry(&self) {
        if self.pending.borrow().is_some() {
            self.load(true);
        }
    }
}

#[component]
pub fn App() -> Html {
    let journey = use_reducer(initial_journey);
    let wait = use_state(|| Wait::Idle);
    let gate = {
        let wait = wait.clone();
        let pending = use_mut_ref(|| None);
        let attempt = (*use_state(|| Rc::new(Cell::new(0)))).clone();
        let loading = (*use_state(|| Rc::new(Cell::new(false)))).clone();
        Gate {
            wait,
            pending,
            attempt,
            loading,
        }
    };
    // Every action goes through here: one that would leave the intro waits for the rest.
    // Past the intro the rest is there already, so answers go straight to the reducer (the
    // journey is copied, to try an action on, only while the intro shows).
    let dispatch = {
        let d = journey.dispatcher();
        let on_intro = (journey.screen == Screen::Intro).then(|| (*journey).clone());
        let gate = gate.clone();
        Callback::from(move |a: Action| match &on_intro {
            Some(now) if now.apply(a.clone()).screen != Screen::Intro => {
                let d = d.clone();
                gate.run(move || d.dispatch(a));
            }
            _ => d.dispatch(a),
        })
    };

    // The screen, readable from the page-wide key listener installed once below.
    let current = use_mut_ref(|| Rc::new(Cell::new(journey.screen)));
    current.borrow().set(journey.screen);

    {
        let gate = gate.clone();
        let d = journey.dispatcher();
        let redraw = use_force_update();
        use_effect_with((), move |_| {
            // Reading a link in the address is code of the rest too: the whole move waits.
            let history = web::on_history(move |fragment| {
                let d = d.clone();
                gate.run(move || {
                    d.dispatch(match route(&fragment) {
                        Route::Screen(s) => Action::Go(s),
                        Route::Shared(shared) => Action::OpenShared(shared),
                        Route::Other => Action::Go(Screen::Intro),
                    })
                })
            });
            // What the intro shows of an organisation's file (`crate::org::Early`), once its
            // request settles: the widget does not wait for it to be ready.
            if !crate::org::settled() {
                wasm_bindgen_futures::spawn_local(async move {
                    if web::rest::early_organisation().await {
                        redraw.force_update();
                    }
                });
            }
            web::mark_ready();
            if web::embed::config().embedded {
                web::embed::post_ready();
                web::embed::observe_height();
            }
            move || drop(history)
        });
    }

    // A new screen: record it in history, move focus to its heading, and bring it into
    // view. Not on the first render: a page must not steal focus when it loads.
    let first = use_mut_ref(|| true);
    let shown_before = use_mut_ref(|| None::<Screen>);
    let now = current.borrow().clone();
    let keys_for = (current.borrow().clone(), dispatch.clone());
    use_effect_with(journey.screen, move |screen| {
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
        web::soon(move || {
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
            web::focus(TITLE_ID);
            if web::embed::config().embedded {
                web::embed::post_scroll();
            } else {
                web::scroll_to_top();
            }
        }
    });

    // Save as answers are given. Failures become a notice; the run goes on unsaved.
    {
        let d = dispatch.clone();
        let op = journey.save_op();
        use_effect_with(op, move |op| {
            let result = match op {
                SaveOp::Skip => Ok(()),
                SaveOp::Clear => storage::clear_progress().or(Ok(())),
                SaveOp::Write(value) => storage::save_progress(value),
            };
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

    // Scored only while the result shows (nothing else reads it), so the intro never runs the
    // scoring code, which then stays in the wasm's second part (scripts/split-wasm.mjs).
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
                web::history::record(answers);
            }
        });
    }

    // Tell a host page how far along the person is, and that the result shows: the counts,
    // and nothing of the result unless this page tells the reader it sends it (the top path
    // and verdict, and with them the link, which holds every answer).
    let result_events = web::embed::config().result_events;
    use_effect_with(journey.answers.answered(), |answered| {
        web::embed::post_progress(*answered, crossroads_core::content::STATEMENTS.len())
    });
    {
        let complete = (*outcome).as_ref().map(|outcome| {
            result_events.fields(outcome.top().key(), outcome.verdict.key(), || {
                let payload = crossroads_core::link::encode(&journey.answers, None);
                share::platform().url(&crossroads_core::link::fragment(&payload))
            })
        });
        use_effect_with(complete, |complete| {
            if let Some(fields) = complete {
                web::embed::post_complete(fields);
            }
        });
    }

    let screen = match journey.screen {
        Screen::Intro => {
            let gate = gate.clone();
            let retry = Callback::from(move |_| gate.retry());
            html! {
                <IntroScreen resume={journey.resume} answered={journey.answers.answered()}
                    wait={*wait} {retry} dispatch={dispatch.clone()} {result_events}
                    earlier={earlier_count()} note={org_note()} />
            }
        }
        _ => crate::screens::past_intro::view(&journey, &outcome, &dispatch, result_events),
    };
    let notice = journey.visible_notice().map(|n| {
        let d = dispatch.clone();
        html! { <Notice notice={n} on_dismiss={Callback::from(move |_| d.emit(Action::DismissNotice))} /> }
    });

    html! {
        <>
            { for notice }
            { screen }
        </>
    }
}
