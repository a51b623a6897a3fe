//! Many results, one picture (`crossroads_core::group`): the counts of a group add up, the
//! details wait for three people, the group link round-trips and stays short, and nothing in
//! it reads as anyone's result; the links in a paste are counted or named by their line.
#![cfg(not(target_arch = "wasm32"))]

use crossroads_core::content::{PathId, Side, CONTEXT_QUESTIONS, STATEMENTS, THEME_COUNT};
use crossroads_core::group::paste::{self, Problem};
use crossroads_core::group::{self, aggregate, link as group_link, Group, MIN_FOR_DETAILS};
use crossroads_core::link::{self, LinkError};
use crossroads_core::{score, Answers, Choice};
use proptest::prelude::*;

mod common;
use common::answers;

/// Someone who answered every statement, each a step along the scale from where the last
/// person's began.
fn person(k: usize) -> Answers {
    let mut a = Answers::new();
    for i in 0..STATEMENTS.len() {
        a.set(i, Some(Choice::ALL[(i + k) % 5]));
    }
    a
}

fn groups(max: usize) -> impl Strategy<Value = Vec<Answers>> {
    prop::collection::vec(answers(), 0..max)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_counts_add_up(results in groups(12)) {
        let g = aggregate(&results);
        let n = results.len() as u16;
        prop_assert_eq!(g.size, n);
        prop_assert_eq!(g.side_total(Side::Technical) + g.side_total(Side::Management), n);
        prop_assert_eq!(PathId::ALL.iter().map(|&p| g.path_total(p)).sum::<u16>(), n);
        // Each result counted where its own score puts it.
        for a in &results {
            let o = score(a);
            prop_assert!(g.path_total(o.top()) >= 1 && g.side_total(o.side) >= 1);
        }
        match &g.details {
            None => prop_assert!(n < MIN_FOR_DETAILS && g.most_divided(5).is_empty()),
            Some(d) => {
                prop_assert!(n >= MIN_FOR_DETAILS);
                for (q, counts) in d.context.iter().enumerate() {
                    prop_assert_eq!(counts.len(), CONTEXT_QUESTIONS[q].options.len());
                    let answered = results.iter().filter(|a| a.context(q).is_some()).count() as u16;
                    prop_assert_eq!(counts.iter().sum::<u16>(), answered);
                }
                for (theme, fifths) in d.spreads.iter().enumerate() {
                    let placed = results.iter().filter(|a| score(a).profile[theme].is_some()).count() as u16;
                    prop_assert_eq!(fifths.iter().sum::<u16>(), placed);
                }
                for (i, camps) in d.statements.iter().enumerate() {
                    let answered = results.iter().filter(|a| a.choice(i).is_some()).count() as u16;
                    prop_assert_eq!(camps.iter().sum::<u16>(), answered);
                }
                for divided in g.most_divided(5) {
                    prop_assert!(divided.counts[0] > 0 && divided.counts[2] > 0);
                    prop_assert_eq!(divided.counts, d.statements[divided.statement]);
                }
            }
        }
    }

    #[test]
    fn the_group_link_round_trips_and_reads_as_no_ones_result(results in groups(12)) {
        let g = aggregate(&results);
        let payload = group_link::encode(&g);
        prop_assert_eq!(group_link::decode(&payload), Ok(g.clone()));
        prop_assert!(payload.len() < 2000);
        // Not a result, in any form a result is read from.
        prop_assert!(link::decode(&payload).is_err());
        let as_result = format!("https://x.example/#r={}", payload);
        let as_host = format!("https://x.example/#crossroads={}", payload);
        prop_assert!(link::decode_link(&as_result).is_err());
        prop_assert!(link::decode_link(&as_host).is_err());
        // And no result reads as a group.
        for a in &results {
            prop_assert!(group_link::decode(&link::encode(a, None)).is_err());
        }
    }

    #[test]
    fn any_change_to_a_group_link_is_refused(results in groups(6), at in any::<prop::sample::Index>(), to in 0..64u8) {
        let payload = group_link::encode(&aggregate(&results));
        let i = at.index(payload.len());
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        let mut changed = payload.clone().into_bytes();
        prop_assume!(changed[i] != alphabet[to as usize]);
        changed[i] = alphabet[to as usize];
        let changed = String::from_utf8(changed).unwrap();
        prop_assert!(group_link::decode(&changed).is_err(), "{} read after a change at {}", changed, i);
        prop_assert!(group_link::decode(&payload[..payload.len() - 1]).is_err());
    }

    #[test]
    fn the_decoder_takes_anything_without_panicking(text in "[A-Za-z0-9_-]{0,700}") {
        if let Ok(g) = group_link::decode(&text) {
            prop_assert_eq!(group_link::encode(&g), text);
        }
    }
}

#[test]
fn a_large_group_with_every_count_at_two_bytes_still_makes_a_short_link() {
    // 2,000 complete answer sets of one shape: every tally as large as it gets.
    let mut answers = Answers::new();
    for i in 0..STATEMENTS.len() {
        answers.set(i, Some(Choice::AGREE));
    }
    for (q, _) in CONTEXT_QUESTIONS.iter().enumerate() {
        answers.set_context(q, Some(0));
    }
    let many = vec![answers; 2000];
    let g = aggregate(&many);
    let payload = group_link::encode(&g);
    assert!(group_link::fragment(&g).len() < 2000, "{}", payload.len());
    assert_eq!(group_link::decode(&payload), Ok(g));
}

