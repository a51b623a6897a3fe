//! Sentences the screens show that depend on a result: kept in one place so wording stays
//! consistent between the result, the print view and (later) the shared view.

use crossroads_core::content::{PathId, THEMES};
use crossroads_core::{Choice, Outcome, ThemeId, Verdict};

/// The path's display name.
pub fn path_name(path: PathId) -> &'static str {
    path.path().name.as_str()
}

/// The verdict as a headline.
pub fn verdict_headline(o: &Outcome) -> String {
    let top = path_name(o.top());
    let second = path_name(o.ranking[1]);
    match o.verdict {
        Verdict::Clear => format!("{top} fits you best, with a clear lead"),
        Verdict::Leaning => format!("You lean toward {top}, with {second} not far behind"),
        Verdict::TooClose => format!("Too close to call between {top} and {second}"),
    }
}

/// What the verdict means, in a sentence or two.
pub fn verdict_explanation(o: &Outcome) -> String {
    // Whole points, rounded half up; integer arithmetic keeps float formatting out of the wasm.
    let lead = (o.lead_tenths + 5) / 10;
    let mut s = match o.verdict {
        Verdict::Clear => format!(
            "It leads the next path by {lead} points, a gap a change of heart on one or two answers would not close."
        ),
        Verdict::Leaning => format!(
            "It leads by {lead} points: a real preference, but a few different answers could change the order."
        ),
        Verdict::TooClose => format!(
            "The top two are {lead} points apart, within what a couple of answers could swing. That is useful to know: both deserve a small experiment before you choose."
        ),
    };
    if o.few_answers {
        s.push_str(" This result rests on few answers, so treat it as a first impression.");
    }
    s
}

/// How much of the questionnaire the result rests on.
pub fn coverage_line(o: &Outcome) -> String {
    let unsure = o.answered - o.opinions;
    let mut s = format!(
        "Based on {} of {} statements answered ({}%)",
        o.opinions,
        o.total,
        o.coverage_percent()
    );
    if unsure > 0 {
        s.push_str(&format!(", plus {unsure} marked “not sure”"));
    }
    s.push('.');
    s
}

/// A person's position on a theme, in words.
pub fn position_words(theme: ThemeId, position: Option<i16>) -> String {
    let t = &THEMES[theme.index()];
    match position {
        None => "no answers".to_string(),
        Some(p) if p <= -60 => format!("strongly toward {}", t.left),
        Some(p) if p <= -20 => format!("toward {}", t.left),
        Some(p) if p < 20 => "in the middle".to_string(),
        Some(p) if p < 60 => format!("toward {}", t.right),
        Some(_) => format!("strongly toward {}", t.right),
    }
}

/// An answer in words, lower case for use inside a sentence.
pub fn choice_words(choice: Option<Choice>) -> String {
    match choice {
        None => "no answer".to_string(),
        Some(c) => choice_phrase(c).to_string(),
    }
}

/// A choice in lower case, for use inside a sentence.
pub fn choice_phrase(c: Choice) -> &'static str {
    match c {
        Choice::Scale(-2) => "strongly disagree",
        Choice::Scale(-1) => "disagree",
        Choice::Scale(0) => "neither agree nor disagree",
        Choice::Scale(1) => "agree",
        Choice::Scale(2) => "strongly agree",
        Choice::Scale(_) => "no answer",
        Choice::Unsure => "not sure",
    }
}

/// Fit tenths as signed points with one decimal, e.g. "+3.4".
pub fn signed_points(tenths: i32) -> String {
    let sign = if tenths < 0 { '−' } else { '+' };
    let a = tenths.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn signed_points_read_naturally() {
        assert_eq!(signed_points(34), "+3.4");
        assert_eq!(signed_points(-7), "−0.7");
        assert_eq!(signed_points(0), "+0.0");
    }

    #[test]
    fn positions_name_the_pole() {
        let t = ThemeId::Energy;
        assert_eq!(position_words(t, None), "no answers");
        assert_eq!(position_words(t, Some(0)), "in the middle");
        assert!(position_words(t, Some(-100)).starts_with("strongly toward"));
        assert!(position_words(t, Some(40)).contains(THEMES[t.index()].right.as_str()));
    }
}
