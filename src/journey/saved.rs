//! Saved progress: what to save for a state (the screen and the answers, in the share-link
//! codec's compact form), reading it back, the journey it restores, and what the widget
//! tells the person about saving.

use crossroads_core::content::STATEMENTS;
use crossroads_core::link;
use crossroads_core::Answers;

use super::{Given, Journey, Screen};

/// What the widget tells the person about saving, once and discreetly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveNotice {
    /// Saving works; nothing to say.
    None,
    /// The browser offers no storage here (blocked, sandboxed, private mode).
    Unavailable,
    /// A write failed (storage full).
    Failed,
    /// Saved progress could not be read, so the run starts fresh.
    Unreadable,
}

impl Screen {
    /// A compact form for saved progress.
    pub fn to_saved(self) -> String {
        match self {
            // The list of earlier results is not a place in the run: the run resumes on the intro.
            Screen::Intro | Screen::Earlier => "i".to_string(),
            Screen::Seat => "w".to_string(),
            Screen::Question(i) => format!("q{i}"),
            Screen::Context => "c".to_string(),
            Screen::Result | Screen::Shared => "r".to_string(),
        }
    }

    pub fn from_saved(s: &str) -> Option<Screen> {
        match s {
            "i" => Some(Screen::Intro),
            "w" => Some(Screen::Seat),
            "c" => Some(Screen::Context),
            "r" => Some(Screen::Result),
            _ => {
                let i: usize = s.strip_prefix('q')?.parse().ok()?;
                (i < STATEMENTS.len()).then_some(Screen::Question(i))
            }
        }
    }
}

/// What saving should do for a state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveOp {
    /// Leave storage alone (a saved run is on offer and not yet resumed or replaced).
    Skip,
    /// Nothing to keep: forget any saved run.
    Clear,
    /// Write this value.
    Write(String),
}

impl Journey {
    /// What to save for this state: the screen and the answers, in the share-link codec's
    /// compact form (`<screen>|<payload>`), so saved progress and links share one format.
    pub fn save_op(&self) -> SaveOp {
        if self.resume.is_some() || matches!(self.screen, Screen::Shared | Screen::Earlier) {
            SaveOp::Skip
        } else if self.screen == Screen::Intro
            && self.answers.answered() == 0
            && self.given.answered_by_person(&self.answers) == 0
        {
            SaveOp::Clear
        } else {
            SaveOp::Write(format!(
                "{}|{}",
                self.screen.to_saved(),
                link::encode(&self.answers, None)
            ))
        }
    }
}

/// Reads saved progress; `None` when it is damaged in any way.
pub fn parse_saved(raw: &str) -> Option<(Answers, Screen)> {
    let (screen, payload) = raw.split_once('|')?;
    let screen = Screen::from_saved(screen)?;
    let decoded = link::decode(payload).ok()?;
    Some((decoded.answers, screen))
}

