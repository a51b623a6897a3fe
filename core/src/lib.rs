//! Crossroads' decision core: what we ask, how answers become a result, what we advise.
//! Pure Rust with no browser, UI or I/O dependency, so every rule is tested on the host.

/// A problem's reason in an organisation's file (`config`): in full with the
/// `reasons` feature (the default: `explain config`, the tests), else the short form.
macro_rules! why {
    ($short:literal, $($full:tt)+) => {{
        #[cfg(feature = "reasons")]
        let reason: String = format!($($full)+);
        #[cfg(not(feature = "reasons"))]
        let reason: String = {
            // Never called: it only says that the full reason's values are used.
            let _full = || drop(format!($($full)+));
            String::from($short)
        };
        reason
    }};
}

/// The same as a `&'static str`, for a reason with nothing to fill in.
macro_rules! why_str {
    ($short:literal, $full:literal) => {{
        #[cfg(feature = "reasons")]
        let reason: &'static str = $full;
        #[cfg(not(feature = "reasons"))]
        let reason: &'static str = $short;
        reason
    }};
}

pub mod advice;
pub mod clean;
pub mod config;
pub mod content;
pub mod group;
pub mod lang;
pub mod link;
pub mod model;
pub mod scoring;
pub mod talk;
pub mod text;
pub mod words;

pub use advice::{select_advice, AdviceSelection};
pub use content::{PathId, Seat, Side, ThemeId, CONTENT_VERSION};
pub use lang::Language;
pub use link::{Decoded, LinkError, ShareLink};
pub use model::{Answers, Choice, ContextAnswers, ModelError};
pub use scoring::{score, Contribution, Fit, Flip, Outcome, Verdict};
pub use text::Text;
