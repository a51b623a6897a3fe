//! Turns answers into a result: a fit per path, a ranking, a verdict on the side (technical
//! or management) and on the path within it, the signed contribution of every answer, the
//! theme profile and what would flip the top path.
//! All arithmetic is integer, so a result is exactly reproducible everywhere.

use crate::content::{PathId, Seat, Side, ThemeId, PATHS, PATH_COUNT, STATEMENTS, THEME_COUNT};
use crate::model::{Answers, Choice};

/// Weight of an answer marked "this matters a lot to me"; others weigh 1.
pub const IMPORTANT_WEIGHT: i32 = 2;
/// A lead of at least this many fit tenths (12 points) between first and second is clear.
pub const CLEAR_LEAD_TENTHS: u16 = 120;
/// A lead of at least this many fit tenths (5 points) is leaning; less is too close to call.
pub const LEANING_LEAD_TENTHS: u16 = 50;
/// With fewer answers on the scale than this, the verdict is at most "leaning".
pub const FEW_ANSWERS: usize = 10;
/// Flips bigger than this many steps on one answer are not "small" and are not listed.
pub const MAX_FLIP_STEPS: u8 = 2;

/// How clear a lead is: of the top path over the second, of the top side over the other, or
/// of the top path over the other path of its side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Clear,
    Leaning,
    TooClose,
}

impl Verdict {
    /// The verdict on a lead in fit tenths: never clear on few answers.
    pub const fn of_lead(lead_tenths: u16, few_answers: bool) -> Verdict {
        if lead_tenths >= CLEAR_LEAD_TENTHS && !few_answers {
            Verdict::Clear
        } else if lead_tenths >= LEANING_LEAD_TENTHS {
            Verdict::Leaning
        } else {
            Verdict::TooClose
        }
    }

    pub const fn key(self) -> &'static str {
        match self {
            Verdict::Clear => "clear",
            Verdict::Leaning => "leaning",
            Verdict::TooClose => "too-close",
        }
    }
}

/// A path's fit, 0–100 in tenths (0..=1000).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fit {
    pub path: PathId,
    pub tenths: u16,
}

impl Fit {
    /// The fit rounded to a whole number for display.
    pub fn percent(self) -> u8 {
        // At most 1000 / 10 rounded: fits in u8.
        ((self.tenths + 5) / 10) as u8
    }
}

/// What one answer did to one path's fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Contribution {
    /// Statement index in the current content.
    pub statement: usize,
    /// The answer's signed weight toward the path: weight × value × push.
    pub points: i32,
    /// The same in fit tenths (how far this answer moved the fit from 50).
    pub fit_tenths: i32,
}

/// A small change to one answer that would change the top path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flip {
    pub statement: usize,
    pub from: Option<Choice>,
    pub to: Choice,
    /// Steps on the scale between the two answers ("not sure" and unanswered count as
    /// the middle).
    pub steps: u8,
    pub new_top: PathId,
    /// How far ahead the new top would be, in fit tenths.
    pub margin_tenths: u16,
}

/// The full result of scoring an answer set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Fits in `PathId::ALL` order.
    pub fits: [Fit; PATH_COUNT],
    /// Paths from best to worst fit.
    pub ranking: [PathId; PATH_COUNT],
    /// How clear the lead of the top path over the second is, whichever side each is on.
    pub verdict: Verdict,
    /// First fit minus second fit, in tenths.
    pub lead_tenths: u16,
    /// The side of the top path: a side's fit is the best fit among its paths.
    pub side: Side,
    /// How clear the lead of that side over the other is: the question asked first.
    pub side_verdict: Verdict,
    /// The top path's fit minus the best fit on the other side, in tenths.
    pub side_lead_tenths: u16,
    /// How clear the lead of the top path over the other path of its side is.
    pub path_verdict: Verdict,
    /// The top path's fit minus the other path of its side's, in tenths.
    pub path_lead_tenths: u16,
    /// Statements answered on the scale ("not sure" excluded).
    pub opinions: usize,
    /// Statements with any answer.
    pub answered: usize,
    pub total: usize,
    /// True when the result rests on fewer than `FEW_ANSWERS` answers on the scale.
    pub few_answers: bool,
    /// Per path (`PathId::ALL` order), the non-zero contributions, strongest first.
    pub contributions: [Vec<Contribution>; PATH_COUNT],
    /// Per theme, the person's position from -100 (left pole) to +100 (right pole), in
    /// hundredths; `None` for unscored themes and themes with no answer.
    pub profile: [Option<i16>; THEME_COUNT],
    /// Small single-answer changes that change the top path, smallest first.
    pub flips: Vec<Flip>,
    /// Where the person stands today (`Answers::seat`): it words the result, never scores it.
    pub seat: Seat,
}

