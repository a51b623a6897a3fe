//! Releases of the content and migration between them: answers laid out in the order of one
//! release, and mapped by id into another (`RELEASES` itself lives beside the catalogue, in
//! `core/content/releases.rs`).

use crate::content::{Release, CONTEXT_QUESTIONS, RELEASES, STATEMENTS};
use crate::model::{Answers, Choice};

/// The release this build writes: the last of [`RELEASES`].
pub fn latest_release() -> &'static Release {
    &RELEASES[RELEASES.len() - 1]
}

/// Answers laid out in the order of one release rather than of the current content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReleaseAnswers {
    /// One entry per statement of the release: the choice and the "matters a lot" mark.
    pub statements: Vec<Option<(Choice, bool)>>,
    /// One entry per context question of the release: the option index.
    pub context: Vec<Option<u8>>,
}

impl ReleaseAnswers {
    /// Nothing answered, in the release's shape.
    pub fn empty(release: &Release) -> ReleaseAnswers {
        ReleaseAnswers {
            statements: vec![None; release.statements.len()],
            context: vec![None; release.context.len()],
        }
    }

    /// Takes current-content answers into a release's shape, by id. A "matters a lot" mark on
    /// an unanswered statement is dropped: it means nothing there.
    pub fn from_answers(answers: &Answers, release: &Release) -> ReleaseAnswers {
        let current = ReleaseAnswers {
            statements: (0..STATEMENTS.len())
                .map(|i| answers.choice(i).map(|c| (c, answers.is_important(i))))
                .collect(),
            context: answers.contexts().to_vec(),
        };
        remap(&current, &CurrentContent, release)
    }

    /// Takes these answers, in the release's shape, into the current content, by id.
    pub fn to_answers(&self, release: &Release) -> Answers {
        let current = remap(self, release, &CurrentContent);
        let mut answers = Answers::new();
        for (i, slot) in current.statements.iter().enumerate() {
            if let Some((choice, important)) = *slot {
                answers.set(i, Some(choice));
                answers.set_important(i, important);
            }
        }
        for (q, option) in current.context.iter().enumerate() {
            answers.set_context(q, *option);
        }
        answers
    }

    /// Maps answers from one release's shape into another's, by statement, question and option
    /// id: what the target no longer has is dropped, what it added is unanswered.
    pub fn migrate(&self, from: &Release, to: &Release) -> ReleaseAnswers {
        remap(self, from, to)
    }
}

/// The ids of something shaped like a release: a [`Release`] or the current content.
trait Shape {
    fn statement_ids(&self) -> impl Iterator<Item = &str>;
    fn question_ids(&self) -> impl Iterator<Item = &str>;
    fn option_ids(&self, question: usize) -> impl Iterator<Item = &str>;
}

impl Shape for Release {
    fn statement_ids(&self) -> impl Iterator<Item = &str> {
        self.statements.iter().copied()
    }
    fn question_ids(&self) -> impl Iterator<Item = &str> {
        self.context.iter().map(|q| q.id)
    }
    fn option_ids(&self, question: usize) -> impl Iterator<Item = &str> {
        self.context
            .get(question)
            .map_or(&[][..], |q| q.options)
            .iter()
            .copied()
    }
}

struct CurrentContent;

impl Shape for CurrentContent {
    fn statement_ids(&self) -> impl Iterator<Item = &str> {
        STATEMENTS.iter().map(|s| s.id)
    }
    fn question_ids(&self) -> impl Iterator<Item = &str> {
        CONTEXT_QUESTIONS.iter().map(|q| q.id)
    }
    fn option_ids(&self, question: usize) -> impl Iterator<Item = &str> {
        CONTEXT_QUESTIONS
            .get(question)
            .map_or(&[][..], |q| q.options)
            .iter()
            .map(|o| o.id)
    }
}

fn remap(answers: &ReleaseAnswers, from: &impl Shape, to: &impl Shape) -> ReleaseAnswers {
    let statements = to
        .statement_ids()
        .map(|id| {
            let i = from.statement_ids().position(|f| f == id)?;
            let (choice, important) = (*answers.statements.get(i)?)?;
            // Only a valid choice travels, and the mark only with an answer.
            Choice::ALL.contains(&choice).then_some((choice, important))
        })
        .collect();
    let context = to
        .question_ids()
        .enumerate()
        .map(|(tq, id)| {
            let fq = from.question_ids().position(|f| f == id)?;
            let option = usize::from((*answers.context.get(fq)?)?);
            let option_id = from.option_ids(fq).nth(option)?;
            let to_option = to.option_ids(tq).position(|o| o == option_id)?;
            u8::try_from(to_option).ok()
        })
        .collect();
    ReleaseAnswers {
        statements,
        context,
    }
}
