//! Persona tests: full answer sets for recognisable people, each with the result an
//! experienced engineering leader would expect. They guard the tuning of the catalogue's
//! pushes: if a content change moves one of these people somewhere surprising, either the
//! change or the expectation is wrong, and a person should decide which.
//!
//! Run with `cargo test -p crossroads-core --test personas -- --nocapture` to see each
//! persona's fits.

use crossroads_core::advice::holds;
use crossroads_core::content::{
    AdviceKind, Pick, TalkQuestion, ASK_THEM, STATEMENTS, TALK_QUESTIONS,
};
use crossroads_core::talk::{self, select_questions};
use crossroads_core::{
    score, select_advice, Answers, Choice, Outcome, PathId, Seat, Side, Verdict,
};

/// "Not sure", in the answer tables below.
const NS: i8 = 9;

/// A person: their answer to every statement (by id, -2..=2 or `NS`), the statements they
/// marked "this matters a lot to me", and their context answers.
struct Persona {
    name: &'static str,
    answers: &'static [(&'static str, i8)],
    important: &'static [&'static str],
    context: &'static [(&'static str, &'static str)],
}

impl Persona {
    fn answers(&self) -> Answers {
        let mut a = Answers::new();
        for (id, v) in self.answers {
            let choice = if *v == NS {
                Choice::Unsure
            } else {
                Choice::scale(*v).expect("answer on the scale")
            };
            a.set_by_id(id, Some(choice))
                .unwrap_or_else(|e| panic!("{}: {e}", self.name));
        }
        for id in self.important {
            a.set_important_by_id(id, true)
                .unwrap_or_else(|e| panic!("{}: {e}", self.name));
        }
        for (q, o) in self.context {
            a.set_context_by_id(q, o)
                .unwrap_or_else(|e| panic!("{}: {e}", self.name));
        }
        assert_eq!(
            a.answered(),
            STATEMENTS.len(),
            "{}: every persona answers every statement (missing: {:?})",
            self.name,
            a.first_unanswered().map(|i| STATEMENTS[i].id)
        );
        a
    }

    fn run(&self) -> (Answers, Outcome) {
        let a = self.answers();
        let o = score(&a);
        report(self.name, &o);
        (a, o)
    }
}

fn report(name: &str, o: &Outcome) {
    let fits: Vec<String> = o
        .ranking
        .iter()
        .map(|p| format!("{} {}", p.key(), o.fit(*p).percent()))
        .collect();
    println!(
        "{name}: {} | {} (lead {} tenths, {} opinions) | side {} {} (lead {}), path {} (lead {})",
        fits.join(", "),
        o.verdict.key(),
        o.lead_tenths,
        o.opinions,
        o.side.key(),
        o.side_verdict.key(),
        o.side_lead_tenths,
        o.path_verdict.key(),
        o.path_lead_tenths
    );
}

fn advice_ids(a: &Answers, o: &Outcome) -> Vec<&'static str> {
    select_advice(a, o).ids()
}

// (a) ---------------------------------------------------------------------------------

/// Lights up in deep technical work, dreads a week of back-to-back meetings and wants their
/// own craft recognised. Charity Majors' "you love what you do", in a person.
const DEEP_CRAFTER: Persona = Persona {
    name: "deep crafter",
    answers: &[
        ("energy.deep-problem", 2),
        ("energy.others-grow", -1),
        ("energy.built-it", 2),
        ("time.focus-blocks", 2),
        ("time.meeting-week", -2),
        ("feedback.see-it-run", 2),
        ("feedback.slow-ok", -1),
        ("credit.own-work", 2),
        ("credit.team-win", -1),
        ("influence.persuade", 0),
        ("influence.final-say", -1),
        ("influence.no-reports", 2),
        ("scope.one-system", 2),
        ("scope.many-teams", -1),
        ("scope.lead-small", -1),
        ("strategy.set-direction", -1),
        ("strategy.org-design", -2),
        ("strategy.others-decide", 1),
        ("people.mentor", 0),
        ("people.hard-talks", 1),
        ("people.hiring", -1),
        ("trust.own-way", 0),
        ("trust.do-it-myself", 1),
        ("comms.writing", -1),
        ("comms.work-speaks", 1),
        ("current.code-weekly", 2),
        ("current.skills-fade", 1),
        ("current.review-enough", -2),
        ("reversibility.try-back", 0),
        ("reversibility.one-way", 1),
        ("motives.pay", -2),
        ("motives.title", -2),
        ("motives.only-way-up", -1),
    ],
    important: &["time.focus-blocks", "credit.own-work"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "no"),
        ("encouraged", "unsure"),
        ("history", "ic-never"),
    ],
};

#[test]
fn a_deep_crafter_is_clearly_senior() {
    let (a, o) = DEEP_CRAFTER.run();
    assert_eq!(o.top(), PathId::Senior);
    assert_eq!(o.verdict, Verdict::Clear);
    assert_eq!(o.ranking[3], PathId::EngineeringManager);
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"exp.deep-dive"));
    assert!(ids.contains(&"back.later"));
    assert!(ids.contains(&"note.senior-career"));
    assert!(
        !ids.contains(&"lead.trust"),
        "no leadership advice: {ids:?}"
    );
    assert!(!ids.iter().any(|id| id.starts_with("warn.")), "{ids:?}");
}

// (b) ---------------------------------------------------------------------------------

/// Gets the most joy from growing people, handles hard conversations well and is fine with
/// a fragmented week: the manager Lara Hogan and Camille Fournier write for.
const PEOPLE_GROWER: Persona = Persona {
    name: "people grower",
    answers: &[
        ("energy.deep-problem", 0),
        ("energy.others-grow", 2),
        ("energy.built-it", -1),
        ("time.focus-blocks", -1),
        ("time.meeting-week", 2),
        ("feedback.see-it-run", -1),
        ("feedback.slow-ok", 1),
        ("credit.own-work", -1),
        ("credit.team-win", 2),
        ("influence.persuade", 0),
        ("influence.final-say", 1),
        ("influence.no-reports", -2),
        ("scope.one-system", -1),
        ("scope.many-teams", 1),
        ("scope.lead-small", 0),
        ("strategy.set-direction", 1),
        ("strategy.org-design", 1),
        ("strategy.others-decide", -1),
        ("people.mentor", 2),
        ("people.hard-talks", -2),
        ("people.hiring", 2),
        ("trust.own-way", 1),
        ("trust.do-it-myself", -1),
        ("comms.writing", 1),
        ("comms.work-speaks", -1),
        ("current.code-weekly", -1),
        ("current.skills-fade", -1),
        ("current.review-enough", 1),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", -1),
        ("motives.pay", -1),
        ("motives.title", -1),
        ("motives.only-way-up", -1),
    ],
    important: &["energy.others-grow", "people.hard-talks"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "soon"),
        ("encouraged", "yes"),
        ("history", "ic-never"),
    ],
};

