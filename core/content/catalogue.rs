//! Crossroads' catalogue: every word the widget says, and every number behind a fit.
//!
//! Read top to bottom: the four paths, the thirteen themes, the statements (in theme
//! order), the context questions and the advice. `docs/method.md` explains how the numbers
//! are used and where the ideas come from.
//!
//! Rules for changing this file:
//! - Ids never change. Rewording a text keeps its id and does not bump `CONTENT_VERSION`.
//! - Adding, removing or reordering statements or context questions (or their options)
//!   bumps `CONTENT_VERSION` and appends a release to `RELEASES` in `core/content/releases.rs`;
//!   links made with older versions must keep decoding.
//! - `push` is `[senior, staff, tlm, em]`, each -3..=3: how strongly agreeing pushes each
//!   path (disagreeing pushes the opposite way). `pole` is +1 when agreeing moves the
//!   person toward the theme's `right` label, -1 toward `left`, 0 for unscored themes.
//! - Run `scripts/test` (the persona tests in `core/tests/personas.rs` guard the tuning).

use super::*;
use crate::{alt, t};

/// Version of this catalogue, carried in share links.
pub const CONTENT_VERSION: u16 = 2;

// ---------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------
//
// Profile order: energy, time, feedback, credit, influence, scope, strategy, people,
// trust, comms, current, reversibility (unscored), motives (unscored).

pub static PATHS: [Path; PATH_COUNT] = [
    Path {
        id: PathId::Senior,
        name: t!("Senior engineer"),
        summary: t!("Stay hands-on and keep deepening the craft."),
        description: t!(
            "You grow by going deeper: harder problems, better judgement, systems you \
            know better than anyone. This is a complete career, not a waiting room; many of \
            the best engineers stay here by choice. Your leadership shows in the code, the \
            reviews and the people who learn by working next to you."
        ),
        shapes: &[
            Shape {
                name: t!("Specialist"),
                text: t!(
                    "Goes deep on one domain (databases, performance, security, a product \
                    area) and becomes the person others ask."
                ),
            },
            Shape {
                name: t!("Generalist"),
                text: t!(
                    "Moves easily across the stack and the codebase, and is trusted to pick \
                    up whatever the team most needs built."
                ),
            },
        ],
        profile: [-2, -2, -2, -2, 1, -2, -2, -2, -1, -1, -2, 0, 0],
    },
    Path {
        id: PathId::Staff,
        name: t!("Staff+ engineer"),
        summary: t!("Lead through technical judgement, without direct reports."),
        description: t!(
            "You set technical direction, shape work that crosses teams and make \
            other engineers better, through expertise, writing and trust rather than a \
            reporting line. Less of your week is code and more is design and alignment, and \
            the role takes several shapes, each needing an organisation that makes room for it."
        ),
        shapes: &[
            Shape {
                name: t!("Tech lead"),
                text: t!(
                    "Guides one team's technical direction and execution, partnering \
                    closely with its manager."
                ),
            },
            Shape {
                name: t!("Architect"),
                text: t!(
                    "Owns the direction and quality of the architecture of an important \
                    area, across the teams that build in it."
                ),
            },
            Shape {
                name: t!("Solver"),
                text: t!(
                    "Goes deep on the hardest problems the organisation has, one after \
                    another, wherever they are."
                ),
            },
            Shape {
                name: t!("Right hand"),
                text: t!(
                    "Extends an executive's attention and reach, carrying their authority \
                    into the organisation's most complex work."
                ),
            },
        ],
        profile: [-1, -1, 1, 0, 2, 2, 2, 0, 1, 2, -1, 0, 0],
    },
    Path {
        id: PathId::TechLeadManager,
        name: t!("Tech lead manager"),
        summary: t!("Lead a small team's people and its technical work at once."),
        description: t!(
            "You manage a small team and stay its technical lead: one-to-ones and \
            hiring alongside design reviews and some code. It is a common first step into \
            management and a good way to test it while keeping a hand in the work. It is \
            also demanding, because both halves want more time than the week has."
        ),
        shapes: &[],
        profile: [1, 0, 0, 1, -1, -1, 0, 1, 1, 1, -1, 0, 0],
    },
    Path {
        id: PathId::EngineeringManager,
        name: t!("Engineering manager"),
        summary: t!("Lead through people: growth, hiring, team health and delivery."),
        description: t!(
            "Your work is the team: hiring, growing and supporting people, keeping \
            the team healthy and making sure it delivers. You write little code; you shape \
            the conditions in which others do their best work. It is a career change rather \
            than a promotion, with its own skills to learn from the beginning."
        ),
        shapes: &[
            Shape {
                name: t!("Team manager"),
                text: t!("Leads one team of engineers closely: one-to-ones, growth, delivery."),
            },
            Shape {
                name: t!("Manager of managers"),
                text: t!(
                    "Leads several teams through their managers, and shapes how the \
                    organisation is built."
                ),
            },
        ],
        profile: [2, 2, 2, 2, -1, 1, 1, 2, 2, 2, 2, 0, 0],
    },
];

// ---------------------------------------------------------------------------------------
// Themes
// ---------------------------------------------------------------------------------------

