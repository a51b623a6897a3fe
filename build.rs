//! Collects the app's own words: every `tr!("…")` and `trf!("…", …)` literal under `src/`,
//! copied as written (rustc reads its escapes, so its key is the one the call site hashes),
//! into `words.rs` in `OUT_DIR`, which `src/words.rs` includes as `ALL` (that file itself,
//! which defines the macros and names them in its tests, is not read). The release writes
//! them to the words file beside the catalogue's (`examples/text_file.rs`), so that they
//! are not in the wasm.

use std::fs;
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("src/words.rs") {
            out.push(path);
        }
    }
}

/// The string literals (with their quotes, as written) that follow `tr!(` or `trf!(`.
fn literals(code: &str) -> Vec<&str> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    for name in ["tr!(", "trf!("] {
        for (at, _) in code.match_indices(name) {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
                continue;
            }
            let mut i = at + name.len();
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            // Only a plain literal can be collected: anything else would show empty in the
            // release, so it fails the build here.
            assert!(
                bytes.get(i) == Some(&b'"'),
                "{name} must be followed by a plain string literal (near byte {at})"
            );
            let start = i;
            i += 1;
            while i < bytes.len() && bytes[i] != b'"' {
                i += if bytes[i] == b'\\' { 2 } else { 1 };
            }
            found.push(&code[start..=i.min(bytes.len() - 1)]);
        }
    }
    found
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let mut words: Vec<String> = Vec::new();
    for file in files {
        let code = fs::read_to_string(&file).unwrap_or_default();
        words.extend(literals(&code).into_iter().map(str::to_string));
    }
    words.sort();
    words.dedup();
    let mut out = String::from("/// Every word of the app's own (`tr!`, `trf!`), in no particular order.\npub const ALL: &[crossroads_core::text::Text] = &[\n");
    for w in &words {
        out.push_str(&format!("    crossroads_core::t!({w}),\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("words.rs");
    fs::write(dest, out).expect("words.rs");
}
