//! The questionnaire's state and its reducer: which screen, which answers, what the saving
//! status is. Pure (no browser calls, no globals: what the organisation answers for everyone
//! comes in the state, [`Given`]), so every transition is tested on the host; the app
//! performs saving and history as effects of the state this produces.
//!
//! - `route`: what an address fragment asks for (a screen or a link), and each screen's.
//! - `saved`: saved progress: what to save, reading it back, the journey it restores.
//! - `given`: the context the organisation answers for everyone, and the screens it skips.

mod given;
mod route;
mod saved;

use crossroads_core::content::STATEMENTS;
use crossroads_core::{Answers, Choice, Decoded};
use std::rc::Rc;
use yew::Reducible;

pub use given::Given;
pub use route::{route, Route, Shared};
pub use saved::{parse_saved, SaveNotice, SaveOp};

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// "Where are you now?" (the `history` context question), asked first: it words the
    /// statements and the result for an engineer or a manager.
    Seat,
    /// A statement, by index in the content.
    Question(usize),
    Context,
    Result,
    /// A result (or two) opened from a link, read-only; the data is in `Journey::shared`.
    Shared,
    /// The person's earlier results kept in this browser (`crate::earlier`).
    Earlier,
}

impl Screen {
    /// Screens beside the person's run rather than in it (the intro, a link's view, the
    /// earlier results): going there keeps the run to resume as it was.
    pub fn is_outside_the_run(self) -> bool {
        matches!(self, Screen::Intro | Screen::Shared | Screen::Earlier)
    }
}

/// The whole questionnaire state.
#[derive(Clone, Debug, PartialEq)]
pub struct Journey {
    pub screen: Screen,
    pub answers: Answers,
    /// Where a saved run left off, while the intro offers to resume it.
    pub resume: Option<Screen>,
    pub notice: SaveNotice,
    /// True once the person closed the notice (it is never shown twice).
    pub notice_dismissed: bool,
    /// What a link opened, while the shared screen shows it. Never saved, never mixed
    /// with the person's own answers.
    pub shared: Option<Shared>,
    /// The context the organisation answers for everyone (none unless its file says).
    pub given: Given,
}

impl Default for Journey {
    fn default() -> Self {
        Journey {
            screen: Screen::Intro,
            answers: Answers::new(),
            resume: None,
            notice: SaveNotice::None,
            notice_dismissed: false,
            shared: None,
            given: Given::NONE,
        }
    }
}

/// Everything a person (or the browser's history) can do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Begin a fresh run from the intro.
    Start,
    /// Continue the saved run where it left off.
    Resume,
    /// Answer a statement; `advance` moves on to the next screen as well.
    Answer {
        index: usize,
        choice: Choice,
        advance: bool,
    },
    ToggleImportant(usize),
    /// Answer (or clear) a context question.
    Context {
        question: usize,
        option: Option<u8>,
    },
    Next,
    Back,
    /// Show a screen (history navigation, "change answers", links inside the result).
    Go(Screen),
    /// Forget every answer and return to the intro.
    StartOver,
    /// Show what a link opened.
    OpenShared(Shared),
    /// From someone's shared result: set it beside the viewer's own answers.
    CompareWithMine,
    /// Leave a shared view for the viewer's own questionnaire.
    TakeItYourself,
    /// Saving is not possible or failed; keep going without it.
    Notice(SaveNotice),
    DismissNotice,
}

pub(crate) fn last_question() -> usize {
    STATEMENTS.len().saturating_sub(1)
}

impl Journey {
    fn next_screen(&self) -> Screen {
        match self.screen {
            Screen::Intro => Screen::Seat,
            Screen::Seat => Screen::Question(0),
            Screen::Question(i) if i < last_question() => Screen::Question(i + 1),
            // With every context question answered by the organisation, none is asked.
            Screen::Question(_) if self.given.asked_context() == 0 => Screen::Result,
            Screen::Question(_) => Screen::Context,
            Screen::Context | Screen::Result => Screen::Result,
            Screen::Shared => Screen::Shared,
            Screen::Earlier => Screen::Earlier,
        }
    }