impl Outcome {
    pub fn top(&self) -> PathId {
        self.ranking[0]
    }

    pub fn fit(&self, path: PathId) -> Fit {
        self.fits[path.index()]
    }

    /// The best path on the other side from the top path's.
    pub fn other_side_top(&self) -> PathId {
        first_on(&self.ranking, |p| p.side() != self.top().side())
    }

    /// The other path on the top path's side.
    pub fn sibling(&self) -> PathId {
        first_on(&self.ranking[1..], |p| p.side() == self.top().side())
    }

    /// The path a result names beside the top one, because the two are too close to call:
    /// the best on the other side when the sides are, else the other path of the top side
    /// when those are; `None` when the top path is ahead of both.
    pub fn close_second(&self) -> Option<PathId> {
        if self.side_verdict == Verdict::TooClose {
            Some(self.other_side_top())
        } else if self.path_verdict == Verdict::TooClose {
            Some(self.sibling())
        } else {
            None
        }
    }

    /// Coverage in whole percent: the share of statements answered on the scale.
    pub fn coverage_percent(&self) -> u8 {
        if self.total == 0 {
            return 0;
        }
        ((self.opinions * 100 + self.total / 2) / self.total) as u8
    }

    /// 1-based rank of a path.
    pub fn rank(&self, path: PathId) -> usize {
        self.ranking
            .iter()
            .position(|p| *p == path)
            .map_or(PATH_COUNT, |i| i + 1)
    }
}

/// The best ranked path that `on` accepts (each side has paths in every ranking).
fn first_on(ranking: &[PathId], on: impl Fn(PathId) -> bool) -> PathId {
    ranking
        .iter()
        .copied()
        .find(|p| on(*p))
        .unwrap_or(ranking[0])
}

/// A path's typical position on a theme, in hundredths (-100..=100).
pub fn typical_position(path: PathId, theme: ThemeId) -> i16 {
    i16::from(PATHS[path.index()].profile[theme.index()]) * 50
}

fn weight(answers: &Answers, index: usize) -> i32 {
    if answers.is_important(index) {
        IMPORTANT_WEIGHT
    } else {
        1
    }
}

/// The sums behind every fit.
#[derive(Clone, Copy)]
struct Totals {
    raw: [i32; PATH_COUNT],
    max: [i32; PATH_COUNT],
}

fn totals(answers: &Answers) -> Totals {
    let mut t = Totals {
        raw: [0; PATH_COUNT],
        max: [0; PATH_COUNT],
    };
    for (i, s) in STATEMENTS.iter().enumerate() {
        if let Some(choice) = answers.choice(i) {
            let w = weight(answers, i);
            let v = i32::from(choice.value());
            for p in 0..PATH_COUNT {
                let push = i32::from(s.push[p]);
                t.raw[p] += w * v * push;
                t.max[p] += w * 2 * push.abs();
            }
        }
    }
    t
}

/// fit = 50 + 50 · raw / max, in tenths, rounded half up; 50 when nothing counts.
fn fit_tenths(raw: i32, max: i32) -> u16 {
    if max <= 0 {
        return 500;
    }
    let raw = raw.clamp(-max, max);
    let num = 500 * i64::from(max + raw) * 2 + i64::from(max);
    let den = 2 * i64::from(max);
    (num / den).clamp(0, 1000) as u16
}

fn rank(tenths: &[u16; PATH_COUNT]) -> [PathId; PATH_COUNT] {
    let mut ranking = PathId::ALL;
    // Stable sort on a list in tie-break order keeps that order among equal fits.
    ranking.sort_by(|a, b| tenths[b.index()].cmp(&tenths[a.index()]));
    ranking
}