pub static THEMES: [Theme; THEME_COUNT] = [
    Theme {
        id: ThemeId::Energy,
        key: "energy",
        name: t!("Energy"),
        description: t!(
            "What gives you energy at work: solving a hard problem yourself, or \
            helping someone else grow."
        ),
        left: t!("a hard technical problem"),
        right: t!("someone else's growth"),
        scored: true,
    },
    Theme {
        id: ThemeId::Time,
        key: "time",
        name: t!("Time"),
        description: t!(
            "Whether you need long stretches of focus or can work well in a week \
            shaped by meetings and interruptions."
        ),
        left: t!("long focus blocks"),
        right: t!("a meeting-shaped week"),
        scored: true,
    },
    Theme {
        id: ThemeId::Feedback,
        key: "feedback",
        name: t!("Feedback"),
        description: t!(
            "Whether you need fast, concrete signs of progress or can wait months \
            to see whether you did well."
        ),
        left: t!("fast, concrete feedback"),
        right: t!("slow, indirect feedback"),
        scored: true,
    },
    Theme {
        id: ThemeId::Credit,
        key: "credit",
        name: t!("Credit"),
        description: t!(
            "Whether you need your own work recognised, or the team's success \
            feels like yours."
        ),
        left: t!("your own work recognised"),
        right: t!("the team's success"),
        scored: true,
    },
    Theme {
        id: ThemeId::Influence,
        key: "influence",
        name: t!("Influence"),
        description: t!(
            "Whether you prefer the authority that comes with a role, or \
            influence earned through expertise and persuasion."
        ),
        left: t!("authority of a role"),
        right: t!("influence through expertise"),
        scored: true,
    },
    Theme {
        id: ThemeId::Scope,
        key: "scope",
        name: t!("Scope"),
        description: t!(
            "Whether you want to know one system or one team deeply, or work \
            across many teams and the organisation's direction."
        ),
        left: t!("one system, deeply"),
        right: t!("many teams, broadly"),
        scored: true,
    },
    Theme {
        id: ThemeId::Strategy,
        key: "strategy",
        name: t!("Strategy"),
        description: t!(
            "How much you want to set vision and direction, rather than execute \
            well on a direction someone else sets."
        ),
        left: t!("doing the work well"),
        right: t!("setting the direction"),
        scored: true,
    },
    Theme {
        id: ThemeId::PeopleWork,
        key: "people",
        name: t!("People work"),
        description: t!(
            "How much you want to coach and mentor, hold hard conversations about \
            performance and conflict, and hire and review people."
        ),
        left: t!("building things"),
        right: t!("growing and managing people"),
        scored: true,
    },
    Theme {
        id: ThemeId::Trust,
        key: "trust",
        name: t!("Trust"),
        description: t!(
            "Whether you can let others solve things their own way, give them \
            time and space, and delegate what matters."
        ),
        left: t!("doing it yourself"),
        right: t!("letting others do it their way"),
        scored: true,
    },
    Theme {
        id: ThemeId::Communication,
        key: "comms",
        name: t!("Communication"),
        description: t!(
            "How much you enjoy sharing context openly, writing, and building \
            relationships across teams."
        ),
        left: t!("letting the work speak"),
        right: t!("writing and relationships"),
        scored: true,
    },
    Theme {
        id: ThemeId::StayingCurrent,
        key: "current",
        name: t!("Staying current"),
        description: t!(
            "How much hands-on coding you need to stay happy, and how much the \
            fear of your skills fading weighs on you."
        ),
        left: t!("hands-on code every week"),
        right: t!("guiding from a step back"),
        scored: true,
    },
    Theme {
        id: ThemeId::Reversibility,
        key: "reversibility",
        name: t!("Reversibility"),
        description: t!(
            "How comfortable you are trying a role and going back if it does not \
            fit."
        ),
        left: t!("a move feels permanent"),
        right: t!("a move can be undone"),
        scored: false,
    },
    Theme {
        id: ThemeId::Motives,
        key: "motives",
        name: t!("Motives"),
        description: t!(
            "Whether pay, status or a lack of other options is what draws you \
            toward management."
        ),
        left: t!("the work itself"),
        right: t!("pay, status, no other way up"),
        scored: false,
    },
];

// ---------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------
//
// push: [senior, staff, tlm, em]

