//! The content model: paths, themes, statements, context questions and advice, as
//! static data with stable ids. The data itself lives in `core/content/catalogue.rs`,
//! one file a reviewer can read top to bottom; this module only declares its shape.

#[path = "../content/catalogue.rs"]
mod catalogue;
#[path = "../content/releases.rs"]
mod releases;

use crate::text::{Alternative, Text};

pub use catalogue::{
    ADVICE, ASK_THEM, CONTENT_VERSION, CONTEXT_QUESTIONS, PATHS, STATEMENTS, TALK_QUESTIONS, THEMES,
};
pub use releases::RELEASES;

/// Number of paths. The order of `PathId` is the documented tie-break order.
pub const PATH_COUNT: usize = 4;
/// Number of themes in the content brief.
pub const THEME_COUNT: usize = 13;

/// The four career paths. Declaration order is the tie-break order when two fits are
/// exactly equal: the smaller step away from hands-on engineering comes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PathId {
    Senior,
    Staff,
    TechLeadManager,
    EngineeringManager,
}

impl PathId {
    pub const ALL: [PathId; PATH_COUNT] = [
        PathId::Senior,
        PathId::Staff,
        PathId::TechLeadManager,
        PathId::EngineeringManager,
    ];

    pub const fn index(self) -> usize {
        self as usize
    }

    /// Stable short id used in links, JSON and the DOM.
    pub const fn key(self) -> &'static str {
        match self {
            PathId::Senior => "senior",
            PathId::Staff => "staff",
            PathId::TechLeadManager => "tlm",
            PathId::EngineeringManager => "em",
        }
    }

    pub fn from_key(key: &str) -> Option<PathId> {
        PathId::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn path(self) -> &'static Path {
        &PATHS[self.index()]
    }

    /// True for the two paths whose main job is leading people.
    pub const fn is_management(self) -> bool {
        matches!(self, PathId::TechLeadManager | PathId::EngineeringManager)
    }

    /// The side of the question "stay technical or manage?" this path is on.
    pub const fn side(self) -> Side {
        if self.is_management() {
            Side::Management
        } else {
            Side::Technical
        }
    }
}

/// The two sides of the question people come with: stay technical (senior, staff+) or
/// manage (tech lead manager, engineering manager). Each holds two paths.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    Technical,
    Management,
}

impl Side {
    pub const fn other(self) -> Side {
        match self {
            Side::Technical => Side::Management,
            Side::Management => Side::Technical,
        }
    }

    /// Stable short id used in JSON, the DOM and a host page's events.
    pub const fn key(self) -> &'static str {
        match self {
            Side::Technical => "technical",
            Side::Management => "management",
        }
    }
}

/// The themes of the content brief, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ThemeId {
    Energy,
    Time,
    Feedback,
    Credit,
    Influence,
    Scope,
    Strategy,
    PeopleWork,
    Trust,
    Communication,
    StayingCurrent,
    Reversibility,
    Motives,
}

impl ThemeId {
    pub const ALL: [ThemeId; THEME_COUNT] = [
        ThemeId::Energy,
        ThemeId::Time,
        ThemeId::Feedback,
        ThemeId::Credit,
        ThemeId::Influence,
        ThemeId::Scope,
        ThemeId::Strategy,
        ThemeId::PeopleWork,
        ThemeId::Trust,
        ThemeId::Communication,
        ThemeId::StayingCurrent,
        ThemeId::Reversibility,
        ThemeId::Motives,
    ];

    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn theme(self) -> &'static Theme {
        &THEMES[self.index()]
    }
}

/// A career path as the widget presents it.
#[derive(Debug)]
pub struct Path {
    pub id: PathId,
    pub name: Text,
    /// One line, shown next to the fit.
    pub summary: Text,
    /// A short paragraph.
    pub description: Text,
    /// Common shapes the role takes (staff+ archetypes, for example); may be empty.
    pub shapes: &'static [Shape],
    /// Where someone thriving on this path typically sits on each theme's axis, from -2
    /// (the theme's `left` pole) to +2 (its `right` pole). Themes that do not take part in
    /// the fit (`Theme::scored == false`) hold 0.
    pub profile: [i8; THEME_COUNT],
}

