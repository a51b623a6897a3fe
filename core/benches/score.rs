//! Host benchmark: scoring plus the flip analysis for a full answer set. Prints the median
//! and the 95th percentile per call over many batches; `scripts/bench` runs it.
//! A plain harness (no external crate): a batch of calls is timed with `Instant`.

use std::hint::black_box;
use std::time::Instant;

use crossroads_core::advice::select_advice;
use crossroads_core::content::STATEMENTS;
use crossroads_core::{score, Answers, Choice};

fn full_answers() -> Answers {
    let mut a = Answers::new();
    for i in 0..STATEMENTS.len() {
        let step = [-2, 1, 2, -1, 0, 2, -2][i % 7];
        a.set(i, Some(Choice::Scale(step)));
        a.set_important(i, i % 5 == 0);
    }
    a
}

fn main() {
    let answers = full_answers();
    const BATCH: u32 = 200;
    const BATCHES: usize = 300;
    // Warm up.
    for _ in 0..2_000 {
        black_box(score(black_box(&answers)));
    }
    let mut per_call_ns: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..BATCH {
                let o = score(black_box(&answers));
                black_box(select_advice(&answers, &o));
            }
            t.elapsed().as_nanos() as f64 / f64::from(BATCH)
        })
        .collect();
    per_call_ns.sort_by(f64::total_cmp);
    let median = per_call_ns[BATCHES / 2] / 1000.0;
    let p95 = per_call_ns[BATCHES * 95 / 100] / 1000.0;
    println!("score+flips+advice (full answer set, {} statements): median {median:.2} µs, p95 {p95:.2} µs", STATEMENTS.len());
    println!("{{\"core_score_median_us\": {median:.3}, \"core_score_p95_us\": {p95:.3}}}");
}