pub static STATEMENTS: [Statement; 33] = [
    // Energy -----------------------------------------------------------------------------
    Statement {
        id: "energy.deep-problem",
        theme: ThemeId::Energy,
        text: t!("A hard bug that takes all afternoon leaves you energised, not drained."),
        manager: alt!("A hard bug that took all afternoon would leave you energised, not drained."),
        why: t!(
            "Charity Majors' first reason not to manage is simply that you love what you \
            do; that joy comes far less often in management."
        ),
        push: [2, 1, 0, -2],
        pole: -1,
    },
    Statement {
        id: "energy.others-grow",
        theme: ThemeId::Energy,
        text: t!(
            "Seeing someone you helped succeed satisfies you more than shipping it \
            yourself would."
        ),
        manager: alt!(""),
        why: t!(
            "Managers and staff engineers both get much of their reward second-hand, \
            through the growth of others (Fournier, Hogan, Reilly)."
        ),
        push: [-2, 1, 1, 3],
        pole: 1,
    },
    Statement {
        id: "energy.built-it",
        theme: ThemeId::Energy,
        text: t!("Your best days end with something you built with your own hands."),
        manager: alt!(
            "Ending the day with something you built with your own hands matters to you."
        ),
        why: t!(
            "Managers hand the most interesting work to others so they can grow; if \
            building is your fuel, that hand-off costs you every week."
        ),
        push: [2, 0, 0, -2],
        pole: -1,
    },
    // Time -------------------------------------------------------------------------------
    Statement {
        id: "time.focus-blocks",
        theme: ThemeId::Time,
        text: t!("You do your best work in long, uninterrupted stretches."),
        manager: alt!(
            "You would do your best work in long, uninterrupted stretches, if your week allowed \
            them."
        ),
        why: t!(
            "As Majors puts it, a manager's time does not belong to them: the week is \
            cut into meetings and interruptions, and that is the job rather than a \
            distraction from it."
        ),
        push: [2, 1, 0, -2],
        pole: -1,
    },
    Statement {
        id: "time.meeting-week",
        theme: ThemeId::Time,
        text: t!("You would welcome weeks of one-to-ones and meetings, with little code in them."),
        manager: alt!("You welcome your weeks of one-to-ones and meetings."),
        why: t!(
            "For an engineering manager, those conversations are the work. If they feel \
            like time taken away from the real job, the role will grind."
        ),
        push: [-2, -1, 0, 3],
        pole: 1,
    },
    // Feedback ---------------------------------------------------------------------------
    Statement {
        id: "feedback.see-it-run",
        theme: ThemeId::Feedback,
        text: t!(
            "You need to see your work run, pass or ship to feel you achieved something that \
            day."
        ),
        manager: alt!(
            "A day without something of yours that ran, passed or shipped rarely feels like an \
            achievement."
        ),
        why: t!(
            "Code gives fast, concrete feedback. Management and much staff work pay off \
            over months, and Majors warns that in management joy is much harder to come \
            by."
        ),
        push: [3, -2, 0, -2],
        pole: -1,
    },
    Statement {
        id: "feedback.slow-ok",
        theme: ThemeId::Feedback,
        text: t!("You can wait months to learn whether a decision of yours was right."),
        manager: alt!(""),
        why: t!(
            "A hire, a reorganisation or an architecture choice shows its worth slowly; \
            managers and staff engineers live with that delay (Reilly, Fournier)."
        ),
        push: [-2, 2, 0, 2],
        pole: 1,
    },
    // Credit -----------------------------------------------------------------------------
    Statement {
        id: "credit.own-work",
        theme: ThemeId::Credit,
        text: t!("It matters to you that people know which parts of the work were yours."),
        manager: alt!(""),
        why: t!(
            "Majors puts it bluntly: as a manager you get none of the credit and all of \
            the blame. Much staff work is also invisible glue (Reilly)."
        ),
        push: [2, 0, -1, -2],
        pole: -1,
    },
    Statement {
        id: "credit.team-win",
        theme: ThemeId::Credit,
        text: t!(
            "When your team ships something you barely touched, it still feels like your \
            win."
        ),
        manager: alt!(""),
        why: t!(
            "Leaders of engineers succeed through the team's results rather than their \
            own output; for a manager, the team's win is the only win there is."
        ),
        push: [-1, 0, 2, 3],
        pole: 1,
    },
    // Influence --------------------------------------------------------------------------
    Statement {
        id: "influence.persuade",
        theme: ThemeId::Influence,
        text: t!(
            "Changing a decision through a well-argued document, with no formal \
            authority, sounds satisfying."
        ),
        manager: alt!(""),
        why: t!(
            "Staff+ engineers lead by influence: Larson and Reilly both describe writing \
            and persuasion, not a reporting line, as their main tools."
        ),
        push: [0, 3, 0, -1],
        pole: 1,
    },
    Statement {
        id: "influence.final-say",
        theme: ThemeId::Influence,
        text: t!(
            "When a team is stuck, you want the authority to make the call, not only a voice in \
            it."
        ),
        manager: alt!(
            "When a team is stuck, having the authority to make the call, not only a voice in \
            it, matters to you."
        ),
        why: t!(
            "Managers do hold a role's authority, though Majors notes the toolset is \
            smaller than it looks; wanting it is a real difference between the tracks."
        ),
        push: [-1, -2, 1, 2],
        pole: -1,
    },
    Statement {
        id: "influence.no-reports",
        theme: ThemeId::Influence,
        text: t!(
            "Given the choice, you would take a role with no direct reports over one with them."
        ),
        manager: alt!(""),
        why: t!(
            "Pat Kua's trident separates technical leadership from people management: \
            both lead, only one has reports."
        ),
        push: [1, 2, -2, -3],
        pole: 1,
    },
    // Scope ------------------------------------------------------------------------------
    Statement {
        id: "scope.one-system",
        theme: ThemeId::Scope,
        text: t!(
            "You would rather know one system better than anyone than know a little about \
            many."
        ),
        manager: alt!(""),
        why: t!(
            "Depth is the senior engineer's home ground and the solver's; most staff and \
            manager roles trade some depth for breadth (engineeringladders.com)."
        ),
        push: [3, -2, 1, -2],
        pole: -1,
    },
    Statement {
        id: "scope.many-teams",
        theme: ThemeId::Scope,
        text: t!(
            "Problems that cross many teams and systems interest you more than problems \
            inside one."
        ),
        manager: alt!(""),
        why: t!(
            "Staff engineers, architects in particular, and managers of managers work at \
            the seams between teams (Larson, Reilly)."
        ),
        push: [-2, 3, -1, 1],
        pole: 1,
    },
    Statement {
        id: "scope.lead-small",
        theme: ThemeId::Scope,
        text: t!("Being both the manager and the technical lead of one small team appeals to you."),
        manager: alt!(""),
        why: t!(
            "A tech lead manager's world is one small team, people and code together; it is a \
            common first step into management, and the closest management comes to the code."
        ),
        push: [-1, -1, 3, 0],
        pole: -1,
    },
    // Strategy ---------------------------------------------------------------------------
    Statement {
        id: "strategy.set-direction",
        theme: ThemeId::Strategy,
        text: t!(
            "You want a say in where the technology goes over the next two or three \
            years."
        ),
        manager: alt!(""),
        why: t!(
            "Setting technical vision and strategy is core staff+ work (Larson, Reilly), \
            and part of a manager's job too."
        ),
        push: [-2, 3, 0, 1],
        pole: 1,
    },
    Statement {
        id: "strategy.org-design",
        theme: ThemeId::Strategy,
        text: t!(
            "Deciding how people are grouped into teams, and who reports to whom, sounds like \
            interesting work."
        ),
        manager: alt!(
            "Deciding how people are grouped into teams, and who reports to whom, is work you \
            find interesting."
        ),
        why: t!(
            "Shaping teams, ownership and process is management work at scale; \
            engineering managers spend more time here than anyone else."
        ),
        push: [-2, 0, -1, 3],
        pole: 1,
    },
    Statement {
        id: "strategy.others-decide",
        theme: ThemeId::Strategy,
        text: t!(
            "You are happy for others to set the direction of your area, as long as you get to \
            do the work well."
        ),
        manager: alt!(
            "You would be happy for others to set the direction of your area, as long as you got \
            to do the work well."
        ),
        why: t!(
            "Executing superbly on a direction set by others is a legitimate, valuable \
            career; staff and manager roles ask you to set the direction yourself."
        ),
        push: [3, -3, 0, -2],
        pole: -1,
    },
    // People work ------------------------------------------------------------------------
    Statement {
        id: "people.mentor",
        theme: ThemeId::PeopleWork,
        text: t!("You look for chances to mentor and coach other engineers."),
        manager: alt!(""),
        why: t!(
            "Levelling up others is a pillar of staff work (Reilly) and the heart of \
            management (Hogan); it is the skill both tracks share."
        ),
        push: [-1, 2, 2, 2],
        pole: 1,
    },
    Statement {
        id: "people.hard-talks",
        theme: ThemeId::PeopleWork,
        text: t!("You would put off telling someone their work is falling short, if you could."),
        manager: alt!("You put off telling people their work is falling short, when you can."),
        why: t!(
            "Majors warns that managers must have really hard conversations, and the most common \
            is about someone's performance; Hogan shows they can be learned, but they never go \
            away."
        ),
        push: [1, 0, -2, -3],
        pole: -1,
    },
    Statement {
        id: "people.hiring",
        theme: ThemeId::PeopleWork,
        text: t!(
            "Writing your team's performance reviews sounds like work you would want to do well."
        ),
        manager: alt!("Writing your team's performance reviews is work you want to do well."),
        why: t!(
            "Hiring, reviews and growth plans take a large share of a manager's year, \
            and more of it as the team grows (Fournier)."
        ),
        push: [-2, 0, 0, 3],
        pole: 1,
    },
    // Trust ------------------------------------------------------------------------------
    Statement {
        id: "trust.own-way",
        theme: ThemeId::Trust,
        text: t!(
            "You are comfortable when someone solves a problem differently from how you \
            would."
        ),
        manager: alt!(""),
        why: t!(
            "The InfoQ panel's advice for high-performing teams: give people time and \
            space, and trust them to do the work their own way."
        ),
        push: [-1, 1, 1, 2],
        pole: 1,
    },
    Statement {
        id: "trust.do-it-myself",
        theme: ThemeId::Trust,
        text: t!(
            "When something really matters, you would rather do it yourself than hand it \
            over."
        ),
        manager: alt!(""),
        why: t!(
            "Leading means handing important work to others so they can grow; Majors \
            and Fournier both warn against keeping the hardest work for yourself."
        ),
        push: [2, -1, -2, -2],
        pole: -1,
    },
    // Communication ----------------------------------------------------------------------
    Statement {
        id: "comms.writing",
        theme: ThemeId::Communication,
        text: t!(
            "Writing a clear document that changes what several teams do sounds like a \
            good week."
        ),
        manager: alt!(""),
        why: t!(
            "Design documents and strategies are how staff+ engineers scale their \
            judgement (Larson, Reilly); managers write a lot too."
        ),
        push: [-1, 3, 0, 1],
        pole: 1,
    },
    Statement {
        id: "comms.work-speaks",
        theme: ThemeId::Communication,
        text: t!(
            "You would rather let your work speak for itself than spend time explaining \
            and selling it."
        ),
        manager: alt!(""),
        why: t!(
            "The InfoQ panel names communication and building relationships as the skills \
            that carry into management; staff work depends on them just as much."
        ),
        push: [2, -3, 0, -2],
        pole: -1,
    },
    // Staying current --------------------------------------------------------------------
    Statement {
        id: "current.code-weekly",
        theme: ThemeId::StayingCurrent,
        text: t!("Weeks without writing code leave you restless or unhappy."),
        manager: alt!("Without some coding most weeks, you are, or would be, restless or unhappy."),
        why: t!(
            "Engineering managers write little code; tech lead managers and many staff \
            engineers keep some. Knowing how much you need narrows the choice."
        ),
        push: [2, 1, 2, -3],
        pole: -1,
    },
    Statement {
        id: "current.skills-fade",
        theme: ThemeId::StayingCurrent,
        text: t!("The thought of your technical skills going stale worries you."),
        manager: alt!(""),
        why: t!(
            "The fear is real, but Majors argues skills come back quickly after a few \
            years away; still, it weighs more heavily on some people than others."
        ),
        push: [1, 1, 0, -2],
        pole: -1,
    },
    Statement {
        id: "current.review-enough",
        theme: ThemeId::StayingCurrent,
        text: t!(
            "Reviews and design discussions, without writing much code yourself, would be enough \
            hands-on work for you."
        ),
        manager: alt!(
            "Reviews and design discussions, without writing much code yourself, are enough \
            hands-on work for you."
        ),
        why: t!(
            "Much staff and manager work touches code through reviews, designs and \
            pairing rather than authorship; for some that is plenty, for others it is not."
        ),
        push: [-2, 0, -2, 2],
        pole: 1,
    },
    // Reversibility (shapes advice, not the fit) -----------------------------------------
    Statement {
        id: "reversibility.try-back",
        theme: ThemeId::Reversibility,
        text: t!(
            "You would be comfortable trying a role for a while and going back if it did \
            not fit."
        ),
        manager: alt!(""),
        why: t!(
            "Majors' pendulum: many strong engineers and managers swing between the two \
            tracks, and a time-boxed trial is the cheapest way to find out."
        ),
        push: [0, 0, 0, 0],
        pole: 0,
    },
    Statement {
        id: "reversibility.one-way",
        theme: ThemeId::Reversibility,
        text: t!("You worry that once you stop coding full time, there is no way back."),
        manager: alt!(
            "You worry that your time in management would make it hard to go back to coding full \
            time, should you want to."
        ),
        why: t!(
            "A common fear that Majors argues against: a few years of management is easy \
            to come back from, and it gets harder only slowly after that."
        ),
        push: [0, 0, 0, 0],
        pole: 0,
    },
    // Motives (shape advice, not the fit) ------------------------------------------------
    Statement {
        id: "motives.pay",
        theme: ThemeId::Motives,
        text: t!("Higher pay is a big part of what draws you toward management."),
        manager: alt!("Higher pay is a big part of what keeps you in management."),
        why: t!(
            "Pay is a fair thing to want but a poor reason to change careers; Majors \
            counts \"you make a lot more money\" among the myths about management."
        ),
        push: [0, 0, 0, 0],
        pole: 0,
    },
    Statement {
        id: "motives.title",
        theme: ThemeId::Motives,
        text: t!("The title and status of a manager matter to you."),
        manager: alt!("Giving up a manager's title and status would bother you."),
        why: t!(
            "Management is a career change, not a promotion (Majors); status fades \
            quickly when the daily work does not suit you."
        ),
        push: [0, 0, 0, 0],
        pole: 0,
    },
    Statement {
        id: "motives.only-way-up",
        theme: ThemeId::Motives,
        text: t!("Where you work, management is the only real way to keep progressing."),
        manager: alt!(""),
        why: t!(
            "Two-track and trident career models (Kua, engineeringladders.com) exist so \
            that engineers can grow without managing; not every organisation offers one."
        ),
        push: [0, 0, 0, 0],
        pole: 0,
    },
];