#[test]
fn b_a_people_grower_is_clearly_an_engineering_manager() {
    let (a, o) = PEOPLE_GROWER.run();
    assert_eq!(o.top(), PathId::EngineeringManager);
    assert_eq!(o.verdict, Verdict::Clear);
    assert_eq!(o.ranking[3], PathId::Senior);
    let ids = advice_ids(&a, &o);
    for id in [
        "exp.interim-lead",
        "exp.hiring",
        "lead.time-space",
        "lead.trust",
        "lead.transparent",
        "tech.pair",
        "tech.plan-back",
        "back.pendulum",
        "note.ready",
    ] {
        assert!(ids.contains(&id), "missing {id}: {ids:?}");
    }
    assert!(!ids.contains(&"exp.ask-feedback"), "they are encouraged");
    assert!(!ids.iter().any(|id| id.starts_with("warn.")), "{ids:?}");
}

// (c) ---------------------------------------------------------------------------------

/// Wants organisation-wide technical direction, influence through expertise and writing,
/// and no reports: Tanya Reilly's big-picture staff engineer.
const ORG_WIDE_STAFF: Persona = Persona {
    name: "org-wide staff",
    answers: &[
        ("energy.deep-problem", 1),
        ("energy.others-grow", 0),
        ("energy.built-it", 0),
        ("time.focus-blocks", 1),
        ("time.meeting-week", -1),
        ("feedback.see-it-run", -1),
        ("feedback.slow-ok", 2),
        ("credit.own-work", 0),
        ("credit.team-win", 1),
        ("influence.persuade", 2),
        ("influence.final-say", -1),
        ("influence.no-reports", 2),
        ("scope.one-system", -2),
        ("scope.many-teams", 2),
        ("scope.lead-small", -1),
        ("strategy.set-direction", 2),
        ("strategy.org-design", 0),
        ("strategy.others-decide", -2),
        ("people.mentor", 1),
        ("people.hard-talks", 1),
        ("people.hiring", -1),
        ("trust.own-way", 1),
        ("trust.do-it-myself", -1),
        ("comms.writing", 2),
        ("comms.work-speaks", -2),
        ("current.code-weekly", 0),
        ("current.skills-fade", 1),
        ("current.review-enough", 1),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", 0),
        ("motives.pay", -1),
        ("motives.title", -2),
        ("motives.only-way-up", -2),
    ],
    important: &["influence.persuade", "influence.no-reports"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "no"),
        ("encouraged", "yes"),
        ("history", "ic-never"),
    ],
};

#[test]
fn c_an_org_wide_technical_leader_is_clearly_staff() {
    let (a, o) = ORG_WIDE_STAFF.run();
    assert_eq!(o.top(), PathId::Staff);
    assert_eq!(o.verdict, Verdict::Clear);
    let ids = advice_ids(&a, &o);
    for id in [
        "exp.design-doc",
        "staff.shapes",
        "staff.sponsor",
        "back.later",
    ] {
        assert!(ids.contains(&id), "missing {id}: {ids:?}");
    }
    assert!(
        !ids.contains(&"staff.build-it"),
        "their org has a staff track"
    );
}

#[test]
fn c_the_same_person_without_a_staff_track_is_told_the_role_may_need_building() {
    let mut a = ORG_WIDE_STAFF.answers();
    a.set_context_by_id("staff-track", "no").unwrap();
    let o = score(&a);
    // Context shapes the advice, never the fit.
    assert_eq!(o, score(&ORG_WIDE_STAFF.answers()));
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"staff.build-it"), "{ids:?}");
    assert!(ids.contains(&"warn.only-way-up"), "{ids:?}");
    assert!(!ids.contains(&"staff.sponsor"), "{ids:?}");
}

// (d) ---------------------------------------------------------------------------------

/// Wants to lead a small team and keep coding: Fournier's tech lead manager, the common
/// first step into management.
const SMALL_TEAM_LEAD: Persona = Persona {
    name: "small-team lead",
    answers: &[
        ("energy.deep-problem", 1),
        ("energy.others-grow", 1),
        ("energy.built-it", 1),
        ("time.focus-blocks", 0),
        ("time.meeting-week", 0),
        ("feedback.see-it-run", 1),
        ("feedback.slow-ok", 0),
        ("credit.own-work", -1),
        ("credit.team-win", 2),
        ("influence.persuade", 0),
        ("influence.final-say", 1),
        ("influence.no-reports", -2),
        ("scope.one-system", 1),
        ("scope.many-teams", -1),
        ("scope.lead-small", 2),
        ("strategy.set-direction", 0),
        ("strategy.org-design", -1),
        ("strategy.others-decide", 0),
        ("people.mentor", 2),
        ("people.hard-talks", -1),
        ("people.hiring", 1),
        ("trust.own-way", 1),
        ("trust.do-it-myself", -1),
        ("comms.writing", 0),
        ("comms.work-speaks", 0),
        ("current.code-weekly", 2),
        ("current.skills-fade", 1),
        ("current.review-enough", -1),
        ("reversibility.try-back", 2),
        ("reversibility.one-way", 1),
        ("motives.pay", -1),
        ("motives.title", -1),
        ("motives.only-way-up", -1),
    ],
    important: &["scope.lead-small", "current.code-weekly"],
    context: &[
        ("staff-track", "unsure"),
        ("opening", "yes"),
        ("encouraged", "no"),
        ("history", "ic-never"),
    ],
};

#[test]
fn d_a_small_team_lead_who_keeps_coding_is_a_tech_lead_manager() {
    let (a, o) = SMALL_TEAM_LEAD.run();
    assert_eq!(o.top(), PathId::TechLeadManager);
    assert_ne!(o.verdict, Verdict::TooClose);
    let ids = advice_ids(&a, &o);
    for id in [
        "exp.lead-project",
        "exp.interim-lead",
        "exp.ask-feedback",
        "tech.side-project",
        "back.agree-terms",
    ] {
        assert!(ids.contains(&id), "missing {id}: {ids:?}");
    }
    assert!(!ids.contains(&"warn.code-need"), "TLM keeps some code");
}

// (e) ---------------------------------------------------------------------------------

