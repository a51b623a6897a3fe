//! Prints the words file of the release (`crossroads_core::text`): the catalogue's words and
//! the app's own (`crossroads::words`), which a release build for the browser leaves out of
//! its wasm. `scripts/postbuild.mjs` writes it beside the wasm.

use crossroads_core::text::{catalogue_texts, text_file_of};

fn main() {
    print!(
        "{}",
        text_file_of(catalogue_texts().chain(crossroads::words::ALL.iter().copied()))
    );
}
