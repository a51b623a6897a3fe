//! Every released shape of the catalogue (`catalogue.rs`), for the share links made with it:
//! which statements, context questions and options a link of that content version holds, in
//! order. Anyone who adds, removes or reorders statements, context questions or options in
//! `catalogue.rs` bumps `CONTENT_VERSION` there and appends a release here; links of every
//! release keep decoding (`docs/link-format.md`, "Versioning").

use super::{Release, ReleaseQuestion};

/// Every released content version, oldest first. Never edit or remove an entry: append one
/// whenever statements, context questions or their options are added, removed or reordered
/// (a test checks that the last entry matches the current content).
pub static RELEASES: &[Release] = &[
    Release {
        content_version: 1,
        statements: &[
            "energy.deep-problem",
            "energy.others-grow",
            "energy.built-it",
            "time.focus-blocks",
            "time.meeting-week",
            "feedback.see-it-run",
            "feedback.slow-ok",
            "credit.own-work",
            "credit.team-win",
            "influence.persuade",
            "influence.final-say",
            "influence.no-reports",
            "scope.one-system",
            "scope.many-teams",
            "scope.small-team",
            "strategy.set-direction",
            "strategy.org-design",
            "strategy.others-decide",
            "people.mentor",
            "people.dread-talks",
            "people.hiring",
            "trust.own-way",
            "trust.do-it-myself",
            "comms.writing",
            "comms.work-speaks",
            "current.code-weekly",
            "current.skills-fade",
            "current.review-enough",
            "reversibility.try-back",
            "reversibility.one-way",
            "motives.pay",
            "motives.title",
            "motives.only-way-up",
        ],
        context: &[
            ReleaseQuestion {
                id: "staff-track",
                options: &["yes", "paper", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "opening",
                options: &["yes", "soon", "no"],
            },
            ReleaseQuestion {
                id: "encouraged",
                options: &["yes", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "history",
                options: &[
                    "ic-never",
                    "ic-managed-before",
                    "manager-recent",
                    "manager-long",
                ],
            },
        ],
    },
    // Content 2: two statements reworded in meaning, each a new statement in the old one's
    // place (`scope.small-team` → `scope.lead-small`, `people.dread-talks` →
    // `people.hard-talks`); see docs/method.md, "Wording".
    Release {
        content_version: 2,
        statements: &[
            "energy.deep-problem",
            "energy.others-grow",
            "energy.built-it",
            "time.focus-blocks",
            "time.meeting-week",
            "feedback.see-it-run",
            "feedback.slow-ok",
            "credit.own-work",
            "credit.team-win",
            "influence.persuade",
            "influence.final-say",
            "influence.no-reports",
            "scope.one-system",
            "scope.many-teams",
            "scope.lead-small",
            "strategy.set-direction",
            "strategy.org-design",
            "strategy.others-decide",
            "people.mentor",
            "people.hard-talks",
            "people.hiring",
            "trust.own-way",
            "trust.do-it-myself",
            "comms.writing",
            "comms.work-speaks",
            "current.code-weekly",
            "current.skills-fade",
            "current.review-enough",
            "reversibility.try-back",
            "reversibility.one-way",
            "motives.pay",
            "motives.title",
            "motives.only-way-up",
        ],
        context: &[
            ReleaseQuestion {
                id: "staff-track",
                options: &["yes", "paper", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "opening",
                options: &["yes", "soon", "no"],
            },
            ReleaseQuestion {
                id: "encouraged",
                options: &["yes", "no", "unsure"],
            },
            ReleaseQuestion {
                id: "history",
                options: &[
                    "ic-never",
                    "ic-managed-before",
                    "manager-recent",
                    "manager-long",
                ],
            },
        ],
    },
];
