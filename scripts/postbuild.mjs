// After `trunk build --release`: moves Trunk's inline start-up script out of index.html
// into its own file, so the widget runs under a strict Content-Security-Policy
// (`script-src 'self' 'wasm-unsafe-eval'`) with no hash or nonce to keep in step.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
const html = readFileSync(indexPath, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  if (/<script type="module" src="\.\/start-/.test(html)) process.exit(0); // already done
  console.error('postbuild: no inline start-up script found in dist/index.html');
  process.exit(1);
}
const code = found[1].trim() + '\n';
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const sri = 'sha384-' + createHash('sha384').update(code).digest('base64');
writeFileSync(join(dist, name), code);
writeFileSync(
  indexPath,
  html.replace(inline, `<script type="module" src="./${name}" integrity="${sri}" crossorigin="anonymous"></script>`),
);
console.log(`postbuild: start-up script moved to ${name}`);