/// Loves hard technical problems but wants them at the scale of an area's architecture:
/// Will Larson's architect archetype.
const ARCHITECT: Persona = Persona {
    name: "architect",
    answers: &[
        ("energy.deep-problem", 2),
        ("energy.others-grow", 0),
        ("energy.built-it", 0),
        ("time.focus-blocks", 1),
        ("time.meeting-week", -1),
        ("feedback.see-it-run", 0),
        ("feedback.slow-ok", 1),
        ("credit.own-work", 0),
        ("credit.team-win", 0),
        ("influence.persuade", 2),
        ("influence.final-say", 0),
        ("influence.no-reports", 2),
        ("scope.one-system", -1),
        ("scope.many-teams", 2),
        ("scope.lead-small", -1),
        ("strategy.set-direction", 2),
        ("strategy.org-design", -1),
        ("strategy.others-decide", -2),
        ("people.mentor", 0),
        ("people.hard-talks", 1),
        ("people.hiring", -1),
        ("trust.own-way", 0),
        ("trust.do-it-myself", 0),
        ("comms.writing", 2),
        ("comms.work-speaks", -1),
        ("current.code-weekly", 0),
        ("current.skills-fade", 2),
        ("current.review-enough", 1),
        ("reversibility.try-back", 0),
        ("reversibility.one-way", 1),
        ("motives.pay", -1),
        ("motives.title", -1),
        ("motives.only-way-up", 0),
    ],
    important: &["strategy.set-direction"],
    context: &[
        ("staff-track", "paper"),
        ("opening", "no"),
        ("encouraged", "unsure"),
        ("history", "ic-never"),
    ],
};

#[test]
fn e_an_architect_is_staff() {
    let (a, o) = ARCHITECT.run();
    assert_eq!(o.top(), PathId::Staff);
    assert_eq!(o.verdict, Verdict::Clear);
    assert!(!o.ranking[0].is_management());
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"staff.build-it"), "paper-only track: {ids:?}");
    assert!(!ids.contains(&"staff.sponsor"), "{ids:?}");
}

// (f) ---------------------------------------------------------------------------------

/// Loves coaching and mentoring but needs hands-on code to stay happy, and is lukewarm on
/// the rest of management. Both a tech lead manager role and a staff role (Larson's tech
/// lead shape) combine the two; an engineering manager role would starve the coder.
const CODING_MENTOR: Persona = Persona {
    name: "coding mentor",
    answers: &[
        ("energy.deep-problem", 1),
        ("energy.others-grow", 2),
        ("energy.built-it", 1),
        ("time.focus-blocks", 1),
        ("time.meeting-week", -1),
        ("feedback.see-it-run", 1),
        ("feedback.slow-ok", 0),
        ("credit.own-work", 0),
        ("credit.team-win", 1),
        ("influence.persuade", 1),
        ("influence.final-say", -1),
        ("influence.no-reports", 0),
        ("scope.one-system", 0),
        ("scope.many-teams", 0),
        ("scope.lead-small", 1),
        ("strategy.set-direction", 0),
        ("strategy.org-design", -1),
        ("strategy.others-decide", 0),
        ("people.mentor", 2),
        ("people.hard-talks", 1),
        ("people.hiring", 0),
        ("trust.own-way", 1),
        ("trust.do-it-myself", -1),
        ("comms.writing", 0),
        ("comms.work-speaks", 0),
        ("current.code-weekly", 2),
        ("current.skills-fade", 1),
        ("current.review-enough", -1),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", 1),
        ("motives.pay", -1),
        ("motives.title", -2),
        ("motives.only-way-up", -1),
    ],
    important: &["people.mentor", "current.code-weekly"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "no"),
        ("encouraged", "yes"),
        ("history", "ic-never"),
    ],
};

#[test]
fn f_a_mentor_who_needs_code_is_a_tech_lead_manager_or_staff() {
    let (a, o) = CODING_MENTOR.run();
    assert!(
        matches!(o.top(), PathId::TechLeadManager | PathId::Staff),
        "top was {:?}",
        o.top()
    );
    assert_eq!(o.ranking[3], PathId::EngineeringManager);
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"exp.mentor"), "{ids:?}");
}

// (g) ---------------------------------------------------------------------------------

/// A strong engineer drawn to management only by pay and the title, in a company where
/// management looks like the only way up. The motives never move the fit; they bring
/// honest warnings.
const PAY_AND_STATUS: Persona = Persona {
    name: "pay and status",
    answers: &[
        ("energy.deep-problem", 1),
        ("energy.others-grow", -1),
        ("energy.built-it", 1),
        ("time.focus-blocks", 1),
        ("time.meeting-week", -1),
        ("feedback.see-it-run", 1),
        ("feedback.slow-ok", 0),
        ("credit.own-work", 1),
        ("credit.team-win", 0),
        ("influence.persuade", 0),
        ("influence.final-say", 1),
        ("influence.no-reports", -1),
        ("scope.one-system", 1),
        ("scope.many-teams", 0),
        ("scope.lead-small", 0),
        ("strategy.set-direction", 0),
        ("strategy.org-design", -1),
        ("strategy.others-decide", 1),
        ("people.mentor", -1),
        ("people.hard-talks", 1),
        ("people.hiring", -1),
        ("trust.own-way", 0),
        ("trust.do-it-myself", 1),
        ("comms.writing", -1),
        ("comms.work-speaks", 1),
        ("current.code-weekly", 1),
        ("current.skills-fade", 1),
        ("current.review-enough", -1),
        ("reversibility.try-back", 0),
        ("reversibility.one-way", 0),
        ("motives.pay", 2),
        ("motives.title", 2),
        ("motives.only-way-up", 1),
    ],
    important: &["motives.pay", "motives.title"],
    context: &[
        ("staff-track", "no"),
        ("opening", "yes"),
        ("encouraged", "no"),
        ("history", "ic-never"),
    ],
};

#[test]
fn g_pay_and_status_bring_warnings_not_fit() {
    let (a, o) = PAY_AND_STATUS.run();
    assert!(!o.top().is_management(), "top was {:?}", o.top());
    let ids = advice_ids(&a, &o);
    for id in ["warn.pay", "warn.status", "warn.only-way-up"] {
        assert!(ids.contains(&id), "missing {id}: {ids:?}");
    }
    let warnings = select_advice(&a, &o).of_kind(AdviceKind::Warning).count();
    assert!(warnings >= 3);

    // Their motives do not push any path: flipping all three leaves the fit unchanged.
    let mut calm = a.clone();
    for id in ["motives.pay", "motives.title", "motives.only-way-up"] {
        calm.set_by_id(id, Some(Choice::STRONGLY_DISAGREE)).unwrap();
    }
    assert_eq!(score(&calm).fits, o.fits);
}

// (h) ---------------------------------------------------------------------------------

