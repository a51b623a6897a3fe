//! The widget's entry point: everything lives in the library so tests can mount it.
fn main() {
    crossroads::start();
}
