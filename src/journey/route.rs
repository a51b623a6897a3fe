//! What an address fragment asks for: a screen of the questionnaire (each has a fragment of
//! its own, so the browser's back and forward move between screens), or a result or compare
//! link, read through the core's codec.

use crossroads_core::content::STATEMENTS;
use crossroads_core::link::{self, Decoded, LinkError, ShareLink};

use super::Screen;

/// What a link opened: someone's result, two results to compare, or a link that could not
/// be read (with the reason, for a friendly message).
#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    One(Decoded),
    /// One of the person's own earlier results, kept in this browser: the result (with the
    /// label its link carries) and what the list calls it.
    Kept {
        result: Decoded,
        name: String,
    },
    Two {
        first: Decoded,
        second: Decoded,
        /// True when the second is the viewer's own answers ("compare with mine").
        second_is_mine: bool,
    },
    Broken(LinkError),
}

/// What an address fragment asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Screen(Screen),
    Shared(Shared),
    /// A fragment that is neither: left alone, the intro shows.
    Other,
}

/// Reads the address fragment: a screen of the questionnaire, or a result or compare link.
/// The key is read after [`link::tidy`], as the decoder reads the link, so what a redirector
/// escaped (`#r%3D…`) or a sentence left around it (`#r=….`, `%3E`, `%20`) still opens it.
pub fn route(fragment: &str) -> Route {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if let Some(screen) = Screen::from_fragment(f) {
        return Route::Screen(screen);
    }
    let tidied = link::tidy(f);
    let key = tidied
        .strip_prefix('#')
        .unwrap_or(&tidied)
        .split('=')
        .next()
        .unwrap_or_default();
    if ![link::RESULT_KEY, link::COMPARE_KEY, link::HOST_KEY].contains(&key) {
        return Route::Other;
    }
    // The decoder tidies the original itself (tidying twice could unescape twice).
    Route::Shared(match link::decode_link(f) {
        Ok(ShareLink::Result(d)) => Shared::One(d),
        Ok(ShareLink::Compare(first, second)) => Shared::Two {
            first,
            second,
            second_is_mine: false,
        },
        Err(e) => Shared::Broken(e),
    })
}

impl Screen {
    /// The fragment that names this screen in the address bar (without `#`), so the
    /// browser's back and forward buttons move between screens. Never `r=`: that prefix
    /// belongs to result links.
    pub fn fragment(self) -> String {
        match self {
            Screen::Intro => String::new(),
            Screen::Seat => "where".to_string(),
            Screen::Question(i) => format!("q/{}", i + 1),
            Screen::Context => "context".to_string(),
            Screen::Result => "result".to_string(),
            // A shared view keeps the link's own fragment.
            Screen::Shared => String::new(),
            Screen::Earlier => "earlier".to_string(),
        }
    }

    /// Reads a fragment written by [`Screen::fragment`]; anything else is `None`.
    pub fn from_fragment(fragment: &str) -> Option<Screen> {
        let f = fragment.strip_prefix('#').unwrap_or(fragment);
        match f {
            "" => Some(Screen::Intro),
            "where" => Some(Screen::Seat),
            "context" => Some(Screen::Context),
            "result" => Some(Screen::Result),
            "earlier" => Some(Screen::Earlier),
            _ => {
                let n: usize = f.strip_prefix("q/")?.parse().ok()?;
                (1..=STATEMENTS.len())
                    .contains(&n)
                    .then(|| Screen::Question(n - 1))
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::journey::last_question;
    use crossroads_core::Answers;

    #[test]
    fn fragments_round_trip_and_reject_junk() {
        for s in [
            Screen::Intro,
            Screen::Seat,
            Screen::Question(0),
            Screen::Question(last_question()),
            Screen::Context,
            Screen::Result,
        ] {
            assert_eq!(Screen::from_fragment(&s.fragment()), Some(s));
            assert_eq!(Screen::from_saved(&s.to_saved()), Some(s));
        }
        for junk in ["q/0", "q/999", "q/x", "r=abc", "results", "q/-1", "#q/"] {
            assert_eq!(Screen::from_fragment(junk), None, "{junk}");
        }
        assert_eq!(Screen::from_fragment("#q/2"), Some(Screen::Question(1)));
    }

    #[test]
    fn routes_read_screens_links_and_damage() {
        assert_eq!(route("#q/3"), Route::Screen(Screen::Question(2)));
        assert_eq!(route(""), Route::Screen(Screen::Intro));
        assert_eq!(route("#about"), Route::Other);
        let payload = link::encode(&Answers::new(), Some("Sam"));
        let Route::Shared(Shared::One(d)) = route(&format!("#r={payload}")) else {
            panic!("a result link opens a shared result")
        };
        assert_eq!(d.label.as_deref(), Some("Sam"));
        let pair = link::encode_pair(&payload, &payload);
        assert!(matches!(
            route(&format!("#c={pair}")),
            Route::Shared(Shared::Two {
                second_is_mine: false,
                ..
            })
        ));
        let damaged = format!("#r={}", &payload[..payload.len() - 3]);
        assert!(matches!(route(&damaged), Route::Shared(Shared::Broken(_))));
    }

    #[test]
    fn routes_read_links_with_what_was_pasted_around_them() {
        let payload = link::encode(&Answers::new(), Some("Sam"));
        let (head, tail) = payload.split_at(12);
        // As `location.hash` gives them: escaped by a redirector, with the sentence's full
        // stop, a mail client's `>` or quote, a line break or space from a wrapped e-mail.
        for hash in [
            format!("#r%3D{payload}"),
            format!("#r%3d{payload}"),
            format!("%23r%3D{payload}"),
            format!("#r={payload}."),
            format!("#r={payload})."),
            format!("#r={payload}%3E"),
            format!("#r={payload}%22"),
            format!("#r={payload}%20"),
            format!("#r={head}%20{tail}"),
            format!("#r={head}%0A{tail}"),
            format!("#crossroads%3D{payload}"),
            format!("#r={payload}&theme=dark"),
        ] {
            let Route::Shared(Shared::One(d)) = route(&hash) else {
                panic!("{hash} opens the result")
            };
            assert_eq!(d.label.as_deref(), Some("Sam"), "{hash}");
        }
        let pair = link::encode_pair(&payload, &payload);
        for hash in [
            format!("#c%3D{pair}"),
            format!("#c={pair}."),
            format!("#c={pair}%3E"),
        ] {
            assert!(
                matches!(route(&hash), Route::Shared(Shared::Two { .. })),
                "{hash}"
            );
        }
        // A payload character appended is still damage; other fragments are still left alone.
        assert!(matches!(
            route(&format!("#r={payload}A")),
            Route::Shared(Shared::Broken(LinkError::Damaged))
        ));
        for other in ["#about", "#about.", "#%3E", "#theme=dark"] {
            assert_eq!(route(other), Route::Other, "{other}");
        }
    }
}
