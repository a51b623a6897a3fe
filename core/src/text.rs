//! The catalogue's words, kept out of the release wasm.
//!
//! Every sentence of the catalogue is written inline in `core/content/catalogue.rs` as
//! `t!("…")`, next to the numbers it belongs with. On the host, and in debug builds, a
//! [`Text`] is that literal. In a release build for the browser it is only a 32-bit hash of
//! the literal, computed at compile time, so the sentences are not in the wasm at all: the
//! build writes them to a separate file (`examples/text_file.rs` prints it, from `words`), which the
//! widget fetches together with the second part of its code and hands to [`install`](crate::words::install) before
//! it shows anything past the intro. The intro itself uses no catalogue text.
//!
//! The first load stays small this way (the catalogue is about a third of the wasm's data),
//! and a language is one file beside the code.

use std::fmt;

/// FNV-1a over the text's UTF-8 bytes: the key of a text in the text file.
pub const fn hash(text: &str) -> u32 {
    let bytes = text.as_bytes();
    let mut sum: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        sum = (sum ^ bytes[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    sum
}

/// One sentence (or name, or label) of the catalogue. Read it with [`Text::as_str`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Text(Repr);

#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
type Repr = &'static str;
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
type Repr = u32;

/// Writes a catalogue text: the literal where texts are embedded, its hash otherwise (the
/// literal is then only read by the compiler).
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
#[macro_export]
macro_rules! t {
    ($text:literal) => {
        $crate::text::Text::embedded($text)
    };
}

#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
#[macro_export]
macro_rules! t {
    ($text:literal) => {
        $crate::text::Text::hashed({
            const HASH: u32 = $crate::text::hash($text);
            HASH
        })
    };
}

#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
impl Text {
    #[doc(hidden)]
    pub const fn embedded(text: &'static str) -> Text {
        Text(text)
    }

    /// The words, in the language of this thread (`lang::use_language`; English, as
    /// written, unless another was chosen).
    pub fn as_str(self) -> &'static str {
        speaking::get(self.0).unwrap_or(self.0)
    }

    /// The key of these words in the text file (that of their English).
    pub fn key(self) -> u32 {
        hash(self.0)
    }

    /// The English, as written.
    pub fn english(self) -> &'static str {
        self.0
    }
}

#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
impl Text {
    #[doc(hidden)]
    pub const fn hashed(hash: u32) -> Text {
        Text(hash)
    }

    /// The words, from the installed text file. Empty before [`install`](crate::words::install), which the widget
    /// calls before it shows any screen that reads the catalogue.
    pub fn as_str(self) -> &'static str {
        let table = installed::TABLE.read().unwrap_or_else(|e| e.into_inner());
        table.get(self.0).unwrap_or_default()
    }

    /// The key of these words in the text file.
    pub fn key(self) -> u32 {
        self.0
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::ops::Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// Another seat's wording of a text (`content::Seat`): a manager's words for a statement, say.
/// Where texts are embedded it is those words, as a [`Text`] (empty where the words are the
/// same for both seats). In the release for the browser it is nothing at all: the text file
/// holds the words under the key of the text they stand in for, XOR [`ALTERNATIVE`], so the
/// wasm carries not even a key for them ([`Text::or_alternative`] finds them).
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub type Alternative = Text;
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
pub type Alternative = NoAlternative;

/// What an [`Alternative`] is in the release for the browser: nothing.
#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoAlternative;

/// Mixed into a text's key to give its alternative's key in the text file.
pub const ALTERNATIVE: u32 = 0x5EA7_0001;

/// Writes an [`Alternative`]: a catalogue text where texts are embedded, nothing otherwise.
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
#[macro_export]
macro_rules! alt {
    ($text:literal) => {
        $crate::t!($text)
    };
}

#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
#[macro_export]
macro_rules! alt {
    ($text:literal) => {
        $crate::text::NoAlternative
    };
}

impl Text {
    /// This text, or its alternative where `use_it` and there is one.
    pub fn or_alternative(self, alternative: Alternative, use_it: bool) -> Text {
        #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
        let other = alternative;
        #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
        let other = {
            let _ = alternative;
            Text::hashed(self.0 ^ ALTERNATIVE)
        };
        if use_it && !other.is_empty() {
            other
        } else {
            self
        }
    }
}

/// Why a text file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextFileError {
    /// A line is not `key<TAB>text`.
    Malformed(usize),
    /// Two lines have the same key.
    Repeated(u32),
    /// A text the catalogue uses is not in the file (it was built from another catalogue).
    Missing(u32),
}

