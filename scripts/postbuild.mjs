// After `trunk build --release`:
// - minifies the wasm-bindgen glue (Trunk's own JS minifier cannot parse it) and updates
//   its integrity hash in index.html;
// - moves Trunk's inline start-up script out of index.html into its own file, so the
//   widget runs under a strict Content-Security-Policy (`script-src 'self'
//   'wasm-unsafe-eval'`) with no hash or nonce to keep in step.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');
// Trunk minifies the release HTML, so attribute quotes may be gone.
const inline = /<script type="?module"?>([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  if (/<script type="?module"? async src="?\.\/start-/.test(html)) process.exit(0); // already done
  console.error('postbuild: no inline start-up script found in dist/index.html');
  process.exit(1);
}
// Trunk's start-up code, loaded dynamically so that a browser without WebAssembly (or a
// failed download) gets a clear message in place of the intro's inert Start button.
const trunk = found[1].trim();
const staticImport = /import init, \* as bindings from '([^']+)';/;
if (!staticImport.test(trunk)) {
  console.error('postbuild: unexpected start-up script from Trunk:\n' + trunk);
  process.exit(1);
}
// The glue: minified in place, under the same name; the modulepreload's integrity follows.
const gluePath = join(dist, trunk.match(staticImport)[1]);
const glue = readFileSync(gluePath, 'utf8');
const small = (await minify(glue, { module: true, compress: true, mangle: true })).code;
if (!small || !html.includes(sri(glue))) {
  console.error(`postbuild: could not minify ${gluePath}, or index.html lacks its integrity hash`);
  process.exit(1);
}
writeFileSync(gluePath, small);
html = html.replace(sri(glue), sri(small));
console.log(`postbuild: ${gluePath} minified, ${glue.length} -> ${small.length} bytes`);

// The script is async: it starts as soon as it arrives instead of waiting, as a deferred
// script would, for the style sheet; only the mounting waits for the page to be parsed.
const start = trunk.replace(
  staticImport,
  "const bindings = await import('$1');\nwindow.wasmBindings = bindings;\nconst init = bindings.default;\nawait parsed;",
);
const code = `const parsed = new Promise((resolve) => {
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', resolve, { once: true });
  else resolve();
});
const say = async (text) => {
  await parsed;
  const root = document.getElementById('crossroads');
  if (!root || root.querySelector('.error-screen')) return;
  const note = document.createElement('p');
  note.className = 'no-wasm';
  note.setAttribute('role', 'alert');
  note.textContent = text;
  const actions = root.querySelector('.actions');
  if (actions) actions.replaceWith(note);
  else root.append(note);
};
// A panic in the release traps at once (panic = "immediate-abort"): the trap surfaces
// here, from an event handler or a microtask, and the widget shows its error screen
// instead of freezing. If the broken module cannot even do that, a plain message stands in.
const trapped = (error) => {
  if (!(error instanceof WebAssembly.RuntimeError)) return;
  try {
    window.wasmBindings.showErrorScreen(String(error));
  } catch {
    say('Crossroads hit a problem it did not expect. Reload the page to continue; your saved answers are kept.');
  }
};
if (typeof WebAssembly !== 'object') {
  say('Crossroads needs WebAssembly, which this browser does not offer or has turned off. Please open this page in a current version of Firefox, Chrome, Edge or Safari.');
} else {
  addEventListener('error', (e) => trapped(e.error));
  addEventListener('unhandledrejection', (e) => trapped(e.reason));
  try {
${start.split('\n').map((l) => '    ' + l).join('\n')}
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) trapped(e);
    else say('Crossroads could not start: its files did not load. Check the connection and reload the page.');
    throw e;
  }
}
`;
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;

writeFileSync(join(dist, name), code);
writeFileSync(
  indexPath,
  html.replace(inline, `<script type="module" async src="./${name}" integrity="${sri(code)}" crossorigin="anonymous"></script>`),
);
console.log(`postbuild: start-up script moved to ${name}`);
