//! Answers and their validation. A partial answer set is valid: every statement may be
//! unanswered, answered on the five-step scale, or answered "not sure".

use crate::content::{
    context_index, statement_index, Seat, CONTEXT_QUESTIONS, MANAGER_OPTIONS, SEAT_QUESTION,
    STATEMENTS,
};
use std::fmt;

/// One answer to a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// A step on the scale: -2 strongly disagree ..= +2 strongly agree.
    Scale(i8),
    /// "Not sure": counted as the middle of the scale.
    Unsure,
}

impl Choice {
    pub const STRONGLY_DISAGREE: Choice = Choice::Scale(-2);
    pub const DISAGREE: Choice = Choice::Scale(-1);
    pub const NEUTRAL: Choice = Choice::Scale(0);
    pub const AGREE: Choice = Choice::Scale(1);
    pub const STRONGLY_AGREE: Choice = Choice::Scale(2);

    /// Every choice a person can make, in the order the scale shows them.
    pub const ALL: [Choice; 6] = [
        Choice::Scale(-2),
        Choice::Scale(-1),
        Choice::Scale(0),
        Choice::Scale(1),
        Choice::Scale(2),
        Choice::Unsure,
    ];

    /// Builds a scale step, refusing anything outside -2..=2.
    pub fn scale(step: i8) -> Result<Choice, ModelError> {
        if (-2..=2).contains(&step) {
            Ok(Choice::Scale(step))
        } else {
            Err(ModelError::OutOfRange(step))
        }
    }

    /// The value the scoring uses: "not sure" is the middle.
    pub const fn value(self) -> i8 {
        match self {
            Choice::Scale(v) => v,
            Choice::Unsure => 0,
        }
    }

    /// True for an answer on the scale (the middle step included); false for "not sure".
    pub const fn is_opinion(self) -> bool {
        matches!(self, Choice::Scale(_))
    }
}

/// Answers to the context questions: one option index per question, or none.
pub type ContextAnswers = Vec<Option<u8>>;

/// A person's answers, indexed by statement position in the current content.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    choices: Vec<Option<Choice>>,
    important: Vec<bool>,
    context: ContextAnswers,
}

impl Default for Answers {
    fn default() -> Self {
        Answers::new()
    }
}

/// Why an answer could not be recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModelError {
    UnknownStatement(String),
    UnknownContextQuestion(String),
    UnknownContextOption { question: String, option: String },
    OutOfRange(i8),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::UnknownStatement(id) => write!(f, "unknown statement id `{id}`"),
            ModelError::UnknownContextQuestion(id) => {
                write!(f, "unknown context question `{id}`")
            }
            ModelError::UnknownContextOption { question, option } => {
                write!(f, "context question `{question}` has no option `{option}`")
            }
            ModelError::OutOfRange(v) => {
                write!(f, "answer {v} is outside the scale -2..=2")
            }
        }
    }
}

impl std::error::Error for ModelError {}

impl Answers {
    /// An empty answer set for the current content.
    pub fn new() -> Answers {
        Answers {
            choices: vec![None; STATEMENTS.len()],
            important: vec![false; STATEMENTS.len()],
            context: vec![None; CONTEXT_QUESTIONS.len()],
        }
    }

    pub fn choice(&self, index: usize) -> Option<Choice> {
        self.choices.get(index).copied().flatten()
    }

    pub fn choices(&self) -> &[Option<Choice>] {
        &self.choices
    }

    pub fn is_important(&self, index: usize) -> bool {
        self.important.get(index).copied().unwrap_or(false)
    }

    /// Sets or clears the answer at a statement index; out-of-range indexes are ignored.
    pub fn set(&mut self, index: usize, choice: Option<Choice>) {
        if let Some(slot) = self.choices.get_mut(index) {
            *slot = choice;
        }
    }

    /// Sets the answer to the statement with this id.
    pub fn set_by_id(&mut self, id: &str, choice: Option<Choice>) -> Result<(), ModelError> {
        let index =
            statement_index(id).ok_or_else(|| ModelError::UnknownStatement(id.to_string()))?;
        self.set(index, choice);
        Ok(())
    }

    /// Marks or unmarks "this matters a lot to me".
    pub fn set_important(&mut self, index: usize, important: bool) {
        if let Some(slot) = self.important.get_mut(index) {
            *slot = important;
        }
    }

    pub fn set_important_by_id(&mut self, id: &str, important: bool) -> Result<(), ModelError> {
        let index =
            statement_index(id).ok_or_else(|| ModelError::UnknownStatement(id.to_string()))?;
        self.set_important(index, important);
        Ok(())
    }

    pub fn context(&self, question: usize) -> Option<u8> {
        self.context.get(question).copied().flatten()
    }

    pub fn contexts(&self) -> &[Option<u8>] {
        &self.context
    }

    /// Sets a context answer by index; an option index outside the question is ignored.
    pub fn set_context(&mut self, question: usize, option: Option<u8>) {
        let valid = match (CONTEXT_QUESTIONS.get(question), option) {
            (Some(_), None) => true,
            (Some(q), Some(o)) => usize::from(o) < q.options.len(),
            (None, _) => false,
        };
        if valid {
            self.context[question] = option;
        }
    }

    /// Sets a context answer by question and option id.
    pub fn set_context_by_id(&mut self, question: &str, option: &str) -> Result<(), ModelError> {
        let qi = context_index(question)
            .ok_or_else(|| ModelError::UnknownContextQuestion(question.to_string()))?;
        let oi = CONTEXT_QUESTIONS[qi]
            .options
            .iter()
            .position(|o| o.id == option)
            .ok_or_else(|| ModelError::UnknownContextOption {
                question: question.to_string(),
                option: option.to_string(),
            })?;
        self.set_context(qi, u8::try_from(oi).ok());
        Ok(())
    }

    /// True when the context question with this id was answered with this option id.
    pub fn context_is(&self, question: &str, option: &str) -> bool {
        context_index(question)
            .and_then(|qi| {
                let oi = self.context(qi)?;
                CONTEXT_QUESTIONS[qi].options.get(usize::from(oi))
            })
            .is_some_and(|o| o.id == option)
    }

    /// Where the person stands today, from the `history` question: a manager when they
    /// manage now, however long since they coded full time; else an engineer.
    pub fn seat(&self) -> Seat {
        if self
            .context(SEAT_QUESTION)
            .is_some_and(|o| MANAGER_OPTIONS.contains(&o))
        {
            Seat::Manager
        } else {
            Seat::Engineer
        }
    }

    /// How many statements have any answer, "not sure" included.
    pub fn answered(&self) -> usize {
        self.choices.iter().flatten().count()
    }

    /// How many statements were answered on the scale (not "not sure").
    pub fn opinions(&self) -> usize {
        self.choices
            .iter()
            .flatten()
            .filter(|c| c.is_opinion())
            .count()
    }

    /// Index of the first statement without an answer, if any.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.choices.iter().position(Option::is_none)
    }
}
