//! The sentences and names the screens make of a result and of answers (a path's name, the
//! verdict, an answer in words): kept in one place so wording stays consistent between the
//! result, the print view, the shared view and the card. The words themselves are the app's
//! (`crate::words`); the page's own are `crate::page_words`.

use crossroads_core::content::{PathId, THEMES};
use crossroads_core::{Choice, Outcome, Seat, ThemeId, Verdict};

/// The path's display name: the organisation's, where its file renames it.
pub fn path_name(path: PathId) -> &'static str {
    crate::org::path_name(path)
}

/// "Not offered at Acme", for a path the organisation does not offer.
pub fn not_offered(path: PathId) -> Option<String> {
    if crate::org::offered()[path.index()] {
        return None;
    }
    Some(match crate::org::organisation() {
        Some(org) => trf!("Not offered at {}", org),
        None => tr!("Not offered here").to_string(),
    })
}

/// A link the organisation gives (its ladder for a path, its contact): text only, opened
/// apart from the widget (which may be in a frame), with no opener and no referrer.
pub fn org_link(link: &crossroads_core::config::Link) -> yew::Html {
    yew::html! {
        <a href={link.url.clone()} target="_blank" rel="noopener noreferrer">
            { link.label.clone() }
            <span class="visually-hidden">{ tr!(" (opens in a new tab)") }</span>
        </a>
    }
}

/// The verdict as a headline. To someone who manages today it speaks of staying in
/// management or going back to engineering.
pub fn verdict_headline(o: &Outcome) -> String {
    let top = path_name(o.top());
    let second = path_name(o.ranking[1]);
    let staying = o.top().is_management();
    match (o.verdict, o.seat) {
        (Verdict::Clear, Seat::Engineer) => trf!("{} fits you best, with a clear lead", top),
        (Verdict::Leaning, Seat::Engineer) => {
            trf!("You lean toward {}, with {} not far behind", top, second)
        }
        (Verdict::Clear, Seat::Manager) if staying => {
            trf!("{} fits you best: your answers say stay in management", top)
        }
        (Verdict::Clear, Seat::Manager) => {
            trf!(
                "{} fits you best: your answers point back to engineering",
                top
            )
        }
        (Verdict::Leaning, Seat::Manager) if staying => {
            trf!(
                "You lean toward staying, as {}, with {} not far behind",
                top,
                second
            )
        }
        (Verdict::Leaning, Seat::Manager) => {
            trf!(
                "You lean toward going back, as {}, with {} not far behind",
                top,
                second
            )
        }
        (Verdict::TooClose, _) => trf!("Too close to call between {} and {}", top, second),
    }
}

/// True when the result points someone who manages today back to engineering: the way back
/// comes first for them.
pub fn points_back(o: &Outcome) -> bool {
    o.seat == Seat::Manager && !o.top().is_management()
}

/// What the verdict means, in a sentence or two.
pub fn verdict_explanation(o: &Outcome) -> String {
    // Whole points, rounded half up; integer arithmetic keeps float formatting out of the wasm.
    let lead = (o.lead_tenths + 5) / 10;
    let mut s = match o.verdict {
        Verdict::Clear => trf!(
            "It leads the next path by {} points, a gap a change of heart on one or two answers would not close.",
            lead
        ),
        Verdict::Leaning => trf!(
            "It leads by {} points: a real preference, but a few different answers could change the order.",
            lead
        ),
        Verdict::TooClose => trf!(
            "The top two are {} points apart, within what a couple of answers could swing. That is useful to know: both deserve a small experiment before you choose.",
            lead
        ),
    };
    if o.seat == Seat::Manager
        && o.verdict == Verdict::TooClose
        && o.top().is_management() != o.ranking[1].is_management()
    {
        s.push_str(tr!(
            " Between staying in management and going back to engineering, your answers do not choose yet."
        ));
    }
    if o.few_answers {
        s.push_str(tr!(
            " This result rests on few answers, so treat it as a first impression."
        ));
    }
    s
}

/// How much of the questionnaire the result rests on.
pub fn coverage_line(o: &Outcome) -> String {
    let unsure = o.answered - o.opinions;
    let mut s = trf!(
        "Based on {} of {} statements answered ({}%)",
        o.opinions,
        o.total,
        o.coverage_percent()
    );
    if unsure > 0 {
        s.push_str(&trf!(", plus {} marked “not sure”", unsure));
    }
    s.push('.');
    s
}

