// After `trunk build --release`:
// - writes the words to their own file (the catalogue's, crossroads_core::text, and the app's
//   own past the intro, src/words.rs: the release wasm carries only their keys), fetched with
//   the rest of the code: about 10 KB gzip off the first load;
// - splits the wasm in two (scripts/split-wasm.mjs): the intro's first part, and the rest that
//   the glue loads when the reader shows an interest; updates the wasm's integrity hash;
// - minifies the wasm-bindgen glue (Trunk's own JS minifier cannot parse it) and updates
//   its integrity hash in index.html;
// - names the code by its final bytes (the glue, the wasm's two parts, the words: Trunk named
//   them by the wasm cargo built, before the steps here changed them): hosts may keep these
//   files for a year (scripts/hosting.mjs, `_headers`), which is safe only if new bytes
//   always come under a new name. No budget: the hash is 16 hex digits, where Trunk's may
//   drop a leading zero, so the first load moves by a few bytes at most. A host test
//   (tests/hosting.test.mjs) recomputes the name from a build;
// - moves Trunk's inline start-up script out of index.html into its own file, so the
//   widget runs under a strict Content-Security-Policy (`script-src 'self'
//   'wasm-unsafe-eval'`) with no hash or nonce to keep in step;
// - minifies the embed loader (embed/embed.js, copied by Trunk as it is), keeping its
//   `/*!` header: the loader's budget of 3 KB gzip (`scripts/bench --check`,
//   "Embed loader"); 3.3 KB gzip as written, 2.1 KB minified. Every embed test loads
//   the minified copy;
// - minifies what the widget does in WordPress's embed frame (embed/wp-frame.js) into its own
//   hashed file, which the start-up script imports only in such a frame: the first load
//   stays ≤ 100 KB gzip (in the start-up script it is one line, about 60 bytes gzip with
//   the fragment check; the module is 0.5 KB gzip); the end-to-end tests
//   (wordpress.spec.mjs) run it under WordPress's own wp-embed.js;
// - writes the pages that tell the reader what a host page receives with result events on
//   (scripts/receives.mjs), from the final index.html: no budget, the plain widget's files
//   do not change; the end-to-end tests read their static shell with the code blocked.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { minify } from 'terser';
import { codeHash } from './hosting.mjs';
import { LANGUAGES, pageWords, writePages } from './pages.mjs';
import { LEVELS, receivesPage, receivesPageName } from './receives.mjs';
import { FEATURES, runTool, splitWasm } from './split-wasm.mjs';

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
let trunk = found[1].trim();
const staticImport = /import init, \* as bindings from '([^']+)';/;
if (!staticImport.test(trunk)) {
  console.error('postbuild: unexpected start-up script from Trunk:\n' + trunk);
  process.exit(1);
}
// The wasm, split in two (scripts/split-wasm.mjs): the first part replaces it under the same
// name, and its preload's integrity follows; the rest is fetched by the glue's loader below.
const wasmName = trunk.match(/module_or_path: '\.\/([^']+_bg\.wasm)'/)?.[1];
if (!wasmName) {
  console.error('postbuild: the start-up script does not name the wasm');
  process.exit(1);
}
// CROSSROADS_NO_SPLIT=1 keeps it whole (names dropped), should splitting ever fail.
const split = process.env.CROSSROADS_NO_SPLIT !== '1';
const wasmBefore = readFileSync(join(dist, wasmName));
const restName = split
  ? splitWasm(dist, wasmName, 'wasm-split', 'wasm-opt', 'wasm-dis')
  : (runTool('wasm-opt', ['-Oz', ...FEATURES, join(dist, wasmName), '-o', join(dist, wasmName)]), null);
const wasmAfter = readFileSync(join(dist, wasmName));
if (!html.includes(sri(wasmBefore))) {
  console.error(`postbuild: index.html lacks the integrity hash of ${wasmName}`);
  process.exit(1);
}
html = html.replace(sri(wasmBefore), sri(wasmAfter));

