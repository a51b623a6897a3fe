//! The sentences and names the screens make of a result and of answers (a path's name, the
//! verdict, an answer in words): kept in one place so wording stays consistent between the
//! result, the print view, the shared view and the card. The words themselves are the app's
//! (`crate::words`); the page's own are `crate::page_words`.

use crossroads_core::content::{PathId, THEMES};
use crossroads_core::{Choice, Outcome, Seat, Side, ThemeId, Verdict};

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

/// The verdict as a headline: the side first (stay technical or manage), then the path
/// within it. To someone who manages today the side reads as staying in management or going
/// back to engineering. When the sides themselves are too close, it names the best path of
/// each.
pub fn verdict_headline(o: &Outcome) -> String {
    let top = path_name(o.top());
    if o.side_verdict == Verdict::TooClose {
        let other = path_name(o.other_side_top());
        return trf!("Too close to call between {} and {}", top, other);
    }
    let close = o.close_second().map(path_name);
    match (o.side, o.seat, close) {
        (Side::Technical, Seat::Engineer, None) => trf!("Stay technical: {} fits you best", top),
        (Side::Technical, Seat::Engineer, Some(second)) => {
            trf!("Stay technical; {} and {} are close", top, second)
        }
        (Side::Management, Seat::Engineer, None) => {
            trf!("Management fits you: {} most of all", top)
        }
        (Side::Management, Seat::Engineer, Some(second)) => {
            trf!("Management fits you; {} and {} are close", top, second)
        }
        (Side::Management, Seat::Manager, None) => {
            trf!("Stay in management: {} fits you best", top)
        }
        (Side::Management, Seat::Manager, Some(second)) => {
            trf!("Stay in management; {} and {} are close", top, second)
        }
        (Side::Technical, Seat::Manager, None) => {
            trf!("Going back to engineering fits you: {} most of all", top)
        }
        (Side::Technical, Seat::Manager, Some(second)) => {
            trf!(
                "Going back to engineering fits you; {} and {} are close",
                top,
                second
            )
        }
    }
}

/// True when the result points someone who manages today back to engineering: the way back
/// comes first for them.
pub fn points_back(o: &Outcome) -> bool {
    o.seat == Seat::Manager && o.side == Side::Technical
}

