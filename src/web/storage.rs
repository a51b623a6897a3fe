//! Saved progress in localStorage. Every failure (no storage, blocked, full, sandboxed
//! frame) is reported as a value, never a panic, so the widget keeps working unsaved.

use crossroads_core::CONTENT_VERSION;

/// Why saving is not possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser gives no storage here (blocked, sandboxed without same-origin).
    Unavailable,
    /// Writing failed (storage full, or blocked after the fact).
    WriteFailed,
}

/// Key prefix of saved progress; the content version follows, so a new questionnaire
/// never misreads an old save.
pub const KEY_PREFIX: &str = "crossroads:progress:c";

/// The key of saved progress for the current content.
pub fn progress_key() -> String {
    format!("{KEY_PREFIX}{CONTENT_VERSION}")
}

fn local() -> Result<web_sys::Storage, StorageError> {
    // Accessing localStorage throws in some sandboxes: `local_storage` maps that to Err.
    super::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}

/// Reads saved progress: the current key first, then older content versions (newest
/// first), which the link codec maps onto the current content.
pub fn load_progress() -> Result<Option<String>, StorageError> {
    let s = local()?;
    for version in (1..=CONTENT_VERSION).rev() {
        let key = format!("{KEY_PREFIX}{version}");
        if let Ok(Some(v)) = s.get_item(&key) {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// Saves progress under the current key and drops older versions' saves.
pub fn save_progress(value: &str) -> Result<(), StorageError> {
    let s = local()?;
    s.set_item(&progress_key(), value)
        .map_err(|_| StorageError::WriteFailed)?;
    // Older versions' saves were read and mapped on load; they are superseded now.
    for version in (1..=CONTENT_VERSION).filter(|v| *v != CONTENT_VERSION) {
        let _ = s.remove_item(&format!("{KEY_PREFIX}{version}"));
    }
    Ok(())
}

/// Forgets saved progress of every content version.
pub fn clear_progress() -> Result<(), StorageError> {
    let s = local()?;
    for version in 1..=CONTENT_VERSION {
        let _ = s.remove_item(&format!("{KEY_PREFIX}{version}"));
    }
    Ok(())
}

/// Key of the earlier results kept in this browser (`web::earlier_store`): one key for every
/// content version, since each result carries its own.
pub const EARLIER_KEY: &str = "crossroads:earlier";

/// The value under a key; `None` when there is none or storage is blocked.
pub fn read(key: &str) -> Option<String> {
    local().ok()?.get_item(key).ok().flatten()
}

/// Writes a value. False when storage is blocked or full.
pub fn write(key: &str, value: &str) -> bool {
    local().is_ok_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a key. False when storage is blocked.
pub fn remove(key: &str) -> bool {
    local().is_ok_and(|s| s.remove_item(key).is_ok())
}

/// How many earlier results are kept (lines of the stored list, read without decoding
/// them, so that the intro's code stays small); 0 when storage is blocked.
pub fn earlier_count() -> usize {
    read(EARLIER_KEY).map_or(0, |raw| {
        raw.lines()
            .filter(|l| !l.is_empty())
            .count()
            .min(crate::earlier::MAX)
    })
}
