//! "Talk it over": the questions a reader brings to one conversation with someone they trust
//! (their manager, a mentor, a peer who has made the move), chosen from the catalogue's
//! `TALK_QUESTIONS` for this result, like the advice: the same input gives the same guide.
//!
//! The questions drawn from this result come first, in catalogue order, at most
//! [`FROM_RESULT`] of them; then spares, only as many as bring the guide to [`MIN`]
//! questions; then the asks every guide ends with (an honest read, an experiment, a
//! sponsor).
//!
//! The receiver of a shared link gets [`FOR_RECEIVER`] questions to ask its sender, from
//! `ASK_THEM` in the same way: those of this result, then spares.

use crate::advice::{holds_at, Offered, ALL_OFFERED};
use crate::content::{Pick, TalkQuestion, ASK_THEM, TALK_QUESTIONS};
use crate::model::Answers;
use crate::scoring::Outcome;

/// The fewest questions a guide has.
pub const MIN: usize = 5;
/// The most questions a guide has.
pub const MAX: usize = 8;
/// The most questions drawn from the result: the rest of [`MAX`] is the asks.
pub const FROM_RESULT: usize = 5;

/// The questions for this result, with every path offered.
pub fn select_questions(answers: &Answers, outcome: &Outcome) -> Vec<&'static TalkQuestion> {
    select_questions_at(answers, outcome, &ALL_OFFERED)
}

/// The questions for this result at an organisation that offers these paths.
pub fn select_questions_at(
    answers: &Answers,
    outcome: &Outcome,
    offered: &Offered,
) -> Vec<&'static TalkQuestion> {
    let of = |pick: Pick| TALK_QUESTIONS.iter().filter(move |q| q.pick == pick);
    let mut chosen: Vec<&'static TalkQuestion> = of(Pick::When)
        .filter(|q| holds_at(&q.when, answers, outcome, offered))
        .take(FROM_RESULT)
        .collect();
    let asks = of(Pick::Ask).count();
    let short = MIN.saturating_sub(chosen.len() + asks);
    chosen.extend(of(Pick::Spare).take(short));
    chosen.extend(of(Pick::Ask));
    chosen
}

/// How many questions the receiver of a shared link is given to ask its sender.
pub const FOR_RECEIVER: usize = 3;

/// The questions for the receiver of a shared link to ask the person who sent it, for this
/// result at an organisation that offers these paths: those drawn from the result first, in
/// catalogue order, then spares, [`FOR_RECEIVER`] in all.
pub fn select_for_receiver(
    answers: &Answers,
    outcome: &Outcome,
    offered: &Offered,
) -> Vec<&'static TalkQuestion> {
    let drawn = ASK_THEM
        .iter()
        .filter(|q| q.pick == Pick::When && holds_at(&q.when, answers, outcome, offered));
    let spares = ASK_THEM.iter().filter(|q| q.pick == Pick::Spare);
    drawn.chain(spares).take(FOR_RECEIVER).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Condition;

    #[test]
    fn the_catalogue_can_always_make_a_guide_within_its_bounds() {
        let asks = TALK_QUESTIONS
            .iter()
            .filter(|q| q.pick == Pick::Ask)
            .count();
        let spares = TALK_QUESTIONS
            .iter()
            .filter(|q| q.pick == Pick::Spare)
            .count();
        assert!(
            asks + spares >= MIN,
            "a result that selects nothing still gets {MIN}"
        );
        assert!(FROM_RESULT + asks <= MAX);
        // Asks and spares are for every result: no condition to meet.
        for q in TALK_QUESTIONS.iter().filter(|q| q.pick != Pick::When) {
            assert_eq!(q.when, Condition::Always, "{}", q.id);
        }
        let mut ids: Vec<_> = TALK_QUESTIONS
            .iter()
            .chain(&ASK_THEM)
            .map(|q| q.id)
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(
            ids.len(),
            TALK_QUESTIONS.len() + ASK_THEM.len(),
            "ids are unique"
        );
    }

    #[test]
    fn the_receiver_always_gets_three_questions_to_ask() {
        let spares: Vec<_> = ASK_THEM.iter().filter(|q| q.pick == Pick::Spare).collect();
        assert!(
            spares.len() >= FOR_RECEIVER,
            "a result that draws none still gets three"
        );
        for q in &spares {
            assert_eq!(q.when, Condition::Always, "{}", q.id);
        }
        assert!(ASK_THEM
            .iter()
            .all(|q| q.pick != Pick::Ask && q.id.starts_with("ask-them.")));
    }
}