/// Genuinely torn: enjoys both the code and the people, agrees a little with each side,
/// has no strong feelings about scope or authority.
const AMBIVALENT: Persona = Persona {
    name: "ambivalent",
    answers: &[
        ("energy.deep-problem", 1),
        ("energy.others-grow", 1),
        ("energy.built-it", 0),
        ("time.focus-blocks", 1),
        ("time.meeting-week", 1),
        ("feedback.see-it-run", 0),
        ("feedback.slow-ok", 0),
        ("credit.own-work", 0),
        ("credit.team-win", 1),
        ("influence.persuade", 1),
        ("influence.final-say", 0),
        ("influence.no-reports", 0),
        ("scope.one-system", 0),
        ("scope.many-teams", 0),
        ("scope.lead-small", 0),
        ("strategy.set-direction", 0),
        ("strategy.org-design", 0),
        ("strategy.others-decide", 1),
        ("people.mentor", 1),
        ("people.hard-talks", 0),
        ("people.hiring", 0),
        ("trust.own-way", 1),
        ("trust.do-it-myself", 1),
        ("comms.writing", 0),
        ("comms.work-speaks", 0),
        ("current.code-weekly", 0),
        ("current.skills-fade", 1),
        ("current.review-enough", 0),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", 0),
        ("motives.pay", 0),
        ("motives.title", 0),
        ("motives.only-way-up", 0),
    ],
    important: &[],
    context: &[
        ("staff-track", "unsure"),
        ("opening", "soon"),
        ("encouraged", "unsure"),
        ("history", "ic-never"),
    ],
};

#[test]
fn h_an_ambivalent_person_is_too_close_to_call() {
    let (a, o) = AMBIVALENT.run();
    assert_eq!(o.verdict, Verdict::TooClose);
    assert!(!o.few_answers);
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"note.close"), "{ids:?}");
    assert!(ids.contains(&"note.ready"), "{ids:?}");
    // A close result offers experiments on more than one side.
    let experiments = select_advice(&a, &o)
        .of_kind(AdviceKind::Experiment)
        .count();
    assert!(experiments >= 3, "{ids:?}");
    assert!(!o.flips.is_empty(), "a close result can be flipped");
}

// (i) ---------------------------------------------------------------------------------

/// Clicked through quickly: strong opinions on a handful of statements, "not sure" on the
/// rest.
const HURRIED: Persona = Persona {
    name: "hurried",
    answers: &[
        ("energy.deep-problem", 2),
        ("energy.others-grow", NS),
        ("energy.built-it", 2),
        ("time.focus-blocks", 2),
        ("time.meeting-week", -2),
        ("feedback.see-it-run", NS),
        ("feedback.slow-ok", NS),
        ("credit.own-work", NS),
        ("credit.team-win", NS),
        ("influence.persuade", NS),
        ("influence.final-say", NS),
        ("influence.no-reports", 2),
        ("scope.one-system", 2),
        ("scope.many-teams", NS),
        ("scope.lead-small", NS),
        ("strategy.set-direction", NS),
        ("strategy.org-design", NS),
        ("strategy.others-decide", NS),
        ("people.mentor", NS),
        ("people.hard-talks", NS),
        ("people.hiring", NS),
        ("trust.own-way", NS),
        ("trust.do-it-myself", NS),
        ("comms.writing", NS),
        ("comms.work-speaks", NS),
        ("current.code-weekly", 2),
        ("current.skills-fade", NS),
        ("current.review-enough", NS),
        ("reversibility.try-back", NS),
        ("reversibility.one-way", NS),
        ("motives.pay", NS),
        ("motives.title", NS),
        ("motives.only-way-up", NS),
    ],
    important: &["time.focus-blocks"],
    context: &[],
};

#[test]
fn i_few_answers_never_give_a_clear_verdict() {
    let (_, o) = HURRIED.run();
    assert!(o.few_answers);
    assert_eq!(o.opinions, 7);
    assert_ne!(o.verdict, Verdict::Clear);
    // The answers given do point somewhere: the technical side leads.
    assert_eq!(o.top(), PathId::Senior);
    assert!(o.coverage_percent() < 25);
}

#[test]
fn i_few_answers_left_blank_are_not_clear_either() {
    let mut a = Answers::new();
    for (id, v) in HURRIED.answers.iter().filter(|(_, v)| *v != NS) {
        a.set_by_id(id, Some(Choice::Scale(*v))).unwrap();
    }
    let o = score(&a);
    report("hurried, blanks", &o);
    assert!(o.few_answers);
    assert_eq!(o.answered, 7);
    assert_ne!(o.verdict, Verdict::Clear);
    assert_eq!(o.top(), PathId::Senior);
}

// More people an engineering leader would recognise ------------------------------------

/// A manager of four years who misses building and answers like an engineer: the
/// pendulum swinging back.
#[test]
fn a_long_time_manager_who_misses_building_gets_the_way_back() {
    let mut a = DEEP_CRAFTER.answers();
    a.set_context_by_id("history", "manager-long").unwrap();
    let o = score(&a);
    assert_eq!(o.top(), PathId::Senior);
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"exp.back-to-code"), "{ids:?}");
    assert!(ids.contains(&"back.long-gap"), "{ids:?}");
    assert!(!ids.contains(&"back.later"), "already managed: {ids:?}");
}

/// Everything points at management except that hard conversations fill them with dread:
/// the result says so honestly.
#[test]
fn dreading_hard_conversations_while_management_leads_is_named() {
    let mut a = PEOPLE_GROWER.answers();
    a.set_by_id("people.hard-talks", Some(Choice::AGREE))
        .unwrap();
    a.set_important_by_id("people.hard-talks", false).unwrap();
    let o = score(&a);
    report("people grower who dreads hard talks", &o);
    assert!(o.top().is_management());
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"warn.hard-talks"), "{ids:?}");
}

/// Manages a team of eight, coded full time until eighteen months ago, and has found the
/// job: one-to-ones feel like the work, hiring is a craft, the team's wins are hers. Reads
/// every statement from a manager's seat.
const STAYING_EM: Persona = Persona {
    name: "manager who stays",
    answers: &[
        ("energy.deep-problem", -1),
        ("energy.others-grow", 2),
        ("energy.built-it", -1),
        ("time.focus-blocks", -1),
        ("time.meeting-week", 2),
        ("feedback.see-it-run", -1),
        ("feedback.slow-ok", 2),
        ("credit.own-work", -1),
        ("credit.team-win", 2),
        ("influence.persuade", 0),
        ("influence.final-say", 1),
        ("influence.no-reports", -2),
        ("scope.one-system", -1),
        ("scope.many-teams", 1),
        ("scope.lead-small", 0),
        ("strategy.set-direction", 1),
        ("strategy.org-design", 2),
        ("strategy.others-decide", -1),
        ("people.mentor", 2),
        ("people.hard-talks", -1),
        ("people.hiring", 2),
        ("trust.own-way", 2),
        ("trust.do-it-myself", -1),
        ("comms.writing", 1),
        ("comms.work-speaks", -1),
        ("current.code-weekly", -1),
        ("current.skills-fade", -1),
        ("current.review-enough", 2),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", -1),
        ("motives.pay", -1),
        ("motives.title", -1),
        ("motives.only-way-up", -1),
    ],
    important: &["time.meeting-week", "people.hiring"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "no"),
        ("encouraged", "yes"),
        ("history", "manager-recent"),
    ],
};

