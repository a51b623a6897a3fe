// Splits the release wasm in two, so that a reader who only sees the intro downloads only
// what the intro runs (README, "Performance"):
// - the first part: everything the widget runs while it starts on its intro, measured by
//   running it in headless Chromium (on its own page, framed by host pages with several
//   sets of options, one of them sending result events, and with storage blocked);
// - the rest: every other function (the questions, the result, sharing ...), fetched when
//   the reader shows an interest in the widget, or at once when the page opens further in.
//
// Binaryen's wasm-split does the work: `--instrument` builds a copy that records which
// functions ran; the recorded profile then guides `--split`. In the first part, each
// function of the rest is an imported placeholder; loading the rest fills the shared
// function table with the real functions (scripts/postbuild.mjs adds the loader to the
// wasm-bindgen glue). wasm-opt then optimises each part and drops the function names.
//
// Binaryen 108 (Debian's wasm-split) has two gaps, patched here at the byte level: it cannot
// read `table.fill` (wasm-bindgen emits it, with a length of one, to clear one externref
// slot: rewritten as the equivalent `table.set`), and it writes the export of the externref
// table against the wrong table index (pointed back at the externref table).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.mjs';
import { readModule } from './wasm-sections.mjs';
import { receivesPage, receivesPageName } from './receives.mjs';
import { serveStatic } from './serve-static.mjs';

