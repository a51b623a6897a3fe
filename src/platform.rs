//! What the screens may ask of the browser, handed down as a context so that components
//! never call browser APIs themselves (and tests can supply their own).

use yew::prelude::*;

/// An asynchronous request with its completion: the text, and a callback told whether it
/// worked.
pub type Request = (String, Callback<bool>);

#[derive(Clone, PartialEq)]
pub struct Platform {
    /// Where result links point: the widget's own address, without fragment.
    pub link_base: AttrValue,
    /// Copies text to the clipboard.
    pub copy: Callback<Request>,
    /// Opens the system share sheet with a link; `None` where the browser has none.
    pub share: Option<Callback<Request>>,
    /// Opens the print dialog.
    pub print: Callback<()>,
}

impl Default for Platform {
    /// A platform that can do nothing: links point nowhere, copying fails.
    fn default() -> Self {
        Platform {
            link_base: AttrValue::default(),
            copy: Callback::from(|(_, done): Request| done.emit(false)),
            share: None,
            print: Callback::noop(),
        }
    }
}

/// The platform from context, or one that can do nothing.
#[hook]
pub fn use_platform() -> Platform {
    use_context::<Platform>().unwrap_or_default()
}