    fn previous_screen(&self) -> Screen {
        match self.screen {
            Screen::Intro | Screen::Seat => Screen::Intro,
            // From the first statement to where the person stands, unless the organisation
            // answers that for everyone.
            Screen::Question(0) if self.given.seat() => Screen::Intro,
            Screen::Question(0) => Screen::Seat,
            Screen::Question(i) => Screen::Question(i - 1),
            Screen::Context => Screen::Question(last_question()),
            Screen::Result if self.given.asked_context() == 0 => Screen::Question(last_question()),
            Screen::Result => Screen::Context,
            Screen::Shared => Screen::Shared,
            Screen::Earlier => Screen::Intro,
        }
    }

    /// Applies an action, returning the new state (pure).
    pub fn apply(&self, action: Action) -> Journey {
        let mut next = self.clone();
        match action {
            Action::Start => {
                next.answers = Answers::new();
                next.resume = None;
                next.screen = Screen::Seat;
            }
            Action::Resume => {
                next.screen = self.resume.unwrap_or(Screen::Seat);
                next.resume = None;
            }
            Action::Answer {
                index,
                choice,
                advance,
            } => {
                if index < STATEMENTS.len() {
                    next.answers.set(index, Some(choice));
                    if advance && self.screen == Screen::Question(index) {
                        next.screen = self.next_screen();
                    }
                }
            }
            Action::ToggleImportant(index) => {
                let marked = self.answers.is_important(index);
                next.answers.set_important(index, !marked);
            }
            Action::Context { question, option } => next.answers.set_context(question, option),
            Action::Next => next.screen = self.next_screen(),
            Action::Back => next.screen = self.previous_screen(),
            Action::Go(screen) => {
                next.screen = match screen {
                    Screen::Question(i) if i >= STATEMENTS.len() => {
                        Screen::Question(last_question())
                    }
                    Screen::Shared if self.shared.is_none() => Screen::Intro,
                    s => s,
                };
                if !next.screen.is_outside_the_run() {
                    next.resume = None;
                    next.shared = None;
                }
            }
            Action::OpenShared(shared) => {
                next.shared = Some(shared);
                next.screen = Screen::Shared;
                // Opened mid-run (a link pasted into this tab): offer the way back to it.
                if !self.screen.is_outside_the_run() && self.has_own_answers() {
                    next.resume = Some(self.screen);
                }
            }
            Action::CompareWithMine => {
                if let Some(Shared::One(theirs) | Shared::Kept { result: theirs, .. }) =
                    &self.shared
                {
                    if self.has_own_answers() {
                        next.shared = Some(Shared::Two {
                            first: theirs.clone(),
                            second: Decoded::of(self.answers.clone(), None),
                            second_is_mine: true,
                        });
                    }
                }
            }
            Action::TakeItYourself => {
                next.shared = None;
                next.screen = Screen::Intro;
            }
            Action::StartOver => {
                next.answers = Answers::new();
                next.resume = None;
                next.screen = Screen::Intro;
            }
            Action::Notice(notice) => {
                if self.notice == SaveNotice::None {
                    next.notice = notice;
                }
            }
            Action::DismissNotice => next.notice_dismissed = true,
        }
        // In the run, the context the organisation answers for everyone is answered so (and
        // goes with the result's link, so that advice it shapes shows wherever it opens).
        if !next.screen.is_outside_the_run() {
            next.answers = self.given.fill_in(next.answers);
        }
        next.screen = self.given.skip_answered(next.screen);
        next.resume = next.resume.map(|s| self.given.skip_answered(s));
        next
    }

    /// True when the viewer has answers of their own (in progress or finished).
    pub fn has_own_answers(&self) -> bool {
        self.answers.answered() > 0
    }

    /// The notice to show now, if any.
    pub fn visible_notice(&self) -> Option<SaveNotice> {
        (!self.notice_dismissed && self.notice != SaveNotice::None).then_some(self.notice)
    }
}

impl Reducible for Journey {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests {
    use super::*;
    use crossroads_core::content::SEAT_QUESTION;
    use crossroads_core::link;

    pub(crate) fn at(screen: Screen) -> Journey {
        Journey {
            screen,
            ..Journey::default()
        }
    }