// ---------------------------------------------------------------------------------------
// Context: the person's situation. Shapes advice, never the fit.
// ---------------------------------------------------------------------------------------

pub static CONTEXT_QUESTIONS: [ContextQuestion; 4] = [
    ContextQuestion {
        id: "staff-track",
        text: t!("Does your organisation have a real staff+ track?"),
        help: t!(
            "Real means people are promoted on it, with scope and pay comparable to \
            management."
        ),
        manager: alt!(""),
        manager_help: alt!(""),
        options: &[
            ContextOption {
                id: "yes",
                label: t!("Yes, and people are promoted on it"),
            },
            ContextOption {
                id: "paper",
                label: t!("On paper only"),
            },
            ContextOption {
                id: "no",
                label: t!("No"),
            },
            ContextOption {
                id: "unsure",
                label: t!("Not sure"),
            },
        ],
    },
    ContextQuestion {
        id: "opening",
        text: t!("Is there a management opening you could step into?"),
        help: t!("A team without a lead, a manager moving on, a new team being formed."),
        manager: alt!("Is there an engineering role you could step back into?"),
        manager_help: alt!(
            "A senior or staff+ opening on your team or another, or a role you could shape with \
            your own manager."
        ),
        options: &[
            ContextOption {
                id: "yes",
                label: t!("Yes, now"),
            },
            ContextOption {
                id: "soon",
                label: t!("Likely soon"),
            },
            ContextOption {
                id: "no",
                label: t!("No"),
            },
        ],
    },
    ContextQuestion {
        id: "encouraged",
        text: t!("Does someone you trust encourage you to move into management?"),
        help: t!(
            "A manager, mentor or peer who has seen you work. Encouragement toward a staff+ role \
            is a different thing."
        ),
        manager: alt!(
            "Does someone you trust encourage you to keep managing, rather than go back to \
            engineering?"
        ),
        manager_help: alt!(
            "A manager, mentor, peer or someone on your team who has seen you lead. If they \
            encourage you to go back, the answer is No."
        ),
        options: &[
            ContextOption {
                id: "yes",
                label: t!("Yes"),
            },
            ContextOption {
                id: "no",
                label: t!("No"),
            },
            ContextOption {
                id: "unsure",
                label: t!("Not sure"),
            },
        ],
    },
    ContextQuestion {
        id: "history",
        text: t!("Where are you now?"),
        help: t!(
            "Your answer words the statements for where you are today. They mean the same either \
            way. A tech lead with no one reporting to them is an engineer here."
        ),
        manager: alt!(""),
        manager_help: alt!(""),
        options: &[
            ContextOption {
                id: "ic-never",
                label: t!("An engineer who has never managed"),
            },
            ContextOption {
                id: "ic-managed-before",
                label: t!("An engineer who has managed before"),
            },
            ContextOption {
                id: "manager-recent",
                label: t!("A manager who coded full time within the last two years"),
            },
            ContextOption {
                id: "manager-long",
                label: t!("A manager, more than two years since coding full time"),
            },
        ],
    },
];

