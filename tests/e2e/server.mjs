// A tiny static server for the end-to-end tests: serves the release build (dist/) at the
// site root and under a sub-path, the way an intranet or blog host would, and under /csp/
// with the strict Content-Security-Policy of docs/embedding.md. Loopback only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { CONTENT_TYPES } from '../content-types.mjs';

const root = resolve(process.env.CROSSROADS_DIST ?? 'dist');
const port = Number(process.env.CROSSROADS_PORT ?? 8090);
export const SUB_PATH = '/tools/crossroads/';
// Where the host pages (tests/e2e/hosts/) say the widget is, and where it is in this run.
const DEFAULT_WIDGET_ORIGIN = 'http://127.0.0.1:8090';
const WIDGET_ORIGIN = process.env.CROSSROADS_WIDGET_ORIGIN;
// Under this prefix every response carries STRICT_CSP (csp.spec.mjs).
export const CSP_PATH = '/csp/';
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'";


async function resolveFile(urlPath) {
  let p = decodeURIComponent(urlPath.split('?')[0]);
  if (p.startsWith(SUB_PATH)) p = '/' + p.slice(SUB_PATH.length);
  else if (p.startsWith(CSP_PATH)) p = '/' + p.slice(CSP_PATH.length);
  if (p.endsWith('/')) p += 'index.html';
  const file = normalize(join(root, p));
  if (!file.startsWith(root)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const file = await resolveFile(req.url ?? '/');
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
    return;
  }
  const headers = {
    'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    // As the widget's host should: a sandboxed frame (an opaque origin) loads the module
    // script and the wasm with CORS requests.
    'access-control-allow-origin': '*',
  };
  if ((req.url ?? '/').startsWith(CSP_PATH)) headers['content-security-policy'] = STRICT_CSP;
  let body = await readFile(file);
  // Host pages name the widget at its default address; point them at this run's widget
  // server, so that two suites can run side by side on other ports.
  if (WIDGET_ORIGIN && extname(file) === '.html') {
    body = body.toString('utf8').replaceAll(DEFAULT_WIDGET_ORIGIN, WIDGET_ORIGIN);
  }
  res.writeHead(200, headers);
  res.end(body);
}).listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}/, ${SUB_PATH} and ${CSP_PATH} (strict CSP)`);
});
