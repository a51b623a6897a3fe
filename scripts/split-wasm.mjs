// Splits the release wasm in two. Budget it buys: the first load ≤ 100 KB gzip
// (`scripts/bench --check`); whole, the wasm alone is about 117 KB gzip.
// - the rest: the code of everything past the intro, chosen by where it lives in the source
//   (REST below): the screens and components past the intro, scoring and advice, the link
//   codec, sharing and the browser services behind it (the card image, the earlier results
//   kept in this browser), reading the catalogue's words. The app runs none of it before the rest is linked: whatever would leave
//   the intro waits for it (src/web/rest.rs, the Gate in src/app.rs). The boundary is the
//   code's own structure, so two builds of one commit split alike, and nothing is measured;
//   the end-to-end tests (tests/e2e/split.spec.mjs) check that no plain load ever fetches
//   the rest.
// - the first part: everything else. It is fetched first; the start-up script fetches the
//   rest when the reader shows an interest, or at once when the page opens past the intro.
//
// Binaryen's wasm-split (Debian's package, version 108; npm's binaryen has none) splits by
// function name. In the first part, each function of the rest is an imported placeholder
// until loading the rest fills the shared function table (scripts/postbuild.mjs adds the
// loader to the wasm-bindgen glue). The release is built without the reference-types
// feature (scripts/build), which this wasm-split reads as it is. wasm-opt (npm's, 132) then
// optimises each part and drops the function names.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readModule } from './wasm-sections.mjs';

// The WebAssembly features the release uses (Rust's defaults for wasm32, less reference types).
export const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-multivalue',
];

// The rest, by where a function is defined. Function names are demangled paths with their
// generic arguments (the release is built without merging identical functions, so each name
// says what its function is). A function goes to the rest when it is defined in one of these
// places, or is Yew's machinery for one of the rest's components; then, by the call graph,
// whatever only they call (restFunctions). Generic code merely mentioning a type of the rest
// is not taken by name: the intro's own code may handle such a type (an empty result). Every
// rule must match something, or the build fails (a module was renamed).
const H = '\\[[0-9a-f]+\\]';
const REST_SCREENS = '(past_intro|seat|question|context|result|shared|compare|earlier)';
const REST_COMPONENTS = '(scale|progress|fit_bars|profile_chart|share_panel|earlier_results)';
const HERE = `crossroads${H}::(screens::${REST_SCREENS}|components::${REST_COMPONENTS}|text|card|earlier|platform|web::(share|card|history|org|keys))::`;
export const REST = [
  // The screens past the intro, their components, the words of the result.
  new RegExp(`^<?${HERE}`),
  // Yew's lifecycle of those components (mounted only past the intro), and of the context
  // that hands them the browser's platform.
  new RegExp(`^<yew${H}::(html::component::lifecycle::[A-Za-z]+|virtual_dom::vcomp::PropsWrapper)<(yew${H}::context::ContextProvider<)?${HERE}`),
  // Scoring, advice, and the link codec (saved progress and links are read only once the
  // rest is there).
  new RegExp(`^<?crossroads_core${H}::(scoring|advice|link)::`),
  // Generic code made for a closure of the rest (a hook's state, a callback, a task): it can
  // run only once the rest has made that closure.
  new RegExp(`${HERE}([A-Za-z0-9_]+ as yew${H}::functional::FunctionProvider>::run::inner|[A-Za-z0-9_:]+)::\\{closure#`),
  // Generic code for the types only the rest makes (the card image, the earlier results).
  new RegExp(`crossroads${H}::(card::Card|earlier::Kept)\\b`),
  // Reading and installing the catalogue's words, which arrive with the rest (the app
  // installs them once both are in: src/web/rest.rs). Whether they are in stays here.
  new RegExp(`^<?crossroads_core${H}::text::(install\\w*|catalogue_texts|TextTable)\\b`),
  // Reading and installing the organisation's file, which the app does with the rest too;
  // what the intro shows of it before (crate::org::Early) stays here.
  new RegExp(`^<?crossroads${H}::org::install\\b`),
  // Reading the address's fragment: a page that opens with one has the rest from the start,
  // and a later one is read past the app's gate (src/app.rs).
  new RegExp(`^<?crossroads${H}::journey::route\\b`),
];

export function runTool(tool, args) {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} failed:\n${r.error ?? ''}${r.stderr}`);
  }
  return r.stdout + r.stderr;
}

// Binaryen keeps a name as text it can print: bytes outside the text format's identifier
// characters become `\xx`, and that is the spelling `--split-funcs` expects.
const IDCHAR = /[0-9A-Za-z!#$%&'*+\-./:<=>?@^_`|~]/;
const binaryenName = (name) =>
  [...Buffer.from(name, 'utf8')]
    .map((b) => (b < 128 && IDCHAR.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '\\' + b.toString(16).padStart(2, '0')))
    .join('');