impl Journey {
    /// A journey restored from saved progress. A saved run that reached a question or
    /// beyond is offered for resuming on the intro, unless `at` (from the address bar)
    /// names where to continue.
    ///
    /// `returning` is true on a reload (or back/forward from another page). Then the saved
    /// position wins over `at`: progress is saved in the same task as the answer, while the
    /// history entry that updates the address bar follows a task later, so a reload in
    /// between finds the address one screen behind. A fresh visit to an address that names
    /// a screen (a bookmark) goes where the address says. `given` is what the organisation
    /// answers for everyone, filled in.
    pub fn restored(
        given: Given,
        answers: Answers,
        saved_at: Screen,
        at: Option<Screen>,
        returning: bool,
    ) -> Journey {
        let at = match at {
            // The list of earlier results is beside the run: its address never lags the run's.
            Some(s) if returning && saved_at != Screen::Intro && s != Screen::Earlier => {
                Some(saved_at)
            }
            at => at,
        };
        let screen = given.skip_answered(at.unwrap_or(Screen::Intro));
        let saved_at = given.skip_answered(saved_at);
        let answers = given.fill_in(answers);
        let resume = (screen.is_outside_the_run()
            && answers.answered() + given.answered_by_person(&answers) > 0)
            .then_some(if saved_at == Screen::Intro {
                Screen::Question(answers.first_unanswered().unwrap_or(0))
            } else {
                saved_at
            });
        Journey {
            screen,
            answers,
            resume,
            given,
            ..Journey::default()
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::journey::{Action, Given};
    use crossroads_core::Choice;

    #[test]
    fn a_saved_run_is_offered_and_resumed_where_it_left_off() {
        let mut answers = Answers::new();
        answers.set(0, Some(Choice::AGREE));
        answers.set(1, Some(Choice::DISAGREE));
        let j = Journey::restored(
            Given::NONE,
            answers.clone(),
            Screen::Question(2),
            None,
            false,
        );
        assert_eq!(j.screen, Screen::Intro);
        assert_eq!(j.resume, Some(Screen::Question(2)));
        let resumed = j.apply(Action::Resume);
        assert_eq!(resumed.screen, Screen::Question(2));
        assert_eq!(resumed.answers, answers);
        // A fresh visit to an address naming a question goes to that question.
        let bookmark = Journey::restored(
            Given::NONE,
            answers.clone(),
            Screen::Question(2),
            Some(Screen::Question(1)),
            false,
        );
        assert_eq!(bookmark.screen, Screen::Question(1));
        assert_eq!(bookmark.resume, None);
        // Nothing saved: nothing to offer.
        assert_eq!(
            Journey::restored(Given::NONE, Answers::new(), Screen::Intro, None, false).resume,
            None
        );
    }

    #[test]
    fn a_reload_comes_back_where_the_saved_progress_is_even_if_the_address_lags() {
        let mut answers = Answers::new();
        answers.set(0, Some(Choice::AGREE));
        answers.set(1, Some(Choice::DISAGREE));
        // Answered question 2, reloaded before the address bar said "q/3".
        for (saved_at, address) in [
            (Screen::Question(2), Screen::Question(1)),
            (Screen::Context, Screen::Question(STATEMENTS.len() - 1)),
            (Screen::Result, Screen::Context),
            // Went back with the browser's button: both agree, nothing changes.
            (Screen::Question(1), Screen::Question(1)),
        ] {
            let j = Journey::restored(Given::NONE, answers.clone(), saved_at, Some(address), true);
            assert_eq!(j.screen, saved_at);
            assert_eq!(j.answers, answers);
            assert_eq!(j.resume, None);
        }
        // A reload on the intro (the resume offer showing) stays on the intro.
        let intro = Journey::restored(
            Given::NONE,
            answers.clone(),
            Screen::Question(2),
            None,
            true,
        );
        assert_eq!(intro.screen, Screen::Intro);
        assert_eq!(intro.resume, Some(Screen::Question(2)));
        // Progress saved on the intro names no screen: the address decides.
        let at_intro = Journey::restored(
            Given::NONE,
            answers,
            Screen::Intro,
            Some(Screen::Question(1)),
            true,
        );
        assert_eq!(at_intro.screen, Screen::Question(1));
    }

    #[test]
    fn the_saving_notice_is_said_once() {
        let j = Journey::default().apply(Action::Notice(SaveNotice::Unavailable));
        assert_eq!(j.visible_notice(), Some(SaveNotice::Unavailable));
        let j = j.apply(Action::Notice(SaveNotice::Failed));
        assert_eq!(j.notice, SaveNotice::Unavailable);
        let j = j.apply(Action::DismissNotice);
        assert_eq!(j.visible_notice(), None);
        assert_eq!(
            j.apply(Action::Notice(SaveNotice::Failed)).visible_notice(),
            None
        );
    }

    #[test]
    fn progress_is_saved_and_read_back() {
        let mut j = Journey::default().apply(Action::Start).apply(Action::Next);
        assert_eq!(
            j.save_op(),
            SaveOp::Write(format!("q0|{}", link::encode(&Answers::new(), None)))
        );
        j = j.apply(Action::Answer {
            index: 0,
            choice: Choice::STRONGLY_AGREE,
            advance: true,
        });
        // The mark is kept with an answer (the codec stores it per answered statement).
        j = j.apply(Action::ToggleImportant(0));
        let SaveOp::Write(raw) = j.save_op() else {
            panic!("expected a write")
        };
        assert_eq!(
            parse_saved(&raw),
            Some((j.answers.clone(), Screen::Question(1)))
        );
        // Starting over clears; an offered run is left alone until resumed.
        assert_eq!(j.apply(Action::StartOver).save_op(), SaveOp::Clear);
        let offered = Journey::restored(
            Given::NONE,
            j.answers.clone(),
            Screen::Question(1),
            None,
            false,
        );
        assert_eq!(offered.save_op(), SaveOp::Skip);
    }

    #[test]
    fn damaged_saves_are_refused() {
        for raw in ["", "|", "q0|", "zz|abc", "q0|not a payload", "q9999|", "q0"] {
            assert_eq!(parse_saved(raw), None, "{raw}");
        }
    }
}