    #[test]
    fn next_and_back_walk_the_whole_questionnaire() {
        let mut j = Journey::default().apply(Action::Start);
        assert_eq!(
            j.screen,
            Screen::Seat,
            "where the person stands comes first"
        );
        j = j.apply(Action::Next);
        assert_eq!(j.screen, Screen::Question(0));
        for i in 1..STATEMENTS.len() {
            j = j.apply(Action::Next);
            assert_eq!(j.screen, Screen::Question(i));
        }
        j = j.apply(Action::Next);
        assert_eq!(j.screen, Screen::Context);
        j = j.apply(Action::Next);
        assert_eq!(j.screen, Screen::Result);
        j = j.apply(Action::Back);
        assert_eq!(j.screen, Screen::Context);
        j = j.apply(Action::Back);
        assert_eq!(j.screen, Screen::Question(last_question()));
        assert_eq!(
            at(Screen::Question(0)).apply(Action::Back).screen,
            Screen::Seat
        );
        assert_eq!(at(Screen::Seat).apply(Action::Back).screen, Screen::Intro);
    }

    /// Where the person stands is the `history` context answer: chosen first, it words the
    /// statements, goes with the saved run, and can be changed on the context screen later.
    #[test]
    fn where_the_person_stands_is_asked_first_and_kept_as_context() {
        use crossroads_core::Seat;
        let seat = Journey::default().apply(Action::Start);
        let manager = seat.apply(Action::Context {
            question: SEAT_QUESTION,
            option: Some(3),
        });
        assert_eq!(manager.answers.seat(), Seat::Manager);
        assert_eq!(manager.answers.contexts()[SEAT_QUESTION], Some(3));
        let SaveOp::Write(raw) = manager.save_op() else {
            panic!("a chosen seat is saved")
        };
        assert_eq!(
            parse_saved(&raw),
            Some((manager.answers.clone(), Screen::Seat))
        );
        // A reload there comes back to it, with nothing else answered.
        let back = Journey::restored(
            Given::NONE,
            manager.answers.clone(),
            Screen::Seat,
            Some(Screen::Seat),
            true,
        );
        assert_eq!(back.screen, Screen::Seat);
        // On through the statements, then changed among the context questions.
        let mut j = manager.apply(Action::Next);
        assert_eq!(j.screen, Screen::Question(0));
        j = j.apply(Action::Go(Screen::Context)).apply(Action::Context {
            question: SEAT_QUESTION,
            option: Some(0),
        });
        assert_eq!(j.answers.seat(), Seat::Engineer);
        assert_eq!(route("#where"), Route::Screen(Screen::Seat));
    }

    #[test]
    fn answering_saves_the_choice_and_advances_only_when_asked() {
        let j = at(Screen::Question(2));
        let stay = j.apply(Action::Answer {
            index: 2,
            choice: Choice::AGREE,
            advance: false,
        });
        assert_eq!(stay.screen, Screen::Question(2));
        assert_eq!(stay.answers.choice(2), Some(Choice::AGREE));
        let go = j.apply(Action::Answer {
            index: 2,
            choice: Choice::Unsure,
            advance: true,
        });
        assert_eq!(go.screen, Screen::Question(3));
        assert_eq!(go.answers.choice(2), Some(Choice::Unsure));
        // Out of range indexes change nothing.
        let same = j.apply(Action::Answer {
            index: 9999,
            choice: Choice::AGREE,
            advance: true,
        });
        assert_eq!(same, j);
    }

    #[test]
    fn importance_toggles() {
        let j = at(Screen::Question(0)).apply(Action::ToggleImportant(0));
        assert!(j.answers.is_important(0));
        assert!(!j.apply(Action::ToggleImportant(0)).answers.is_important(0));
    }

    #[test]
    fn start_over_forgets_answers_and_start_is_fresh() {
        let j = at(Screen::Question(0)).apply(Action::Answer {
            index: 0,
            choice: Choice::AGREE,
            advance: true,
        });
        let over = j.apply(Action::StartOver);
        assert_eq!(over.screen, Screen::Intro);
        assert_eq!(over.answers, Answers::new());
        assert_eq!(j.apply(Action::Start).answers, Answers::new());
    }

    pub(crate) fn theirs() -> Decoded {
        let mut a = Answers::new();
        a.set(0, Some(Choice::STRONGLY_DISAGREE));
        link::decode(&link::encode(&a, Some("Sam"))).expect("a fresh link decodes")
    }

