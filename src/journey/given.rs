//! The context the organisation answers for everyone (its `crossroads.json`, installed by
//! `crate::org`): part of the journey's state, handed in when the journey is made, so that the
//! reducer reads no global. Those questions are not asked: the answers are filled in, and the
//! screens that would ask only them are skipped.

use crossroads_core::content::{CONTEXT_QUESTIONS, SEAT_QUESTION};
use crossroads_core::Answers;

use super::Screen;

/// The context questions answered for everyone here (question index, option index).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Given(&'static [(usize, u8)]);

impl Given {
    /// Nothing answered for everyone: the widget as it ships.
    pub const NONE: Given = Given(&[]);

    pub fn new(answers: &'static [(usize, u8)]) -> Given {
        Given(answers)
    }

    /// How many context questions are asked.
    pub fn asked_context(self) -> usize {
        CONTEXT_QUESTIONS.len() - self.0.len()
    }

    /// True when where the person stands is answered for everyone.
    pub fn seat(self) -> bool {
        self.0.iter().any(|&(q, _)| q == SEAT_QUESTION)
    }

    /// The answers with the context answered for everyone filled in.
    pub fn fill_in(self, mut answers: Answers) -> Answers {
        for &(question, option) in self.0 {
            answers.set_context(question, Some(option));
        }
        answers
    }

    /// The context questions the person answered (not those answered for everyone).
    pub fn answered_by_person(self, answers: &Answers) -> usize {
        answers
            .contexts()
            .iter()
            .enumerate()
            .filter(|(q, a)| a.is_some() && !self.0.iter().any(|(g, _)| g == q))
            .count()
    }

    /// The screen, or the next one asked where it would ask only what is answered for
    /// everyone (a run saved there, an address that names it): the first statement for where
    /// the person stands, the result for the context questions.
    pub fn skip_answered(self, screen: Screen) -> Screen {
        match screen {
            Screen::Seat if self.seat() => Screen::Question(0),
            Screen::Context if self.asked_context() == 0 => Screen::Result,
            screen => screen,
        }
    }
}

/// What an organisation's file answers for everyone, for a test.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) fn given_by(file: &str) -> Given {
    let (config, problems) =
        crossroads_core::config::read_in(file, crossroads_core::Language::English);
    assert!(problems.is_empty(), "{problems:?}");
    Given::new(Box::leak(config.context.into_boxed_slice()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::journey::tests::at;
    use crate::journey::{Action, Journey, SaveOp};
    use crossroads_core::content::STATEMENTS;
    use crossroads_core::Choice;

    /// An organisation that answers where everyone stands (an odd file, but a valid one)
    /// skips the question: no route leads to it.
    #[test]
    fn a_seat_the_organisation_answers_is_not_asked() {
        let all_managers = given_by(r#"{"context": {"history": "manager-recent"}}"#);
        let j = Journey {
            given: all_managers,
            ..Journey::default()
        }
        .apply(Action::Start);
        assert_eq!(j.screen, Screen::Question(0));
        assert_eq!(j.answers.seat(), crossroads_core::Seat::Manager);
        assert_eq!(j.apply(Action::Back).screen, Screen::Intro);
        assert_eq!(
            Journey {
                given: all_managers,
                ..at(Screen::Intro)
            }
            .apply(Action::Go(Screen::Seat))
            .screen,
            Screen::Question(0)
        );
        let restored = Journey::restored(
            all_managers,
            Answers::new(),
            Screen::Seat,
            Some(Screen::Seat),
            true,
        );
        assert_eq!(restored.screen, Screen::Question(0));
    }

    /// A run started and its first statement answered (and moved past, with `advance`).
    #[test]
    fn what_the_organisation_answers_is_answered_in_the_run_and_not_asked() {
        let acme = given_by(r#"{"context": {"staff-track": "no"}}"#);
        let staff = crossroads_core::config::context_question("staff-track").unwrap();
        let no = crossroads_core::config::context_option(staff, "no").unwrap();
        // Starting is not yet a run to save or resume: nothing the person answered.
        let j = Journey {
            given: acme,
            ..Journey::default()
        }
        .apply(Action::Start);
        assert_eq!(j.answers.context(staff), Some(no));
        assert_eq!(acme.answered_by_person(&j.answers), 0);
        assert_eq!(j.apply(Action::Go(Screen::Intro)).save_op(), SaveOp::Clear);
        // A saved run that said otherwise takes the organisation's answer when resumed.
        let mut theirs = Answers::new();
        theirs.set_context(staff, Some(0));
        theirs.set(0, Some(Choice::AGREE));
        let j =
            Journey::restored(acme, theirs, Screen::Question(1), None, false).apply(Action::Resume);
        assert_eq!(j.answers.context(staff), Some(no));
        // A choice on the (hidden) question changes nothing.
        let j = j.apply(Action::Context {
            question: staff,
            option: Some(0),
        });
        assert_eq!(j.answers.context(staff), Some(no));

        // Every question answered here: the last statement leads to the result, and back.
        let initech = given_by(
            r#"{"context": {"staff-track": "no", "opening": "no", "encouraged": "yes", "history": "ic-never"}}"#,
        );
        let last = Journey {
            given: initech,
            ..Journey::default()
        }
        .apply(Action::Start)
        .apply(Action::Go(Screen::Question(STATEMENTS.len() - 1)));
        let result = last.apply(Action::Next);
        assert_eq!(result.screen, Screen::Result);
        assert_eq!(result.apply(Action::Back).screen, last.screen);
        // Nor does any other way lead to the empty screen: an address, a run saved there.
        assert_eq!(
            last.apply(Action::Go(Screen::Context)).screen,
            Screen::Result
        );
        let mut answered = last.answers.clone();
        answered.set(0, Some(Choice::AGREE));
        let saved = Journey::restored(initech, answered, Screen::Context, None, false);
        assert_eq!(saved.resume, Some(Screen::Result));
        assert_eq!(saved.apply(Action::Resume).screen, Screen::Result);
        let opened = Journey::restored(
            initech,
            last.answers,
            Screen::Context,
            Some(Screen::Context),
            false,
        );
        assert_eq!(opened.screen, Screen::Result);
    }
}
