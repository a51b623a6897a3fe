//! The result card: a 1200×630 image (the size link previews and social posts use) with the
//! verdict, the four fits, the top path's one-line summary, the widget's name and the short
//! link, and nothing of the answers. Laid out here as a list of shapes, so that the layout is
//! tested on the host; `web::card` draws the shapes on a canvas and makes the PNG.

use crossroads_core::Outcome;

use crate::sentences;

pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The name the image downloads as.
pub const FILE_NAME: &str = "crossroads-result.png";

const MARGIN: f64 = 64.0;
const RIGHT: f64 = WIDTH as f64 - MARGIN;
/// The text sizes, in pixels of the 1200-pixel-wide card. The smallest stays legible when
/// a preview shows the card at a third of its size.
const BRAND: f64 = 30.0;
/// The verdict's sizes and lines, tried in turn: the first on which it fits whole (the last
/// only for the longest names an organisation may give its paths).
const VERDICT: [(f64, usize); 5] = [(52.0, 2), (46.0, 2), (40.0, 2), (40.0, 3), (34.0, 4)];
const SUMMARY: f64 = 28.0;
const FIT: f64 = 28.0;
const LINK: f64 = 22.0;

/// The card's colours: the widget's own tokens (styles/main.css), light or dark as the page
/// shows them. Text colours meet 4.5:1 on the background (tested below).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
    pub accent: &'static str,
    pub track: &'static str,
}

pub const LIGHT: Palette = Palette {
    background: "#fbfaf7",
    text: "#1f2328",
    muted: "#55595f",
    accent: "#1d5c8f",
    track: "#e4e1da",
};

pub const DARK: Palette = Palette {
    background: "#16181c",
    text: "#e8e6e1",
    muted: "#b0b3b8",
    accent: "#8cc0ec",
    track: "#30353c",
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// One thing to draw. Text is placed by its baseline.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        colour: &'static str,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        /// A canvas font: weight, size and family.
        font: String,
        size: f64,
        colour: &'static str,
        align: Align,
    },
}

/// A canvas font of this size (whole pixels: integers keep float formatting out of the wasm).
pub fn font(size: f64, bold: bool) -> String {
    format!(
        "{}{}px system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif",
        if bold { "bold " } else { "" },
        size as u32
    )
}

/// What the card says.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    pub label: Option<String>,
    pub verdict: String,
    /// The top path and its one-line summary.
    pub summary: String,
    /// Each path's name and fit, best first.
    pub fits: Vec<(String, u8)>,
    pub link: String,
}

impl Card {
    pub fn new(o: &Outcome, link: &str, label: Option<&str>) -> Card {
        let top = o.top();
        Card {
            label: label.map(str::to_string),
            verdict: sentences::verdict_headline(o),
            summary: format!(
                "{}: {}",
                sentences::path_name(top),
                top.path().summary.as_str()
            ),
            fits: o
                .ranking
                .iter()
                .map(|&p| (sentences::path_name(p).to_string(), o.fit(p).percent()))
                .collect(),
            link: link.to_string(),
        }
    }

