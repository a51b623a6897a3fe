//! Crossroads' decision core: what we ask, how answers become a result, what we advise.
//! Pure Rust with no browser, UI or I/O dependency, so every rule is tested on the host.

pub mod advice;
pub mod config;
pub mod content;
pub mod json;
pub mod link;
pub mod model;
pub mod scoring;
pub mod text;

pub use advice::{select_advice, AdviceSelection};
pub use content::{PathId, ThemeId, CONTENT_VERSION};
pub use link::{Decoded, LinkError, ShareLink};
pub use model::{Answers, Choice, ContextAnswers, ModelError};
pub use scoring::{score, Contribution, Fit, Flip, Outcome, Verdict};
pub use text::Text;
