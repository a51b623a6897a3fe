//! The result card drawn in the browser: the shapes `crate::card` lays out, painted on a
//! canvas made for the purpose and never attached to the page, then a PNG. Nothing is
//! fetched and no image is loaded (so the strict CSP's `img-src` is untouched); the download
//! is a `blob:` address in a link's `download`, which the policy does not govern.
//!
//! The canvas, file and URL calls go through `js_sys::Reflect` rather than typed `web-sys`
//! bindings: each typed binding adds its own function to the JavaScript glue of the first
//! load, and these run only past the intro.

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{document, window};
use crate::card::{Align, Card, Palette, Shape, DARK, FILE_NAME, HEIGHT, LIGHT, WIDTH};

/// `target.name(args…)`; `None` when it is missing or throws.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &name.into()).ok()?.dyn_into().ok()?;
    f.apply(target, &args.iter().collect::<Array>()).ok()
}

fn set(target: &JsValue, name: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(target, &name.into(), &value.into());
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(target, &name.into()).ok()
}

/// The palette of the page as it shows: `data-theme` when the page sets one, else the
/// system's scheme (the same rule as the style sheet).
fn palette() -> Palette {
    let theme = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("data-theme"));
    let dark = match theme.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window()
            .and_then(|w| call(&w, "matchMedia", &["(prefers-color-scheme: dark)".into()]))
            .and_then(|m| get(&m, "matches"))
            .and_then(|m| m.as_bool())
            .unwrap_or(false),
    };
    if dark {
        DARK
    } else {
        LIGHT
    }
}

/// The card drawn on a new canvas.
fn draw(card: &Card) -> Option<JsValue> {
    let canvas: JsValue = document()?.create_element("canvas").ok()?.into();
    set(&canvas, "width", WIDTH);
    set(&canvas, "height", HEIGHT);
    let ctx = call(&canvas, "getContext", &["2d".into()]).filter(|c| c.is_object())?;
    let measure = |text: &str, font: &str| {
        set(&ctx, "font", font);
        call(&ctx, "measureText", &[text.into()])
            .and_then(|m| get(&m, "width"))
            .and_then(|w| w.as_f64())
            .unwrap_or(0.0)
    };
    let shapes = card.shapes(&palette(), &measure);
    set(&ctx, "textBaseline", "alphabetic");
    for shape in shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                width,
                height,
                colour,
            } => {
                set(&ctx, "fillStyle", colour);
                call(
                    &ctx,
                    "fillRect",
                    &[x.into(), y.into(), width.into(), height.into()],
                );
            }
            Shape::Text {
                x,
                y,
                text,
                font,
                colour,
                align,
                ..
            } => {
                set(&ctx, "font", font);
                set(&ctx, "fillStyle", colour);
                let align = match align {
                    Align::Left => "left",
                    Align::Right => "right",
                };
                set(&ctx, "textAlign", align);
                call(&ctx, "fillText", &[text.into(), x.into(), y.into()]);
            }
        }
    }
    Some(canvas)
}

/// The card as a PNG blob; `None` where the browser cannot make one.
pub async fn png(card: &Card) -> Option<JsValue> {
    let canvas = draw(card)?;
    let made = Promise::new(&mut |resolve: Function, _| {
        if call(
            &canvas,
            "toBlob",
            &[resolve.clone().into(), "image/png".into()],
        )
        .is_none()
        {
            let _ = resolve.call1(&JsValue::NULL, &JsValue::NULL);
        }
    });
    JsFuture::from(made).await.ok().filter(|b| b.is_object())
}

/// Downloads the card as `crossroads-result.png`. True when the download was handed to the
/// browser.
pub async fn save(card: Card) -> bool {
    let Some(blob) = png(&card).await else {
        return false;
    };
    let Some(url) = get(&js_sys::global(), "URL") else {
        return false;
    };
    let Some(address) = call(&url, "createObjectURL", &[blob]) else {
        return false;
    };
    let Some(link) = document().and_then(|d| d.create_element("a").ok()) else {
        return false;
    };
    let _ = link.set_attribute("href", &address.as_string().unwrap_or_default());
    let _ = link.set_attribute("download", FILE_NAME);
    if call(&link, "click", &[]).is_none() {
        return false;
    }
    // The browser reads the address as the download starts; it is freed well after.
    super::after(60_000, move || {
        call(&url, "revokeObjectURL", &[address]);
    });
    true
}

/// The card as a file the share sheet accepts, when it accepts files at all.
pub async fn shareable(card: &Card, navigator: &JsValue) -> Option<JsValue> {
    get(navigator, "canShare").filter(|f| f.is_function())?;
    let blob = png(card).await?;
    let constructor: Function = get(&js_sys::global(), "File")?.dyn_into().ok()?;
    let options = Object::new();
    set(&options, "type", "image/png");
    let file = Reflect::construct(
        &constructor,
        &Array::of3(&Array::of1(&blob), &FILE_NAME.into(), &options),
    )
    .ok()?;
    let probe = Object::new();
    set(&probe, "files", Array::of1(&file));
    call(navigator, "canShare", &[probe.into()])?
        .as_bool()
        .unwrap_or(false)
        .then_some(file)
}