// The glue learns to load the rest: its placeholders are imports of the first part, and the
// rest, once instantiated, puts the real functions in their table slots.
const gluePath = join(dist, trunk.match(staticImport)[1]);
let glue = readFileSync(gluePath, 'utf8');
// The words (the catalogue's and the app's own past the intro), printed by
// examples/text_file.rs (a host build, without the wasm build's options, in the profile the
// host tests share), once per language (scripts/pages.mjs), each under a name that changes
// with it. A page fetches its own language's only.
const cargoEnv = { ...process.env };
for (const name of Object.keys(cargoEnv)) if (name.startsWith('CARGO_UNSTABLE_') || name === 'RUSTC_BOOTSTRAP') delete cargoEnv[name];
const wordsFiles = {};
for (const code of LANGUAGES) {
  const args = ['run', '--quiet', '-p', 'crossroads', '--example', 'text_file', '--', '--lang', code];
  const printed = spawnSync('cargo', args, { env: cargoEnv, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (printed.status !== 0 || !printed.stdout) {
    console.error(`postbuild: could not print the words file in ${code}:\n` + printed.stderr);
    process.exit(1);
  }
  const words = printed.stdout;
  const name = wasmName.replace(/_bg\.wasm$/, '') + '_text-' + createHash('sha256').update(words).digest('hex').slice(0, 16) + '.txt';
  writeFileSync(join(dist, name), words);
  wordsFiles[code] = { name, words };
  console.log(`postbuild: ${name} written (${code}), ${Buffer.byteLength(words)} bytes`);
}
const words = LANGUAGES.map((code) => wordsFiles[code].words).join('');
// The pseudo-language (accented, 40% longer: docs/translating.md), for the layout tests
// only: its words file and the page's words, beside the build in target/pseudo/, never in
// dist/ (tests/e2e/reflow.spec.mjs puts them in a page).
mkdirSync('target/pseudo', { recursive: true });
for (const [file, args] of [['words.txt', ['--pseudo']], ['page-words.txt', ['--pseudo', '--page']]]) {
  const printed = spawnSync('cargo', ['run', '--quiet', '-p', 'crossroads', '--example', 'text_file', '--', ...args], { env: cargoEnv, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (printed.status !== 0 || !printed.stdout) {
    console.error('postbuild: could not print the pseudo-language:\n' + printed.stderr);
    process.exit(1);
  }
  writeFileSync(join('target/pseudo', file), printed.stdout);
}
glue += `
  // The catalogue's words (crossroads_core::text), added by scripts/postbuild.mjs, in the
  // page's language: its words file and integrity hash are in <html data-text>
  // (scripts/pages.mjs), so that the glue is the same for every language and a page names
  // only its own. Fetched with the rest of the code, and handed to the app, which installs
  // them.
  const [wordsName, wordsIntegrity] = (document.documentElement.dataset.text ?? '').split(' ');
  const wordsUrl = new URL('./' + wordsName, import.meta.url);
  let wordsPromise;
  function loadWords(fresh) {
      if (fresh) wordsPromise = undefined;
      const attempt = (wordsPromise ??= (async () => {
          const response = await fetch(wordsUrl, { integrity: wordsIntegrity });
          if (!response.ok) throw new Error(\`could not load \${wordsUrl}: \${response.status}\`);
          return response.text();
      })());
      attempt.catch(() => {
          if (wordsPromise === attempt) wordsPromise = undefined;
      });
      return attempt;
  }
`;
// The styles of the screens past the intro (styles/rest.css, which Trunk names, minifies and
// links): not linked by the page, but loaded with the rest of the code.
const restStyle = /<link crossorigin href=\.\/(rest-[0-9a-f]+\.css) integrity=(sha384-[^ >]+) rel=stylesheet>/;
const [restStyleLink, restStyleName, restStyleIntegrity] = html.match(restStyle) ?? [];
if (!restStyleLink) {
  console.error('postbuild: index.html does not link rest-….css as Trunk writes it');
  process.exit(1);
}
html = html.replace(restStyleLink, '');
glue += `
  // The styles of every screen past the intro, added by scripts/postbuild.mjs: loaded with
  // the rest of the code, so that no such screen shows before they apply.
  let stylePromise;
  function loadStyle() {
      return (stylePromise ??= new Promise((resolve, reject) => {
          const link = document.createElement('link');
          link.rel = 'stylesheet';
          link.crossOrigin = 'anonymous';
          link.integrity = '${restStyleIntegrity}';
          link.href = new URL('./${restStyleName}', import.meta.url);
          link.onload = resolve;
          link.onerror = () => {
              link.remove();
              stylePromise = undefined;
              reject(new Error(\`could not load \${link.href}\`));
          };
          document.head.append(link);
      }));
  }
`;
glue += `
  // An organisation's crossroads.json (docs/organisations.md), as the start-up script found
  // it beside the page: its text, false when it is too large to read, null when there is none.
  let organisationFile = Promise.resolve(null);
  export function organisation(found) {
      if (found) organisationFile = found;
      return organisationFile;
  }
  // The note the intro shows of the same file before the rest reads it (src/web/rest.rs),
  // as the browser parses it, unchecked; null without a file, with one the browser cannot
  // parse, or with one the core will refuse as too large (one sent without its length).
  // A note given per language (docs/organisations.md) is read as the core reads it: the
  // page's language, else the English, else the first given.
  export function organisationNote() {
      return organisationFile
          .then((text) => {
              if (new Blob([text]).size > 16384) return null;
              const note = JSON.parse(text).intro;
              if (!note || typeof note !== 'object') return note;
              return note[document.documentElement.lang] ?? note.en ?? Object.values(note)[0];
          })
          .catch(() => null);
  }
`;
if (!split) {
  console.log(`postbuild: ${wasmName} kept whole (CROSSROADS_NO_SPLIT=1): ${wasmAfter.length} bytes`);
  glue += `
// The module is whole (CROSSROADS_NO_SPLIT=1): only the words are still to load.
export function loadRest(fresh = false) {
    return Promise.all([loadWords(fresh), loadStyle()]).then(([text]) => text);
}
export function restReady() {
    return true;
}
export function loadRestFirst() {
    loadWords().catch(() => {});
}
`;
} else {
  const rest = readFileSync(join(dist, restName));
  console.log(`postbuild: ${wasmName} split: ${wasmBefore.length} -> ${wasmAfter.length} bytes, and ${restName} ${rest.length} bytes`);
  const once = (text, pattern, replacement) => {
    const found = text.match(new RegExp(pattern.source, 'g'));
    if (found?.length !== 1) {
      console.error(`postbuild: expected ${pattern} once in the wasm-bindgen glue, found it ${found?.length ?? 0} times`);
      process.exit(1);
    }
    return text.replace(pattern, replacement);
  };
  glue = once(glue, /(function __wbg_get_imports\(\) \{[\s\S]*?\n    return \{\n        __proto__: null,)/, '$1\n        placeholder: placeholders,');
  glue = once(glue, /\n    wasm\.__wbindgen_start\(\);/, '\n    if (restModule) instantiateRest(restModule);\n    wasm.__wbindgen_start();');
  // When the rest is wanted from the start, both parts download and compile side by side,
  // and the first part starts once the rest is ready to link.
  glue = once(glue, /(\n    const \{ instance, module \} = await __wbg_load\(await module_or_path, imports\);)/, '$1\n    if (restFirst) await restFirst;');
  glue += `
  // The rest of the module (scripts/split-wasm.mjs), added by scripts/postbuild.mjs.
  const restUrl = new URL('./${restName}', import.meta.url);
  const restIntegrity = '${sri(rest)}';
  let restModule, restPromise, restFirst, restLoaded = false;
  function instantiateRest(module) {
      if (restLoaded) return;
      new WebAssembly.Instance(module, { primary: wasm });
      restLoaded = true;
  }
  // The first part calls code of the rest through these until the rest is linked. The app
  // never leaves the intro before that (src/web/rest.rs), so a call here is a bug: it traps
  // (the start-up script then shows the error screen) rather than fetch anything
  // synchronously.
  const placeholders = new Proxy({}, {
      get: (_, slot) => () => {
          throw new WebAssembly.RuntimeError(\`code of the rest (slot \${String(slot)}) ran before it was loaded\`);
      },
  });
  /** Fetches and compiles the rest of the module, then links it, and fetches the words side
   *  by side; resolves with the words when both are in. \`fresh\` starts new requests even
   *  while some are under way (a reader's "try again"). */
  export function loadRest(fresh = false) {
      if (fresh && !restLoaded) restPromise = undefined;
      const code = restLoaded ? Promise.resolve() : (restPromise ??= (async () => {
          const response = await fetch(restUrl, { integrity: restIntegrity });
          if (!response.ok) throw new Error(\`could not load \${restUrl}: \${response.status}\`);
          const module = await WebAssembly.compile(await response.arrayBuffer());
          restModule ??= module;
          if (wasm) instantiateRest(restModule);
      })());
      code.catch(() => {
          if (restPromise === code) restPromise = undefined;
      });
      return Promise.all([code, loadWords(fresh), loadStyle()]).then(([, text]) => text);
  }
  /** Starts loading the rest before the first part starts, which then waits for it. */
  export function loadRestFirst() {
      loadRest().catch(() => {});
      // The first part waits for the rest's code only; the words come on their own.
      restFirst = restPromise?.catch(() => {});
  }
  /** Whether the rest of the module is linked. */
  export function restReady() {
      return restLoaded;
  }
  `;
}

// The glue: minified in place, under the same name; the modulepreload's integrity follows.
const glueBefore = readFileSync(gluePath, 'utf8');
const small = (await minify(glue, { module: true, compress: true, mangle: true })).code;
if (!small || !html.includes(sri(glueBefore))) {
  console.error(`postbuild: could not minify ${gluePath}, or index.html lacks its integrity hash`);
  process.exit(1);
}
writeFileSync(gluePath, small);
html = html.replace(sri(glueBefore), sri(small));
console.log(`postbuild: ${gluePath} minified, ${glueBefore.length} -> ${small.length} bytes`);

// The code, named by its final bytes: a change to a step above alone (a rule of the split, a
// new wasm-opt or terser, the glue's loader) must not ship new bytes under Trunk's old name,
// which a browser may keep for a year and would then refuse by its integrity hash. Every
// file named after the code (the glue, both parts of the wasm, the words) takes the new base
// name, and so do the references to them in the glue, the page and the start-up script.
const oldBase = wasmName.replace(/_bg\.wasm$/, '');
const newBase = oldBase.replace(/-[0-9a-f]+$/, '') + '-' +
  codeHash({ wasm: wasmAfter, rest: restName && readFileSync(join(dist, restName)), words, glue: small, base: oldBase });
for (const file of readdirSync(dist)) {
  if (file.startsWith(oldBase)) renameSync(join(dist, file), join(dist, newBase + file.slice(oldBase.length)));
}
const glueNamed = small.replaceAll(oldBase, newBase);
writeFileSync(join(dist, basename(gluePath).replace(oldBase, newBase)), glueNamed);
html = html.replace(sri(small), sri(glueNamed)).replaceAll(oldBase, newBase);
trunk = trunk.replaceAll(oldBase, newBase);
console.log(`postbuild: the code named by its bytes, ${oldBase} -> ${newBase}`);

// The embed loader, minified in place (host pages load it by name, with no integrity hash).
const embedPath = join(dist, 'embed.js');
const embedBefore = readFileSync(embedPath, 'utf8');
const embedSmall = (await minify(embedBefore, { compress: true, mangle: true, format: { comments: /^!/, inline_script: false } })).code;
if (!embedSmall || !embedSmall.startsWith('/*! Crossroads embed loader')) {
  console.error(`postbuild: could not minify ${embedPath}`);
  process.exit(1);
}
writeFileSync(embedPath, embedSmall);
console.log(`postbuild: ${embedPath} minified, ${embedBefore.length} -> ${embedSmall.length} bytes`);

// What the widget does in WordPress's embed frame (embed/wp-frame.js): minified, under a
// name that changes with it, and imported by the start-up script only in such a frame, so
// it is no part of the first load anywhere.
const wordpressSource = readFileSync(new URL('../embed/wp-frame.js', import.meta.url), 'utf8');
const wordpressSmall = (await minify(wordpressSource, { module: true, compress: true, mangle: true })).code;
if (!wordpressSmall?.includes('secret')) {
  console.error('postbuild: could not minify embed/wp-frame.js');
  process.exit(1);
}
const wordpressName = `wp-frame-${createHash('sha256').update(wordpressSmall).digest('hex').slice(0, 16)}.js`;
writeFileSync(join(dist, wordpressName), wordpressSmall);
console.log(`postbuild: embed/wp-frame.js minified to ${wordpressName}, ${wordpressSource.length} -> ${wordpressSmall.length} bytes`);

// The script is async: it starts as soon as it arrives instead of waiting, as a deferred
// script would, for the style sheet; only the mounting waits for the page to be parsed.
// The wasm by its address from this script, beside it, rather than from the page, which may
// be a language's, one folder down (scripts/pages.mjs).
const start = trunk.replace(/module_or_path: '(\.\/[^']+_bg\.wasm)'/, "module_or_path: new URL('$1', import.meta.url)").replace(
  staticImport,
  "const bindings = await import('$1');\nwindow.wasmBindings = bindings;\nbindings.organisation(organisation);\nconst init = bindings.default;\nif (further()) bindings.loadRestFirst();\nawait parsed;",
).replace(
  /(dispatchEvent\(new CustomEvent\("TrunkApplicationStarted")/,
  `onIntent(bindings);\nif (wordpress) import('./${wordpressName}').then((frame) => frame.default(wordpress));\n$1`,
);
if (!start.includes('onIntent(bindings)')) {
  console.error('postbuild: unexpected start-up script from Trunk (no TrunkApplicationStarted event):\n' + trunk);
  process.exit(1);
}
// The page's words that the start-up script says, by their place in <body data-words>.
const said = (id) => pageWords('en').findIndex((w) => w.id === id);
const code = `// The reader's language (docs/translating.md): ?lang= (a host page's data-lang comes as one,
// and so does a choice in the language menu), else the one the reader chose before, else this
// page's own: de/ and es/ keep theirs, and the root page follows the organisation's language
// or the browser's (below), as does a result link on any page (a link carries no language).
// Another language's page, with the same query and fragment, is a replace away; this one
// then stops here.
const languages = ${JSON.stringify(LANGUAGES)};
const here = document.documentElement.lang;
const home = new URL('./', import.meta.url);
const file = location.pathname.split('/').pop();
const pageOf = (code) => new URL((code === 'en' ? '' : code + '/') + file, home);
const query = new URLSearchParams(location.search);
let language = query.get('lang');
try {
  language = languages.includes(language) ? language : localStorage.getItem('crossroads:lang');
} catch {}
const follow = !languages.includes(language) && (here === 'en' || /^#[rc]=/.test(location.hash));
if (!follow && languages.includes(language) && language !== here) {
  location.replace(pageOf(language) + location.search + location.hash);
  await new Promise(() => {});
}
// The language menu (src/page.rs): a choice is remembered, and goes to its page with this
// page's query (a host's frame keeps its options) and fragment (a result keeps its link).
addEventListener('click', (event) => {
  const link = event.target.closest?.('a[hreflang]');
  if (!link) return;
  try {
    localStorage.setItem('crossroads:lang', link.hreflang);
  } catch {}
  query.set('lang', link.hreflang);
  link.href = pageOf(link.hreflang) + '?' + query + location.hash;
});
// An organisation's own words (docs/organisations.md): crossroads.json beside this page,
// fetched alongside the code, revalidated (an admin changes it without a rebuild). Its text;
// false when it says it is larger than 16 KB, which is then not read (one that does not say
// is read, and refused by the same rule in crossroads_core::config); null when there is
// none, or none arrives within 5 s. A missing file is the usual case and says nothing.
const organisation = Promise.race([
  fetch(new URL('crossroads.json', import.meta.url), { cache: 'no-cache' })
    .then((response) => {
      // A server that answers every address with its page (a single-page app's fallback)
      // has no file either.
      if (!response.ok || /html/.test(response.headers.get('content-type'))) return null;
      if (response.headers.get('content-length') > 16384) {
        response.body.cancel();
        return false;
      }
      return response.text();
    })
    .catch(() => null),
  new Promise((resolve) => setTimeout(resolve, 5000, null)),
]);
// The organisation's language (crossroads.json, "language"), else the first of the browser's
// that the widget speaks, for the root page and a result link: once the file is in, or known
// to be absent (the app starts meanwhile, and the file is beside the page).
if (follow) {
  organisation.then((text) => {
    let wanted;
    try {
      wanted = JSON.parse(text).language;
    } catch {}
    if (!languages.includes(wanted)) {
      wanted = navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => languages.includes(code)) ?? here;
    }
    if (wanted !== here) location.replace(pageOf(wanted) + location.search + location.hash);
  });
}
// In WordPress's embed frame, its address ends in #?secret=…: no screen or link, which the
// widget reads as no fragment (src/web/mod.rs, fragment). Once the widget runs, this
// fragment, as it was now, goes to embed/wp-frame.js, which tells WordPress the height.
const wordpress = location.hash.startsWith('#?secret=') && location.hash;
const parsed = new Promise((resolve) => {
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', resolve, { once: true });
  else resolve();
});
// Says one of the page's words (<body data-words>, scripts/pages.mjs), by its place.
const say = async (word) => {
  await parsed;
  const text = document.body.dataset.words?.split('|')[word];
  const root = document.getElementById('crossroads');
  if (!root || root.querySelector('.error-screen')) return;
  // The static shell's own "could not start" line, shown by CSS after a while, gives way.
  root.querySelector('.shell-stalled')?.remove();
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
    say(${said('start.trapped')});
  }
};
// The rest of the module (scripts/split-wasm.mjs) is needed at once when the page opens past
// the intro: a link or screen in the address, saved answers to resume, or a host page asking
// to start on the questions (except on a page that sends its host the result, which always
// opens on its intro: scripts/receives.mjs) or to start over.
const further = () => {
  if ((location.hash.length > 1 && !wordpress) || /[?&]start-over(&|=|$)/.test(location.search)) return true;
  if (/[?&]start=questions(&|=|$)/.test(location.search) && !document.documentElement.hasAttribute('data-receives')) return true;
  try {
    for (let i = 0; i < localStorage.length; i++) {
      if (/^crossroads:(progress:|earlier$)/.test(localStorage.key(i) ?? '')) return true;
    }
  } catch {
    // Storage blocked: nothing saved to resume, no earlier results.
  }
  return false;
};
// Otherwise it is fetched when the reader shows an interest in the widget (a pointer over it,
// a press on it, focus in it), so a reader who scrolls past pays only for the intro. A press
// that leaves the intro before the rest is ready waits for it in the app, which shows the
// wait (src/app.rs, Gate).
const onIntent = (bindings) => {
  if (bindings.restReady()) return;
  const root = document.getElementById('crossroads');
  if (!root) return;
  const load = () => bindings.loadRest().catch(() => {});
  for (const type of ['pointerover', 'pointerdown', 'focusin']) {
    root.addEventListener(type, load, { once: true, passive: true });
  }
};
if (typeof WebAssembly !== 'object') {
  say(${said('start.no-wasm')});
} else {
  addEventListener('error', (e) => trapped(e.error));
  addEventListener('unhandledrejection', (e) => trapped(e.reason));
  try {
${start.split('\n').map((l) => '    ' + l).join('\n')}
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) trapped(e);
    else say(${said('shell.stalled')});
    throw e;
  }
}
`;
// Minified like the glue (its comments stay here, in the source that writes it).
const startSmall = (await minify(code, { module: true, compress: true, mangle: true })).code;
if (!startSmall?.includes('crossroads.json')) {
  console.error('postbuild: could not minify the start-up script');
  process.exit(1);
}
const name = `start-${createHash('sha256').update(startSmall).digest('hex').slice(0, 16)}.js`;

writeFileSync(join(dist, name), startSmall);
html = html.replace(inline, `<script type="module" async src="./${name}" integrity="${sri(startSmall)}" crossorigin="anonymous"></script>`);
writeFileSync(indexPath, html);
console.log(`postbuild: start-up script moved to ${name}, minified ${code.length} -> ${startSmall.length} bytes`);

for (const level of Object.keys(LEVELS)) {
  writeFileSync(join(dist, receivesPageName(level)), receivesPage(html, level));
  console.log(`postbuild: ${receivesPageName(level)} written (result events: ${level})`);
}
// Each page's words, and the other languages' copies of every page (scripts/pages.mjs).
const text = Object.fromEntries(
  LANGUAGES.map((code) => [code, `${wordsFiles[code].name.replace(oldBase, newBase)} ${sri(wordsFiles[code].words)}`]),
);
const pages = writePages(dist, ['index.html', ...Object.keys(LEVELS).map(receivesPageName)], text);
console.log(`postbuild: the pages in ${LANGUAGES.join(', ')}: ${pages.join(', ')}`);
