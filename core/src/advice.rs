//! Chooses advice from the catalogue: every item whose condition holds for these answers,
//! context and result, in catalogue order (stable), so the same input gives the same page.

use crate::content::{
    statement_index, Advice, AdviceKind, Condition, PathId, ADVICE, PATH_COUNT, STATEMENTS,
};
use crate::model::Answers;
use crate::scoring::{Outcome, Verdict};

/// The advice chosen for one result, in catalogue order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdviceSelection {
    pub items: Vec<&'static Advice>,
}

impl AdviceSelection {
    /// The chosen items of one kind, in catalogue order.
    pub fn of_kind(&self, kind: AdviceKind) -> impl Iterator<Item = &'static Advice> + '_ {
        self.items.iter().copied().filter(move |a| a.kind == kind)
    }

    pub fn ids(&self) -> Vec<&'static str> {
        self.items.iter().map(|a| a.id).collect()
    }
}

/// True when the statement's answer is on the agreeing (`sign > 0`) or disagreeing side.
fn leans(answers: &Answers, id: &str, sign: i8) -> bool {
    statement_index(id)
        .and_then(|i| answers.choice(i))
        .is_some_and(|c| c.value().signum() == sign)
}

/// Which paths are roles at the reader's organisation, by `PathId::index`.
pub type Offered = [bool; PATH_COUNT];

/// Every path offered: the widget as it ships.
pub const ALL_OFFERED: Offered = [true; PATH_COUNT];

/// Evaluates one condition, with every path offered.
pub fn holds(cond: &Condition, answers: &Answers, outcome: &Outcome) -> bool {
    holds_at(cond, answers, outcome, &ALL_OFFERED)
}

/// Evaluates one condition at an organisation that offers these paths.
pub fn holds_at(cond: &Condition, answers: &Answers, outcome: &Outcome, offered: &Offered) -> bool {
    let holds = |c| holds_at(c, answers, outcome, offered);
    match cond {
        Condition::Always => true,
        Condition::Leads(paths) => paths.contains(&outcome.top()),
        Condition::Contender(path) => {
            outcome.top() == *path
                || (outcome.ranking[1] == *path && outcome.verdict != Verdict::Clear)
        }
        Condition::Agrees(id) => leans(answers, id, 1),
        Condition::Disagrees(id) => leans(answers, id, -1),
        Condition::Context(q, o) => answers.context_is(q, o),
        Condition::TooClose => outcome.verdict == Verdict::TooClose,
        Condition::SidesTooClose => outcome.side_verdict == Verdict::TooClose,
        Condition::CanFlip => !outcome.flips.is_empty(),
        Condition::MarkedImportant => (0..STATEMENTS.len()).any(|i| answers.is_important(i)),
        Condition::Manages => answers.seat() == crate::content::Seat::Manager,
        Condition::Offered(path) => offered[path.index()],
        Condition::All(cs) => cs.iter().all(holds),
        Condition::Any(cs) => cs.iter().any(holds),
        Condition::Not(c) => !holds(c),
    }
}

/// Every advice item that applies, in catalogue order, with every path offered.
pub fn select_advice(answers: &Answers, outcome: &Outcome) -> AdviceSelection {
    select_advice_at(answers, outcome, &ALL_OFFERED)
}

/// Every advice item that applies at an organisation that offers these paths: advice that
/// assumes a role exists gives way to advice for finding or building it.
pub fn select_advice_at(
    answers: &Answers,
    outcome: &Outcome,
    offered: &Offered,
) -> AdviceSelection {
    AdviceSelection {
        items: ADVICE
            .iter()
            .filter(|a| holds_at(&a.when, answers, outcome, offered))
            .collect(),
    }
}

/// True when a management path is the top result.
pub fn management_leads(outcome: &Outcome) -> bool {
    PathId::is_management(outcome.top())
}