// The module's direct calls, read from Binaryen's text form (wasm-dis): for each function,
// what it calls; and which functions can be reached otherwise (in the table, or exported).
const NAME = /\$(?:"((?:[^"\\]|\\.)*)"|([^\s()"]+))/;
function unquote(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') {
      bytes.push(...Buffer.from(text[i]));
    } else if (/^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const e = text[++i];
      bytes.push(...Buffer.from(e === 't' ? '\t' : e === 'n' ? '\n' : e));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
const nameIn = (text) => {
  const m = NAME.exec(text);
  return m[1] !== undefined ? unquote(m[1]) : m[2];
};

export function callGraph(wat) {
  const calls = new Map();
  const reachable = new Set();
  let current = null;
  for (const line of wat.split('\n')) {
    if (line.startsWith(' (func ')) {
      current = nameIn(line);
      calls.set(current, new Set());
    } else if (line.startsWith(' (elem') || line.startsWith(' (export')) {
      current = null;
      for (const m of line.matchAll(new RegExp(NAME.source, 'g'))) reachable.add(nameIn(m[0]));
    } else if (line.startsWith(' (')) {
      current = null;
    } else if (current) {
      for (const m of line.matchAll(new RegExp(`\\((call|return_call|ref\\.func) (${NAME.source})`, 'g'))) {
        const callee = nameIn(m[2]);
        if (m[1] === 'ref.func') reachable.add(callee);
        else calls.get(current).add(callee);
      }
    }
  }
  return { calls, reachable };
}

// The functions that go to the rest: those the rules name, then, until nothing changes, every
// function that only they (or it itself) call directly (not in the table, not exported: it
// cannot run unless code of the rest runs first).
export function restFunctions(wat) {
  const { calls, reachable } = callGraph(wat);
  const counts = REST.map(() => 0);
  const rest = new Set();
  for (const name of calls.keys()) {
    const rule = REST.findIndex((r) => r.test(name));
    if (rule < 0) continue;
    counts[rule]++;
    rest.add(name);
  }
  const idle = REST.filter((_, i) => counts[i] === 0);
  if (idle.length) throw new Error(`split-wasm: these rules match no function: ${idle.join(', ')}`);
  const callers = new Map();
  for (const [caller, callees] of calls) {
    for (const callee of callees) {
      if (!callers.has(callee)) callers.set(callee, []);
      callers.get(callee).push(caller);
    }
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of calls.keys()) {
      if (rest.has(name) || reachable.has(name)) continue;
      const by = callers.get(name);
      // A recursive function's call to itself does not keep it (a sort only scoring calls).
      if (by?.length && by.every((caller) => caller === name || rest.has(caller))) {
        rest.add(name);
        grew = true;
      }
    }
  }
  return [...rest];
}

// Splits dist/<wasm> (built with its function names) in place: the first part replaces it,
// the rest is written beside it. Returns the rest's file name.
export function splitWasm(dist, wasmName, wasmSplit, wasmOpt, wasmDis) {
  const work = resolve('target/split');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const input = join(dist, wasmName);
  cpSync(input, join(work, 'input.wasm'));
  const list = join(work, 'rest-functions.txt');
  const watFile = join(work, 'input.wat');
  runTool(wasmDis, [input, '-o', watFile]);
  writeFileSync(list, restFunctions(readFileSync(watFile, 'utf8')).map(binaryenName).join('\n') + '\n');

  const first = join(work, 'first.wasm');
  const rest = join(work, 'rest.wasm');
  const split = (extra, o1, o2) =>
    runTool(wasmSplit, ['--split', ...extra, ...FEATURES, input, '--split-funcs', `@${list}`, '-o1', o1, '-o2', o2]);
  const said = split([], first, rest);
  if (/warning/i.test(said)) throw new Error(`split-wasm: wasm-split warned:\n${said}`);
  // The same split keeping the names, for the bench's list of what each part is made of
  // (not shipped: wasm-opt optimises a named split less well).
  split(['-g'], join(work, 'first-named.wasm'), join(work, 'rest-named.wasm'));

  runTool(wasmOpt, ['-Oz', ...FEATURES, first, '-o', input]);
  const restOut = join(work, 'rest.opt.wasm');
  runTool(wasmOpt, ['-Oz', ...FEATURES, rest, '-o', restOut]);
  // Named by its own bytes, so a cache can never pair a first part with another build's rest.
  const restBytes = readFileSync(restOut);
  const restName = wasmName.replace(/_bg\.wasm$/, `_rest-${createHash('sha256').update(restBytes).digest('hex').slice(0, 16)}.wasm`);
  writeFileSync(join(dist, restName), restBytes);
  const exported = readModule(readFileSync(input)).exports.map((e) => e.name);
  if (!exported.includes('table')) throw new Error('the first part does not export its function table');
  return restName;
}