// ---------------------------------------------------------------------------------------
// Advice: shown when `when` holds, in this order, grouped by kind.
// ---------------------------------------------------------------------------------------

const MANAGEMENT_CONTENDS: Condition = Condition::Any(&[
    Condition::Contender(PathId::TechLeadManager),
    Condition::Contender(PathId::EngineeringManager),
]);

const MANAGEMENT_LEADS: Condition =
    Condition::Leads(&[PathId::TechLeadManager, PathId::EngineeringManager]);

const TECHNICAL_LEADS: Condition = Condition::Leads(&[PathId::Senior, PathId::Staff]);

const TECHNICAL_CONTENDS: Condition = Condition::Any(&[
    Condition::Contender(PathId::Senior),
    Condition::Contender(PathId::Staff),
]);

const IS_MANAGER: Condition = Condition::Manages;

const NO_REAL_STAFF_TRACK: Condition = Condition::Any(&[
    Condition::Context("staff-track", "no"),
    Condition::Context("staff-track", "paper"),
]);

pub static ADVICE: [Advice; 35] = [
    // Experiments ------------------------------------------------------------------------
    Advice {
        id: "exp.deep-dive",
        kind: AdviceKind::Experiment,
        title: t!("Take on a deep investigation"),
        text: t!(
            "Ask for the gnarliest open technical question your team has (a performance \
            cliff, a flaky system, a migration nobody wants) and own it to the end. Notice \
            whether the depth energises you or leaves you wanting more people around it."
        ),
        when: Condition::Contender(PathId::Senior),
    },
    Advice {
        id: "exp.go-to",
        kind: AdviceKind::Experiment,
        title: t!("Become the go-to person for one system"),
        text: t!(
            "Pick a system, learn it better than anyone, and write down what you learn: \
            its runbook, its sharp edges, its history. Depth you can share is how senior \
            engineers lead without a title."
        ),
        when: Condition::Contender(PathId::Senior),
    },
    Advice {
        id: "exp.design-doc",
        kind: AdviceKind::Experiment,
        title: t!("Write a design doc that spans teams"),
        text: t!(
            "Find a problem that sits between two or more teams and write the RFC or \
            design document for it: options, trade-offs, a recommendation. Getting it read, \
            argued with and adopted is most of staff+ work in miniature."
        ),
        when: Condition::Contender(PathId::Staff),
    },
    Advice {
        id: "exp.staff-month",
        kind: AdviceKind::Experiment,
        title: t!("Ask a staff engineer about their month"),
        text: t!(
            "Ask a staff or principal engineer you respect to walk you through their last \
            month: where their time went, what they wrote, who they met. Compare it with \
            what you imagine the role to be."
        ),
        when: Condition::Contender(PathId::Staff),
    },
    Advice {
        id: "exp.mentor",
        kind: AdviceKind::Experiment,
        title: t!("Mentor someone"),
        text: t!(
            "Offer to mentor a newer engineer for three months, meeting every week or \
            two. Notice whether their progress feels like your progress, and whether you \
            look forward to the sessions."
        ),
        when: Condition::Any(&[
            MANAGEMENT_CONTENDS,
            Condition::All(&[
                Condition::Contender(PathId::Staff),
                Condition::Not(&Condition::Disagrees("people.mentor")),
            ]),
        ]),
    },
    Advice {
        id: "exp.lead-project",
        kind: AdviceKind::Experiment,
        title: t!("Lead a project end to end"),
        text: t!(
            "Volunteer to lead the next project of a few people from kickoff to launch: \
            the plan, the risks, the updates, the retrospective. You will learn how much \
            you enjoy making others effective rather than doing it yourself."
        ),
        when: Condition::Any(&[
            Condition::Contender(PathId::TechLeadManager),
            Condition::Contender(PathId::Staff),
        ]),
    },
    Advice {
        id: "exp.incident-reviews",
        kind: AdviceKind::Experiment,
        title: t!("Run the team's incident reviews"),
        text: t!(
            "Offer to facilitate the team's incident reviews or retrospectives for a \
            quarter. Keeping a room blameless, curious and moving toward actions is a \
            small, safe sample of leading people."
        ),
        when: Condition::All(&[MANAGEMENT_CONTENDS, Condition::Not(&IS_MANAGER)]),
    },
    Advice {
        id: "exp.interim-lead",
        kind: AdviceKind::Experiment,
        title: t!("Act as interim lead, with an agreed way back"),
        text: t!(
            "If a lead role is open, offer to act in it for three to six months, and agree \
            in writing before you start how you return to engineering if it does not fit. \
            A time box makes it an experiment rather than a verdict on you."
        ),
        when: Condition::All(&[
            MANAGEMENT_CONTENDS,
            Condition::Not(&IS_MANAGER),
            Condition::Any(&[
                Condition::Context("opening", "yes"),
                Condition::Context("opening", "soon"),
            ]),
            Condition::Any(&[
                Condition::Offered(PathId::TechLeadManager),
                Condition::Offered(PathId::EngineeringManager),
            ]),
        ]),
    },
    Advice {
        id: "exp.shadow-manager",
        kind: AdviceKind::Experiment,
        title: t!("Shadow a manager's week"),
        text: t!(
            "Ask a manager you trust to let you sit in on a week: planning, hiring \
            debriefs, the conversations that can be shared. Pay attention to how the week \
            feels, not only to what gets done."
        ),
        when: Condition::All(&[MANAGEMENT_CONTENDS, Condition::Not(&IS_MANAGER)]),
    },
    Advice {
        id: "exp.hiring",
        kind: AdviceKind::Experiment,
        title: t!("Join the hiring loop"),
        text: t!(
            "Get trained to interview and sit on hiring panels and debriefs for a few \
            months. Hiring well is one of the highest-leverage things an engineering manager \
            does, and you will learn quickly whether you care about it."
        ),
        when: Condition::All(&[
            Condition::Contender(PathId::EngineeringManager),
            Condition::Not(&IS_MANAGER),
        ]),
    },
    Advice {
        id: "exp.ask-feedback",
        kind: AdviceKind::Experiment,
        title: t!("Ask someone who has watched you work"),
        text: t!(
            "Nobody you trust has clearly encouraged you to manage, so ask. Pick a peer or \
            manager who has seen you under pressure and ask what kind of manager they think you \
            are or would be, and what you would need to learn."
        ),
        when: Condition::All(&[
            MANAGEMENT_CONTENDS,
            Condition::Any(&[
                Condition::Context("encouraged", "no"),
                Condition::Context("encouraged", "unsure"),
            ]),
        ]),
    },
    Advice {
        id: "exp.back-to-code",
        kind: AdviceKind::Experiment,
        title: t!("Take a turn back in the code"),
        text: t!(
            "You manage today, and your answers point to the technical side. Ask to join \
            an on-call rotation or take a small, real ticket each sprint for a couple of \
            months, and see how it feels to build again."
        ),
        when: Condition::All(&[TECHNICAL_LEADS, IS_MANAGER]),
    },
    Advice {
        id: "exp.trial-return",
        kind: AdviceKind::Experiment,
        title: t!("Take the engineering role for a season"),
        text: t!(
            "An engineering role is open, or soon will be. Ask to take it for three to six \
            months, and agree with your own manager before you start how you would return to \
            managing if it does not fit. A time box makes it an experiment rather than a \
            verdict on you."
        ),
        when: Condition::All(&[
            TECHNICAL_CONTENDS,
            IS_MANAGER,
            Condition::Any(&[
                Condition::Context("opening", "yes"),
                Condition::Context("opening", "soon"),
            ]),
        ]),
    },
    // How good leaders of engineers work ---------------------------------------------------
    Advice {
        id: "lead.time-space",
        kind: AdviceKind::Leading,
        title: t!("Give the team time and space"),
        text: t!(
            "High-performing teams need room to do deep work. Protect their focus from \
            churn and interruptions, even when that means absorbing some of it yourself."
        ),
        when: MANAGEMENT_CONTENDS,
    },
    Advice {
        id: "lead.trust",
        kind: AdviceKind::Leading,
        title: t!("Trust them to solve it their way"),
        text: t!(
            "Agree on the outcome, then let people choose the route, including routes you \
            would not have taken. Step in when they ask, or when the cost of a mistake is \
            too high, not because you would have done it differently."
        ),
        when: MANAGEMENT_CONTENDS,
    },
    Advice {
        id: "lead.transparent",
        kind: AdviceKind::Leading,
        title: t!("Be transparent, share context"),
        text: t!(
            "Share what you know about priorities, constraints and why decisions were \
            made. People with context make better decisions, and they trust a leader who \
            does not keep them guessing."
        ),
        when: MANAGEMENT_CONTENDS,
    },
    // How managers stay technical ------------------------------------------------------------
    Advice {
        id: "tech.pair",
        kind: AdviceKind::StayingTechnical,
        title: t!("Pair with your engineers"),
        text: t!(
            "Block time to pair on real work with the people on your team. You stay close \
            to the code and the systems, and you learn where they struggle without taking \
            the work off their hands."
        ),
        when: MANAGEMENT_LEADS,
    },
    Advice {
        id: "tech.side-project",
        kind: AdviceKind::StayingTechnical,
        title: t!("Keep a small project off the critical path"),
        text: t!(
            "Keep one small technical project of your own: an internal tool, a prototype, \
            a personal project. Nothing the team waits on, so your meetings never block a \
            release."
        ),
        when: MANAGEMENT_LEADS,
    },
    Advice {
        id: "tech.reviews",
        kind: AdviceKind::StayingTechnical,
        title: t!("Read and review code"),
        text: t!(
            "Review some of the team's code and designs every week, as a reader rather \
            than a gatekeeper. It keeps your judgement current and gives you better \
            questions to ask."
        ),
        when: MANAGEMENT_LEADS,
    },
    Advice {
        id: "tech.plan-back",
        kind: AdviceKind::StayingTechnical,
        title: t!("Plan the way back now"),
        text: t!(
            "Decide how you will know it is time to return to engineering, and talk about \
            it with your own manager early. Managers who plan the way back keep the choice; \
            those who do not often find it has been made for them."
        ),
        when: MANAGEMENT_LEADS,
    },
    // Staff+: shapes and what the organisation must offer -----------------------------------
    Advice {
        id: "staff.shapes",
        kind: AdviceKind::StaffOrg,
        title: t!("Find the staff+ shape that fits"),
        text: t!(
            "Staff+ work comes in shapes: tech lead of a team, architect of an area, \
            solver of the hardest problems, right hand of an executive. Ask which one your \
            organisation needs and which one you would enjoy; they are different jobs."
        ),
        when: Condition::Contender(PathId::Staff),
    },
    Advice {
        id: "staff.sponsor",
        kind: AdviceKind::StaffOrg,
        title: t!("A staff role needs a sponsor"),
        text: t!(
            "Staff+ roles are real when someone senior sponsors the work, gives it scope \
            and keeps you in the rooms where decisions are made. Ask who that would be for \
            you, and what problem they would want you to own."
        ),
        when: Condition::All(&[
            Condition::Contender(PathId::Staff),
            Condition::Not(&NO_REAL_STAFF_TRACK),
            Condition::Offered(PathId::Staff),
        ]),
    },
    Advice {
        id: "staff.build-it",
        kind: AdviceKind::StaffOrg,
        title: t!("The role may need to be built"),
        text: t!(
            "Your organisation has no working staff+ track, so the role may need to be \
            argued for, shaped with a sponsor, or found elsewhere. That is a real cost to \
            weigh, not a reason to manage by default."
        ),
        when: Condition::All(&[
            Condition::Contender(PathId::Staff),
            Condition::Any(&[
                NO_REAL_STAFF_TRACK,
                Condition::Not(&Condition::Offered(PathId::Staff)),
            ]),
        ]),
    },
    // The way back -----------------------------------------------------------------------
    Advice {
        id: "back.pendulum",
        kind: AdviceKind::WayBack,
        title: t!("The pendulum swings both ways"),
        text: t!(
            "Many strong engineers swing between engineering and management more than \
            once, and going back is normal. The skills return faster than you fear, and \
            engineers who have managed tend to be better engineers for it."
        ),
        when: Condition::Any(&[
            MANAGEMENT_CONTENDS,
            Condition::All(&[IS_MANAGER, TECHNICAL_CONTENDS]),
        ]),
    },
    Advice {
        id: "back.agree-terms",
        kind: AdviceKind::WayBack,
        title: t!("Make the way back explicit"),
        text: t!(
            "You worry the way back to engineering closes behind you. It closes slowly, if at \
            all: agree the conditions for returning with your own manager (before you start, if \
            you have not yet), and keep a hand in the code while you are away."
        ),
        when: Condition::All(&[
            Condition::Agrees("reversibility.one-way"),
            Condition::Any(&[MANAGEMENT_CONTENDS, IS_MANAGER]),
        ]),
    },
    Advice {
        id: "back.later",
        kind: AdviceKind::WayBack,
        title: t!("Leadership will still be there"),
        text: t!(
            "Staying technical now does not close the door to management. You can try \
            leading later, with more experience behind you, and the technical depth you \
            build will make you a better manager if you do."
        ),
        when: Condition::All(&[TECHNICAL_LEADS, Condition::Not(&IS_MANAGER)]),
    },
    Advice {
        id: "back.long-gap",
        kind: AdviceKind::WayBack,
        title: t!("A longer gap is a longer ramp"),
        text: t!(
            "After more than a couple of years away from full-time coding, going back \
            takes some months of ramp-up, not a miracle. Ask for a role with room to \
            relearn, and expect to be slower for a while."
        ),
        when: Condition::All(&[
            TECHNICAL_LEADS,
            Condition::Context("history", "manager-long"),
        ]),
    },
    // Honest warnings ----------------------------------------------------------------------
    Advice {
        id: "warn.pay",
        kind: AdviceKind::Warning,
        title: t!("Pay alone is a thin reason"),
        text: t!(
            "Wanting to be paid well is fair. But if pay is a main reason to manage, or to keep \
            managing, ask whether a senior or staff+ role could pay the same, here or \
            elsewhere; a job you dislike costs more than it pays."
        ),
        when: Condition::Agrees("motives.pay"),
    },
    Advice {
        id: "warn.status",
        kind: AdviceKind::Warning,
        title: t!("Management is not a promotion"),
        text: t!(
            "Management is a different job, not a higher rung, and going back to engineering is \
            not a step down. If the title matters most, look hard at the daily work first: the \
            status fades within months, the calendar does not."
        ),
        when: Condition::Agrees("motives.title"),
    },
    Advice {
        id: "warn.only-way-up",
        kind: AdviceKind::Warning,
        title: t!("If management is the only way up"),
        text: t!(
            "When an organisation offers no technical track, people manage because they \
            must, and teams feel it. Ask whether a track could be created, or whether your \
            next step is a different organisation rather than a different job."
        ),
        when: Condition::Any(&[
            Condition::Agrees("motives.only-way-up"),
            Condition::Context("staff-track", "no"),
            Condition::Not(&Condition::Offered(PathId::Staff)),
        ]),
    },
    Advice {
        id: "warn.hard-talks",
        kind: AdviceKind::Warning,
        title: t!("Hard conversations come with the job"),
        text: t!(
            "Your answers lean toward management, but you would put off telling people their \
            work is falling short. Those conversations can be learned and get easier with \
            practice, but they never go away; practise one in a safe setting, or ask for \
            coaching on them."
        ),
        when: Condition::All(&[Condition::Agrees("people.hard-talks"), MANAGEMENT_LEADS]),
    },
    Advice {
        id: "warn.code-need",
        kind: AdviceKind::Warning,
        title: t!("Little code comes with this role"),
        text: t!(
            "You need to code most weeks, and engineering managers rarely do. If you try \
            management, a tech lead manager role on a small team may suit you better as a \
            first step."
        ),
        when: Condition::All(&[
            Condition::Agrees("current.code-weekly"),
            Condition::Leads(&[PathId::EngineeringManager]),
        ]),
    },
    // Reminders --------------------------------------------------------------------------
    Advice {
        id: "note.close",
        kind: AdviceKind::Reminder,
        title: t!("A close result is information"),
        text: t!(
            "Your answers do not point clearly one way, and that is not a failure: it \
            says more than one path could suit you. Try one small experiment on each side \
            and see which you look forward to."
        ),
        when: Condition::TooClose,
    },
    Advice {
        id: "note.senior-career",
        kind: AdviceKind::Reminder,
        title: t!("Senior is a destination"),
        text: t!(
            "Staying a senior engineer is a complete career, not a waiting room. Growing \
            deeper is growth, and an organisation that treats it otherwise is telling you \
            something about itself."
        ),
        when: Condition::Leads(&[PathId::Senior]),
    },
    Advice {
        id: "note.ready",
        kind: AdviceKind::Reminder,
        title: t!("Almost nobody feels ready"),
        text: t!(
            "Nearly everyone who changes track, into leadership, into a bigger technical role or \
            back into the code, feels unready at first. Feeling unready is not a sign you chose \
            wrong; the skills are learned on the job."
        ),
        when: Condition::Always,
    },
];

