//! The questionnaire's state and its reducer: which screen, which answers, what the saving
//! status is. Pure (no browser calls), so every transition is tested on the host; the app
//! performs saving and history as effects of the state this produces.

use crossroads_core::content::{SEAT_QUESTION, STATEMENTS};
use crossroads_core::link::{self, Decoded, LinkError, ShareLink};
use crossroads_core::{Answers, Choice};
use std::rc::Rc;
use yew::Reducible;

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

/// What a link opened: someone's result, two results to compare, or a link that could not
/// be read (with the reason, for a friendly message).
#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    One(Decoded),
    /// One of the person's own earlier results, kept in this browser: the result (with the
    /// label its link carries) and what the list calls it.
    Kept {
        result: Decoded,
        name: String,
    },
    Two {
        first: Decoded,
        second: Decoded,
        /// True when the second is the viewer's own answers ("compare with mine").
        second_is_mine: bool,
    },
    Broken(LinkError),
}

/// What an address fragment asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Screen(Screen),
    Shared(Shared),
    /// A fragment that is neither: left alone, the intro shows.
    Other,
}

/// Reads the address fragment: a screen of the questionnaire, or a result or compare link.
/// The key is read after [`link::tidy`], as the decoder reads the link, so what a redirector
/// escaped (`#r%3D…`) or a sentence left around it (`#r=….`, `%3E`, `%20`) still opens it.
pub fn route(fragment: &str) -> Route {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if let Some(screen) = Screen::from_fragment(f) {
        return Route::Screen(screen);
    }
    let tidied = link::tidy(f);
    let key = tidied
        .strip_prefix('#')
        .unwrap_or(&tidied)
        .split('=')
        .next()
        .unwrap_or_default();
    if ![link::RESULT_KEY, link::COMPARE_KEY, link::HOST_KEY].contains(&key) {
        return Route::Other;
    }
    // The decoder tidies the original itself (tidying twice could unescape twice).
    Route::Shared(match link::decode_link(f) {
        Ok(ShareLink::Result(d)) => Shared::One(d),
        Ok(ShareLink::Compare(first, second)) => Shared::Two {
            first,
            second,
            second_is_mine: false,
        },
        Err(e) => Shared::Broken(e),
    })
}

impl Screen {
    /// The fragment that names this screen in the address bar (without `#`), so the
    /// browser's back and forward buttons move between screens. Never `r=`: that prefix
    /// belongs to result links.
    pub fn fragment(self) -> String {
        match self {
            Screen::Intro => String::new(),
            Screen::Seat => "where".to_string(),
            Screen::Question(i) => format!("q/{}", i + 1),
            Screen::Context => "context".to_string(),
            Screen::Result => "result".to_string(),
            // A shared view keeps the link's own fragment.
            Screen::Shared => String::new(),
            Screen::Earlier => "earlier".to_string(),
        }
    }

    /// Reads a fragment written by [`Screen::fragment`]; anything else is `None`.
    pub fn from_fragment(fragment: &str) -> Option<Screen> {
        let f = fragment.strip_prefix('#').unwrap_or(fragment);
        match f {
            "" => Some(Screen::Intro),
            "where" => Some(Screen::Seat),
            "context" => Some(Screen::Context),
            "result" => Some(Screen::Result),
            "earlier" => Some(Screen::Earlier),
            _ => {
                let n: usize = f.strip_prefix("q/")?.parse().ok()?;
                (1..=STATEMENTS.len())
                    .contains(&n)
                    .then(|| Screen::Question(n - 1))
            }
        }
    }