    /// The shapes of the card in these colours; `measure` gives a text's width in a font.
    pub fn shapes(&self, palette: &Palette, measure: &dyn Fn(&str, &str) -> f64) -> Vec<Shape> {
        let width = RIGHT - MARGIN;
        let mut shapes = vec![
            Shape::Rect {
                x: 0.0,
                y: 0.0,
                width: WIDTH as f64,
                height: HEIGHT as f64,
                colour: palette.background,
            },
            Shape::Rect {
                x: 0.0,
                y: 0.0,
                width: 16.0,
                height: HEIGHT as f64,
                colour: palette.accent,
            },
        ];
        let mut text = |x: f64, y: f64, s: String, size: f64, bold: bool, colour, align| {
            shapes.push(Shape::Text {
                x,
                y,
                text: s,
                font: font(size, bold),
                size,
                colour,
                align,
            })
        };
        let mut y = 48.0 + BRAND;
        text(
            MARGIN,
            y,
            tr!("Crossroads").to_string(),
            BRAND,
            true,
            palette.accent,
            Align::Left,
        );
        if let Some(label) = &self.label {
            let f = font(BRAND, false);
            let label = fit_line(label, width / 2.0, &|s| measure(s, &f));
            text(RIGHT, y, label, BRAND, false, palette.muted, Align::Right);
        }
        y += 24.0;
        // The verdict is never cut: a smaller size, then more lines.
        let (size, lines) = VERDICT
            .iter()
            .map(|&(size, most)| {
                let f = font(size, true);
                (size, wrap(&self.verdict, width, most, &|s| measure(s, &f)))
            })
            .find(|(_, lines)| lines.join(" ") == self.verdict)
            .unwrap_or_else(|| {
                let (size, most) = VERDICT[VERDICT.len() - 1];
                let f = font(size, true);
                (size, wrap(&self.verdict, width, most, &|s| measure(s, &f)))
            });
        for line in lines {
            y += size * 1.2;
            text(MARGIN, y, line, size, true, palette.text, Align::Left);
        }
        y += 12.0;
        let f = font(SUMMARY, false);
        for line in wrap(&self.summary, width, 2, &|s| measure(s, &f)) {
            y += SUMMARY * 1.35;
            text(MARGIN, y, line, SUMMARY, false, palette.muted, Align::Left);
        }
        // The fits: name, bar, number, a row each, in the space left above the footer. The
        // names' column is as wide as the longest name needs (an organisation's may be 40
        // characters), leaving the bars at least 200 pixels.
        let numbers = 150.0;
        let f = font(FIT, false);
        let widest = self
            .fits
            .iter()
            .map(|(name, _)| measure(name, &f))
            .fold(0.0, f64::max);
        let names = (widest + 24.0).clamp(380.0, width - numbers - 200.0);
        let bar_x = MARGIN + names;
        let bar_width = width - names - numbers;
        y += 20.0;
        let mut bars = Vec::new();
        for (name, fit) in &self.fits {
            y += FIT * 1.65;
            let name = fit_line(name, names - 20.0, &|s| measure(s, &f));
            text(MARGIN, y, name, FIT, false, palette.text, Align::Left);
            text(
                RIGHT,
                y,
                trf!("{} / 100", fit),
                FIT,
                true,
                palette.text,
                Align::Right,
            );
            bars.push((y - FIT * 0.7, *fit));
        }
        let f = font(LINK, false);
        let link = fit_line(short_link(&self.link), width, &|s| measure(s, &f));
        text(
            MARGIN,
            HEIGHT as f64 - 40.0,
            link,
            LINK,
            false,
            palette.muted,
            Align::Left,
        );
        for (top, fit) in bars {
            shapes.push(Shape::Rect {
                x: bar_x,
                y: top,
                width: bar_width,
                height: 20.0,
                colour: palette.track,
            });
            shapes.push(Shape::Rect {
                x: bar_x,
                y: top,
                width: bar_width * f64::from(fit.min(100)) / 100.0,
                height: 20.0,
                colour: palette.accent,
            });
        }
        shapes
    }
}

/// The link without its scheme: shorter, and still what a person types.
fn short_link(link: &str) -> &str {
    link.strip_prefix("https://")
        .or_else(|| link.strip_prefix("http://"))
        .unwrap_or(link)
}

/// The text on one line: whole, or cut with "…" to fit.
fn fit_line(s: &str, width: f64, measure: &dyn Fn(&str) -> f64) -> String {
    if measure(s) <= width {
        return s.to_string();
    }
    let chars: Vec<char> = s.chars().collect();
    (0..chars.len())
        .rev()
        .map(|n| format!("{}…", chars[..n].iter().collect::<String>().trim_end()))
        .find(|cut| measure(cut) <= width)
        .unwrap_or_default()
}

