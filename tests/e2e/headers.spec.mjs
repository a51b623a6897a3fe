// The headers every kind of file is served with, as the build ships them for hosts
// (dist/_headers, written by scripts/hosting.mjs; server.mjs sends what it says, from
// wherever the folder is served): the strict policy on the pages, CORS on every file, a
// year's immutable caching for the files named by their bytes and a revalidation for
// everything else. Read from the browser's own responses for what the widget loads,
// at the root and under a sub-path.
import { IMMUTABLE, REVALIDATE, STRICT_CSP } from '../../scripts/hosting.mjs';
import { test, expect } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

const PAGE = { csp: STRICT_CSP, cors: '*', cache: REVALIDATE };
const HASHED = { csp: undefined, cors: '*', cache: IMMUTABLE };
const NAMED = { csp: undefined, cors: '*', cache: REVALIDATE };

// What the widget loads, by kind: the last part of its path, and the headers it must carry.
// The page, its style sheets, the start-up script and the organisation's file on every visit;
// the app (its glue, its wasm and the page's words) on interest.
const LOADED = [
  ['the page', /\/$/, PAGE],
  ['the start-up script', /\/start-[0-9a-f]{16}\.js$/, HASHED],
  ['the stylesheet', /\/main-[0-9a-f]+\.css$/, HASHED],
  ["the screens' stylesheet", /\/rest-[0-9a-f]+\.css$/, HASHED],
  ["the organisation's file (the build's default)", /\/crossroads\.json$/, NAMED],
  ['the wasm-bindgen glue', /\/crossroads-[0-9a-f]{16}\.js$/, HASHED],
  ['the wasm', /\/crossroads-[0-9a-f]{16}_bg\.wasm$/, HASHED],
  ['the words', /\/words-[0-9a-f]{16}\.txt$/, HASHED],
];

const seen = (headers) => ({
  csp: headers['content-security-policy'],
  cors: headers['access-control-allow-origin'],
  cache: headers['cache-control'],
});

for (const [where, base] of [
  ['at the root', '/'],
  ['under a sub-path', '/tools/crossroads/'],
]) {
  test(`each kind of file carries the headers the build ships for it (${where})`, async ({ page, widget }) => {
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await widget.open(`.${base}`);
    // The app and the words come when the reader shows an interest.
    await widget.interest();

    for (const [kind, pattern, expected] of LOADED) {
      const found = responses.filter((r) => pattern.test(new URL(r.url()).pathname));
      expect(found.length, `${kind}: one response`).toBe(1);
      const [response] = found;
      expect(new URL(response.url()).pathname.startsWith(base), kind).toBe(true);
      expect(response.status(), kind).toBe(200);
      expect(seen(await response.allHeaders()), kind).toEqual(expected);
    }

    // What the widget's page does not load itself: the icon (headless Chromium asks for no
    // icon), the loader host pages include, the module for WordPress's frame, and the pages
    // the loader frames for result events.
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    // Relative, so that it resolves under any sub-path.
    expect(icon).toMatch(/^(\.\/)?favicon-[0-9a-f]+\.svg$/);
    for (const [kind, path, expected] of [
      ['the icon', icon, HASHED],
      ['the embed loader', './embed.js', NAMED],
      ["the module for WordPress's frame", './wp-frame.js', NAMED],
      ['the page itself, by its name', './index.html', PAGE],
      ['the page for result events (summary)', './receives-summary.html', PAGE],
      ['the page for result events (link)', './receives-link.html', PAGE],
    ]) {
      const response = await page.request.get(new URL(path, page.url()).href);
      expect(response.status(), kind).toBe(200);
      expect(seen(response.headers()), kind).toEqual(expected);
    }

    // A host reads _headers and never serves it.
    expect((await page.request.get(new URL('./_headers', page.url()).href)).status()).toBe(404);
  });
}