impl fmt::Display for TextFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextFileError::Malformed(line) => {
                write!(f, "line {line} of the text file is not a key and a text")
            }
            TextFileError::Repeated(key) => write!(f, "the text file has {key:08x} twice"),
            TextFileError::Missing(key) => write!(f, "the text file lacks {key:08x}"),
        }
    }
}

/// The texts of one text file, by key.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct TextTable(Vec<(u32, &'static str)>);

impl TextTable {
    /// Reads a text file's lines (`key<TAB>text`, each key once), whatever texts it holds;
    /// [`TextTable::parse`] also requires every text of the catalogue.
    pub fn read(file: &'static str) -> Result<TextTable, TextFileError> {
        let mut entries = Vec::new();
        for (number, line) in file.lines().enumerate() {
            let malformed = TextFileError::Malformed(number + 1);
            let (key, text) = line.split_once('\t').ok_or(malformed.clone())?;
            if key.len() != 8 {
                return Err(malformed);
            }
            let key = u32::from_str_radix(key, 16).map_err(|_| malformed)?;
            entries.push((key, text));
        }
        entries.sort_unstable_by_key(|&(key, _)| key);
        if let Some(pair) = entries.windows(2).find(|pair| pair[0].0 == pair[1].0) {
            return Err(TextFileError::Repeated(pair[0].0));
        }
        Ok(TextTable(entries))
    }

    /// The text with this key.
    pub fn get(&self, key: u32) -> Option<&'static str> {
        let at = self.0.binary_search_by_key(&key, |&(k, _)| k).ok()?;
        Some(self.0[at].1)
    }
}

/// Makes a table the words that texts are read from, where texts are not embedded (the
/// release for the browser); elsewhere the embedded words stay and the table is dropped.
pub(crate) fn keep(table: TextTable) {
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        *installed::TABLE.write().unwrap_or_else(|e| e.into_inner()) = table;
    }
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    drop(table);
}

/// True when the catalogue's words can be read: always where they are embedded, and after
/// [`install`](crate::words::install) elsewhere.
pub fn ready() -> bool {
    #[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
    {
        !installed::TABLE
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .0
            .is_empty()
    }
    #[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
    {
        true
    }
}

#[cfg(all(target_arch = "wasm32", not(debug_assertions)))]
mod installed {
    use std::sync::RwLock;

    pub static TABLE: RwLock<super::TextTable> = RwLock::new(super::TextTable(Vec::new()));
}

/// Where texts are embedded: the translated words this thread reads (`lang::use_language`).
#[cfg(any(not(target_arch = "wasm32"), debug_assertions))]
pub(crate) mod speaking {
    use std::cell::RefCell;

    type Table = Vec<(u32, &'static str)>;

    thread_local! {
        static TABLE: RefCell<Option<Table>> = const { RefCell::new(None) };
    }

    pub fn set(table: Option<Table>) {
        TABLE.with(|t| *t.borrow_mut() = table);
    }

    /// The translation of this English, when a language other than English is in use.
    pub fn get(english: &str) -> Option<&'static str> {
        TABLE.with(|t| {
            let table = t.borrow();
            let table = table.as_ref()?;
            let key = super::hash(english);
            let at = table.binary_search_by_key(&key, |&(k, _)| k).ok()?;
            Some(table[at].1)
        })
    }
}