/// Words on at most `lines` lines of `width`; the last line is cut with "…" when the text
/// is longer.
pub fn wrap(s: &str, width: f64, lines: usize, measure: &dyn Fn(&str) -> f64) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut words = s.split_whitespace();
    while let Some(word) = words.next() {
        let full = out.len() == lines;
        match out.last_mut() {
            Some(line) if measure(&format!("{line} {word}")) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            Some(last) if full => {
                // No room for another line: the rest is cut from the last one.
                let rest: Vec<&str> = std::iter::once(word).chain(words).collect();
                *last = fit_line(&format!("{last} {}", rest.join(" ")), width, measure);
                return out;
            }
            _ => out.push(fit_line(word, width, measure)),
        }
    }
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The relative luminance of a `#rrggbb` colour (WCAG 2).
    fn luminance(hex: &str) -> f64 {
        let lin = |i: usize| {
            let channel = u8::from_str_radix(&hex[1 + 2 * i..3 + 2 * i], 16).unwrap_or(0);
            let c = f64::from(channel) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(0) + 0.7152 * lin(1) + 0.0722 * lin(2)
    }

    /// WCAG contrast of two `#rrggbb` colours.
    fn contrast(a: &str, b: &str) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }
    use crossroads_core::content::{STATEMENTS, THEMES};
    use crossroads_core::{score, Answers, Choice};

    /// A stand-in for the canvas's measure: a bold glyph is wider, every glyph a share of the
    /// font size (generous, so a real system font fits where this does).
    fn measure(s: &str, font: &str) -> f64 {
        let size: f64 = font
            .split("px")
            .next()
            .and_then(|f| f.rsplit(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap();
        let per = if font.starts_with("bold") { 0.62 } else { 0.56 };
        s.chars().count() as f64 * size * per
    }

    fn answers(choice: Choice) -> Answers {
        let mut a = Answers::new();
        for i in 0..STATEMENTS.len() {
            a.set(i, Some(choice));
        }
        a
    }

    fn texts(shapes: &[Shape]) -> Vec<(String, f64)> {
        shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, size, .. } => Some((text.clone(), *size)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn the_card_names_paths_as_the_organisation_does() {
        let _org = crate::org::install_for_test(
            r#"{"paths": {"staff": {"name": "Principal engineer"}, "senior": {"name": "Engineer III"}}}"#,
        );
        let o = score(&answers(Choice::STRONGLY_AGREE));
        let card = Card::new(&o, "https://intranet.example/crossroads/#r=AQE", None);
        let joined: String = texts(&card.shapes(&LIGHT, &measure))
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            joined.contains("Principal engineer") && joined.contains("Engineer III"),
            "{joined}"
        );
        assert!(
            !joined.contains("Staff+ engineer") && !joined.contains("Senior engineer"),
            "{joined}"
        );
    }

    #[test]
    fn the_card_says_the_verdict_fits_summary_name_and_link() {
        let o = score(&answers(Choice::STRONGLY_AGREE));
        let link = "https://blog.example/crossroads/#r=AgEAsp9tomLUk7ixbFoNEiGPtQDYnl0";
        let card = Card::new(&o, link, Some("Sam"));
        let all = texts(&card.shapes(&LIGHT, &measure));
        let joined: String = all
            .iter()
            .map(|(t, _)| t.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        assert!(joined.starts_with("Crossroads Sam"), "{joined}");
        assert!(
            joined.contains(&sentences::verdict_headline(&o)),
            "{joined}"
        );
        assert!(joined.contains(sentences::path_name(o.top())));
        for &p in &o.ranking {
            assert!(joined.contains(sentences::path_name(p)), "{joined}");
            assert!(joined.contains(&format!("{} / 100", o.fit(p).percent())));
        }
        assert!(joined.contains("blog.example/crossroads/#r=AgEAsp9tomLUk7ixbFoNEiGPtQDYnl0"));
        // Legible when shown at a third of its size.
        assert!(all.iter().all(|(_, size)| *size >= 22.0));
    }

    /// In German and Spanish the card says the same in that language, and still fits: the
    /// verdict and the summary wrap, every line inside the card.
    #[test]
    fn the_card_speaks_the_language_and_fits() {
        use crossroads_core::lang::{use_language, Language};
        use crossroads_core::words::{catalogue_texts, text_file_of};
        let words = text_file_of(catalogue_texts().chain(crate::words::ALL.iter().copied()));
        let link = "https://intranet.example/crossroads/de/#r=AgEAsp9tomLUk7ixbFoNEiGPtQDYnl0";
        for choice in [
            Choice::STRONGLY_AGREE,
            Choice::AGREE,
            Choice::STRONGLY_DISAGREE,
        ] {
            let o = score(&answers(choice));
            let english = Card::new(&o, link, Some("Sam"));
            for language in [Language::German, Language::Spanish] {
                use_language(language, &words).expect("a complete translation");
                let card = Card::new(&o, link, Some("Sam"));
                use_language(Language::English, &words).unwrap();
                assert_ne!(card.verdict, english.verdict, "{language}");
                assert_ne!(card.summary, english.summary, "{language}");
                assert_inside(&card.shapes(&LIGHT, &measure));
            }
        }
    }

    #[test]
    fn the_card_carries_no_answers() {
        let o = score(&answers(Choice::AGREE));
        let card = Card::new(&o, "https://x.example/#r=A", None);
        let joined: String = texts(&card.shapes(&DARK, &measure))
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>()
            .join(" ");
        for s in &STATEMENTS {
            assert!(!joined.contains(s.text.as_str()));
        }
        for t in &THEMES {
            assert!(!joined.contains(t.name.as_str()), "{}", t.name.as_str());
        }
    }

    /// Every shape inside the card, text on a line of its own, whatever the answers: the
    /// longest verdict and summary wrap, a long label is cut.
    #[test]
    fn everything_fits_inside_the_card() {
        everything_fits_with_these_names();
        let _long = install_long_names();
        everything_fits_with_these_names();
    }

    /// Every shape inside the card, each left-aligned line below the last.
    fn assert_inside(shapes: &[Shape]) {
        let mut last_baseline = 0.0;
        for s in shapes {
            match s {
                Shape::Rect {
                    x,
                    y,
                    width,
                    height,
                    ..
                } => {
                    assert!(*x >= 0.0 && *y >= 0.0);
                    assert!(x + width <= WIDTH as f64 && y + height <= HEIGHT as f64);
                }
                Shape::Text {
                    x,
                    y,
                    text,
                    font,
                    size,
                    align,
                    ..
                } => {
                    let w = measure(text, font);
                    let (left, right) = match align {
                        Align::Left => (*x, x + w),
                        Align::Right => (x - w, *x),
                    };
                    assert!(left >= MARGIN - 0.01 && right <= RIGHT + 0.01, "{text}");
                    assert!(
                        y - size >= 0.0 && *y <= HEIGHT as f64 - 24.0,
                        "{text} at {y}"
                    );
                    if *align == Align::Left {
                        // Lines never overlap: each left-aligned baseline is below the last.
                        assert!(y - size * 0.75 >= last_baseline, "{text} overlaps");
                        last_baseline = *y;
                    }
                }
            }
        }
    }

    /// An organisation's names, as long as its file may make them (40 characters).
    fn install_long_names() -> crate::org::TestInstall {
        crate::org::install_for_test(
            r#"{"paths": {
                "senior": {"name": "Senior software engineer, product group"},
                "staff": {"name": "Principal engineer, platform and tooling"},
                "tlm": {"name": "Technical team lead and people manager"},
                "em": {"name": "Engineering manager, customer experience"}}}"#,
        )
    }

    fn everything_fits_with_these_names() {
        for choice in Choice::ALL {
            let o = score(&answers(choice));
            let label = "W".repeat(40);
            let card = Card::new(
                &o,
                &format!("https://{}/#r=AgEA", "a".repeat(200)),
                Some(&label),
            );
            let shapes = card.shapes(&LIGHT, &measure);
            assert_inside(&shapes);
        }
    }

    /// Every verdict there can be (on the side and on the path within it), for either seat,
    /// with every order of the paths: the card says it whole.
    #[test]
    fn the_verdict_is_never_cut() {
        use crossroads_core::lang::{use_language, Language};
        use crossroads_core::words::{catalogue_texts, text_file_of};
        the_verdict_is_never_cut_with_these_names();
        let words = text_file_of(catalogue_texts().chain(crate::words::ALL.iter().copied()));
        for language in [Language::German, Language::Spanish] {
            use_language(language, &words).expect("a complete translation");
            the_verdict_is_never_cut_with_these_names();
            use_language(Language::English, &words).unwrap();
        }
        let _long = install_long_names();
        the_verdict_is_never_cut_with_these_names();
    }

    fn the_verdict_is_never_cut_with_these_names() {
        use crossroads_core::content::PathId;
        use crossroads_core::{Seat, Verdict};
        let base = score(&answers(Choice::AGREE));
        for top in PathId::ALL {
            for second in PathId::ALL.into_iter().filter(|p| *p != top) {
                let verdicts = [Verdict::Clear, Verdict::Leaning, Verdict::TooClose];
                for (side_verdict, path_verdict, seat) in verdicts.into_iter().flat_map(|s| {
                    verdicts
                        .into_iter()
                        .flat_map(move |p| [(s, p, Seat::Engineer), (s, p, Seat::Manager)])
                }) {
                    let mut o = base.clone();
                    o.seat = seat;
                    let rest = PathId::ALL
                        .into_iter()
                        .filter(|p| *p != top && *p != second);
                    let ranking: Vec<PathId> = [top, second].into_iter().chain(rest).collect();
                    o.ranking.copy_from_slice(&ranking);
                    o.side = top.side();
                    o.side_verdict = side_verdict;
                    o.path_verdict = path_verdict;
                    let card = Card::new(&o, "https://x.example/#r=A", None);
                    let shapes = card.shapes(&LIGHT, &measure);
                    assert_inside(&shapes);
                    let said: Vec<String> = texts(&shapes).into_iter().map(|(t, _)| t).collect();
                    assert!(
                        said.join(" ").contains(&sentences::verdict_headline(&o)),
                        "{said:?}"
                    );
                    assert!(
                        !said.iter().any(|t| t.ends_with('…') && !t.contains("#r=")),
                        "{said:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn text_meets_contrast_in_both_palettes() {
        for p in [LIGHT, DARK] {
            for colour in [p.text, p.muted, p.accent] {
                assert!(
                    contrast(colour, p.background) >= 4.5,
                    "{colour} on {}",
                    p.background
                );
            }
            // The bar against its track (WCAG 1.4.11); the number beside it says the same.
            assert!(contrast(p.accent, p.track) >= 3.0);
        }
    }

    #[test]
    fn long_text_wraps_and_is_cut_on_the_last_line() {
        let m = |s: &str| s.chars().count() as f64;
        assert_eq!(wrap("one two three", 7.0, 2, &m), ["one two", "three"]);
        assert_eq!(
            wrap("one two three four", 7.0, 2, &m),
            ["one two", "three…"]
        );
        assert_eq!(wrap("abcdefghij", 5.0, 1, &m), ["abcd…"]);
        assert!(wrap("", 5.0, 2, &m).is_empty());
    }
}