#[test]
fn two_people_show_no_details_three_do() {
    let (a, b, c) = (person(1), person(2), person(3));
    let two = aggregate(&[a.clone(), b.clone()]);
    assert_eq!(two.details, None);
    assert!(two.most_divided(5).is_empty());
    let three = aggregate(&[a, b, c]);
    let details = three.details.as_ref().expect("three people have details");
    assert_eq!(details.spreads.len(), THEME_COUNT);
    assert_eq!(details.statements.len(), STATEMENTS.len());
    // A link that claims details for two people is refused.
    let mut forged = two.clone();
    forged.details = three.details.clone();
    assert_eq!(
        group_link::decode(&group_link::encode(&forged)),
        Err(LinkError::Damaged)
    );
}

#[test]
fn counts_that_do_not_add_up_are_refused() {
    let g = aggregate(&[Answers::new(), Answers::new(), Answers::new()]);
    let mut sides = g.clone();
    sides.sides[0][0] += 1;
    let mut context = g.clone();
    context.details.as_mut().unwrap().context[0][0] = 4;
    let mut statements = g.clone();
    statements.details.as_mut().unwrap().statements[0] = [2, 1, 1];
    for bad in [sides, context, statements] {
        assert_eq!(
            group_link::decode(&group_link::encode(&bad)),
            Err(LinkError::Damaged)
        );
    }
    assert_eq!(group_link::decode(""), Err(LinkError::Empty));
    assert_eq!(group_link::decode("!!"), Err(LinkError::NotALink));
    assert_eq!(
        group_link::decode(&"A".repeat(1600)),
        Err(LinkError::TooLong)
    );
}

#[test]
fn the_most_divided_statements_come_first() {
    // Statement 0: everyone agrees. 1: two against one. 2: split evenly.
    let person = |choices: [Choice; 3]| {
        let mut a = Answers::new();
        for (i, c) in choices.into_iter().enumerate() {
            a.set(i, Some(c));
        }
        a
    };
    let (agree, disagree) = (Choice::AGREE, Choice::DISAGREE);
    let g = aggregate(&[
        person([agree, agree, agree]),
        person([agree, agree, disagree]),
        person([agree, disagree, agree]),
        person([agree, agree, disagree]),
    ]);
    let divided: Vec<usize> = g.most_divided(5).iter().map(|d| d.statement).collect();
    assert_eq!(divided, [2, 1]);
    assert_eq!(g.most_divided(1)[0].counts, [2, 0, 2]);
    assert_eq!(group::bin(-100), 0);
    assert_eq!(group::bin(0), 2);
    assert_eq!(group::bin(100), 4);
    assert_eq!(group::bin(-21), 1);
    assert_eq!(group::bin(21), 3);
}

#[test]
fn a_paste_counts_each_link_once_and_names_every_problem_by_its_line() {
    let people: Vec<Answers> = (0..4).map(person).collect();
    let url = |a: &Answers, label: Option<&str>| {
        link::with_fragment(
            "https://intranet.example/crossroads/",
            &link::result_fragment(a, label),
        )
    };
    let good = url(&people[0], Some("Sam"));
    let mut forged = good.clone().into_bytes();
    let last = forged.len() - 1;
    forged[last] = if forged[last] == b'A' { b'B' } else { b'A' };
    let forged = String::from_utf8(forged).unwrap();
    let cut = &url(&people[1], None)[..good.len() - 6];
    let compare = format!(
        "https://intranet.example/crossroads/#{}",
        link::compare_fragment(&link::encode_pair(
            &link::encode(&people[2], None),
            &link::encode(&people[3], None)
        ))
    );
    let text = format!(
        "Sam: here's mine {good} thanks!\n\
         (no link on this line, just chat)\n\
         Alex <{}>\n\
         {forged}\n\
         {cut}\n\
         again: {}\n\
         both of ours: {compare}\n\
         {} and {}\n\
         a search https://search.example/?q=crossroads&r=1 scored r=0.8, no link here\n\
         glued: {},{}",
        url(&people[1], None),
        url(&people[0], None),
        url(&people[2], Some("Kim")),
        url(&people[3], None),
        url(&people[1], None),
        url(&people[2], None),
    );
    let pasted = paste::read(&text);
    assert_eq!(
        pasted.results,
        [
            people[0].clone(),
            people[1].clone(),
            people[2].clone(),
            people[3].clone()
        ]
    );
    assert_eq!(
        pasted.problems,
        [
            (4, Problem::Unreadable(LinkError::Damaged)),
            (5, Problem::Unreadable(LinkError::Damaged)),
            (6, Problem::Duplicate { of_line: 1 }),
            (7, Problem::Comparison),
            (10, Problem::Duplicate { of_line: 3 }),
            (10, Problem::Duplicate { of_line: 8 }),
        ]
    );
    // No label reaches the group: the answers alone are kept.
    let g: Group = aggregate(&pasted.results);
    assert_eq!(g.size, 4);
}