/// A person's position on a theme, in words.
pub fn position_words(theme: ThemeId, position: Option<i16>) -> String {
    let t = &THEMES[theme.index()];
    match position {
        None => tr!("no answers").to_string(),
        Some(p) if p <= -60 => trf!("strongly toward {}", t.left),
        Some(p) if p <= -20 => trf!("toward {}", t.left),
        Some(p) if p < 20 => tr!("in the middle").to_string(),
        Some(p) if p < 60 => trf!("toward {}", t.right),
        Some(_) => trf!("strongly toward {}", t.right),
    }
}

/// An answer in words, lower case for use inside a sentence.
pub fn choice_words(choice: Option<Choice>) -> String {
    match choice {
        None => tr!("no answer").to_string(),
        Some(c) => choice_phrase(c).to_string(),
    }
}

/// A choice in lower case, for use inside a sentence.
pub fn choice_phrase(c: Choice) -> &'static str {
    match c {
        Choice::Scale(-2) => tr!("strongly disagree"),
        Choice::Scale(-1) => tr!("disagree"),
        Choice::Scale(0) => tr!("neither agree nor disagree"),
        Choice::Scale(1) => tr!("agree"),
        Choice::Scale(2) => tr!("strongly agree"),
        Choice::Scale(_) => tr!("no answer"),
        Choice::Unsure => tr!("not sure"),
    }
}

/// A choice as the scale's buttons name it, capitalised.
pub fn choice_label(c: Choice) -> &'static str {
    match c {
        Choice::Scale(-2) => tr!("Strongly disagree"),
        Choice::Scale(-1) => tr!("Disagree"),
        Choice::Scale(0) => tr!("Neither agree nor disagree"),
        Choice::Scale(1) => tr!("Agree"),
        Choice::Scale(2) => tr!("Strongly agree"),
        // Never on the scale (`Choice::ALL`): as for its key, nothing.
        Choice::Scale(_) => "",
        Choice::Unsure => tr!("Not sure"),
    }
}

/// Fit tenths as signed points with one decimal, e.g. "+3.4" (`one_decimal`).
pub fn signed_points(tenths: i32) -> String {
    let sign = if tenths < 0 { '−' } else { '+' };
    format!("{sign}{}", one_decimal(tenths.unsigned_abs()))
}

/// Tenths as a number with one decimal, e.g. "3.4": the whole part and the tenths placed by
/// a word of the file, so that a language writes its own decimal separator ("3,4").
pub fn one_decimal(tenths: u32) -> String {
    trf!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn signed_points_read_naturally() {
        assert_eq!(signed_points(34), "+3.4");
        assert_eq!(signed_points(-7), "−0.7");
        assert_eq!(signed_points(0), "+0.0");
        assert_eq!(signed_points(-1234), "−123.4");
        assert_eq!(one_decimal(5), "0.5");
    }

    /// To someone who manages today the headline speaks of staying or going back; to an
    /// engineer, as before.
    #[test]
    fn a_manager_reads_the_verdict_as_staying_or_going_back() {
        use crossroads_core::content::PathId;
        let mut answers = crossroads_core::Answers::new();
        answers
            .set_context_by_id("history", "manager-long")
            .unwrap();
        let mut o = crossroads_core::score(&answers);
        o.ranking = [
            PathId::Senior,
            PathId::Staff,
            PathId::TechLeadManager,
            PathId::EngineeringManager,
        ];
        o.verdict = Verdict::Clear;
        assert!(verdict_headline(&o).ends_with("point back to engineering"));
        assert!(points_back(&o));
        o.ranking.swap(0, 3);
        assert!(verdict_headline(&o).ends_with("say stay in management"));
        assert!(!points_back(&o));
        o.verdict = Verdict::Leaning;
        assert!(verdict_headline(&o).starts_with("You lean toward staying, as Engineering manager"));
        o.seat = crossroads_core::Seat::Engineer;
        assert_eq!(
            verdict_headline(&o),
            "You lean toward Engineering manager, with Staff+ engineer not far behind"
        );
        o.seat = crossroads_core::Seat::Manager;
        o.verdict = Verdict::TooClose;
        assert!(verdict_explanation(&o).contains("staying in management and going back"));
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
