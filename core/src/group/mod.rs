//! Many results, one picture: what a group of results has in common and where it divides,
//! for a facilitator (a team's manager, a workshop) who collected the group's result links.
//! Nothing here names anyone or keeps anyone's answers: a [`Group`] holds counts only, and
//! whatever could tell one person's answers in a small group (the context they gave, how the
//! group spreads on each theme, the statements it divides on) only for groups of at least
//! [`MIN_FOR_DETAILS`].
//!
//! - [`paste`]: reading the links out of pasted text, each problem named by its line.
//! - [`link`]: the group link (`#w=…`), which carries a `Group` and nothing else.

pub mod link;
pub mod paste;

use crate::content::{PathId, Side, CONTEXT_QUESTIONS, PATH_COUNT, STATEMENTS, THEME_COUNT};
use crate::model::{Answers, Choice};
use crate::scoring::{score, Verdict};

/// The smallest group whose spreads and statement counts are shown or carried.
pub const MIN_FOR_DETAILS: u16 = 3;
/// The fifths of a theme's axis a person's position falls in, left pole first.
pub const BINS: usize = 5;
/// The largest group counted (a link or a paste may hold more; the rest are refused).
pub const MAX_GROUP: usize = 5000;

/// The verdicts in the order every count here uses: clear, leaning, too close.
pub const VERDICTS: [Verdict; 3] = [Verdict::Clear, Verdict::Leaning, Verdict::TooClose];
/// The sides in the order every count here uses.
pub const SIDES: [Side; 2] = [Side::Technical, Side::Management];

/// What a group of results comes to. Counts only, never a person's answers or name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Group {
    /// Results counted.
    pub size: u16,
    /// Per side (`SIDES`) and its verdict (`VERDICTS`): how many results lean there.
    pub sides: [[u16; 3]; 2],
    /// Per top path (`PathId::ALL`) and its verdict over the second path.
    pub paths: [[u16; 3]; PATH_COUNT],
    /// With at least `MIN_FOR_DETAILS` results, the details.
    pub details: Option<Details>,
}

/// What is counted only for groups of at least `MIN_FOR_DETAILS`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Details {
    /// Per context question (`CONTEXT_QUESTIONS`), per option: how many chose it.
    pub context: Vec<Vec<u16>>,
    /// Per theme (`ThemeId::ALL`), how many stand in each fifth of its axis (left pole
    /// first); a theme someone left unanswered, or that is not scored, counts them nowhere.
    pub spreads: [[u16; BINS]; THEME_COUNT],
    /// Per statement (`STATEMENTS`): how many disagree, are in the middle or not sure, agree.
    pub statements: Vec<[u16; 3]>,
}

/// A statement the group divides on: its position in `STATEMENTS`, and how many disagree,
/// are in between and agree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Divided {
    pub statement: usize,
    pub counts: [u16; 3],
}

/// The fifth of an axis a position (-100..=100) falls in.
pub fn bin(position: i16) -> usize {
    match position {
        ..=-61 => 0,
        -60..=-21 => 1,
        -20..=20 => 2,
        21..=60 => 3,
        _ => 4,
    }
}

fn verdict_index(v: Verdict) -> usize {
    VERDICTS.iter().position(|&x| x == v).unwrap_or(2)
}

fn side_index(s: Side) -> usize {
    SIDES.iter().position(|&x| x == s).unwrap_or(0)
}

/// Where an answer counts: disagree (0), the middle or not sure (1), agree (2).
fn leaning(choice: Choice) -> usize {
    match choice.value() {
        v if v < 0 => 0,
        0 => 1,
        _ => 2,
    }
}

/// Counts a group of answer sets (at most `MAX_GROUP`; any beyond are left out).
pub fn aggregate(results: &[Answers]) -> Group {
    let results = &results[..results.len().min(MAX_GROUP)];
    let mut g = Group {
        size: results.len() as u16,
        ..Group::default()
    };
    let mut context: Vec<Vec<u16>> = CONTEXT_QUESTIONS
        .iter()
        .map(|q| vec![0; q.options.len()])
        .collect();
    let mut spreads = [[0u16; BINS]; THEME_COUNT];
    let mut statements = vec![[0u16; 3]; STATEMENTS.len()];
    for answers in results {
        let o = score(answers);
        g.sides[side_index(o.side)][verdict_index(o.side_verdict)] += 1;
        g.paths[o.top().index()][verdict_index(o.verdict)] += 1;
        for (q, counts) in context.iter_mut().enumerate() {
            if let Some(count) = answers
                .context(q)
                .and_then(|option| counts.get_mut(usize::from(option)))
            {
                *count += 1;
            }
        }
        for (theme, position) in o.profile.iter().enumerate() {
            if let Some(p) = position {
                spreads[theme][bin(*p)] += 1;
            }
        }
        for (i, counts) in statements.iter_mut().enumerate() {
            if let Some(choice) = answers.choice(i) {
                counts[leaning(choice)] += 1;
            }
        }
    }
    if g.size >= MIN_FOR_DETAILS {
        g.details = Some(Details {
            context,
            spreads,
            statements,
        });
    }
    g
}

impl Group {
    /// How many lean to a side, whatever the verdict.
    pub fn side_total(&self, side: Side) -> u16 {
        self.sides[side_index(side)].iter().sum()
    }

    /// How many have this path on top, whatever the verdict.
    pub fn path_total(&self, path: PathId) -> u16 {
        self.paths[path.index()].iter().sum()
    }

    /// The statements the group divides on most, at most `k`: those where some agree and some
    /// disagree, the most evenly split first (the smaller camp's share of those who took a
    /// side), then the more answered. None for a group too small for details.
    pub fn most_divided(&self, k: usize) -> Vec<Divided> {
        let Some(details) = &self.details else {
            return Vec::new();
        };
        let mut divided: Vec<Divided> = details
            .statements
            .iter()
            .enumerate()
            .filter(|(_, c)| c[0] > 0 && c[2] > 0)
            .map(|(statement, &counts)| Divided { statement, counts })
            .collect();
        // min/(dis+agree) compared as cross products, exactly.
        divided.sort_by(|a, b| {
            let split = |d: &Divided| {
                (
                    u32::from(d.counts[0].min(d.counts[2])),
                    u32::from(d.counts[0]) + u32::from(d.counts[2]),
                )
            };
            let ((am, at), (bm, bt)) = (split(a), split(b));
            (bm * at)
                .cmp(&(am * bt))
                .then(bt.cmp(&at))
                .then(a.statement.cmp(&b.statement))
        });
        divided.truncate(k);
        divided
    }
}
