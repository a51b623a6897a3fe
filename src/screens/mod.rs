//! One file per screen. Screens receive what they show as props and report what the person
//! does through one `Callback<Action>`; they never call the browser.

pub mod compare;
pub mod context;
pub mod earlier;
pub mod intro;
pub mod past_intro;
pub mod question;
pub mod result;
pub mod seat;
pub mod shared;

pub use context::ContextScreen;
pub use earlier::EarlierScreen;
pub use intro::{IntroScreen, Wait};
pub use question::QuestionScreen;
pub use result::ResultScreen;
pub use shared::SharedScreen;

/// Id of every screen's heading: focus moves there when the screen changes.
pub const TITLE_ID: &str = "screen-title";
