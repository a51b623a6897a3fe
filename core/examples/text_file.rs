//! Prints the catalogue's text file (`crossroads_core::text`): the words that a release build
//! for the browser leaves out of its wasm. `scripts/finish.mjs` writes it beside the wasm.

fn main() {
    print!("{}", crossroads_core::text::text_file());
}
