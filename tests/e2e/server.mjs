// A tiny static server for the end-to-end tests: serves the release build (dist/) at the
// site root and under a sub-path, the way an intranet or blog host would, and under /csp/
// with the strict Content-Security-Policy on every response; as the host pages' server, also
// a WordPress post that embeds the widget (wordpress.spec.mjs). Loopback only.
//
// It sends the headers the build ships for hosts, dist/_headers (scripts/hosting.mjs, read
// by headers-file.mjs), with each file's paths taken from wherever the folder is served:
// `/tools/crossroads/main-….css` gets the headers of `/main-….css`. A folder without one (the
// host pages, tests/e2e/hosts/) gets what a plain host sends: no caching, and CORS for all.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { STRICT_CSP } from '../../scripts/hosting.mjs';
import { CONTENT_TYPES } from '../content-types.mjs';
import { headersFor, parseHeadersFile } from './headers-file.mjs';
import { oembedDocument, pageTitle } from '../../scripts/oembed.mjs';
import { postPage } from './wordpress.mjs';

const root = resolve(process.env.CROSSROADS_DIST ?? 'dist');
const port = Number(process.env.CROSSROADS_PORT ?? 8090);
export const SUB_PATH = '/tools/crossroads/';
// Where the host pages (tests/e2e/hosts/) say the widget is, and where it is in this run.
const DEFAULT_WIDGET_ORIGIN = 'http://127.0.0.1:8090';
const WIDGET_ORIGIN = process.env.CROSSROADS_WIDGET_ORIGIN;
// Under this prefix every response carries STRICT_CSP (csp.spec.mjs), whatever _headers says.
export const CSP_PATH = '/csp/';
// Under /org/<name>/ (also after /csp/) the widget has an organisation's crossroads.json
// beside it: tests/e2e/organisations/<name>.json, or one made here to be too large (`huge`
// says its length, `huge-stream` does not), or under `spa` the page itself, as a server that
// answers every address with its page does.
export const ORG_PATH = '/org/';
const ORGANISATIONS = resolve('tests/e2e/organisations');
const HUGE = JSON.stringify({ organisation: 'Huge', intro: 'x'.repeat(1 << 20) });
// The build's headers for hosts, read once: the build comes before the server.
const HEADERS_FILE = join(root, '_headers');
const rules = existsSync(HEADERS_FILE) ? parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8')) : null;
/** The headers for a path of the folder (from its root), as its host would send them. */
const hostHeaders = (path) =>
  rules ? headersFor(rules, path) : { 'cache-control': 'no-store', 'access-control-allow-origin': '*' };

// A WordPress post (tests/e2e/wordpress.mjs) at /wordpress.html, made from the oEmbed
// document the build writes (scripts/oembed.mjs) for the widget's address in this run, with the secret `?secret=` gives (WordPress makes one
// otherwise), and WordPress's own wp-embed.js, which scripts/setup takes from Debian's
// package into target/wordpress/.
const WORDPRESS_POST = '/wordpress.html';
const WORDPRESS = resolve('target/wordpress');
// The widget's build, served by the other server (playwright.config.mjs), for its page title.
const WIDGET_DIST = resolve('dist');

async function serveWordPress(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const headers = { 'cache-control': 'no-store' };
  if (url.pathname.startsWith('/wp-includes/')) {
    const file = normalize(join(WORDPRESS, url.pathname));
    if (!file.startsWith(WORDPRESS)) return false;
    try {
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end(`${url.pathname} not found: scripts/setup fetches it from Debian's wordpress package`);
    }
    return true;
  }
  if (url.pathname !== WORDPRESS_POST) return false;
  // The document scripts/oembed.mjs writes for a build whose site is the widget's address
  // in this run, titled as the built page is.
  const widgetPage = await readFile(join(WIDGET_DIST, 'index.html'), 'utf8').catch(() => null);
  if (widgetPage === null) return false;
  const oembed = oembedDocument(`${WIDGET_ORIGIN ?? DEFAULT_WIDGET_ORIGIN}/`, pageTitle(widgetPage));
  // Test secrets only: letters, digits and what a malformed one needs, never markup.
  const secret = url.searchParams.get('secret');
  if (secret !== null && !/^[A-Za-z0-9&=._-]{0,40}$/.test(secret)) return false;
  res.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES['.html'] });
  res.end(postPage(oembed, secret ?? undefined));
  return true;
}

