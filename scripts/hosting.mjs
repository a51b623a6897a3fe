// What a host sends with the widget, in one place: its Content-Security-Policy, and the
// `_headers` file that scripts/build writes into dist/ for the hosts that read one (Netlify,
// Cloudflare Pages). The README, docs/hosting.md and the end-to-end test server
// (tests/e2e/server.mjs, through tests/e2e/headers-file.mjs) take the policy and the headers
// from here, and tests/hosting.test.mjs holds every copy of the policy in the docs to it.
//
// Budget: none of the first load (≤ 100 KB gzip): a host reads `_headers`, a browser never
// does. Requirements it buys, on any host that reads the file, with nothing to copy by hand:
// - every page runs under the strict policy (README, "Content-Security-Policy for hosts");
// - every file carries `Access-Control-Allow-Origin: *`, which a sandboxed frame needs to
//   load the code, the stylesheet and the words (docs/embedding.md, "Sandboxed frames"); the
//   pages too, so that a server can send it for the whole folder alike;
// - a returning reader fetches no code again: the files named by their bytes are cached for a
//   year, immutable, and everything else (the pages, the loader, which hosts link to by name)
//   is revalidated on every use, so that a new release shows at once.
// Tests: tests/hosting.test.mjs (the file a build wrote, against dist/; the docs' copies of
// the policy) and tests/e2e/headers.spec.mjs (the headers as served, file type by file type).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The policy every page of the widget runs under. No hash or nonce: the pages run no
 *  inline script (the start-up script is a file, start/start.js). */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'";

/** Files named by their bytes: a new release has new names, so a copy never goes stale. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else: kept, but asked after on every use (a 304 when unchanged). Not a
 *  max-age of minutes: a page kept a few minutes past a release would ask for code that the
 *  release removed, and a loader kept past it would frame a widget newer than itself. */
export const REVALIDATE = 'no-cache';
/** The widget's files are public: any origin may read them, a sandboxed frame's too. */
export const CORS = { 'Access-Control-Allow-Origin': '*' };

// Files linked by name: the loaders, the oEmbed description (`oembed.json`) and the
// organisation's file (`crossroads.json`, docs/organisations.md: the build ships an empty
// one, which an organisation replaces), read on every load, from a sandboxed frame too.
const BESIDE = ['oembed.json', 'crossroads.json'];
const NAMED = ['embed.js', 'wp-frame.js', ...BESIDE];

// Names the build gives by content: Trunk's (the code, the styles, the start-up script, the
// icon: a hash in hex, which may drop leading zeros), the words files (scripts/finish.mjs) and the
// link preview's images (scripts/preview.mjs).
// The end of such a name, as a regular expression that docs/hosting.md's server snippets
// repeat (tests/hosting.test.mjs checks that they do).
export const HASHED_SUFFIX = String.raw`-[0-9a-f]{8,16}(?:_bg\.wasm|\.txt|\.js|\.css|\.svg|\.png)$`;
const HASHED = new RegExp(`^[a-z]+(?:-[a-z]+)*${HASHED_SUFFIX}`);

// The three kinds of file, each with what it is sent with.
const KINDS = {
  page: {
    about: 'The pages: the strict policy, revalidated on every use.',
    headers: { 'Content-Security-Policy': STRICT_CSP, ...CORS, 'Cache-Control': REVALIDATE },
  },
  hashed: {
    about: 'The files named by their bytes: kept for a year.',
    headers: { ...CORS, 'Cache-Control': IMMUTABLE },
  },
  named: {
    about: 'The files others link to by name: revalidated on every use.',
    headers: { ...CORS, 'Cache-Control': REVALIDATE },
  },
};

/**
 * The kind of a file of dist/ (or of one that may sit beside it), by its name; throws for a
 * file it does not know, so that a new kind of file cannot ship without a decision.
 */
function kindOf(name) {
  if (name.endsWith('.html')) return 'page';
  if (name.includes('/')) throw new Error(`hosting: dist/${name}: only pages have a language's folder`);
  if (HASHED.test(name)) return 'hashed';
  if (NAMED.includes(name)) return 'named';
  throw new Error(`hosting: no headers decided for dist/${name}; add it to scripts/hosting.mjs`);
}

/** The headers for one file of dist/, by its name (see kindOf). */
export function headersForFile(name) {
  return KINDS[kindOf(name)].headers;
}

/**
 * The paths a host may serve a file under, from the site's root: a page also without its
 * `.html` (Cloudflare Pages redirects `/page.html` to `/page`, and so does Netlify with pretty
 * URLs), `index.html` also as `/`.
 */
export function pathsForFile(name) {
  const folder = name.slice(0, name.lastIndexOf('/') + 1);
  if (name === `${folder}index.html`) return [`/${folder}`, `/${name}`];
  if (name.endsWith('.html')) return [`/${name}`, `/${name.slice(0, -'.html'.length)}`];
  return [`/${name}`];
}

/**
 * The `_headers` file for these file names (those of dist/, top level), in the subset of
 * the format that Netlify and Cloudflare Pages read alike: one block per path, each path
 * spelled out (no splat or placeholder), so that a request matches exactly one block and no
 * rule for combining blocks, on which the two differ, ever applies.
 */
export function headersFile(names) {
  const files = [...new Set([...names.filter((n) => n !== '_headers'), ...BESIDE])].sort(
    (a, b) => (a === 'index.html' ? -1 : b === 'index.html' ? 1 : a < b ? -1 : 1),
  );
  const groups = Object.entries(KINDS).map(([kind, { about, headers }]) => {
    const lines = Object.entries(headers).map(([k, v]) => `  ${k}: ${v}\n`).join('');
    const paths = files.filter((name) => kindOf(name) === kind).flatMap(pathsForFile);
    return `# ${about}\n` + paths.map((path) => `${path}\n${lines}`).join('\n');
  });
  return (
    '# Crossroads: the response headers for its files, for Netlify and Cloudflare Pages, written\n' +
    '# by scripts/build (scripts/hosting.mjs). The paths assume that this folder is the root of\n' +
    '# the site; served under a sub-path, put that path before each (docs/hosting.md).\n\n' +
    groups.join('\n')
  );
}

/** The files of dist/, by their paths from it (a language's pages in its folder). */
export function filesOf(dist) {
  return readdirSync(dist, { withFileTypes: true }).flatMap((e) => {
    if (e.isFile()) return [e.name];
    // A language's pages (scripts/finish.mjs): de/index.html and the like.
    if (e.isDirectory() && /^[a-z]{2}$/.test(e.name)) {
      return readdirSync(join(dist, e.name)).map((name) => `${e.name}/${name}`);
    }
    throw new Error(`hosting: dist/${e.name} is not a file or a language's folder`);
  });
}

/** Writes dist/_headers for the files in dist/; returns its text. */
export function writeHeadersFile(dist) {
  const text = headersFile(filesOf(dist));
  writeFileSync(join(dist, '_headers'), text);
  return text;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  const text = writeHeadersFile(dist);
  console.log(`hosting: ${join(dist, '_headers')} written, ${text.split('\n').filter((l) => l.startsWith('/')).length} paths`);
}