fn fits_of(t: &Totals) -> [u16; PATH_COUNT] {
    std::array::from_fn(|p| fit_tenths(t.raw[p], t.max[p]))
}

/// The top path and its lead over the second, for the flip search.
fn top_and_lead(tenths: &[u16; PATH_COUNT]) -> (PathId, u16) {
    let r = rank(tenths);
    (r[0], tenths[r[0].index()] - tenths[r[1].index()])
}

/// Scores an answer set against the current content.
pub fn score(answers: &Answers) -> Outcome {
    let t = totals(answers);
    let tenths = fits_of(&t);
    let ranking = rank(&tenths);
    let lead_tenths = tenths[ranking[0].index()] - tenths[ranking[1].index()];
    let opinions = answers.opinions();
    let few_answers = opinions < FEW_ANSWERS;
    let top = ranking[0];
    let lead_over = |on: &dyn Fn(PathId) -> bool| {
        tenths[top.index()] - tenths[first_on(&ranking[1..], on).index()]
    };
    let side_lead_tenths = lead_over(&|p| p.side() != top.side());
    let path_lead_tenths = lead_over(&|p| p.side() == top.side());

    let fits = PathId::ALL.map(|p| Fit {
        path: p,
        tenths: tenths[p.index()],
    });

    Outcome {
        fits,
        ranking,
        verdict: Verdict::of_lead(lead_tenths, few_answers),
        lead_tenths,
        side: top.side(),
        side_verdict: Verdict::of_lead(side_lead_tenths, few_answers),
        side_lead_tenths,
        path_verdict: Verdict::of_lead(path_lead_tenths, few_answers),
        path_lead_tenths,
        opinions,
        answered: answers.answered(),
        total: STATEMENTS.len(),
        few_answers,
        contributions: PathId::ALL.map(|p| contributions(answers, p, t.max[p.index()])),
        profile: profile(answers),
        flips: flips(answers, &t, ranking[0]),
        seat: answers.seat(),
    }
}

fn contributions(answers: &Answers, path: PathId, max: i32) -> Vec<Contribution> {
    let p = path.index();
    let mut out: Vec<Contribution> = STATEMENTS
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let choice = answers.choice(i)?;
            let points = weight(answers, i) * i32::from(choice.value()) * i32::from(s.push[p]);
            (points != 0).then(|| Contribution {
                statement: i,
                points,
                fit_tenths: if max > 0 { points * 500 / max } else { 0 },
            })
        })
        .collect();
    // Strongest first; statement order among equals keeps it stable.
    out.sort_by(|a, b| {
        b.points
            .abs()
            .cmp(&a.points.abs())
            .then(a.statement.cmp(&b.statement))
    });
    out
}

fn profile(answers: &Answers) -> [Option<i16>; THEME_COUNT] {
    let mut sum = [0i32; THEME_COUNT];
    let mut max = [0i32; THEME_COUNT];
    for (i, s) in STATEMENTS.iter().enumerate() {
        if s.pole == 0 || !s.theme.theme().scored {
            continue;
        }
        if let Some(choice) = answers.choice(i) {
            let w = weight(answers, i);
            sum[s.theme.index()] += w * i32::from(choice.value()) * i32::from(s.pole.signum());
            max[s.theme.index()] += w * 2;
        }
    }
    std::array::from_fn(|t| (max[t] > 0).then(|| (sum[t] * 100 / max[t]) as i16))
}