#[test]
fn j_a_manager_who_has_found_the_job_is_told_to_stay() {
    let (a, o) = STAYING_EM.run();
    assert_eq!(a.seat(), Seat::Manager);
    assert_eq!(o.top(), PathId::EngineeringManager);
    assert_eq!(o.verdict, Verdict::Clear);
    let ids = advice_ids(&a, &o);
    for id in ["lead.trust", "tech.pair", "tech.plan-back"] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
    // Nothing that assumes they have yet to try it.
    for id in [
        "exp.shadow-manager",
        "exp.hiring",
        "exp.incident-reviews",
        "exp.interim-lead",
        "exp.back-to-code",
    ] {
        assert!(!ids.contains(&id), "{id}: {ids:?}");
    }
}

/// Has led the same small team for five years, still reviews and pairs every week, and
/// likes it that way: more people than code now, and glad of it, but not of a bigger org.
const STAYING_TLM: Persona = Persona {
    name: "manager who stays close to the code",
    answers: &[
        ("energy.deep-problem", 0),
        ("energy.others-grow", 1),
        ("energy.built-it", 0),
        ("time.focus-blocks", 0),
        ("time.meeting-week", 1),
        ("feedback.see-it-run", 0),
        ("feedback.slow-ok", 1),
        ("credit.own-work", -1),
        ("credit.team-win", 2),
        ("influence.persuade", 0),
        ("influence.final-say", 1),
        ("influence.no-reports", -1),
        ("scope.one-system", 0),
        ("scope.many-teams", -1),
        ("scope.lead-small", 2),
        ("strategy.set-direction", 0),
        ("strategy.org-design", -1),
        ("strategy.others-decide", 0),
        ("people.mentor", 2),
        ("people.hard-talks", -1),
        ("people.hiring", 1),
        ("trust.own-way", 1),
        ("trust.do-it-myself", 0),
        ("comms.writing", 0),
        ("comms.work-speaks", 0),
        ("current.code-weekly", 0),
        ("current.skills-fade", 0),
        ("current.review-enough", 1),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", -1),
        ("motives.pay", -1),
        ("motives.title", 0),
        ("motives.only-way-up", -1),
    ],
    important: &["scope.lead-small"],
    context: &[
        ("staff-track", "paper"),
        ("opening", "no"),
        ("encouraged", "yes"),
        ("history", "manager-long"),
    ],
};

#[test]
fn k_a_small_team_manager_stays_in_management() {
    let (a, o) = STAYING_TLM.run();
    assert!(o.top().is_management(), "{:?}", o.ranking);
    assert_eq!(o.top(), PathId::TechLeadManager);
    let ids = advice_ids(&a, &o);
    assert!(ids.contains(&"tech.plan-back"), "{ids:?}");
    assert!(!ids.contains(&"back.long-gap"), "not going back: {ids:?}");
    assert!(!ids.contains(&"exp.shadow-manager"), "{ids:?}");
}

/// Moved into management a year ago because the team needed a lead. Misses the code every
/// week, counts the meetings as time away from the real work, and an engineering role has
/// just opened on a neighbouring team.
const GOING_BACK: Persona = Persona {
    name: "manager who misses building",
    answers: &[
        ("energy.deep-problem", 2),
        ("energy.others-grow", -1),
        ("energy.built-it", 2),
        ("time.focus-blocks", 2),
        ("time.meeting-week", -2),
        ("feedback.see-it-run", 1),
        ("feedback.slow-ok", -1),
        ("credit.own-work", 1),
        ("credit.team-win", -1),
        ("influence.persuade", 0),
        ("influence.final-say", -1),
        ("influence.no-reports", 1),
        ("scope.one-system", 1),
        ("scope.many-teams", -1),
        ("scope.lead-small", -1),
        ("strategy.set-direction", 0),
        ("strategy.org-design", -2),
        ("strategy.others-decide", 1),
        ("people.mentor", 0),
        ("people.hard-talks", 1),
        ("people.hiring", -1),
        ("trust.own-way", 0),
        ("trust.do-it-myself", 1),
        ("comms.writing", -1),
        ("comms.work-speaks", 1),
        ("current.code-weekly", 2),
        ("current.skills-fade", 2),
        ("current.review-enough", -2),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", 0),
        ("motives.pay", -1),
        ("motives.title", -1),
        ("motives.only-way-up", 0),
    ],
    important: &["energy.built-it", "current.code-weekly"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "yes"),
        ("encouraged", "unsure"),
        ("history", "manager-recent"),
    ],
};

#[test]
fn l_a_new_manager_who_misses_building_is_shown_the_way_back() {
    let (a, o) = GOING_BACK.run();
    assert_eq!(a.seat(), Seat::Manager);
    assert_eq!(o.top(), PathId::Senior);
    assert_eq!(o.verdict, Verdict::Clear);
    let ids = advice_ids(&a, &o);
    for id in ["exp.back-to-code", "exp.trial-return", "back.pendulum"] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
    // Coded within two years: no long ramp; already managed: no "leadership will wait".
    assert!(!ids.contains(&"back.long-gap"), "{ids:?}");
    assert!(!ids.contains(&"back.later"), "{ids:?}");
    assert!(!ids.contains(&"exp.interim-lead"), "{ids:?}");
}

/// Six years a manager of managers, last wrote production code seven years ago. Enjoys the
/// architecture debates more than the reorganisations, would rather persuade than decide,
/// and worries both that it is too late to go back and what going back would cost.
const LONG_AWAY: Persona = Persona {
    name: "manager long away from code",
    answers: &[
        ("energy.deep-problem", 1),
        ("energy.others-grow", -1),
        ("energy.built-it", 1),
        ("time.focus-blocks", 1),
        ("time.meeting-week", -2),
        ("feedback.see-it-run", -1),
        ("feedback.slow-ok", 1),
        ("credit.own-work", 0),
        ("credit.team-win", -1),
        ("influence.persuade", 2),
        ("influence.final-say", -2),
        ("influence.no-reports", 2),
        ("scope.one-system", -1),
        ("scope.many-teams", 2),
        ("scope.lead-small", -2),
        ("strategy.set-direction", 2),
        ("strategy.org-design", -2),
        ("strategy.others-decide", -2),
        ("people.mentor", 1),
        ("people.hard-talks", 1),
        ("people.hiring", -2),
        ("trust.own-way", 1),
        ("trust.do-it-myself", 0),
        ("comms.writing", 2),
        ("comms.work-speaks", -1),
        ("current.code-weekly", 1),
        ("current.skills-fade", 2),
        ("current.review-enough", -1),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", 2),
        ("motives.pay", 1),
        ("motives.title", -1),
        ("motives.only-way-up", -1),
    ],
    important: &["influence.persuade", "strategy.org-design"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "soon"),
        ("encouraged", "no"),
        ("history", "manager-long"),
    ],
};

