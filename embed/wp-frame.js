// Crossroads in WordPress's embed frame (docs/embedding.md, "WordPress").
//
// WordPress shows an oEmbed provider's page in a sandboxed `<iframe class="wp-embedded-content">`:
// it adds `#?secret=` and ten letters and digits to the frame's address and the same secret
// to the frame (`data-secret`), and, when the embed has a blockquote, shows that instead of
// the frame until the page inside says how tall it is. The host page's wp-embed.js takes
// `{secret, message: "height", value}` from the frame (and clamps it to 200–1000 px), and
// sends the frame `{message: "ready", secret}` once the host page has loaded, after which
// the frame says its height again.
//
// The start-up script (start/start.js) imports this module only when the address's
// fragment starts with `#?secret=`, so no other page fetches it, and calls it as soon as the
// intro works (the intro is the widget: a frame whose start-up script cannot run stays hidden
// behind the blockquote and its link), with the fragment as it was at start.
// scripts/finish.mjs minifies it; hosts revalidate it by name (scripts/hosting.mjs).
export default function wordpress(fragment) {
  // Exactly what WordPress makes (ten ASCII letters and digits) and nothing after it:
  // anything else is not WordPress's frame, and nothing is ever sent.
  const secret = /^#\?secret=([A-Za-z0-9]{10})$/.exec(fragment)?.[1];
  // Not in a frame, or in the loader's (embed/embed.js names its page's origin in `parent`):
  // the widget then talks to the loader alone (src/web/embed.rs).
  if (!secret || parent === window || new URLSearchParams(location.search).has('parent')) return;
  // WordPress's frame carries no `allow="clipboard-write"`, so the browser's permissions
  // policy forbids the Clipboard API there: Chromium refuses it and logs an error on the
  // console at each try, and the widget then copies the older way (src/web/share.rs). So
  // the refusal comes at once, quietly, and "Copy link" goes straight to that way.
  if (document.featurePolicy?.allowsFeature('clipboard-write') === false && navigator.clipboard) {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Not allowed in this frame', 'NotAllowedError'));
  }
  const root = document.getElementById('crossroads');
  if (!root) return;
  let last;
  const tell = (again) => {
    // Measured as src/web/embed.rs measures it for the loader: to the content's bottom,
    // rounded up to whole pixels, wherever the frame is scrolled.
    const height = Math.ceil(root.getBoundingClientRect().bottom + scrollY);
    if (height === last && !again) return;
    last = height;
    // To any origin ("*"), only because this frame does not know its parent's (WordPress's
    // page may be on any site, and nothing WordPress gives the frame names it), and the
    // message holds nothing but the height and the secret the parent itself put in this
    // frame's address.
    parent.postMessage({ secret, message: 'height', value: height }, '*');
  };
  // The same kind of observer as the loader's sizing (src/web/embed.rs, `observe_height`).
  new ResizeObserver(() => tell()).observe(root);
  addEventListener('message', (event) => {
    const data = event.data;
    if (event.source === parent && data?.message === 'ready' && data.secret === secret) tell(true);
  });
  tell();
}
