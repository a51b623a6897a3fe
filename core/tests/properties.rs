//! Property tests of the scoring: fits stay in range, moving an answer toward a path never
//! lowers that path's fit, the side and the path within it agree with the ranking, the flip
//! list is right, and order of answering does not matter.
#![cfg(not(target_arch = "wasm32"))]

use crossroads_core::content::{PathId, PATH_COUNT, STATEMENTS};
use crossroads_core::scoring::{score, MAX_FLIP_STEPS};
use crossroads_core::{Answers, Choice, Verdict};
use proptest::prelude::*;

fn choice() -> impl Strategy<Value = Option<Choice>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Choice::Unsure)),
        5 => (-2i8..=2).prop_map(|v| Some(Choice::Scale(v))),
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    (
        prop::collection::vec(choice(), STATEMENTS.len()),
        prop::collection::vec(any::<bool>(), STATEMENTS.len()),
    )
        .prop_map(|(choices, important)| {
            let mut a = Answers::new();
            for (i, (c, m)) in choices.into_iter().zip(important).enumerate() {
                a.set(i, c);
                a.set_important(i, m);
            }
            a
        })
}

fn value(c: Option<Choice>) -> i8 {
    c.map_or(0, Choice::value)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fits_stay_in_range_and_ranking_is_sorted(a in answers()) {
        let o = score(&a);
        for f in o.fits {
            prop_assert!(f.tenths <= 1000);
            prop_assert!(f.percent() <= 100);
        }
        for w in o.ranking.windows(2) {
            prop_assert!(o.fit(w[0]).tenths >= o.fit(w[1]).tenths);
        }
        let mut seen = o.ranking.to_vec();
        seen.sort();
        prop_assert_eq!(seen, PathId::ALL.to_vec());
        prop_assert_eq!(o.lead_tenths, o.fit(o.ranking[0]).tenths - o.fit(o.ranking[1]).tenths);
        prop_assert!(o.coverage_percent() <= 100);
    }

    /// The side's fit is its best path's: the side leads by the top path's fit over the best
    /// on the other side, the path by its fit over the other of its side, and the lead over
    /// the second path overall is the smaller of the two, so a clear side and a clear path
    /// make a clear top path.
    #[test]
    fn the_side_and_the_path_within_it_agree_with_the_ranking(a in answers()) {
        let o = score(&a);
        let top = o.fit(o.top()).tenths;
        let best_of = |other: bool| PathId::ALL.into_iter()
            .filter(|p| *p != o.top() && (p.side() != o.side) == other)
            .map(|p| o.fit(p).tenths)
            .max()
            .unwrap();
        prop_assert_eq!(o.side, o.top().side());
        prop_assert_eq!(o.side_lead_tenths, top - best_of(true));
        prop_assert_eq!(o.path_lead_tenths, top - best_of(false));
        prop_assert_eq!(o.lead_tenths, o.side_lead_tenths.min(o.path_lead_tenths));
        prop_assert_eq!(o.side_verdict, Verdict::of_lead(o.side_lead_tenths, o.few_answers));
        prop_assert_eq!(o.path_verdict, Verdict::of_lead(o.path_lead_tenths, o.few_answers));
        if o.side_verdict == Verdict::Clear && o.path_verdict == Verdict::Clear {
            prop_assert_eq!(o.verdict, Verdict::Clear);
        }
        prop_assert_ne!(o.other_side_top().side(), o.side);
        prop_assert_eq!(o.sibling().side(), o.side);
    }

    #[test]
    fn moving_an_answer_toward_a_path_never_lowers_its_fit(
        a in answers(), index in 0..STATEMENTS.len(), path in 0..PATH_COUNT,
    ) {
        let push = STATEMENTS[index].push[path];
        // Only answered statements: answering a fresh one adds to what the fit is out of.
        let Some(current) = a.choice(index) else { return Ok(()) };
        let v = current.value();
        let toward = v + push.signum();
        prop_assume!(push != 0 && (-2..=2).contains(&toward));
        let before = score(&a).fits[path].tenths;
        let mut moved = a.clone();
        moved.set(index, Some(Choice::Scale(toward)));
        let after = score(&moved).fits[path].tenths;
        prop_assert!(after >= before, "{} -> {} moving {} toward path {}", before, after, STATEMENTS[index].id, path);
    }

    #[test]
    fn listed_flips_are_real_and_none_smaller_is_missed(a in answers()) {
        let o = score(&a);
        for f in &o.flips {
            let mut changed = a.clone();
            changed.set(f.statement, Some(f.to));
            let new = score(&changed);
            prop_assert_ne!(new.top(), o.top());
            prop_assert_eq!(new.top(), f.new_top);
            prop_assert_eq!(f.steps, (value(Some(f.to)) - value(f.from)).unsigned_abs());
            prop_assert!(f.steps >= 1 && f.steps <= MAX_FLIP_STEPS);
        }
        for w in o.flips.windows(2) {
            prop_assert!(w[0].steps <= w[1].steps);
        }
        // Brute force: every single-answer change on the scale smaller than the first listed
        // flip (or any small change at all, when none is listed) keeps the top path.
        let limit = o.flips.first().map_or(MAX_FLIP_STEPS + 1, |f| f.steps);
        for (i, s) in STATEMENTS.iter().enumerate() {
            for to in -2i8..=2 {
                let steps = (to - value(a.choice(i))).unsigned_abs();
                if steps == 0 || steps >= limit {
                    continue;
                }
                let mut changed = a.clone();
                changed.set(i, Some(Choice::Scale(to)));
                prop_assert_eq!(score(&changed).top(), o.top(), "missed flip at {} to {}", s.id, to);
            }
        }
        // Each statement that can flip in a small step is listed.
        for (i, s) in STATEMENTS.iter().enumerate() {
            let listed = o.flips.iter().any(|f| f.statement == i);
            let can = (-2i8..=2).any(|to| {
                let steps = (to - value(a.choice(i))).unsigned_abs();
                if steps == 0 || steps > MAX_FLIP_STEPS { return false; }
                let mut changed = a.clone();
                changed.set(i, Some(Choice::Scale(to)));
                score(&changed).top() != o.top()
            });
            prop_assert_eq!(listed, can, "statement {}", s.id);
        }
    }

    #[test]
    fn the_order_answers_were_given_in_does_not_matter(a in answers(), seed in any::<u64>()) {
        // Replay the same answers in a shuffled order, with detours through other answers.
        let mut order: Vec<usize> = (0..STATEMENTS.len()).collect();
        let mut s = seed | 1;
        for i in (1..order.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            order.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let mut b = Answers::new();
        for &i in &order {
            b.set(i, Some(Choice::Unsure));
            b.set_important(i, true);
        }
        for &i in order.iter().rev() {
            b.set(i, a.choice(i));
            b.set_important(i, a.is_important(i));
        }
        prop_assert_eq!(&b, &a);
        prop_assert_eq!(score(&b), score(&a));
    }
}