// ---------------------------------------------------------------------------------------
// Talk it over: questions to bring to a conversation with someone the reader trusts.
// Chosen by `crate::talk`: those of this result whose condition holds, in this order (at
// most five), then spares up to five in all, then the three asks.
// ---------------------------------------------------------------------------------------

const OPENING: Condition = Condition::Any(&[
    Condition::Context("opening", "yes"),
    Condition::Context("opening", "soon"),
]);

const NOT_ENCOURAGED: Condition = Condition::Any(&[
    Condition::Context("encouraged", "no"),
    Condition::Context("encouraged", "unsure"),
]);

pub static TALK_QUESTIONS: [TalkQuestion; 19] = [
    TalkQuestion {
        id: "talk.sides-close",
        text: t!(
            "My answers are split between staying technical and managing. When you have seen me \
            at my best, was I building things or helping others build them?"
        ),
        pick: Pick::When,
        when: Condition::SidesTooClose,
    },
    TalkQuestion {
        id: "talk.what-separates",
        text: t!(
            "My result is too close to call between two paths. What would a normal week look \
            like in each of them here?"
        ),
        pick: Pick::When,
        when: Condition::TooClose,
    },
    TalkQuestion {
        id: "talk.flip",
        text: t!(
            "One of my answers could tip my result to another path; my result says which. How \
            would that play out in the roles here?"
        ),
        pick: Pick::When,
        when: Condition::CanFlip,
    },
    TalkQuestion {
        id: "talk.tlm-code",
        text: t!("How often would I still write code as a tech lead manager here?"),
        pick: Pick::When,
        when: Condition::All(&[
            Condition::Agrees("current.code-weekly"),
            Condition::Contender(PathId::TechLeadManager),
            Condition::Offered(PathId::TechLeadManager),
        ]),
    },
    TalkQuestion {
        id: "talk.way-back",
        text: t!(
            "If I go back to engineering, what does that path look like here, and who has done \
            it?"
        ),
        pick: Pick::When,
        when: Condition::All(&[IS_MANAGER, TECHNICAL_LEADS]),
    },
    TalkQuestion {
        id: "talk.way-back-out",
        text: t!(
            "If management does not suit me, how do people here go back to engineering, and how \
            long does that take?"
        ),
        pick: Pick::When,
        when: Condition::All(&[Condition::Not(&IS_MANAGER), MANAGEMENT_CONTENDS]),
    },
    TalkQuestion {
        id: "talk.staff-role",
        text: t!("What would a staff+ role look like here, and who holds one today?"),
        pick: Pick::When,
        when: NO_REAL_STAFF_TRACK,
    },
    TalkQuestion {
        id: "talk.opening",
        text: t!(
            "What would the first months in that management opening ask of me, and what support \
            would I have?"
        ),
        pick: Pick::When,
        when: Condition::All(&[Condition::Not(&IS_MANAGER), OPENING, MANAGEMENT_CONTENDS]),
    },
    TalkQuestion {
        id: "talk.opening-back",
        text: t!(
            "What would my first months back in an engineering role ask of me, and who could I \
            work alongside?"
        ),
        pick: Pick::When,
        when: Condition::All(&[IS_MANAGER, OPENING, TECHNICAL_CONTENDS]),
    },
    TalkQuestion {
        id: "talk.who-could-say",
        text: t!(
            "Who here has seen me work and could tell me honestly whether I would be a good \
            manager?"
        ),
        pick: Pick::When,
        when: Condition::All(&[
            Condition::Not(&IS_MANAGER),
            NOT_ENCOURAGED,
            MANAGEMENT_CONTENDS,
        ]),
    },
    TalkQuestion {
        id: "talk.who-could-say-manager",
        text: t!(
            "Who here has seen me lead and could tell me honestly whether I should keep managing?"
        ),
        pick: Pick::When,
        when: Condition::All(&[IS_MANAGER, NOT_ENCOURAGED]),
    },
    TalkQuestion {
        id: "talk.pay",
        text: t!("How do pay and progression compare between the two tracks here?"),
        pick: Pick::When,
        when: Condition::Agrees("motives.pay"),
    },
    TalkQuestion {
        id: "talk.only-way-up",
        text: t!("Is management really the only way to keep growing here?"),
        pick: Pick::When,
        when: Condition::Agrees("motives.only-way-up"),
    },
    TalkQuestion {
        id: "talk.important",
        text: t!(
            "I marked some statements as mattering a lot to me. Which of them would each path \
            here honour, and which would it cost me?"
        ),
        pick: Pick::When,
        when: Condition::MarkedImportant,
    },
    // What to ask the other person for: an honest read, an experiment, a sponsor.
    TalkQuestion {
        id: "talk.honest-read",
        text: t!("What do you see in my work that I might not see myself?"),
        pick: Pick::Ask,
        when: Condition::Always,
    },
    TalkQuestion {
        id: "talk.experiment",
        text: t!("What small experiment could I try in the next three months to find out?"),
        pick: Pick::Ask,
        when: Condition::Always,
    },
    TalkQuestion {
        id: "talk.sponsor",
        text: t!("If I try it, will you back me, and who else should I talk to?"),
        pick: Pick::Ask,
        when: Condition::Always,
    },
    TalkQuestion {
        id: "talk.typical-week",
        text: t!(
            "What does doing well look like, after a year, in the path my result leads with here?"
        ),
        pick: Pick::Spare,
        when: Condition::Always,
    },
    TalkQuestion {
        id: "talk.wish-known",
        text: t!("What do people here who made this move wish they had known before?"),
        pick: Pick::Spare,
        when: Condition::Always,
    },
];

