// A WordPress post that embeds the widget as WordPress embeds an oEmbed provider it does not
// know, for the end-to-end tests (wordpress.spec.mjs), served by the host server
// (server.mjs) at /wordpress.html. Made from an oEmbed document (the one scripts/oembed.mjs
// writes beside a build: a blockquote with a plain link to the widget, then a titled iframe
// of the widget's address; `postPage` takes any such document) the way WordPress's
// wp_filter_oembed_result (wp-includes/embed.php) treats its `html`, as that function is
// described here, not copied:
// - only `rich` and `video` documents are changed;
// - the markup is cut down to a blockquote (no attributes) holding links (href only) and an
//   iframe (src, width, height, frameborder, marginwidth, marginheight, scrolling, title):
//   the first blockquote, if any, and the iframe, which must be there;
// - a secret of 10 letters and digits goes into the frame's address (`#?secret=…`, HTML-escaped
//   as esc_url does) and into `data-secret` on the iframe and the blockquote;
// - with a blockquote, the frame is hidden (positioned and clipped) and the blockquote
//   marked `wp-embedded-content`; the frame is always `wp-embedded-content`, sandboxed to
//   scripts alone, and `security="restricted"`.
// The host page then loads WordPress's own wp-embed.js, from Debian's package (scripts/setup
// puts it in target/wordpress/), which reveals the frame and sizes it when the widget speaks.
import { randomInt } from 'node:crypto';

const ALLOWED = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** Ten random letters and digits, as WordPress makes a secret. */
export function newSecret() {
  return Array.from({ length: 10 }, () => ALPHANUMERIC[randomInt(ALPHANUMERIC.length)]).join('');
}

/** Keeps the allowed elements and attributes of simple markup (no comments, no `>` in values). */
function allowOnly(html, allowed) {
  return html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g, (_, close, tag, attributes) => {
    const name = tag.toLowerCase();
    if (!(name in allowed)) return '';
    if (close) return `</${name}>`;
    const kept = [...attributes.matchAll(/([a-zA-Z-]+)\s*=\s*("[^"]*"|'[^']*')/g)]
      .filter(([, key]) => allowed[name].includes(key.toLowerCase()))
      .map(([, key, value]) => ` ${key.toLowerCase()}=${value}`);
    return `<${name}${kept.join('')}>`;
  });
}

/**
 * What WordPress puts in a post for an oEmbed document from a provider it does not know:
 * the document's `html` filtered as described above, or null where WordPress would show none.
 */
export function embedMarkup(oembed, secret = newSecret()) {
  if (!['rich', 'video'].includes(oembed.type)) return oembed.html ?? null;
  let html = allowOnly(oembed.html, ALLOWED);
  const parts = html.match(/(<blockquote>[\s\S]*?<\/blockquote>)?[\s\S]*(<iframe[\s\S]*?><\/iframe>)/);
  if (!parts?.[2]) return null;
  const [, blockquote = '', iframe] = parts;
  html = blockquote + iframe;
  const src = html.match(/ src=(["'])(.*?)\1/);
  if (src) {
    const [attribute, quote, url] = src;
    const address = `${url}#?secret=${secret}`.replaceAll('&', '&#038;');
    html = html.replace(attribute, ` src=${quote}${address}${quote} data-secret=${quote}${secret}${quote}`);
    html = html.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  if (blockquote) {
    html = html.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    html = html.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return html.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** A post with the embed in WordPress's embed block, and WordPress's wp-embed.js. */
export function postPage(oembed, secret) {
  const markup = embedMarkup(oembed, secret);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>A WordPress post with Crossroads</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="host.css">
  <link rel="stylesheet" href="wordpress.css">
  <script src="record.js"></script>
</head>
<body>
  <article>
    <h1>Should I become a manager?</h1>
    <p>A few thoughts, then a tool to try for yourself.</p>
    <figure class="wp-block-embed is-type-rich wp-block-embed-crossroads"><div class="wp-block-embed__wrapper">
${markup}
    </div></figure>
    <p id="after">The rest of the post.</p>
    <div class="spacer"></div>
  </article>
  <script src="/wp-includes/js/wp-embed.js"></script>
</body>
</html>
`;
}
