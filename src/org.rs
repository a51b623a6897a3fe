//! An organisation's own words in the widget: `crossroads.json` beside the page, read by the
//! core's `config` (the same rules as `explain config`), installed once and read from here.
//!
//! The start-up script (`start/start.js`) fetches the file beside the code and shows its
//! intro note on the static intro; the app installs the file before it starts, so nothing
//! past the intro ever shows the shipped names first.

use std::cell::Cell;

use crossroads_core::config::{self, Config, Link, Problem};
use crossroads_core::content::{PathId, CONTEXT_QUESTIONS, PATH_COUNT};

thread_local! {
    static INSTALLED: Cell<Option<&'static Config>> = const { Cell::new(None) };
}

/// What the start-up script found beside the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum File {
    /// No file (or none that arrived): the widget as it ships.
    None,
    /// Larger than `config::MAX_FILE_BYTES`: refused unread.
    TooLarge,
    Text(String),
}

/// The configuration in force, once installed.
fn installed() -> Option<&'static Config> {
    INSTALLED.with(Cell::get)
}

/// True once a file (or its absence) is installed.
pub fn settled() -> bool {
    installed().is_some()
}

/// Installs what was found, once (a later call changes nothing and finds no problem): what
/// applies, and every problem found on the way, for the console.
pub fn install(file: File) -> Vec<Problem> {
    if settled() {
        return Vec::new();
    }
    let (config, problems) = match file {
        File::None => (Config::default(), Vec::new()),
        File::TooLarge => (Config::default(), vec![config::too_large()]),
        // Words it gives per language, in the page's.
        File::Text(text) => config::read_in(&text, crate::page_words::page_language()),
    };
    // Installed once for the page's life: the names are borrowed wherever they show.
    let config: &'static Config = Box::leak(Box::new(config));
    INSTALLED.with(|c| c.set(Some(config)));
    problems
}

/// The context questions answered for everyone here (question index, option index), which
/// are not asked.
pub fn given() -> &'static [(usize, u8)] {
    installed().map_or(&[], |c| c.context.as_slice())
}

/// How many context questions are asked.
pub fn asked_context() -> usize {
    CONTEXT_QUESTIONS.len() - given().len()
}

/// The path's name here: the organisation's, or the catalogue's.
pub fn path_name(path: PathId) -> &'static str {
    installed()
        .and_then(|c| c.path(path).name.as_deref())
        .unwrap_or_else(|| path.path().name.as_str())
}

/// True when the organisation names the path its own way.
pub fn renamed(path: PathId) -> bool {
    installed().is_some_and(|c| c.path(path).name.is_some())
}

/// The organisation's own ladder for a path.
pub fn ladder(path: PathId) -> Option<&'static Link> {
    installed()?.path(path).link.as_ref()
}

/// Which paths are roles here (all, unless the file says otherwise).
pub fn offered() -> [bool; PATH_COUNT] {
    PathId::ALL.map(|p| installed().is_none_or(|c| c.path(p).offered))
}

/// The organisation's name, for sentences.
pub fn organisation() -> Option<&'static str> {
    installed()?.organisation.as_deref()
}

/// Where to go next.
pub fn contact() -> Option<&'static Link> {
    installed()?.contact.as_ref()
}

/// A configuration installed for a test (on this thread, replacing any other), with the
/// problems found; the widget as it ships again when dropped, so that no other test (which
/// may run on the same thread) sees it.
#[cfg(test)]
pub struct TestInstall(pub Vec<Problem>);

#[cfg(test)]
impl Drop for TestInstall {
    fn drop(&mut self) {
        INSTALLED.with(|c| c.set(None));
    }
}

#[cfg(test)]
#[must_use]
pub fn install_for_test(text: &str) -> TestInstall {
    INSTALLED.with(|c| c.set(None));
    TestInstall(install(File::Text(text.to_string())))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn nothing_installed_is_the_widget_as_it_ships() {
        let _clean = TestInstall(Vec::new());
        assert_eq!(path_name(PathId::Staff), PathId::Staff.path().name.as_str());
        assert_eq!(offered(), [true; PATH_COUNT]);
        assert_eq!(asked_context(), CONTEXT_QUESTIONS.len());
        assert!(contact().is_none() && organisation().is_none());
        assert!(install(File::None).is_empty());
        assert!(settled());
        assert_eq!(path_name(PathId::Staff), PathId::Staff.path().name.as_str());
    }

    #[test]
    fn a_file_is_installed_once() {
        let installed = install_for_test(
            r#"{"organisation": "Acme", "paths": {"staff": {"name": "Principal engineer"},
                "tlm": {"offered": false}}, "context": {"staff-track": "yes"}, "colour": 1}"#,
        );
        let problems = &installed.0;
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field, "colour");
        assert_eq!(path_name(PathId::Staff), "Principal engineer");
        assert_eq!(
            path_name(PathId::Senior),
            PathId::Senior.path().name.as_str()
        );
        assert_eq!(offered(), [true, true, false, true]);
        assert_eq!(organisation(), Some("Acme"));
        assert_eq!(asked_context(), CONTEXT_QUESTIONS.len() - 1);
        // A second file (a second load racing the first) changes nothing.
        assert!(install(File::Text(r#"{"organisation": "Other"}"#.into())).is_empty());
        assert_eq!(organisation(), Some("Acme"));
    }

    #[test]
    fn a_file_too_large_is_one_problem_and_the_defaults() {
        let _clean = TestInstall(Vec::new());
        let problems = install(File::TooLarge);
        assert_eq!(problems, vec![config::too_large()]);
        assert_eq!(path_name(PathId::Staff), PathId::Staff.path().name.as_str());
    }
}