export const FEATURES = [
  '--enable-bulk-memory',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

export function runTool(tool, args) {
  const r = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} failed:\n${r.error ?? ''}${r.stderr}`);
  }
  return r.stdout;
}

// `table.fill $t (index) (ref.null extern) (i32.const 1)` → `table.set $t (index) (ref.null
// extern)` plus three `nop`s: the same length, so no section size changes.
export function rewriteTableFill(buf) {
  const { code } = readModule(buf);
  let count = 0;
  for (let i = code.start; i + 7 <= code.end; i++) {
    if (
      buf[i] === 0xd0 && buf[i + 1] === 0x6f &&
      buf[i + 2] === 0x41 && buf[i + 3] === 0x01 &&
      buf[i + 4] === 0xfc && buf[i + 5] === 0x11 && buf[i + 6] < 0x80
    ) {
      buf.set([0xd0, 0x6f, 0x26, buf[i + 6], 0x01, 0x01, 0x01], i);
      count++;
    }
  }
  return count;
}

// Points every table export named `name` at the module's one externref table.
export function fixExternrefExport(buf, name) {
  const { tables, exports } = readModule(buf);
  const want = tables.indexOf(0x6f);
  if (want < 0 || tables.lastIndexOf(0x6f) !== want) throw new Error('expected one externref table');
  for (const e of exports) {
    if (e.kind !== 1 || e.name !== name || e.index === want) continue;
    if (e.width !== 1 || want > 127) throw new Error(`cannot re-point the export ${name}`);
    buf[e.at] = want;
  }
}

export function exportNames(buf) {
  return readModule(buf).exports.map((e) => e.name);
}

// Which functions run while the widget starts, in each way a page may show its intro.
async function profiles(site, work) {
  const { chromium } = await import('playwright-core');
  const server = await serveStatic(site);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const parent = encodeURIComponent(origin);
  const host = (name, query, page = 'index.html') =>
    writeFileSync(
      join(site, `${name}.html`),
      `<!doctype html><title>host</title><iframe src="./${page}?${query}" title="Crossroads" width="600" height="500"></iframe>`,
    );
  host('framed', `embed=1&parent=${parent}&id=profile&theme=dark&compact=1&bg=transparent&accent=%23225588`);
  host('framed-share', `embed=1&parent=${parent}&id=p-2&theme=light&share=page&page=${encodeURIComponent(origin + '/post.html')}`);
  host('framed-bare', 'embed=1');
  // A page that sends its host the result (scripts/receives.mjs): its intro says so, and it
  // stays on the intro even when asked to start on the questions.
  const receiving = receivesPageName('link');
  writeFileSync(join(site, receiving), receivesPage(readFileSync(join(site, 'index.html'), 'utf8'), 'link'));
  host('framed-receives', `embed=1&parent=${parent}&id=p-3&start=questions`, receiving);
  // Storage that throws, as in a sandboxed frame or with third-party storage blocked: the
  // intro then carries a notice.
  const blockStorage = () =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  const scenarios = [
    { name: 'page', url: '/', options: {} },
    { name: 'dark-reduced', url: '/', options: { colorScheme: 'dark', reducedMotion: 'reduce', viewport: { width: 360, height: 700 } } },
    { name: 'storage-blocked', url: '/', options: {}, init: blockStorage },
    { name: 'framed', url: '/framed.html', options: {}, frame: true },
    { name: 'framed-share', url: '/framed-share.html', options: {}, frame: true },
    { name: 'framed-bare', url: '/framed-bare.html', options: {}, frame: true, init: blockStorage },
    { name: 'framed-receives', url: '/framed-receives.html', options: {}, frame: true },
  ];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const files = [];
  try {
    for (const s of scenarios) {
      const context = await browser.newContext(s.options);
      await context.addInitScript(() =>
        addEventListener('TrunkApplicationStarted', (e) => {
          window.__profiled = e.detail.wasm;
        }),
      );
      if (s.init) await context.addInitScript(s.init);
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(origin + s.url);
      const target = s.frame ? await (await page.waitForSelector('iframe')).contentFrame() : page;
      await target.waitForFunction(
        () => window.__profiled && performance.getEntriesByName('crossroads-ready').length > 0,
        null,
        { timeout: 30_000 },
      );
      // Keys and a pointer on the intro (the page-wide key listener runs for every key; none
      // of these leaves the intro), then a moment for observers and timers (height reports).
      for (const key of ['Enter', '1', 'ArrowDown', 'Escape', 'Shift+Tab', 'Tab', 'Tab']) await page.keyboard.press(key);
      await page.mouse.move(40, 40);
      await page.mouse.move(120, 300);
      await page.waitForTimeout(400);
      // Then until the page has been idle twice: timers and observers that a busy machine
      // delays (Yew's scheduler, height reports) have run by then.
      for (let i = 0; i < 2; i++) {
        await target.evaluate(
          () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 50), { timeout: 3000 })),
        );
      }
      if (!(await target.evaluate(() => !!document.querySelector('main.intro')))) {
        throw new Error(`profiling "${s.name}": the widget left its intro`);
      }
      const bytes = await target.evaluate(() => {
        const w = window.__profiled;
        const size = 8 + 4 * 65536;
        const at = w.__wbindgen_malloc(size, 8);
        const written = w.__write_profile(at, size);
        return Array.from(new Uint8Array(w.memory.buffer, at, written));
      });
      if (errors.length) throw new Error(`profiling "${s.name}": ${errors.join('; ')}`);
      const file = join(work, `${s.name}.prof`);
      writeFileSync(file, Buffer.from(bytes));
      files.push(file);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return files;
}

// Code the intro may run at any moment, whether or not a profiling run happened to: Yew's
// scheduler (a busy build machine once recorded a profile without the closure it schedules
// renders with, and plain page loads then needed the rest). Marked as run in the profile, so
// it always stays in the first part.
const ALWAYS_FIRST = [
  /^<*yew\[[0-9a-f]+\]::scheduler::/,
  /^core\[[0-9a-f]+\]::ptr::drop_in_place::<+yew\[[0-9a-f]+\]::scheduler::/,
];

// A wasm-split profile is the module's 8-byte hash, then one u32 per defined function: the
// order in which it first ran, 0 for never.
function keepAlways(profileFile, module) {
  const profile = readFileSync(profileFile);
  const { names, imported, bodies } = readModule(module);
  const count = (profile.length - 8) / 4;
  if (count !== bodies.length) throw new Error('split-wasm: the profile does not match the module');
  let next = 1;
  for (let i = 0; i < count; i++) next = Math.max(next, profile.readUInt32LE(8 + 4 * i) + 1);
  let marked = 0;
  for (const [index, name] of names) {
    const slot = index - imported;
    if (slot < 0 || slot >= count || !ALWAYS_FIRST.some((r) => r.test(name))) continue;
    if (profile.readUInt32LE(8 + 4 * slot) === 0) {
      profile.writeUInt32LE(next++, 8 + 4 * slot);
      marked++;
    }
  }
  writeFileSync(profileFile, profile);
  return marked;
}

// Splits dist/<wasm> (built with its function names) in place: the first part replaces it,
// the rest is written beside it. Returns the rest's file name.
export async function splitWasm(dist, wasmName, wasmSplit, wasmOpt) {
  const work = resolve('target/split');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const input = join(dist, wasmName);
  const named = join(work, 'named.wasm');
  const buf = readFileSync(input);
  rewriteTableFill(buf);
  writeFileSync(named, buf);

  // The instrumented copy runs in a copy of the site, with integrity checks off (its bytes
  // differ from the ones index.html names).
  const site = join(work, 'site');
  cpSync(dist, site, { recursive: true });
  const html = join(site, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace(/ integrity="?[^" >]+"?/g, ''));
  const instrumented = join(site, wasmName);
  runTool(wasmSplit, ['--instrument', ...FEATURES, named, '-o', instrumented]);
  const inst = readFileSync(instrumented);
  fixExternrefExport(inst, '__wbindgen_externrefs');
  writeFileSync(instrumented, inst);

  const runs = await profiles(site, work);
  const profile = join(work, 'startup.prof');
  runTool(wasmSplit, ['--merge-profiles', ...runs, '-o', profile]);
  console.log(`split-wasm: ${keepAlways(profile, readFileSync(named))} function(s) of Yew's scheduler kept in the first part beyond the profile`);

  const first = join(work, 'first.wasm');
  const rest = join(work, 'rest.wasm');
  runTool(wasmSplit, ['--split', ...FEATURES, named, '--profile', profile, '-o1', first, '-o2', rest]);
  // The same split keeping the names, for the bench's list of what each part is made of
  // (not shipped: wasm-opt optimises a named split less well).
  runTool(wasmSplit, ['--split', '-g', ...FEATURES, named, '--profile', profile, '-o1', join(work, 'first-named.wasm'), '-o2', join(work, 'rest-named.wasm')]);
  const firstBuf = readFileSync(first);
  fixExternrefExport(firstBuf, '__wbindgen_externrefs');
  writeFileSync(first, firstBuf);

  runTool(wasmOpt, ['-Oz', ...FEATURES, first, '-o', input]);
  const restOut = join(work, 'rest.opt.wasm');
  runTool(wasmOpt, ['-Oz', ...FEATURES, rest, '-o', restOut]);
  // Named by its own bytes, so a cache can never pair a first part with another build's rest.
  const restBytes = readFileSync(restOut);
  const restName = wasmName.replace(/_bg\.wasm$/, `_rest-${createHash('sha256').update(restBytes).digest('hex').slice(0, 16)}.wasm`);
  writeFileSync(join(dist, restName), restBytes);
  const exported = exportNames(readFileSync(input));
  if (!exported.includes('table')) throw new Error('the first part does not export its function table');
  return restName;
}
