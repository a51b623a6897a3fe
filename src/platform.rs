//! What the screens may ask of the browser, handed down as a context so that components
//! never call browser APIs themselves (and tests can supply their own). The browser's own
//! is `web::platform`, which the app provides around the screens past the intro.

use yew::prelude::*;

use crate::card::Card;
use crate::earlier::Kept;

/// An asynchronous request with its completion: the text, and a callback told whether it
/// worked.
pub type Request = (String, Callback<bool>);

/// A share: the link, the card to offer with it as an image (where the browser can share
/// files), and the completion.
pub type ShareRequest = (String, Option<Card>, Callback<bool>);

#[derive(Clone, PartialEq)]
pub struct Platform {
    /// Where result links point: the widget's own address, without fragment, or the host
    /// page that embeds it.
    pub link_base: AttrValue,
    /// Links point back to the host page, whose loader reads `#crossroads=…`.
    pub host_page: bool,
    /// Copies text to the clipboard.
    pub copy: Callback<Request>,
    /// Opens the system share sheet with a link; `None` where the browser has none.
    pub share: Option<Callback<ShareRequest>>,
    /// Saves the card as a PNG file (`crate::card::FILE_NAME`).
    pub save_image: Callback<(Card, Callback<bool>)>,
    /// The earlier results kept in this browser, newest first (none when storage is blocked),
    /// dated or not (saying when costs a date formatter).
    pub earlier: Callback<bool, Vec<Kept>>,
    /// Stores the earlier results; false when storage refused.
    pub keep: Callback<Vec<Kept>, bool>,
    /// Moves focus to the element with this id (after what had it is gone).
    pub focus: Callback<AttrValue>,
    /// Opens the print dialog for the short print (the summary, the chart, the next steps).
    pub print: Callback<()>,
    /// Opens the print dialog for everything the result holds.
    pub print_all: Callback<()>,
    /// Opens the print dialog for the conversation guide alone ("Talk it over").
    pub print_talk: Callback<()>,
}

impl Default for Platform {
    /// A platform that can do nothing: links point nowhere, copying fails.
    fn default() -> Self {
        Platform {
            link_base: AttrValue::default(),
            host_page: false,
            copy: Callback::from(|(_, done): Request| done.emit(false)),
            share: None,
            save_image: Callback::from(|(_, done): (Card, Callback<bool>)| done.emit(false)),
            earlier: Callback::from(|_| Vec::new()),
            keep: Callback::from(|_| false),
            focus: Callback::noop(),
            print: Callback::noop(),
            print_all: Callback::noop(),
            print_talk: Callback::noop(),
        }
    }
}

impl Platform {
    /// The full link for a fragment such as `r=…` or `c=…`. On a host page the key becomes
    /// `crossroads=`, which the loader hands to the widget (the codec reads either form).
    pub fn url(&self, fragment: &str) -> String {
        let fragment = match (self.host_page, fragment.split_once('=')) {
            (true, Some((_, value))) => format!("{}={value}", crossroads_core::link::HOST_KEY),
            _ => fragment.to_string(),
        };
        crossroads_core::link::with_fragment(&self.link_base, &fragment)
    }
}

/// The platform from context, or one that can do nothing.
#[hook]
pub fn use_platform() -> Platform {
    use_context::<Platform>().unwrap_or_default()
}