// ---------------------------------------------------------------------------------------
// For the receiver of a shared link: three questions worth asking the person who sent it,
// in the receiver's voice. Chosen by `crate::talk::select_for_receiver`: those of this
// result whose condition holds, in this order, then spares, three in all.
// ---------------------------------------------------------------------------------------

pub static ASK_THEM: [TalkQuestion; 11] = [
    TalkQuestion {
        id: "ask-them.sides-close",
        text: t!(
            "When were you happiest at work lately: building something yourself, or helping \
            others build it?"
        ),
        pick: Pick::When,
        when: Condition::SidesTooClose,
    },
    TalkQuestion {
        id: "ask-them.what-separates",
        text: t!(
            "Your result is close between two paths. What would a good week look like for you \
            in each?"
        ),
        pick: Pick::When,
        when: Condition::TooClose,
    },
    TalkQuestion {
        id: "ask-them.way-back",
        text: t!("What do you miss about hands-on work, and what would you miss about managing?"),
        pick: Pick::When,
        when: Condition::All(&[IS_MANAGER, TECHNICAL_LEADS]),
    },
    TalkQuestion {
        id: "ask-them.opening",
        text: t!("What draws you to this management opening, and what worries you about it?"),
        pick: Pick::When,
        when: Condition::All(&[Condition::Not(&IS_MANAGER), OPENING, MANAGEMENT_CONTENDS]),
    },
    TalkQuestion {
        id: "ask-them.staff-role",
        text: t!(
            "If a staff+ role existed here, what would you want it to look like, and would you \
            choose it over managing?"
        ),
        pick: Pick::When,
        when: NO_REAL_STAFF_TRACK,
    },
    TalkQuestion {
        id: "ask-them.only-way-up",
        text: t!(
            "Would you still want to manage if it were not the only way to keep growing here?"
        ),
        pick: Pick::When,
        when: Condition::Agrees("motives.only-way-up"),
    },
    TalkQuestion {
        id: "ask-them.important",
        text: t!(
            "You marked some statements as mattering a lot to you. Which one matters most, and \
            why?"
        ),
        pick: Pick::When,
        when: Condition::MarkedImportant,
    },
    TalkQuestion {
        id: "ask-them.flip",
        text: t!("Which of your answers were you least sure of, and what would settle it?"),
        pick: Pick::When,
        when: Condition::CanFlip,
    },
    TalkQuestion {
        id: "ask-them.two-years",
        text: t!("What would you like your working days to be filled with in two years' time?"),
        pick: Pick::Spare,
        when: Condition::Always,
    },
    TalkQuestion {
        id: "ask-them.first-step",
        text: t!("What small first step could you take in the next month to find out more?"),
        pick: Pick::Spare,
        when: Condition::Always,
    },
    TalkQuestion {
        id: "ask-them.from-me",
        text: t!(
            "What would help you most from me: a sounding board, an honest read of your work, or \
            a chance to try something?"
        ),
        pick: Pick::Spare,
        when: Condition::Always,
    },
];