    /// Screens beside the person's run rather than in it (the intro, a link's view, the
    /// earlier results): going there keeps the run to resume as it was.
    pub fn is_outside_the_run(self) -> bool {
        matches!(self, Screen::Intro | Screen::Shared | Screen::Earlier)
    }

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

fn last_question() -> usize {
    STATEMENTS.len().saturating_sub(1)
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
    /// a screen (a bookmark) goes where the address says.
    pub fn restored(
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
        let screen = asked(at.unwrap_or(Screen::Intro));
        let saved_at = asked(saved_at);
        let answers = with_given(answers);
        let resume = (screen.is_outside_the_run()
            && answers.answered() + answered_context(&answers) > 0)
            .then_some(if saved_at == Screen::Intro {
                Screen::Question(answers.first_unanswered().unwrap_or(0))
            } else {
                saved_at
            });
        Journey {
            screen,
            answers,
            resume,
            ..Journey::default()
        }
    }

    fn next_screen(&self) -> Screen {
        match self.screen {
            Screen::Intro => Screen::Seat,
            Screen::Seat => Screen::Question(0),
            Screen::Question(i) if i < last_question() => Screen::Question(i + 1),
            // With every context question answered by the organisation, none is asked.
            Screen::Question(_) if crate::org::asked_context() == 0 => Screen::Result,
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
            Screen::Question(0) if seat_given() => Screen::Intro,
            Screen::Question(0) => Screen::Seat,
            Screen::Question(i) => Screen::Question(i - 1),
            Screen::Context => Screen::Question(last_question()),
            Screen::Result if crate::org::asked_context() == 0 => Screen::Question(last_question()),
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
            next.answers = with_given(next.answers);
        }
        next.screen = asked(next.screen);
        next.resume = next.resume.map(asked);
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
            && answered_context(&self.answers) == 0
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

/// The context questions the person answered (not those the organisation answers).
pub fn answered_context(answers: &Answers) -> usize {
    let given = crate::org::given();
    answers
        .contexts()
        .iter()
        .enumerate()
        .filter(|(q, a)| a.is_some() && !given.iter().any(|(g, _)| g == q))
        .count()
}

/// The screen, or the next one asked where the organisation answers its questions for
/// everyone (a run saved there, an address that names it): the first statement for where
/// the person stands, the result for the context questions.
fn asked(screen: Screen) -> Screen {
    match screen {
        Screen::Seat if seat_given() => Screen::Question(0),
        Screen::Context if crate::org::asked_context() == 0 => Screen::Result,
        screen => screen,
    }
}

/// True when the organisation's file answers where the person stands, for everyone.
fn seat_given() -> bool {
    crate::org::given().iter().any(|&(q, _)| q == SEAT_QUESTION)
}

/// The answers with the context the organisation answers for everyone
/// (`crate::org::given`).
fn with_given(mut answers: Answers) -> Answers {
    for &(question, option) in crate::org::given() {
        answers.set_context(question, Some(option));
    }
    answers
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
mod tests {
    use super::*;

    fn at(screen: Screen) -> Journey {
        Journey {
            screen,
            ..Journey::default()
        }
    }

    #[test]
    fn fragments_round_trip_and_reject_junk() {
        for s in [
            Screen::Intro,
            Screen::Seat,
            Screen::Question(0),
            Screen::Question(last_question()),
            Screen::Context,
            Screen::Result,
        ] {
            assert_eq!(Screen::from_fragment(&s.fragment()), Some(s));
            assert_eq!(Screen::from_saved(&s.to_saved()), Some(s));
        }
        for junk in ["q/0", "q/999", "q/x", "r=abc", "results", "q/-1", "#q/"] {
            assert_eq!(Screen::from_fragment(junk), None, "{junk}");
        }
        assert_eq!(Screen::from_fragment("#q/2"), Some(Screen::Question(1)));
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

    /// An organisation that answers where everyone stands (an odd file, but a valid one)
    /// skips the question: no route leads to it.
    #[test]
    fn a_seat_the_organisation_answers_is_not_asked() {
        let _all_managers =
            crate::org::install_for_test(r#"{"context": {"history": "manager-recent"}}"#);
        let j = Journey::default().apply(Action::Start);
        assert_eq!(j.screen, Screen::Question(0));
        assert_eq!(j.answers.seat(), crossroads_core::Seat::Manager);
        assert_eq!(j.apply(Action::Back).screen, Screen::Intro);
        assert_eq!(
            at(Screen::Intro).apply(Action::Go(Screen::Seat)).screen,
            Screen::Question(0)
        );
        let restored = Journey::restored(Answers::new(), Screen::Seat, Some(Screen::Seat), true);
        assert_eq!(restored.screen, Screen::Question(0));
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

    #[test]
    fn a_saved_run_is_offered_and_resumed_where_it_left_off() {
        let mut answers = Answers::new();
        answers.set(0, Some(Choice::AGREE));
        answers.set(1, Some(Choice::DISAGREE));
        let j = Journey::restored(answers.clone(), Screen::Question(2), None, false);
        assert_eq!(j.screen, Screen::Intro);
        assert_eq!(j.resume, Some(Screen::Question(2)));
        let resumed = j.apply(Action::Resume);
        assert_eq!(resumed.screen, Screen::Question(2));
        assert_eq!(resumed.answers, answers);
        // A fresh visit to an address naming a question goes to that question.
        let bookmark = Journey::restored(
            answers.clone(),
            Screen::Question(2),
            Some(Screen::Question(1)),
            false,
        );
        assert_eq!(bookmark.screen, Screen::Question(1));
        assert_eq!(bookmark.resume, None);
        // Nothing saved: nothing to offer.
        assert_eq!(
            Journey::restored(Answers::new(), Screen::Intro, None, false).resume,
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
            let j = Journey::restored(answers.clone(), saved_at, Some(address), true);
            assert_eq!(j.screen, saved_at);
            assert_eq!(j.answers, answers);
            assert_eq!(j.resume, None);
        }
        // A reload on the intro (the resume offer showing) stays on the intro.
        let intro = Journey::restored(answers.clone(), Screen::Question(2), None, true);
        assert_eq!(intro.screen, Screen::Intro);
        assert_eq!(intro.resume, Some(Screen::Question(2)));
        // Progress saved on the intro names no screen: the address decides.
        let at_intro = Journey::restored(answers, Screen::Intro, Some(Screen::Question(1)), true);
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
        let offered = Journey::restored(j.answers.clone(), Screen::Question(1), None, false);
        assert_eq!(offered.save_op(), SaveOp::Skip);
    }

    #[test]
    fn damaged_saves_are_refused() {
        for raw in ["", "|", "q0|", "zz|abc", "q0|not a payload", "q9999|", "q0"] {
            assert_eq!(parse_saved(raw), None, "{raw}");
        }
    }

    fn theirs() -> Decoded {
        let mut a = Answers::new();
        a.set(0, Some(Choice::STRONGLY_DISAGREE));
        link::decode(&link::encode(&a, Some("Sam"))).expect("a fresh link decodes")
    }

    #[test]
    fn routes_read_screens_links_and_damage() {
        assert_eq!(route("#q/3"), Route::Screen(Screen::Question(2)));
        assert_eq!(route(""), Route::Screen(Screen::Intro));
        assert_eq!(route("#about"), Route::Other);
        let payload = link::encode(&Answers::new(), Some("Sam"));
        let Route::Shared(Shared::One(d)) = route(&format!("#r={payload}")) else {
            panic!("a result link opens a shared result")
        };
        assert_eq!(d.label.as_deref(), Some("Sam"));
        let pair = link::encode_pair(&payload, &payload);
        assert!(matches!(
            route(&format!("#c={pair}")),
            Route::Shared(Shared::Two {
                second_is_mine: false,
                ..
            })
        ));
        let damaged = format!("#r={}", &payload[..payload.len() - 3]);
        assert!(matches!(route(&damaged), Route::Shared(Shared::Broken(_))));
    }

    #[test]
    fn routes_read_links_with_what_was_pasted_around_them() {
        let payload = link::encode(&Answers::new(), Some("Sam"));
        let (head, tail) = payload.split_at(12);
        // As `location.hash` gives them: escaped by a redirector, with the sentence's full
        // stop, a mail client's `>` or quote, a line break or space from a wrapped e-mail.
        for hash in [
            format!("#r%3D{payload}"),
            format!("#r%3d{payload}"),
            format!("%23r%3D{payload}"),
            format!("#r={payload}."),
            format!("#r={payload})."),
            format!("#r={payload}%3E"),
            format!("#r={payload}%22"),
            format!("#r={payload}%20"),
            format!("#r={head}%20{tail}"),
            format!("#r={head}%0A{tail}"),
            format!("#crossroads%3D{payload}"),
            format!("#r={payload}&theme=dark"),
        ] {
            let Route::Shared(Shared::One(d)) = route(&hash) else {
                panic!("{hash} opens the result")
            };
            assert_eq!(d.label.as_deref(), Some("Sam"), "{hash}");
        }
        let pair = link::encode_pair(&payload, &payload);
        for hash in [
            format!("#c%3D{pair}"),
            format!("#c={pair}."),
            format!("#c={pair}%3E"),
        ] {
            assert!(
                matches!(route(&hash), Route::Shared(Shared::Two { .. })),
                "{hash}"
            );
        }
        // A payload character appended is still damage; other fragments are still left alone.
        assert!(matches!(
            route(&format!("#r={payload}A")),
            Route::Shared(Shared::Broken(LinkError::Damaged))
        ));
        for other in ["#about", "#about.", "#%3E", "#theme=dark"] {
            assert_eq!(route(other), Route::Other, "{other}");
        }
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

    /// A run started and its first statement answered (and moved past, with `advance`).
    #[test]
    fn what_the_organisation_answers_is_answered_in_the_run_and_not_asked() {
        let _acme = crate::org::install_for_test(r#"{"context": {"staff-track": "no"}}"#);
        let staff = crossroads_core::config::context_question("staff-track").unwrap();
        let no = crossroads_core::config::context_option(staff, "no").unwrap();
        // Starting is not yet a run to save or resume: nothing the person answered.
        let j = Journey::default().apply(Action::Start);
        assert_eq!(j.answers.context(staff), Some(no));
        assert_eq!(answered_context(&j.answers), 0);
        assert_eq!(j.apply(Action::Go(Screen::Intro)).save_op(), SaveOp::Clear);
        // A saved run that said otherwise takes the organisation's answer when resumed.
        let mut theirs = Answers::new();
        theirs.set_context(staff, Some(0));
        theirs.set(0, Some(Choice::AGREE));
        let j = Journey::restored(theirs, Screen::Question(1), None, false).apply(Action::Resume);
        assert_eq!(j.answers.context(staff), Some(no));
        // A choice on the (hidden) question changes nothing.
        let j = j.apply(Action::Context {
            question: staff,
            option: Some(0),
        });
        assert_eq!(j.answers.context(staff), Some(no));

        // Every question answered here: the last statement leads to the result, and back.
        let _initech = crate::org::install_for_test(
            r#"{"context": {"staff-track": "no", "opening": "no", "encouraged": "yes", "history": "ic-never"}}"#,
        );
        let last = Journey::default()
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
        let saved = Journey::restored(answered, Screen::Context, None, false);
        assert_eq!(saved.resume, Some(Screen::Result));
        assert_eq!(saved.apply(Action::Resume).screen, Screen::Result);
        let opened = Journey::restored(last.answers, Screen::Context, Some(Screen::Context), false);
        assert_eq!(opened.screen, Screen::Result);
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
    fn the_earlier_results_are_beside_the_run() {
        // Opened afresh (or reloaded) on the list, a saved run is still offered.
        let mut answers = Answers::new();
        answers.set(3, Some(Choice::AGREE));
        for returning in [false, true] {
            let j = Journey::restored(
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
