// oEmbed for the release: with CROSSROADS_SITE_URL, scripts/finish.mjs (the build's hook)
// writes the document and the discovery link with these functions; scripts/build first runs
// `node scripts/oembed.mjs --check`, so that a bad address fails before anything compiles.
// Requirement it buys: an author pastes the widget's address on its own line in WordPress's
// block editor (or another oEmbed consumer) and gets the widget, not a bare link
// (docs/embedding.md, "Paste into WordPress"): dist/oembed.json, the oEmbed 1.0 document of
// type "rich", and the discovery link in the head of every page, right after its <title>,
// where WordPress looks for it.
// No budget is spent without the variable: an oEmbed document needs the widget's absolute
// address, which only the admin knows, so nothing is written then and the pages stay byte for
// byte as they were (the first load is ≤ 100 KB gzip with little to spare). With it, each
// page grows by one <link rel="alternate">, which the browser never fetches: the pages'
// Content-Security-Policy holds as it is. tests/site-url.test.mjs checks a build with it.
//
// The html is exactly what WordPress keeps of an unknown provider's html (wp-includes/embed.php,
// wp_filter_oembed_result): its allowed tags and attributes only, a <blockquote> then an
// <iframe>, nothing around them. The iframe's title comes first, where WordPress's
// wp_filter_oembed_iframe_title_attribute puts it; there is no `scrolling="no"`, so a result
// taller than the 1000 px WordPress allows scrolls inside the frame.
import { pathToFileURL } from 'node:url';

export const PROVIDER_NAME = 'Crossroads';
// WordPress's own post embeds are 600 px wide at most (get_oembed_response_data). The height
// is the intro's at that width (493 px), rounded up; WordPress then sizes the frame to what the
// widget says, between 200 and 1000 px. The ratio must stay away from the block editor's
// responsive ratios (1:1, 4:3, 16:9, 9:16, …, within 0.1 above one, getClassNames in its
// embed block): a frame given such a class keeps that shape and no longer follows the
// widget's height. 600/500 = 1.2 is clear of 1:1 and 4:3.
export const WIDTH = 600;
export const HEIGHT = 500;
export const DOCUMENT_NAME = 'oembed.json';
export const LINK_TYPE = 'application/json+oembed';

/** Text made safe in HTML text and attributes (the pages, the preview, the oEmbed html). */
export const escape = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The site URL, checked: an absolute http or https URL of the folder that holds index.html,
 * written as a browser writes it. Throws an Error with a one-line message otherwise.
 */
export function checkSiteUrl(value) {
  const name = 'CROSSROADS_SITE_URL';
  const example = 'such as https://blog.example/crossroads/';
  if (value.trim() === '') throw new Error(`${name} is empty: set it to the widget's absolute address, ${example}, or leave it unset`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} must be an absolute address, ${example}; got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${name} must start with https:// or http://, not ${url.protocol}; got "${value}"`);
  }
  if (url.username || url.password || /^[a-z]+:\/\/[^/]*@/i.test(value)) {
    throw new Error(`${name} must not hold a user name or password: it is published in oembed.json and every page`);
  }
  if (value.includes('?')) throw new Error(`${name} must have no query (?…); got "${value}"`);
  if (value.includes('#')) throw new Error(`${name} must have no fragment (#…): WordPress adds its own to the frame's address; got "${value}"`);
  if (!value.endsWith('/')) {
    throw new Error(`${name} must end with "/" (the folder that holds index.html), ${example}; got "${value}"`);
  }
  if (url.href !== value) throw new Error(`${name} must be written as a browser writes it: "${url.href}"; got "${value}"`);
  // WordPress strips any other character from the frame's address (esc_url).
  const stray = value.match(/[^A-Za-z0-9\-._~:/@!$&'()*+,;=%|[\]]/);
  if (stray) throw new Error(`${name} holds "${stray[0]}", which WordPress strips from a frame's address: percent-encode it`);
  return url.href;
}

/** The title of a built page: the text of its <title>. */
export function pageTitle(html) {
  const found = html.match(/<title>([^<]*)<\/title>/);
  if (!found) throw new Error('the page has no <title>');
  return found[1];
}

/** The oEmbed document (oEmbed 1.0, type "rich") of the widget at `site`, titled `title`. */
export function oembedDocument(site, title) {
  const text = title.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"');
  const html =
    `<blockquote><a href="${escape(site)}">${escape(text)}</a></blockquote>` +
    `<iframe title="${escape(text)}" src="${escape(site)}" width="${WIDTH}" height="${HEIGHT}" frameborder="0"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: text,
    provider_name: PROVIDER_NAME,
    provider_url: site,
    width: WIDTH,
    height: HEIGHT,
    html,
  };
}

/** The discovery link for the oEmbed document at `site`. */
export function discoveryLink(site, title) {
  return `<link rel="alternate" type="${LINK_TYPE}" href="${escape(site + DOCUMENT_NAME)}" title="${title}">`;
}

// `node scripts/oembed.mjs --check`: only checks the variable (scripts/build, before it
// compiles anything, so that a bad address fails in a second rather than after the build).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === '--check') {
  const value = process.env.CROSSROADS_SITE_URL;
  try {
    if (value !== undefined) checkSiteUrl(value);
  } catch (error) {
    console.error(`oembed: ${error.message}`);
    process.exit(1);
  }
}