#[test]
fn m_a_manager_long_away_from_code_is_shown_a_longer_way_back() {
    let (a, o) = LONG_AWAY.run();
    assert_eq!(o.top(), PathId::Staff);
    assert!(
        !o.ranking[1].is_management() || o.verdict == Verdict::Clear,
        "{:?}",
        o.ranking
    );
    let ids = advice_ids(&a, &o);
    for id in [
        "exp.back-to-code",
        "exp.trial-return",
        "back.long-gap",
        "back.agree-terms",
        "back.pendulum",
        "warn.pay",
        "staff.sponsor",
    ] {
        assert!(ids.contains(&id), "{id}: {ids:?}");
    }
    assert!(
        !ids.contains(&"exp.ask-feedback"),
        "technical side leads: {ids:?}"
    );
}

/// The seat words the questions and the result; it never moves a fit. The managers answered
/// as managers, and the same answers from an engineer's seat score the same.
#[test]
fn the_seat_never_moves_a_fit() {
    for p in [&STAYING_EM, &STAYING_TLM, &GOING_BACK, &LONG_AWAY] {
        let a = p.answers();
        let mut as_engineer = a.clone();
        as_engineer
            .set_context_by_id("history", "ic-managed-before")
            .unwrap();
        assert_eq!(as_engineer.seat(), Seat::Engineer);
        let mine = score(&a);
        assert_eq!(mine.seat, Seat::Manager);
        let as_engineer = score(&as_engineer);
        assert_eq!(as_engineer.seat, Seat::Engineer);
        assert_eq!(
            Outcome {
                seat: Seat::Engineer,
                ..mine
            },
            as_engineer,
            "{}",
            p.name
        );
    }
}

/// Loves the code and the people alike: a hard bug and a good one-to-one both make the
/// day. Agrees with what each side offers on its own, and sits in the middle wherever a
/// statement asks them to pick one over the other.
const LOVES_BOTH: Persona = Persona {
    name: "loves both",
    answers: &[
        ("energy.deep-problem", 2),
        ("energy.others-grow", 0),
        ("energy.built-it", 2),
        ("time.focus-blocks", 1),
        ("time.meeting-week", 1),
        ("feedback.see-it-run", 1),
        ("feedback.slow-ok", 1),
        ("credit.own-work", 1),
        ("credit.team-win", 2),
        ("influence.persuade", 1),
        ("influence.final-say", 0),
        ("influence.no-reports", -1),
        ("scope.one-system", 0),
        ("scope.many-teams", 0),
        ("scope.lead-small", 2),
        ("strategy.set-direction", 1),
        ("strategy.org-design", 0),
        ("strategy.others-decide", 0),
        ("people.mentor", 2),
        ("people.hard-talks", -1),
        ("people.hiring", 1),
        ("trust.own-way", 1),
        ("trust.do-it-myself", 0),
        ("comms.writing", 1),
        ("comms.work-speaks", 0),
        ("current.code-weekly", 2),
        ("current.skills-fade", 1),
        ("current.review-enough", -1),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", 0),
        ("motives.pay", 0),
        ("motives.title", 0),
        ("motives.only-way-up", -1),
    ],
    important: &["scope.lead-small", "people.mentor", "energy.built-it"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "soon"),
        ("encouraged", "yes"),
        ("history", "ic-never"),
    ],
};

/// "Both matter to me" needs no answer of its own (docs/method.md, "Loving both"): someone
/// who loves the code and the people agrees with each side where it is asked on its own, and
/// lands on the path that holds both, with high fits; someone who cares about neither
/// answers the same statements in the middle and lands nowhere. The contrasts, answered in
/// the middle by both, are not what tells them apart.
#[test]
fn n_loving_both_is_not_the_same_as_not_caring() {
    let (a, o) = LOVES_BOTH.run();
    assert_eq!(o.top(), PathId::TechLeadManager);
    assert_ne!(o.verdict, Verdict::TooClose);
    assert!(o.fit(o.top()).tenths >= 700, "{:?}", o.fits);
    let contrasts = ["energy.others-grow", "scope.one-system", "scope.many-teams"];
    for id in contrasts {
        assert_eq!(
            a.choice(crossroads_core::content::statement_index(id).unwrap()),
            Some(Choice::NEUTRAL)
        );
    }
    let mut neither = Answers::new();
    for s in STATEMENTS.iter() {
        neither.set_by_id(s.id, Some(Choice::NEUTRAL)).unwrap();
    }
    let none = score(&neither);
    report("cares about neither", &none);
    assert_eq!(none.verdict, Verdict::TooClose);
    assert!(none.fits.iter().all(|f| f.tenths == 500), "{:?}", none.fits);
    // The advice tests the path that holds both sides.
    let ids = advice_ids(&a, &o);
    assert!(
        ids.contains(&"exp.lead-project") || ids.contains(&"exp.mentor"),
        "{ids:?}"
    );
}

// (o) ---------------------------------------------------------------------------------

/// Lights up when someone else grows, is glad to hand over the code and has no wish for a
/// week of focus blocks; a management opening is there and someone they trust encourages
/// them. Whether to lead one small team or to hire and grow a bigger one, they have not
/// decided: the question they came with is answered, the path within it is open.
const OPEN_MANAGER: Persona = Persona {
    name: "people person, path open",
    answers: &[
        ("energy.deep-problem", 0),
        ("energy.others-grow", 2),
        ("energy.built-it", -1),
        ("time.focus-blocks", -1),
        ("time.meeting-week", 1),
        ("feedback.see-it-run", -1),
        ("feedback.slow-ok", 1),
        ("credit.own-work", -1),
        ("credit.team-win", 2),
        ("influence.persuade", 0),
        ("influence.final-say", 1),
        ("influence.no-reports", -2),
        ("scope.one-system", -1),
        ("scope.many-teams", 0),
        ("scope.lead-small", 2),
        ("strategy.set-direction", 0),
        ("strategy.org-design", 0),
        ("strategy.others-decide", 0),
        ("people.mentor", 2),
        ("people.hard-talks", -1),
        ("people.hiring", 1),
        ("trust.own-way", 1),
        ("trust.do-it-myself", -1),
        ("comms.writing", 0),
        ("comms.work-speaks", 0),
        ("current.code-weekly", -2),
        ("current.skills-fade", -1),
        ("current.review-enough", 0),
        ("reversibility.try-back", 1),
        ("reversibility.one-way", -1),
        ("motives.pay", -1),
        ("motives.title", -1),
        ("motives.only-way-up", -1),
    ],
    important: &["energy.others-grow"],
    context: &[
        ("staff-track", "yes"),
        ("opening", "yes"),
        ("encouraged", "yes"),
        ("history", "ic-never"),
    ],
};