/// One shape a path commonly takes.
#[derive(Debug)]
pub struct Shape {
    pub name: Text,
    pub text: Text,
}

/// A theme groups statements and is one axis of the profile chart.
#[derive(Debug)]
pub struct Theme {
    pub id: ThemeId,
    /// Stable short id.
    pub key: &'static str,
    pub name: Text,
    /// What the theme asks about, one sentence.
    pub description: Text,
    /// The axis' negative end, in a few words ("a hard technical problem").
    pub left: Text,
    /// The axis' positive end ("someone else's growth").
    pub right: Text,
    /// False for themes that shape advice but not the fit (reversibility, motives).
    pub scored: bool,
}

/// Where the person stands today, from the `history` context question. It chooses how
/// statements and the result are worded, never what they score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Seat {
    /// An engineer now (or unanswered): the statements as written.
    #[default]
    Engineer,
    /// Manages now: each statement as read from a manager's seat, where that differs.
    Manager,
}

/// One statement on the agree/disagree scale.
#[derive(Debug)]
pub struct Statement {
    /// Stable short id: never changes when the text is reworded.
    pub id: &'static str,
    pub theme: ThemeId,
    /// Plain second-person English, as an engineer reads it.
    pub text: Text,
    /// The same statement for someone who manages today: the same meaning and scoring,
    /// worded from that seat. Empty where `text` reads the same from both seats.
    pub manager: Alternative,
    /// "Why this matters": one or two sentences.
    pub why: Text,
    /// How strongly agreeing pushes each path (indexed by `PathId::index`), from -3 to +3.
    /// Disagreeing pushes the opposite way by the same amount.
    pub push: [i8; PATH_COUNT],
    /// Which way agreeing moves the person on the theme's axis: +1 toward `right`,
    /// -1 toward `left`, 0 for statements of unscored themes.
    pub pole: i8,
}

/// A question about the person's situation. Context shapes advice, never the fit.
#[derive(Debug)]
pub struct ContextQuestion {
    pub id: &'static str,
    pub text: Text,
    /// Optional one-line help.
    pub help: Text,
    /// The question and its help for someone who manages today; empty where the
    /// engineer's words serve.
    pub manager: Alternative,
    pub manager_help: Alternative,
    pub options: &'static [ContextOption],
}

#[derive(Debug)]
pub struct ContextOption {
    /// Stable short id, unique within its question.
    pub id: &'static str,
    pub label: Text,
}

/// What kind of advice an item is; the result page groups by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AdviceKind {
    /// A small experiment to test the leading path before committing.
    Experiment,
    /// How good leaders of engineers work.
    Leading,
    /// How managers stay technical.
    StayingTechnical,
    /// What an organisation needs to offer for a staff+ role to be real.
    StaffOrg,
    /// The way back, from either side.
    WayBack,
    /// An honest warning drawn from the answers.
    Warning,
    /// Something true for nearly everyone (almost nobody feels ready).
    Reminder,
}

impl AdviceKind {
    pub const fn key(self) -> &'static str {
        match self {
            AdviceKind::Experiment => "experiment",
            AdviceKind::Leading => "leading",
            AdviceKind::StayingTechnical => "staying-technical",
            AdviceKind::StaffOrg => "staff-org",
            AdviceKind::WayBack => "way-back",
            AdviceKind::Warning => "warning",
            AdviceKind::Reminder => "reminder",
        }
    }
}