/// What the verdict means: how clearly the side leads, then how clearly the path leads
/// within it.
pub fn verdict_explanation(o: &Outcome) -> String {
    // Whole points, rounded half up; integer arithmetic keeps float formatting out of the wasm.
    let points = |tenths: u16| (tenths + 5) / 10;
    let side = points(o.side_lead_tenths);
    let mut s = match o.side_verdict {
        Verdict::Clear => trf!(
            "Your answers choose this side by {} points, a gap a change of heart on one or two answers would not close.",
            side
        ),
        Verdict::Leaning => trf!(
            "Your answers lean this way by {} points: a real preference, but a few different answers could change it.",
            side
        ),
        Verdict::TooClose => trf!(
            "The two sides are {} points apart, within what a couple of answers could swing. That is useful to know: both deserve a small experiment before you choose.",
            side
        ),
    };
    if o.side_verdict != Verdict::TooClose {
        let (top, sibling) = (path_name(o.top()), path_name(o.sibling()));
        let lead = points(o.path_lead_tenths);
        s.push_str(&match o.path_verdict {
            Verdict::Clear => trf!(
                " Within it, {} leads {} clearly, by {} points.",
                top,
                sibling,
                lead
            ),
            Verdict::Leaning => trf!(
                " Within it, {} leads {} by {} points, a lead a few answers could change.",
                top,
                sibling,
                lead
            ),
            Verdict::TooClose => trf!(
                " Within it, {} and {} are too close to call: both deserve a small experiment.",
                top,
                sibling
            ),
        });
    } else if o.seat == Seat::Manager {
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
    use crossroads_core::content::PathId;

    #[test]
    fn signed_points_read_naturally() {
        assert_eq!(signed_points(34), "+3.4");
        assert_eq!(signed_points(-7), "−0.7");
        assert_eq!(signed_points(0), "+0.0");
        assert_eq!(signed_points(-1234), "−123.4");
        assert_eq!(one_decimal(5), "0.5");
    }

    /// A result with the paths in this order, these verdicts on the side and on the path
    /// within it, read from this seat.
    fn outcome(ranking: [PathId; 4], side: Verdict, path: Verdict, seat: Seat) -> Outcome {
        let mut o = crossroads_core::score(&crossroads_core::Answers::new());
        o.ranking = ranking;
        o.side = ranking[0].side();
        o.side_verdict = side;
        o.path_verdict = path;
        o.seat = seat;
        o.few_answers = false;
        o
    }

    /// The headline answers the question asked first, the side, then names the path within
    /// it, or the two that are close; to someone who manages today, as staying or going
    /// back. When the sides are too close, it names the best path of each. In every language.
    #[test]
    fn the_headline_answers_the_side_first_in_every_language() {
        use crossroads_core::lang::{use_language, Language};
        use crossroads_core::words::{catalogue_texts, text_file_of};
        use PathId::{EngineeringManager as Em, Senior, Staff, TechLeadManager as Tlm};
        use Verdict::{Clear, Leaning, TooClose};
        let words = text_file_of(catalogue_texts().chain(crate::words::ALL.iter().copied()));
        let cases = [
            (
                outcome([Em, Tlm, Staff, Senior], Clear, TooClose, Seat::Engineer),
                "Management fits you; Engineering manager and Tech lead manager are close",
                "Management passt zu dir; zwischen Engineering Manager und Tech Lead Manager ist es knapp",
                "La gestión encaja contigo; entre Engineering Manager y Tech Lead Manager hay poca diferencia",
            ),
            (
                outcome([Tlm, Staff, Em, Senior], Leaning, Clear, Seat::Engineer),
                "Management fits you: Tech lead manager most of all",
                "Management passt zu dir, am besten als Tech Lead Manager",
                "La gestión encaja contigo, sobre todo como Tech Lead Manager",
            ),
            (
                outcome([Staff, Senior, Tlm, Em], Clear, Leaning, Seat::Engineer),
                "Stay technical: Staff+ engineer fits you best",
                "Bleib in der Technik: Staff+ Engineer passt am besten zu dir",
                "Sigue en lo técnico: Staff+ Engineer encaja mejor contigo",
            ),
            (
                outcome([Senior, Staff, Tlm, Em], Leaning, TooClose, Seat::Engineer),
                "Stay technical; Senior engineer and Staff+ engineer are close",
                "Bleib in der Technik; zwischen Senior Engineer und Staff+ Engineer ist es knapp",
                "Sigue en lo técnico; entre Senior Engineer y Staff+ Engineer hay poca diferencia",
            ),
            (
                outcome([Em, Staff, Tlm, Senior], Clear, Clear, Seat::Manager),
                "Stay in management: Engineering manager fits you best",
                "Bleib im Management: Engineering Manager passt am besten zu dir",
                "Sigue en la gestión: Engineering Manager encaja mejor contigo",
            ),
            (
                outcome([Tlm, Em, Senior, Staff], Leaning, TooClose, Seat::Manager),
                "Stay in management; Tech lead manager and Engineering manager are close",
                "Bleib im Management; zwischen Tech Lead Manager und Engineering Manager ist es knapp",
                "Sigue en la gestión; entre Tech Lead Manager y Engineering Manager hay poca diferencia",
            ),
            (
                outcome([Staff, Senior, Em, Tlm], Clear, Clear, Seat::Manager),
                "Going back to engineering fits you: Staff+ engineer most of all",
                "Die Rückkehr in die Technik passt zu dir, am besten als Staff+ Engineer",
                "Volver al trabajo técnico encaja contigo, sobre todo como Staff+ Engineer",
            ),
            (
                outcome([Senior, Staff, Em, Tlm], Clear, TooClose, Seat::Manager),
                "Going back to engineering fits you; Senior engineer and Staff+ engineer are close",
                "Die Rückkehr in die Technik passt zu dir; zwischen Senior Engineer und Staff+ Engineer ist es knapp",
                "Volver al trabajo técnico encaja contigo; entre Senior Engineer y Staff+ Engineer hay poca diferencia",
            ),
            // The sides too close: the best of each, not the second overall.
            (
                outcome([Staff, Senior, Tlm, Em], TooClose, TooClose, Seat::Manager),
                "Too close to call between Staff+ engineer and Tech lead manager",
                "Kopf an Kopf: Staff+ Engineer und Tech Lead Manager",
                "Empate técnico entre Staff+ Engineer y Tech Lead Manager",
            ),
        ];
        for (o, en, de, es) in cases {
            assert_eq!(verdict_headline(&o), en);
            for (language, said) in [(Language::German, de), (Language::Spanish, es)] {
                use_language(language, &words).expect("a complete translation");
                let headline = verdict_headline(&o);
                use_language(Language::English, &words).unwrap();
                assert_eq!(headline, said, "{language}");
            }
        }
    }

    /// Under the headline: how clearly the side leads, then the path within it; a manager
    /// whose sides are too close is told that neither staying nor going back is chosen yet.
    #[test]
    fn the_explanation_says_how_clear_each_level_is() {
        use PathId::{EngineeringManager as Em, Senior, Staff, TechLeadManager as Tlm};
        let mut o = outcome(
            [Em, Tlm, Staff, Senior],
            Verdict::Clear,
            Verdict::TooClose,
            Seat::Engineer,
        );
        o.side_lead_tenths = 235;
        o.path_lead_tenths = 14;
        assert_eq!(
            verdict_explanation(&o),
            "Your answers choose this side by 24 points, a gap a change of heart on one or two \
             answers would not close. Within it, Engineering manager and Tech lead manager are \
             too close to call: both deserve a small experiment."
        );
        assert!(!points_back(&o));
        o.side_verdict = Verdict::Leaning;
        o.path_verdict = Verdict::Clear;
        let s = verdict_explanation(&o);
        assert!(
            s.starts_with("Your answers lean this way by 24 points"),
            "{s}"
        );
        assert!(
            s.contains("Engineering manager leads Tech lead manager clearly"),
            "{s}"
        );
        let mut o = outcome(
            [Senior, Staff, Em, Tlm],
            Verdict::TooClose,
            Verdict::Clear,
            Seat::Manager,
        );
        assert!(points_back(&o));
        assert!(verdict_explanation(&o).contains("staying in management and going back"));
        assert!(!verdict_explanation(&o).contains("Within it"));
        o.seat = Seat::Engineer;
        assert!(!verdict_explanation(&o).contains("staying in management"));
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