/// The result answers "stay technical or manage?" first: management, clearly; only the
/// path within it is too close to call.
#[test]
fn o_a_people_person_is_told_management_with_the_path_open() {
    let (_, o) = OPEN_MANAGER.run();
    assert_eq!(o.side, Side::Management);
    assert_eq!(o.side_verdict, Verdict::Clear);
    assert_eq!(o.path_verdict, Verdict::TooClose);
    assert_eq!(o.sibling(), o.ranking[1]);
    assert!(o.ranking[1].is_management(), "{:?}", o.ranking);
    // The verdict on the top path over the second, whichever side each is on, is as before.
    assert_eq!(o.verdict, Verdict::TooClose);
}

/// Every persona lands on the side its story says, clear where the story is clear; only
/// the genuinely torn are too close to call between the sides.
#[test]
fn every_persona_lands_on_its_side_first() {
    use Verdict::{Clear, Leaning, TooClose};
    let mut neither = Answers::new();
    for s in STATEMENTS.iter() {
        neither.set_by_id(s.id, Some(Choice::NEUTRAL)).unwrap();
    }
    let mut manager_crafter = DEEP_CRAFTER.answers();
    manager_crafter
        .set_context_by_id("history", "manager-long")
        .unwrap();
    // (who, side, the side verdicts the story allows)
    let people: [(&str, Answers, Side, &[Verdict]); 17] = [
        (
            "deep crafter",
            DEEP_CRAFTER.answers(),
            Side::Technical,
            &[Clear],
        ),
        (
            "people grower",
            PEOPLE_GROWER.answers(),
            Side::Management,
            &[Clear],
        ),
        (
            "org-wide staff",
            ORG_WIDE_STAFF.answers(),
            Side::Technical,
            &[Clear],
        ),
        (
            "small-team lead",
            SMALL_TEAM_LEAD.answers(),
            Side::Management,
            &[Clear],
        ),
        ("architect", ARCHITECT.answers(), Side::Technical, &[Clear]),
        // Needs code and loves mentoring: both sides hold that, so never a clear side.
        (
            "coding mentor",
            CODING_MENTOR.answers(),
            Side::Management,
            &[Leaning, TooClose],
        ),
        (
            "pay and status",
            PAY_AND_STATUS.answers(),
            Side::Technical,
            &[Clear],
        ),
        ("hurried", HURRIED.answers(), Side::Technical, &[Leaning]),
        (
            "manager who misses building (crafter)",
            manager_crafter,
            Side::Technical,
            &[Clear],
        ),
        (
            "manager who stays",
            STAYING_EM.answers(),
            Side::Management,
            &[Clear],
        ),
        (
            "manager who stays close to the code",
            STAYING_TLM.answers(),
            Side::Management,
            &[Clear],
        ),
        (
            "manager who misses building",
            GOING_BACK.answers(),
            Side::Technical,
            &[Clear],
        ),
        (
            "manager long away from code",
            LONG_AWAY.answers(),
            Side::Technical,
            &[Clear],
        ),
        (
            "loves both",
            LOVES_BOTH.answers(),
            Side::Management,
            &[Clear, Leaning],
        ),
        (
            "people person, path open",
            OPEN_MANAGER.answers(),
            Side::Management,
            &[Clear],
        ),
        (
            "ambivalent",
            AMBIVALENT.answers(),
            Side::Management,
            &[TooClose],
        ),
        ("cares about neither", neither, Side::Technical, &[TooClose]),
    ];
    for (name, answers, side, verdicts) in people {
        let o = score(&answers);
        report(name, &o);
        if !verdicts.contains(&TooClose) {
            assert_eq!(o.side, side, "{name}: {:?}", o.ranking);
        }
        assert!(
            verdicts.contains(&o.side_verdict),
            "{name}: {:?}",
            o.side_verdict
        );
        // The side's lead is the top path's over the best on the other side.
        assert_eq!(
            o.side_lead_tenths,
            o.fit(o.top()).tenths - o.fit(o.other_side_top()).tenths,
            "{name}"
        );
        assert_eq!(o.other_side_top().side(), o.side.other(), "{name}");
        // The lead over the second path overall is the smaller of the two.
        assert_eq!(
            o.lead_tenths,
            o.side_lead_tenths.min(o.path_lead_tenths),
            "{name}"
        );
    }
}

/// Fits are distinct for each persona's top path: no persona above lands on a tie.
#[test]
fn persona_tops_are_never_exact_ties() {
    for p in [
        &DEEP_CRAFTER,
        &PEOPLE_GROWER,
        &ORG_WIDE_STAFF,
        &SMALL_TEAM_LEAD,
        &ARCHITECT,
        &CODING_MENTOR,
        &PAY_AND_STATUS,
        &STAYING_EM,
        &STAYING_TLM,
        &GOING_BACK,
        &LONG_AWAY,
        &LOVES_BOTH,
        &OPEN_MANAGER,
    ] {
        let o = score(&p.answers());
        assert!(o.lead_tenths > 0, "{}: tie at the top", p.name);
    }
}

/// Every persona above.
const EVERYONE: [&Persona; 15] = [
    &DEEP_CRAFTER,
    &PEOPLE_GROWER,
    &ORG_WIDE_STAFF,
    &SMALL_TEAM_LEAD,
    &ARCHITECT,
    &CODING_MENTOR,
    &PAY_AND_STATUS,
    &AMBIVALENT,
    &HURRIED,
    &STAYING_EM,
    &STAYING_TLM,
    &GOING_BACK,
    &LONG_AWAY,
    &LOVES_BOTH,
    &OPEN_MANAGER,
];

/// Every statement id named in the personas exists (a renamed id fails loudly here).
#[test]
fn persona_ids_exist() {
    for p in EVERYONE {
        let _ = p.answers();
    }
}

#[test]
fn a_path_an_organisation_does_not_offer_trades_the_advice_that_assumes_it() {
    use crossroads_core::advice::{select_advice_at, ALL_OFFERED};
    let (a, o) = ORG_WIDE_STAFF.run();
    let everywhere = select_advice_at(&a, &o, &ALL_OFFERED).ids();
    assert_eq!(everywhere, advice_ids(&a, &o));
    assert!(everywhere.contains(&"staff.sponsor"));
    assert!(!everywhere.contains(&"staff.build-it"));
    let mut no_staff = ALL_OFFERED;
    no_staff[PathId::Staff.index()] = false;
    let here = select_advice_at(&a, &o, &no_staff).ids();
    assert!(!here.contains(&"staff.sponsor"), "{here:?}");
    assert!(here.contains(&"staff.build-it"), "{here:?}");
    assert!(here.contains(&"warn.only-way-up"), "{here:?}");

    // A lead role to step into, where the organisation has one.
    let (a, o) = SMALL_TEAM_LEAD.run();
    assert!(advice_ids(&a, &o).contains(&"exp.interim-lead"));
    let mut no_tlm = ALL_OFFERED;
    no_tlm[PathId::TechLeadManager.index()] = false;
    assert!(select_advice_at(&a, &o, &no_tlm)
        .ids()
        .contains(&"exp.interim-lead"));
    let mut no_managers = no_tlm;
    no_managers[PathId::EngineeringManager.index()] = false;
    assert!(!select_advice_at(&a, &o, &no_managers)
        .ids()
        .contains(&"exp.interim-lead"));
}