/// When an advice item applies. Evaluated against the answers, the context and the result.
#[derive(Debug, PartialEq, Eq)]
pub enum Condition {
    Always,
    /// The top-ranked path is one of these.
    Leads(&'static [PathId]),
    /// The path is first or second and within "leaning" distance of the top.
    Contender(PathId),
    /// The statement was answered "agree" or "strongly agree".
    Agrees(&'static str),
    /// The statement was answered "disagree" or "strongly disagree".
    Disagrees(&'static str),
    /// The context question was answered with this option.
    Context(&'static str, &'static str),
    /// The verdict is "too close to call".
    TooClose,
    /// The sides themselves are too close to call (technical or management).
    SidesTooClose,
    /// One small change to a single answer would change the top path.
    CanFlip,
    /// The person marked at least one statement "this matters a lot to me".
    MarkedImportant,
    /// The person manages today ([`Seat::Manager`], from the `history` question).
    Manages,
    /// The path is a role at the reader's organisation (all are, unless its configuration
    /// says otherwise: `crate::config`).
    Offered(PathId),
    All(&'static [Condition]),
    Any(&'static [Condition]),
    Not(&'static Condition),
}

/// When a question of the conversation guide is chosen (`crate::talk`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// When its condition holds: a question drawn from this result.
    When,
    /// For every result: what to ask the other person for.
    Ask,
    /// Only to bring a guide with few questions of its own up to the minimum.
    Spare,
}

impl Pick {
    pub const fn key(self) -> &'static str {
        match self {
            Pick::When => "when",
            Pick::Ask => "ask",
            Pick::Spare => "spare",
        }
    }
}

/// A question to bring to a conversation with someone the reader trusts (their manager, a
/// mentor, a peer who has made the move), in the reader's own voice (`TALK_QUESTIONS`); or
/// one for the receiver of a shared link to ask its sender, in the receiver's (`ASK_THEM`).
#[derive(Debug, PartialEq, Eq)]
pub struct TalkQuestion {
    /// Stable short id.
    pub id: &'static str,
    pub text: Text,
    pub pick: Pick,
    pub when: Condition,
}

/// One piece of advice.
#[derive(Debug, PartialEq, Eq)]
pub struct Advice {
    /// Stable short id.
    pub id: &'static str,
    pub kind: AdviceKind,
    pub title: Text,
    pub text: Text,
    pub when: Condition,
}

impl Statement {
    /// The statement as the person in this seat reads it.
    pub fn wording(&self, seat: Seat) -> Text {
        for_seat(self.text, self.manager, seat)
    }
}

impl ContextQuestion {
    /// The question as the person in this seat reads it.
    pub fn wording(&self, seat: Seat) -> Text {
        for_seat(self.text, self.manager, seat)
    }

    /// The question's help as the person in this seat reads it.
    pub fn help_for(&self, seat: Seat) -> Text {
        for_seat(self.help, self.manager_help, seat)
    }
}

fn for_seat(engineer: Text, manager: Alternative, seat: Seat) -> Text {
    engineer.or_alternative(manager, seat == Seat::Manager)
}

/// Index of the `history` context question, "Where are you now?", which sets the [`Seat`]
/// (a constant, so the widget's first part need not look it up by name; a test checks it).
pub const SEAT_QUESTION: usize = 3;
/// Its options that mean the person manages today (`manager-recent`, `manager-long`).
pub const MANAGER_OPTIONS: [u8; 2] = [2, 3];

/// Looks a statement up by id.
pub fn statement_index(id: &str) -> Option<usize> {
    STATEMENTS.iter().position(|s| s.id == id)
}

/// Looks a context question up by id.
pub fn context_index(id: &str) -> Option<usize> {
    CONTEXT_QUESTIONS.iter().position(|q| q.id == id)
}

/// The shape of one released content version: what a link of that version holds, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Release {
    pub content_version: u16,
    /// Statement ids in question order.
    pub statements: &'static [&'static str],
    pub context: &'static [ReleaseQuestion],
}

/// A context question of a release, with its option ids in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReleaseQuestion {
    pub id: &'static str,
    pub options: &'static [&'static str],
}
