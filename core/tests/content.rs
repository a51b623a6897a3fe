//! The catalogue's integrity: ids unique and stable in form, values in range, every theme
//! covered, every condition pointing at something that exists.

use std::collections::HashSet;

use crossroads_core::content::*;

#[test]
fn paths_and_themes_are_in_declaration_order() {
    for (i, p) in PATHS.iter().enumerate() {
        assert_eq!(p.id.index(), i);
        assert!(!p.name.is_empty() && !p.summary.is_empty() && !p.description.is_empty());
        for (t, v) in p.profile.iter().enumerate() {
            assert!((-2..=2).contains(v), "{} profile out of range", p.name);
            if !THEMES[t].scored {
                assert_eq!(
                    *v, 0,
                    "{} has a profile on unscored theme {}",
                    p.name, THEMES[t].key
                );
            }
        }
    }
    for (i, t) in THEMES.iter().enumerate() {
        assert_eq!(t.id.index(), i);
    }
    assert_eq!(
        PathId::Staff.path().shapes.len(),
        4,
        "the four staff+ archetypes"
    );
}

#[test]
fn statements_are_well_formed() {
    assert!(
        (24..=36).contains(&STATEMENTS.len()),
        "{} statements",
        STATEMENTS.len()
    );
    let mut ids = HashSet::new();
    for s in STATEMENTS.iter() {
        assert!(ids.insert(s.id), "duplicate id {}", s.id);
        assert!(
            s.id.len() <= 24
                && s.id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '-'),
            "id form: {}",
            s.id
        );
        assert!(
            s.id.starts_with(s.theme.theme().key),
            "{} is not prefixed by its theme",
            s.id
        );
        assert!(!s.text.is_empty() && !s.why.is_empty());
        assert!(s.push.iter().all(|p| (-3..=3).contains(p)), "{}", s.id);
        if s.theme.theme().scored {
            assert!(s.pole == 1 || s.pole == -1, "{} needs a pole", s.id);
            assert!(s.push.iter().any(|p| *p != 0), "{} pushes nothing", s.id);
        } else {
            assert_eq!(s.pole, 0, "{}", s.id);
            assert_eq!(s.push, [0; PATH_COUNT], "{} is unscored but pushes", s.id);
        }
    }
    // Statements are asked theme by theme, in theme order, and every theme has some.
    let order: Vec<usize> = STATEMENTS.iter().map(|s| s.theme.index()).collect();
    assert!(
        order.windows(2).all(|w| w[0] <= w[1]),
        "statements are not in theme order"
    );
    for t in ThemeId::ALL {
        assert!(
            STATEMENTS.iter().filter(|s| s.theme == t).count() >= 2,
            "{:?} has fewer than 2",
            t
        );
    }
}

#[test]
fn every_path_can_win_and_lose_on_the_statements() {
    for p in PathId::ALL {
        assert!(
            STATEMENTS.iter().any(|s| s.push[p.index()] > 0),
            "nothing favours {:?}",
            p
        );
        assert!(
            STATEMENTS.iter().any(|s| s.push[p.index()] < 0),
            "nothing counts against {:?}",
            p
        );
    }
}

#[test]
fn context_questions_are_well_formed() {
    assert!((3..=5).contains(&CONTEXT_QUESTIONS.len()));
    let mut ids = HashSet::new();
    for q in CONTEXT_QUESTIONS.iter() {
        assert!(ids.insert(q.id));
        assert!(q.options.len() >= 2 && q.options.len() <= 8);
        let mut opts = HashSet::new();
        for o in q.options {
            assert!(opts.insert(o.id), "duplicate option {} in {}", o.id, q.id);
        }
    }
}