/// For each statement, the smallest change of its answer (1 or 2 steps) that changes the
/// top path; each candidate is rescored incrementally from the totals.
fn flips(answers: &Answers, t: &Totals, top: PathId) -> Vec<Flip> {
    let mut out = Vec::new();
    for (i, s) in STATEMENTS.iter().enumerate() {
        if s.push.iter().all(|p| *p == 0) {
            continue;
        }
        let from = answers.choice(i);
        let cur = from.map_or(0, Choice::value);
        let w = weight(answers, i);
        let mut best: Option<Flip> = None;
        for to in -2i8..=2 {
            let steps = (to - cur).unsigned_abs();
            if steps == 0 || steps > MAX_FLIP_STEPS {
                continue;
            }
            let mut next = *t;
            for p in 0..PATH_COUNT {
                let push = i32::from(s.push[p]);
                next.raw[p] += w * i32::from(to - cur) * push;
                if from.is_none() {
                    next.max[p] += w * 2 * push.abs();
                }
            }
            let (new_top, margin_tenths) = top_and_lead(&fits_of(&next));
            if new_top == top {
                continue;
            }
            let candidate = Flip {
                statement: i,
                from,
                to: Choice::Scale(to),
                steps,
                new_top,
                margin_tenths,
            };
            let better = best.is_none_or(|b| {
                (candidate.steps, std::cmp::Reverse(candidate.margin_tenths))
                    < (b.steps, std::cmp::Reverse(b.margin_tenths))
            });
            if better {
                best = Some(candidate);
            }
        }
        out.extend(best);
    }
    out.sort_by(|a, b| {
        a.steps
            .cmp(&b.steps)
            .then(b.margin_tenths.cmp(&a.margin_tenths))
            .then(a.statement.cmp(&b.statement))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_is_fifty_with_nothing_to_count() {
        assert_eq!(fit_tenths(0, 0), 500);
    }

    #[test]
    fn fit_spans_zero_to_hundred() {
        assert_eq!(fit_tenths(10, 10), 1000);
        assert_eq!(fit_tenths(-10, 10), 0);
        assert_eq!(fit_tenths(0, 10), 500);
        assert_eq!(fit_tenths(1, 3), 667);
        assert_eq!(fit_tenths(-1, 3), 333);
    }

    #[test]
    fn ties_follow_the_documented_order() {
        assert_eq!(rank(&[500; PATH_COUNT]), PathId::ALL);
        assert_eq!(
            rank(&[400, 600, 600, 300]),
            [
                PathId::Staff,
                PathId::TechLeadManager,
                PathId::Senior,
                PathId::EngineeringManager
            ]
        );
    }

    #[test]
    fn empty_answers_are_too_close_with_few_answers() {
        let o = score(&Answers::new());
        assert_eq!(o.verdict, Verdict::TooClose);
        assert!(o.few_answers);
        assert_eq!(o.coverage_percent(), 0);
        assert!(o.fits.iter().all(|f| f.tenths == 500));
        assert!(o.profile.iter().all(Option::is_none));
    }

    #[test]
    fn unsure_pulls_toward_the_middle_without_pushing() {
        let mut a = Answers::new();
        a.set(0, Some(Choice::STRONGLY_AGREE));
        let strong = score(&a);
        a.set(1, Some(Choice::Unsure));
        let diluted = score(&a);
        let top = strong.top();
        assert!(strong.fit(top).tenths >= diluted.fit(top).tenths);
        assert_eq!(diluted.opinions, 1);
        assert_eq!(diluted.answered, 2);
    }

    #[test]
    fn importance_doubles_an_answers_weight() {
        let mut a = Answers::new();
        a.set(0, Some(Choice::AGREE));
        let plain = score(&a);
        a.set_important(0, true);
        let marked = score(&a);
        for p in PathId::ALL {
            let c0 = plain.contributions[p.index()].first().map(|c| c.points);
            let c1 = marked.contributions[p.index()].first().map(|c| c.points);
            assert_eq!(c0.map(|x| x * 2), c1);
        }
    }

    #[test]
    fn contributions_sum_to_the_fit() {
        let mut a = Answers::new();
        for (i, c) in [2, -1, 1, 0, -2, 2, 1].into_iter().enumerate() {
            a.set(i * 3, Some(Choice::Scale(c)));
        }
        let o = score(&a);
        for p in PathId::ALL {
            let sum: i32 = o.contributions[p.index()]
                .iter()
                .map(|c| c.fit_tenths)
                .sum();
            let fit = i32::from(o.fit(p).tenths) - 500;
            // Each contribution is rounded toward zero, so the sum may be a few tenths short.
            assert!((fit - sum).abs() <= o.contributions[p.index()].len() as i32 + 1);
        }
    }

    #[test]
    fn clear_needs_enough_answers() {
        // A single strong answer gives a large lead, but rests on one answer.
        let mut a = Answers::new();
        a.set(0, Some(Choice::STRONGLY_AGREE));
        a.set_important(0, true);
        let o = score(&a);
        assert!(o.few_answers);
        assert_ne!(o.verdict, Verdict::Clear);
    }
}
