// A loopback static server on a free port, for the benchmark (scripts/bench): serves a folder
// as is, `/` as index.html, nothing cached, nothing outside the folder. Text and wasm go out
// gzip-compressed at level 9 when the browser accepts gzip, as a static host would send them,
// so that an emulated slow connection carries what a real one would, and the bytes a page
// fetches are the gzip sizes the bench counts (`gzipSize`). It buys no budget; it measures them.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES } from '../content-types.mjs';

/** The kinds of file a host compresses (everything the widget ships but images other than SVG). */
export const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt']);

const gzipped = new Map(); // path -> { mtimeMs, size, body }

/** A file's body as this server sends it to a browser that accepts gzip. */
export function servedBody(file) {
  const data = readFileSync(file);
  if (!COMPRESSIBLE.has(extname(file).toLowerCase())) return { body: data, gzip: false };
  const { mtimeMs, size } = statSync(file);
  let cached = gzipped.get(file);
  if (!cached || cached.mtimeMs !== mtimeMs || cached.size !== size) {
    cached = { mtimeMs, size, body: gzipSync(data, { level: 9 }) };
    gzipped.set(file, cached);
  }
  return { body: cached.body, gzip: true };
}

/** The bytes a page fetches for a file: its gzip -9 size if compressible, else its size. */
export const gzipSize = (file) => servedBody(file).body.length;

export function serveStatic(root) {
  const server = createServer((req, res) => {
    let p = decodeURIComponent((req.url ?? '/').split('?')[0]);
    if (p.endsWith('/')) p += 'index.html';
    const file = normalize(join(root, p));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end('not found');
      return;
    }
    const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const { body, gzip } = accepts ? servedBody(file) : { body: readFileSync(file), gzip: false };
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}