/// The seat's constants name the question and options they stand for.
#[test]
fn the_seat_is_read_from_the_history_question() {
    let q = &CONTEXT_QUESTIONS[SEAT_QUESTION];
    assert_eq!(q.id, "history");
    let managing: Vec<&str> = MANAGER_OPTIONS
        .iter()
        .map(|&o| q.options[usize::from(o)].id)
        .collect();
    assert_eq!(managing, ["manager-recent", "manager-long"]);
    for (i, o) in q.options.iter().enumerate() {
        let mut a = crossroads_core::Answers::new();
        a.set_context(SEAT_QUESTION, Some(i as u8));
        let manages = o.id.starts_with("manager-");
        assert_eq!(a.seat() == Seat::Manager, manages, "{}", o.id);
    }
    assert_eq!(crossroads_core::Answers::new().seat(), Seat::Engineer);
}

/// Every manager's wording says something different from the engineer's (an identical one
/// should be left empty), and no statement or question is worded for a manager alone.
#[test]
fn manager_wordings_are_real_alternatives() {
    for s in STATEMENTS.iter() {
        assert!(!s.text.is_empty(), "{}", s.id);
        assert_ne!(
            s.manager.as_str(),
            s.text.as_str(),
            "{}: leave it empty",
            s.id
        );
    }
    for q in CONTEXT_QUESTIONS.iter() {
        assert_ne!(q.manager.as_str(), q.text.as_str(), "{}", q.id);
        assert!(
            q.manager_help.is_empty() || !q.manager.is_empty(),
            "{}",
            q.id
        );
    }
}

fn check_condition(c: &Condition, advice: &str) {
    match c {
        Condition::Agrees(id) | Condition::Disagrees(id) => {
            assert!(
                statement_index(id).is_some(),
                "{advice} names unknown statement {id}"
            )
        }
        Condition::Context(q, o) => {
            let qi =
                context_index(q).unwrap_or_else(|| panic!("{advice} names unknown question {q}"));
            assert!(
                CONTEXT_QUESTIONS[qi].options.iter().any(|x| x.id == *o),
                "{advice} names unknown option {q}={o}"
            );
        }
        Condition::All(cs) | Condition::Any(cs) => {
            cs.iter().for_each(|c| check_condition(c, advice))
        }
        Condition::Not(c) => check_condition(c, advice),
        Condition::Always
        | Condition::Leads(_)
        | Condition::Contender(_)
        | Condition::TooClose
        | Condition::SidesTooClose
        | Condition::CanFlip
        | Condition::MarkedImportant
        | Condition::Manages
        | Condition::Offered(_) => {}
    }
}

#[test]
fn talk_questions_name_only_what_exists() {
    for q in TALK_QUESTIONS.iter() {
        assert!(!q.text.is_empty(), "{}", q.id);
        check_condition(&q.when, q.id);
    }
}

#[test]
fn advice_is_well_formed_and_covers_every_kind() {
    let mut ids = HashSet::new();
    for a in ADVICE.iter() {
        assert!(ids.insert(a.id), "duplicate advice id {}", a.id);
        assert!(!a.title.is_empty() && !a.text.is_empty());
        check_condition(&a.when, a.id);
    }
    for kind in [
        AdviceKind::Experiment,
        AdviceKind::Leading,
        AdviceKind::StayingTechnical,
        AdviceKind::StaffOrg,
        AdviceKind::WayBack,
        AdviceKind::Warning,
        AdviceKind::Reminder,
    ] {
        assert!(
            ADVICE.iter().any(|a| a.kind == kind),
            "no advice of kind {kind:?}"
        );
    }
    for p in PathId::ALL {
        assert!(
            ADVICE.iter().any(|a| a.kind == AdviceKind::Experiment
                && matches!(&a.when, Condition::Leads(ps) if ps.contains(&p))
                || matches!(&a.when, Condition::Contender(x) if *x == p)
                || matches!(&a.when, Condition::All(cs) if cs.iter().any(|c| matches!(c, Condition::Leads(ps) if ps.contains(&p)) || matches!(c, Condition::Contender(x) if *x == p)))),
            "no experiment for {p:?}"
        );
    }
}