// Talk it over ------------------------------------------------------------------------

/// No question twice, and each there for a reason the person's result meets.
fn each_once_and_justified(name: &str, chosen: &[&TalkQuestion], a: &Answers, o: &Outcome) {
    let mut ids: Vec<_> = chosen.iter().map(|q| q.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), chosen.len(), "{name}: a question twice");
    for q in chosen {
        assert!(holds(&q.when, a, o), "{name}: {} without its reason", q.id);
    }
}

fn talk_ids(a: &Answers, o: &Outcome) -> Vec<&'static str> {
    select_questions(a, o).iter().map(|q| q.id).collect()
}

/// Every persona takes five to eight questions to the conversation, none twice, each one
/// there for a reason the persona meets (the asks and spares hold for everyone), and no
/// question of their result is left out while there was room for it.
#[test]
fn every_persona_gets_a_conversation_guide_drawn_from_their_result() {
    for person in EVERYONE {
        let (a, o) = person.run();
        let chosen = select_questions(&a, &o);
        let ids: Vec<_> = chosen.iter().map(|q| q.id).collect();
        println!("{}: {ids:?}", person.name);
        assert!(
            (talk::MIN..=talk::MAX).contains(&chosen.len()),
            "{}: {ids:?}",
            person.name
        );
        each_once_and_justified(person.name, &chosen, &a, &o);
        let from_result = chosen.iter().filter(|q| q.pick == Pick::When).count();
        let held = TALK_QUESTIONS
            .iter()
            .filter(|q| q.pick == Pick::When && holds(&q.when, &a, &o))
            .count();
        assert_eq!(
            from_result,
            held.min(talk::FROM_RESULT),
            "{}: {ids:?}",
            person.name
        );
        // Spares only to reach the minimum; the asks close every guide: an honest read, an
        // experiment, a sponsor.
        assert_eq!(
            ids.len(),
            talk::MIN.max(from_result + 3),
            "{}: {ids:?}",
            person.name
        );
        assert_eq!(
            ids[ids.len() - 3..],
            ["talk.honest-read", "talk.experiment", "talk.sponsor"],
            "{}",
            person.name
        );
    }
}

#[test]
fn a_result_too_close_to_call_asks_what_separates_the_contenders() {
    let (a, o) = AMBIVALENT.run();
    assert_eq!(o.verdict, Verdict::TooClose);
    let ids = talk_ids(&a, &o);
    assert!(ids.contains(&"talk.what-separates"), "{ids:?}");
    // A clear result does not ask it.
    let (a, o) = DEEP_CRAFTER.run();
    assert!(!talk_ids(&a, &o).contains(&"talk.what-separates"));
}

#[test]
fn no_real_staff_track_asks_what_a_staff_role_would_look_like_here() {
    let mut a = ORG_WIDE_STAFF.answers();
    for track in ["no", "paper"] {
        a.set_context_by_id("staff-track", track).unwrap();
        let ids = talk_ids(&a, &score(&a));
        assert!(ids.contains(&"talk.staff-role"), "{track}: {ids:?}");
    }
    let a = ORG_WIDE_STAFF.answers();
    assert!(!talk_ids(&a, &score(&a)).contains(&"talk.staff-role"));
}

#[test]
fn a_manager_going_back_asks_about_the_way_back_and_an_engineer_about_the_way_out() {
    for person in [&GOING_BACK, &LONG_AWAY] {
        let (a, o) = person.run();
        let ids = talk_ids(&a, &o);
        assert!(ids.contains(&"talk.way-back"), "{}: {ids:?}", person.name);
        assert!(
            !ids.contains(&"talk.way-back-out"),
            "{}: {ids:?}",
            person.name
        );
    }
    let (a, o) = PEOPLE_GROWER.run();
    let ids = talk_ids(&a, &o);
    assert!(ids.contains(&"talk.way-back-out"), "{ids:?}");
    assert!(!ids.contains(&"talk.way-back"), "{ids:?}");
}

// The receiver of a shared link ------------------------------------------------------------

fn receiver_ids(a: &Answers, o: &Outcome) -> Vec<&'static str> {
    talk::select_for_receiver(a, o, &crossroads_core::advice::ALL_OFFERED)
        .iter()
        .map(|q| q.id)
        .collect()
}

/// Whoever sent the link, its receiver has three questions to ask them, none twice, those of
/// the sender's result first (each there for a reason the result meets), spares only after.
#[test]
fn every_persona_s_receiver_gets_three_questions_drawn_from_the_result_first() {
    for person in EVERYONE {
        let (a, o) = person.run();
        let chosen = talk::select_for_receiver(&a, &o, &crossroads_core::advice::ALL_OFFERED);
        let ids = receiver_ids(&a, &o);
        println!("{}: {ids:?}", person.name);
        assert_eq!(chosen.len(), talk::FOR_RECEIVER, "{}: {ids:?}", person.name);
        each_once_and_justified(person.name, &chosen, &a, &o);
        let held = ASK_THEM
            .iter()
            .filter(|q| q.pick == Pick::When && holds(&q.when, &a, &o))
            .count();
        let drawn = chosen.iter().take_while(|q| q.pick == Pick::When).count();
        assert_eq!(
            drawn,
            held.min(talk::FOR_RECEIVER),
            "{}: {ids:?}",
            person.name
        );
    }
}

#[test]
fn the_receiver_of_a_close_result_asks_about_the_contenders_and_of_a_manager_about_the_way_back() {
    let (a, o) = AMBIVALENT.run();
    let ids = receiver_ids(&a, &o);
    assert!(
        ids.contains(&"ask-them.what-separates") || ids.contains(&"ask-them.sides-close"),
        "{ids:?}"
    );
    let (a, o) = GOING_BACK.run();
    assert!(receiver_ids(&a, &o).contains(&"ask-them.way-back"));
    let (a, o) = DEEP_CRAFTER.run();
    let ids = receiver_ids(&a, &o);
    assert!(
        !ids.contains(&"ask-them.way-back") && !ids.contains(&"ask-them.what-separates"),
        "{ids:?}"
    );
}
