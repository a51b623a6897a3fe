//! What the host tests of the core share: answer sets as proptest strategies.
#![allow(dead_code)] // each test crate uses its own part

use crossroads_core::content::{CONTEXT_QUESTIONS, STATEMENTS};
use crossroads_core::{Answers, Choice};
use proptest::prelude::*;

/// Any answer set, from empty to complete: each statement unanswered or a choice with or
/// without the mark, each context question unanswered or one of its options.
pub fn answers() -> impl Strategy<Value = Answers> {
    let statements = prop::collection::vec(
        prop::option::of((0..6usize, any::<bool>())),
        STATEMENTS.len(),
    );
    let context: Vec<_> = CONTEXT_QUESTIONS
        .iter()
        .map(|q| prop::option::of(0..q.options.len() as u8))
        .collect();
    (statements, context).prop_map(|(statements, context)| build(&statements, &context))
}

/// Complete answer sets: everything answered, marked or not, all context answered.
pub fn complete_answers() -> impl Strategy<Value = Answers> {
    let statements = prop::collection::vec((0..6usize, any::<bool>()), STATEMENTS.len());
    let context: Vec<_> = CONTEXT_QUESTIONS
        .iter()
        .map(|q| 0..q.options.len() as u8)
        .collect();
    (statements, context).prop_map(|(statements, context)| {
        let statements: Vec<_> = statements.into_iter().map(Some).collect();
        let context: Vec<_> = context.into_iter().map(Some).collect();
        build(&statements, &context)
    })
}

fn build(statements: &[Option<(usize, bool)>], context: &[Option<u8>]) -> Answers {
    let mut answers = Answers::new();
    for (i, slot) in statements.iter().enumerate() {
        if let Some((k, important)) = *slot {
            answers.set(i, Some(Choice::ALL[k]));
            answers.set_important(i, important);
        }
    }
    for (q, option) in context.iter().enumerate() {
        answers.set_context(q, *option);
    }
    answers
}