/** The organisation of a path under ORG_PATH, and the path without it. */
function organisation(p) {
  const m = p.match(/^\/org\/([a-z0-9-]+)(\/.*)$/);
  return m ? { name: m[1], rest: m[2] } : { name: null, rest: p };
}

/** The file a URL names, and its path from the root of the folder as served there. */
async function resolveFile(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0]);
  if (p.startsWith(SUB_PATH)) p = '/' + p.slice(SUB_PATH.length);
  else if (p.startsWith(CSP_PATH)) p = '/' + p.slice(CSP_PATH.length);
  const org = organisation(p);
  if (org.name) {
    if (org.rest === '/crossroads.json') return { org: org.name, path: org.rest };
    p = org.rest;
  }
  // A host reads _headers; it never serves it.
  if (p === '/_headers') return null;
  const path = p;
  if (p.endsWith('/')) p += 'index.html';
  const file = normalize(join(root, p));
  if (!file.startsWith(root)) return null;
  try {
    return (await stat(file)).isFile() ? { file, path } : null;
  } catch {
    return null;
  }
}

/** Serves an organisation's file; true when the request was for one. */
async function serveOrganisation(res, file, headers) {
  if (!file?.org) return false;
  headers = { ...headers, 'content-type': 'application/json' };
  if (file.org === 'huge') {
    res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(HUGE) });
    res.end(HUGE);
  } else if (file.org === 'spa') {
    res.writeHead(200, { ...headers, 'content-type': 'text/html' });
    res.end(await readFile(join(root, 'index.html')));
  } else if (file.org === 'huge-stream') {
    // Chunked: no length to refuse it by, so the widget must stop reading.
    res.writeHead(200, headers);
    for (let i = 0; i < HUGE.length; i += 65536) res.write(HUGE.slice(i, i + 65536));
    res.end();
  } else {
    try {
      const body = await readFile(join(ORGANISATIONS, `${file.org}.json`));
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
      res.end('not found');
    }
  }
  return true;
}

createServer(async (req, res) => {
  if (await serveWordPress(req, res)) return;
  const found = await resolveFile(req.url ?? '/');
  const headers = found ? hostHeaders(found.path) : {};
  if ((req.url ?? '/').startsWith(CSP_PATH)) headers['content-security-policy'] = STRICT_CSP;
  if (await serveOrganisation(res, found, headers)) return;
  if (!found) {
    // With the CORS header, as a host that sends it for the whole folder does: a sandboxed
    // frame (an opaque origin) asking for an organisation's file that is not there reads a
    // plain 404.
    res.writeHead(404, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
    res.end('not found');
    return;
  }
  const { file } = found;
  headers['content-type'] = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  let body = await readFile(file);
  // Host pages name the widget at its default address; point them at this run's widget
  // server, so that two suites can run side by side on other ports.
  if (WIDGET_ORIGIN && extname(file) === '.html') {
    body = body.toString('utf8').replaceAll(DEFAULT_WIDGET_ORIGIN, WIDGET_ORIGIN);
  }
  res.writeHead(200, headers);
  res.end(body);
}).listen(port, '127.0.0.1', () => {
  console.log(
    `serving ${root} at http://127.0.0.1:${port}/, ${SUB_PATH} and ${CSP_PATH} (strict CSP), ` +
      (rules ? `with the ${rules.length} blocks of its _headers` : 'with no _headers'),
  );
});