    #[test]
    fn a_shared_view_never_touches_the_viewers_own_answers() {
        let mut mine = Journey::default().apply(Action::Start);
        mine = mine.apply(Action::Answer {
            index: 0,
            choice: Choice::AGREE,
            advance: true,
        });
        let viewing = mine.apply(Action::OpenShared(Shared::One(theirs())));
        assert_eq!(viewing.screen, Screen::Shared);
        assert_eq!(viewing.answers, mine.answers);
        assert_eq!(viewing.save_op(), SaveOp::Skip);

        let compared = viewing.apply(Action::CompareWithMine);
        let Some(Shared::Two {
            first,
            second,
            second_is_mine,
        }) = &compared.shared
        else {
            panic!("compare with mine shows two results")
        };
        assert!(second_is_mine);
        assert_eq!(first, &theirs());
        assert_eq!(second.answers, mine.answers);

        let back = compared.apply(Action::TakeItYourself);
        assert_eq!(back.screen, Screen::Intro);
        assert_eq!(back.shared, None);
        assert_eq!(back.answers, mine.answers);
    }

    fn started_with_one_answer(advance: bool) -> Journey {
        Journey::default()
            .apply(Action::Start)
            .apply(Action::Next)
            .apply(Action::Answer {
                index: 0,
                choice: Choice::AGREE,
                advance,
            })
    }

    #[test]
    fn the_earlier_results_are_outside_the_run() {
        // Opened afresh (or reloaded) on the list, a saved run is still offered.
        let mut answers = Answers::new();
        answers.set(3, Some(Choice::AGREE));
        for returning in [false, true] {
            let j = Journey::restored(
                Given::NONE,
                answers.clone(),
                Screen::Question(4),
                Some(Screen::Earlier),
                returning,
            );
            assert_eq!(j.screen, Screen::Earlier);
            assert_eq!(j.resume, Some(Screen::Question(4)));
        }
        assert_eq!(Screen::from_fragment("earlier"), Some(Screen::Earlier));
        assert_eq!(Screen::Earlier.fragment(), "earlier");
        // A saved run offered on the intro is still offered after a look at the list, and
        // after opening one of them and coming back.
        let offered = Journey {
            resume: Some(Screen::Question(4)),
            ..Journey::default()
        };
        let looked = offered.apply(Action::Go(Screen::Earlier));
        assert_eq!(looked.screen, Screen::Earlier);
        assert_eq!(looked.resume, Some(Screen::Question(4)));
        assert_eq!(looked.save_op(), SaveOp::Skip);
        let kept = Shared::Kept {
            result: theirs(),
            name: "29 Nov 2026, 10:05".into(),
        };
        let opened = looked.apply(Action::OpenShared(kept.clone()));
        assert_eq!(opened.screen, Screen::Shared);
        assert_eq!(opened.resume, Some(Screen::Question(4)));
        let back = opened
            .apply(Action::Go(Screen::Earlier))
            .apply(Action::Back);
        assert_eq!(back.screen, Screen::Intro);
        assert_eq!(back.resume, Some(Screen::Question(4)));
        // An earlier result compares with one's own answers like a shared one.
        let mine = started_with_one_answer(false);
        let compared = mine
            .apply(Action::OpenShared(kept))
            .apply(Action::CompareWithMine);
        assert!(matches!(
            compared.shared,
            Some(Shared::Two {
                second_is_mine: true,
                ..
            })
        ));
    }

    #[test]
    fn a_link_opened_mid_run_offers_the_way_back() {
        let mine = started_with_one_answer(true);
        let back = mine
            .apply(Action::OpenShared(Shared::One(theirs())))
            .apply(Action::TakeItYourself);
        assert_eq!(back.resume, Some(Screen::Question(1)));
        assert_eq!(back.apply(Action::Resume).screen, Screen::Question(1));
    }

    #[test]
    fn compare_with_mine_needs_answers_of_my_own() {
        let viewing = Journey::default().apply(Action::OpenShared(Shared::One(theirs())));
        assert_eq!(viewing.apply(Action::CompareWithMine), viewing);
    }

    #[test]
    fn history_cannot_go_past_the_last_question() {
        let j = Journey::default().apply(Action::Go(Screen::Question(10_000)));
        assert_eq!(j.screen, Screen::Question(last_question()));
    }
}
