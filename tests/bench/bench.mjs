// The performance benchmark of the release build in dist/ (run by `scripts/bench`).
//
//   node tests/bench/bench.mjs [--check]
//
// The intro is static HTML made to work by the start-up script (start/start.js); the app, one
// wasm and its glue, comes only on interest, with the page's words file. Everything is served
// from loopback by serve-static.mjs, which sends text and wasm gzip -9 compressed; "bytes" are
// those gzip sizes (1 KB = 1000 bytes). Reports, as a table and as target/bench/report.json:
//   - every shipped file's size raw, gzip (level 9) and brotli (quality 11), and when a
//     reader's browser fetches it;
//   - plain visits (/, de/, es/; each also beside an organisation's file,
//     docs/crossroads.example.json, in the site's org/): load, then 10 s with no interaction;
//     every response the page fetched, summed as gzip, and that neither the wasm, its glue
//     nor a words file was requested and no wasm compiled;
//   - over fresh page loads, rotating the widget, the widget pressed, and a static copy of its
//     intro page (same markup and CSS, no script: the floor): first contentful paint, and
//     when Start can first be pressed: in the widget the later of its paint and its ready mark
//     (the press loads, with PRESS_PROBE, check that a press is taken at that mark), on the
//     floor the later of its paint and its load event; the ratios are of trimmed means, with
//     a 90% interval; the same beside an organisation's file;
//   - a popup (tests/bench: a host page with a data-mode="popup" button, the widget in the
//     site's root, the floor in floor/, a copy whose index.html is the static intro): from the
//     click on the button to the first contentful paint in the dialog's frame, fresh loads
//     interleaved, the ratio of trimmed means;
//   - interest to the first screen on three connections (loopback; 1.6 Mbit/s, 150 ms;
//     400 kbit/s, 400 ms; CDP network emulation, no CPU throttling): pointer over the widget,
//     300 ms, click Start; and Start clicked with no interest before it. Press to the busy
//     state and to "Where are you now?" on screen, and the bytes fetched until then;
//   - at 4x CPU throttling, three journeys: answer click -> the frame after the next
//     statement (median, p95), and the result's summary to its next frame;
//   - one scripted journey: answer click -> next question (median, p95), the result's
//     summary and every section, long tasks, wasm linear memory and JS heap at the end; and a
//     second journey driven by trusted mouse clicks, for Chrome's Event Timing;
//   - Lighthouse (mobile defaults: simulated slow 4G, 4x CPU) on the served page: the four
//     category scores, FCP and LCP; and a second run with the same throttling applied to the
//     browser (--throttling-method=devtools), whose FCP and LCP are what that browser painted
//     (the simulated LCP is an estimate that counts requests started before the observed LCP,
//     such as the start-up script's, even when the largest paint is the first one);
//   - what the wasm is made of, given a copy that kept its function names
//     (BENCH_NAMED_WASM), and wasm-opt's effect on it (BENCH_WASM_OPT_DIR);
//   - the host figures of `cargo bench -p crossroads-core --bench score` (BENCH_HOST_JSON).
// With --check, exits 1 if a budget is missed (2 if the bench itself failed).
//
// Environment: CHROMIUM (default /usr/bin/chromium), BENCH_LOADS (loads per page, at least
// 15, default 80: a paint varies by ±30% from load to load on a 2-CPU machine, and 80 rounds
// put the ratios' 90% interval within about ±6%), BENCH_DIST (default dist), BENCH_HOST_JSON, BENCH_NAMED_WASM,
// BENCH_WASM_OPT_DIR, BENCH_LIGHTHOUSE=0 to leave Lighthouse out.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';
import { cpus, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { gzipSize, serveStatic } from './serve-static.mjs';
import { contributors } from './wasm-contributors.mjs';
import { organisationNote } from '../../start/start.js';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
const OUT = join(ROOT, 'target', 'bench');
const SITE = join(OUT, 'site');
// An organisation's file, deployed beside a copy of the widget in the site's org/.
const ORG_FILE = join(ROOT, 'docs', 'crossroads.example.json');
const CHECK = process.argv.includes('--check');
const LOADS = Math.max(15, Number(process.env.BENCH_LOADS ?? 80) || 80);
const WARMUP = 2; // rounds of loads before the measured ones, discarded
const PLAIN_VISIT_MS = 10_000;
const FIRST_SCREEN_TITLE = 'Where are you now?';

// The connections for "interest to the first screen". CDP's throughput is in bytes per
// second; its latency is added to each request. The 1.6 Mbit/s profile's upload is
// Lighthouse's slow 4G (750 kbit/s); the 400 kbit/s one is as slow both ways.
const PROFILES = [
  { key: 'loopback', label: 'loopback, no emulation', runs: 5, conditions: null },
  {
    key: 'mbit1_6',
    label: '1.6 Mbit/s, 150 ms',
    runs: 3,
    conditions: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
  {
    key: 'kbit400',
    label: '400 kbit/s, 400 ms',
    runs: 3,
    conditions: { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 },
  },
];

// Budgets from the issues. Sizes and memory in decimal units (1 KB = 1000 bytes, 1 MB =
// 1,000,000 bytes): the stricter reading. `max`, or `min` for a score.
const PLAIN = { max: 15_000, unit: 'bytes' };
const BUDGETS = {
  plain_visit_en_gzip_bytes: { ...PLAIN, label: 'Plain visit to /, fetched, gzip' },
  plain_visit_de_gzip_bytes: { ...PLAIN, label: 'Plain visit to de/' },
  plain_visit_es_gzip_bytes: { ...PLAIN, label: 'Plain visit to es/' },
  plain_visit_en_org_gzip_bytes: { ...PLAIN, label: 'Plain visit to /, organisation file' },
  plain_visit_de_org_gzip_bytes: { ...PLAIN, label: 'Plain visit to de/, organisation file' },
  plain_visit_es_org_gzip_bytes: { ...PLAIN, label: 'Plain visit to es/, organisation file' },
  plain_visit_app_requests: { max: 0, unit: '', label: 'Plain visits: app requested or wasm compiled' },
  fcp_ratio: { max: 1.1, unit: '×', label: 'First contentful paint / static floor' },
  intro_interactive_ratio: { max: 1.1, unit: '×', label: 'Start pressable / floor pressable' },
  fcp_ratio_org: { max: 1.1, unit: '×', label: 'The same FCP ratio, organisation file' },
  intro_interactive_ratio_org: { max: 1.1, unit: '×', label: 'The same pressable ratio, organisation file' },
  // The ready mark stands for "a press is taken" only if a press is taken at once after it.
  press_minus_mark_ms: { max: 4, unit: 'ms', label: 'Press probe: press taken − ready mark, p95' },
  first_screen_loopback_ms: { max: 300, unit: 'ms', label: 'Interest: press → first screen, loopback' },
  first_screen_mbit1_6_ms: { max: 1_500, unit: 'ms', label: 'Interest: press → first screen, 1.6 Mbit' },
  busy_kbit400_ms: { max: 100, unit: 'ms', label: 'Interest: press → busy state, 400 kbit' },
  first_screen_kbit400_ms: { max: 6_000, unit: 'ms', label: 'Interest: press → first screen, 400 kbit' },
  first_screen_gzip_bytes: { max: 200_000, unit: 'bytes', label: 'Fetched before the first screen, gzip' },
  lighthouse_lcp_minus_fcp_ms: { max: 50, unit: 'ms', label: 'Lighthouse (applied throttling): LCP − FCP' },
  lighthouse_best_practices: { min: 1, unit: 'score', label: 'Lighthouse: best practices' },
  answer_p95_ms: { max: 16, unit: 'ms', label: 'Answer to next question, p95' },
  result_summary_ms: { max: 16, unit: 'ms', label: 'Result summary on screen' },
  answer_4x_median_ms: { max: 16, unit: 'ms', label: '4× CPU: answer to next frame, median' },
  answer_4x_p95_ms: { max: 33, unit: 'ms', label: '4× CPU: answer to next frame, p95' },
  result_summary_4x_ms: { max: 50, unit: 'ms', label: '4× CPU: result summary, next frame' },
  result_render_ms: { max: 50, unit: 'ms', label: 'Result page render, every section' },
  result_long_tasks: { max: 0, unit: '', label: 'Long tasks (≥ 50 ms) on the way to the result' },
  wasm_memory_bytes: { max: 4_000_000, unit: 'bytes', label: 'Wasm linear memory after a full journey' },
  embed_gzip_bytes: { max: 3_500, unit: 'bytes', label: 'Embed loader (embed.js), gzip' },
  popup_paint_ratio: { max: 1.1, unit: '×', label: 'Popup: press → intro painted / static frame' },
};

// The tests' flags, plus exact heap figures.
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info'];

// A fixed, varied answer pattern (the same as the end-to-end tests').
const PATTERN = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Not sure', 'Agree', 'Neither agree nor disagree'];

// ---------------------------------------------------------------------------------------
// Statistics

function quantile(values, q) {
  // Linear interpolation between closest ranks (the usual "type 7").
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

function summary(values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    p25: quantile(values, 0.25),
    p75: quantile(values, 0.75),
    p95: quantile(values, 0.95),
    min: Math.min(...values),
    max: Math.max(...values),
    samples: values.map((v) => round(v, 2)),
  };
}

// The mean of the middle 60% (20% cut at each end): unlike the median, not held to the 4 ms
// steps in which Chromium reports a paint, and unlike the mean, not moved by the odd load
// that waited on the machine.
function trimmedMean(values, cut = 0.2) {
  const s = [...values].sort((a, b) => a - b);
  const k = Math.floor(s.length * cut);
  const middle = s.slice(k, s.length - k);
  return middle.reduce((sum, v) => sum + v, 0) / middle.length;
}

// The ratio of trimmed means of paired samples (a[i] and b[i] measured in the same round), with
// a 90% bootstrap interval: rounds drawn again with replacement, 2000 times, from a fixed seed
// (the same samples give the same interval).
function pairedRatio(a, b) {
  let seed = 0x2545f491;
  const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const draws = [];
  for (let k = 0; k < 2000; k++) {
    const picked = a.map(() => Math.floor(random() * a.length));
    draws.push(trimmedMean(picked.map((i) => a[i])) / trimmedMean(picked.map((i) => b[i])));
  }
  return { ratio: trimmedMean(a) / trimmedMean(b), ci90: [quantile(draws, 0.05), quantile(draws, 0.95)] };
}

const round = (v, d = 1) => (v == null ? null : Math.round(v * 10 ** d) / 10 ** d);

// ---------------------------------------------------------------------------------------
// The build (as copied into the site, see makeSite): what it ships, and which files make the app

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The app's files as index.html names them, and each language's words file. */
function appFiles(shipped) {
  const page = (path) => readFileSync(path, 'utf8');
  const index = page(join(SITE, 'index.html'));
  const data = index.match(/<script\b[^>]*\bid="?crossroads-app\b[^>]*>([\s\S]*?)<\/script>/)?.[1];
  if (!data) throw new Error('index.html names no app (<script id="crossroads-app">)');
  const { glue, wasm } = JSON.parse(data);
  if (!glue || !wasm) throw new Error(`index.html's crossroads-app lacks glue or wasm: ${data}`);
  const words = {};
  for (const file of shipped.filter((f) => basename(f) === 'index.html')) {
    const language = page(file).match(/<html\b[^>]*\blang="?([a-z]{2})/)?.[1];
    const name = page(file).match(/\bdata-text="?([^ ">]+)/)?.[1];
    if (language && name) words[language] = name;
  }
  return { glue, wasm, words };
}

/** Whether a request is part of the app (its wasm, its glue, or a words file). */
function isApp(app, url) {
  const name = basename(new URL(url).pathname);
  return /\.wasm$/i.test(name) || name === app.glue || Object.values(app.words).includes(name);
}

function sizes(app, shipped) {
  const languagesOf = (words) => Object.keys(app.words).filter((code) => app.words[code] === words);
  const files = [...shipped]
    .sort()
    .map((path) => {
      const data = readFileSync(path);
      const name = relative(SITE, path);
      const ext = extname(name).toLowerCase();
      const folder = dirname(name);
      let role;
      let when;
      if (name === '_headers') [role, when] = ['hosting', "the host's headers, never fetched"];
      else if (basename(name) === 'index.html') [role, when] = ['page', `every visit to ${folder === '.' ? '' : folder}/`];
      else if (/^receives-\w+\.html$/.test(basename(name))) [role, when] = ['page', 'a host page that receives the result'];
      else if (ext === '.css') [role, when] = ['css', 'every visit'];
      else if (/^start-[0-9a-f]+\.js$/.test(name)) [role, when] = ['start', 'every visit'];
      else if (name === app.glue || name === app.wasm) [role, when] = ['app', 'on interest'];
      else if (languagesOf(name).length) [role, when] = ['words', `on interest, ${languagesOf(name).join(', ')} pages`];
      else if (name === 'crossroads.json') [role, when] = ['organisation', 'every visit (default {}; an organisation replaces it)'];
      else if (name === 'embed.js') [role, when] = ['embed', "a host page's loader"];
      else if (/^wp-frame(-[0-9a-f]+)?\.js$/.test(name)) [role, when] = ['wordpress', "only in WordPress's embed frame"];
      else if (ext === '.svg' && /favicon/.test(name)) [role, when] = ['icon', 'every visit (the browser asks)'];
      else [role, when] = ['other', ''];
      return {
        name,
        role,
        when,
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotliCompressSync(data, {
          params: {
            [zc.BROTLI_PARAM_QUALITY]: 11,
            [zc.BROTLI_PARAM_SIZE_HINT]: data.length,
            ...(ext === '.wasm' ? {} : { [zc.BROTLI_PARAM_MODE]: zc.BROTLI_MODE_TEXT }),
          },
        }).length,
      };
    });
  const org = readFileSync(ORG_FILE);
  const organisation = { raw: org.length, gzip: gzipSync(org, { level: 9 }).length, brotli: brotliCompressSync(org).length };
  return { files, embed: files.find((f) => f.role === 'embed') ?? null, organisation };
}

// ---------------------------------------------------------------------------------------
// The site: a copy of dist/ plus static.html, the same markup and CSS with no script; and the
// same again in org/ beside an organisation's file, where the static copy shows the
// organisation's note as the widget does (start/start.js's organisationNote): the floor paints
// what the widget paints. Returns the copied build's files.

function makeSite() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: build first (scripts/build)`);
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(DIST, SITE, { recursive: true });
  const shipped = walk(SITE); // the build as copied: a rebuild of dist/ meanwhile changes nothing here
  const html = readFileSync(join(SITE, 'index.html'), 'utf8');
  const stat = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>[ \t]*\n?/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>[ \t]*\n?/gi, '');
  if (/<script\b|\.wasm\b|modulepreload/i.test(stat)) throw new Error('static.html still references script or wasm');
  if (!/<main\b[^>]*\bid="?intro\b/.test(stat)) throw new Error('static.html lost the intro (no main#intro)');
  const org = join(SITE, 'org');
  for (const file of shipped) cpSync(file, join(org, relative(SITE, file)));
  writeFileSync(join(SITE, 'static.html'), stat);
  const note = organisationNote(readFileSync(ORG_FILE, 'utf8'), 'en', ['en']);
  const noteElement = '<p class="org-note hint" hidden></p>';
  if (!note || !stat.includes(noteElement)) throw new Error('static.html: no organisation note to show');
  const escaped = note.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  writeFileSync(join(org, 'static.html'), stat.replace(noteElement, `<p class="org-note hint">${escaped}</p>`));
  cpSync(ORG_FILE, join(org, 'crossroads.json'));
  // The popup's pages: a host page whose button opens the widget, and the same opening a copy
  // in floor/ whose index.html is the static intro.
  const floor = join(SITE, 'floor');
  for (const file of shipped) cpSync(file, join(floor, relative(SITE, file)));
  writeFileSync(join(floor, 'index.html'), stat);
  for (const [name, loader] of [['popup-widget.html', 'embed.js'], ['popup-floor.html', 'floor/embed.js']]) {
    writeFileSync(
      join(SITE, name),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A post</title><link rel="icon" href="data:,"></head>` +
        `<body><p>A post.</p><button id="open" type="button" data-crossroads data-mode="popup">Take the check</button>` +
        `<script src="${loader}"></script></body></html>\n`,
    );
  }
  return shipped;
}

// ---------------------------------------------------------------------------------------
// In the page

// Runs before any page script: counts every wasm compilation or instantiation and keeps the
// instance's exports (for the linear memory), and records every Event Timing entry of 16 ms
// or more (Chrome's input-to-next-paint per event).
const INIT_SCRIPT = () => {
  const wasm = (window.__wasm = { compiles: 0, exports: null });
  const keep = (result) => {
    const instance = result?.instance ?? result;
    if (instance?.exports) wasm.exports = instance.exports;
    return result;
  };
  for (const name of ['compile', 'compileStreaming', 'instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      wasm.compiles++;
      const result = original.apply(this, args);
      return name.startsWith('instantiate') ? result.then(keep) : result;
    };
  }
  WebAssembly.Module = new Proxy(WebAssembly.Module, {
    construct(target, args, newTarget) {
      wasm.compiles++;
      return Reflect.construct(target, args, newTarget);
    },
  });
  window.__slowEvents = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__slowEvents.push({ name: e.name, duration: e.duration, interactionId: e.interactionId || 0, start: e.startTime });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    window.__slowEvents = null; // Event Timing unsupported
  }
};

// When the intro first takes a press of Start. From the document's creation, at every DOM
// change and every 4 ms, while Start is there and enabled, a pointer-like click is dispatched
// on it; the first that the page answers at once (Start busy, or the wait status said, or
// the app's screen) is the time. A real press before then goes nowhere: Start is disabled in
// the markup until the start-up script has wired it. (The press loads the app; this load is
// used for nothing else.)
const PRESS_PROBE = () => {
  const probe = (window.__press = { at: null, tries: 0 });
  const taken = (start) =>
    start.getAttribute('aria-busy') === 'true' ||
    !!document.querySelector('#intro .wait-status')?.textContent.trim() ||
    !!document.querySelector('.app #screen-title');
  const attempt = () => {
    if (probe.at !== null) return true;
    const start = document.getElementById('start');
    if (!start || start.disabled || start.hidden) return false;
    probe.tries++;
    const at = performance.now();
    start.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1, view: window }));
    if (!taken(start)) return false;
    probe.at = at;
    return true;
  };
  const observer = new MutationObserver(() => attempt() && observer.disconnect());
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  const poll = () => attempt() || setTimeout(poll, 4);
  poll();
};

// Installed after the page is idle, before the press: times, from the press (the click
// event's timeStamp, read before the page's own handlers), the busy state (Start's
// aria-busy, or the wait status's text) and the first screen ("Where are you now?" inside
// the app, visible), each when in the DOM with style and layout done ("dom") and when the
// next animation frame has run and the task after it ("shown": the frame's main-thread work
// done; raster and compositing are not included). Then the bytes fetched until the first
// screen: the encoded (gzip) bodies of the page and of every resource it had asked for.
const WATCH_FIRST_SCREEN = (title) => {
  const run = (window.__firstScreen = { press: null, busy: null, busyShown: null, screen: null, shown: null });
  const afterFrame = (key) => requestAnimationFrame(() => setTimeout(() => (run[key] = performance.now()), 0));
  addEventListener(
    'click',
    (e) => {
      if (run.press === null && e.target.closest?.('#start')) run.press = e.timeStamp;
    },
    { capture: true },
  );
  const check = () => {
    if (run.press === null) return;
    const start = document.getElementById('start');
    if (run.busy === null && (start?.getAttribute('aria-busy') === 'true' || document.querySelector('#intro .wait-status')?.textContent.trim())) {
      document.body.getBoundingClientRect();
      run.busy = performance.now();
      afterFrame('busyShown');
    }
    const heading = document.querySelector('.app #screen-title');
    if (run.screen === null && heading?.textContent.trim() === title && heading.checkVisibility()) {
      document.body.getBoundingClientRect();
      run.screen = performance.now();
      observer.disconnect();
      afterFrame('shown');
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
};

const READ_FIRST_SCREEN = (glue) => {
  const run = window.__firstScreen;
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].filter(
    (e) => e.startTime <= run.screen,
  );
  const unfinished = entries.filter((e) => !(e.responseEnd > 0)).map((e) => e.name);
  const appStart = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/' + glue))?.startTime ?? null;
  return {
    ...run,
    bytes: entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
    fetched: entries.map((e) => ({ name: e.name, bytes: e.encodedBodySize })),
    unfinished,
    app_requested: appStart,
  };
};

// ---------------------------------------------------------------------------------------
// Pages

async function newPage(browser, { init = [] } = {}) {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  for (const script of init) await page.addInitScript(script);
  return { context, page, errors };
}

const ready = (page, timeout = 20_000) =>
  page.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0, null, { timeout });

/** Beside an organisation's file, the page measured is one that applied it: its note shows. */
async function expectOrgNote(page) {
  await page.locator('#intro .org-note:not([hidden])').waitFor({ timeout: 10_000 });
}

// A plain visit: load, then 10 s with no interaction. Every response the page fetched is
// counted at the size this server sent (the file's gzip -9 size for text and wasm; the wire
// figure Chromium reports is kept beside it as a check).
async function plainVisit(browser, base, app, path, org) {
  const { context, page, errors } = await newPage(browser, { init: [INIT_SCRIPT] });
  const requests = [];
  page.on('request', (r) => requests.push(r));
  try {
    await page.goto(`${base}${path}`, { waitUntil: 'load' });
    await ready(page);
    if (org) await expectOrgNote(page);
    await page.waitForTimeout(PLAIN_VISIT_MS); // the visit itself: no interaction for 10 s
    const compiles = await page.evaluate(() => window.__wasm.compiles);
    const fetched = [];
    for (const request of requests) {
      const url = new URL(request.url());
      const response = await request.response();
      const status = response?.status() ?? null;
      let file = join(SITE, decodeURIComponent(url.pathname));
      if (url.pathname.endsWith('/')) file = join(file, 'index.html');
      const bytes = status === 200 && existsSync(file) ? gzipSize(file) : status === 404 ? 'not found'.length : 0;
      let wire = null;
      try {
        wire = (await Promise.race([request.sizes(), new Promise((r) => setTimeout(r, 2000, null))]))?.responseBodySize ?? null;
      } catch {
        wire = null; // a failed request has no sizes
      }
      fetched.push({ path: url.pathname, status, bytes, wire_body_bytes: wire });
    }
    if (errors.length) throw new Error(`plain visit to ${path}: ${errors.join('; ')}`);
    const appRequests = requests.map((r) => r.url()).filter((u) => isApp(app, u));
    return {
      path,
      organisation_file: org,
      gzip_bytes: fetched.reduce((s, f) => s + f.bytes, 0),
      wire_body_bytes: fetched.reduce((s, f) => s + (f.wire_body_bytes ?? 0), 0),
      requests: fetched.length,
      fetched,
      app_requests: appRequests,
      wasm_compiles: compiles,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Paint and the intro's readiness, against the floor

async function loadOnce(browser, base, kind) {
  const { context, page, errors } = await newPage(browser, { init: kind === 'press' ? [PRESS_PROBE] : [] });
  try {
    if (kind === 'press') {
      await page.goto(`${base}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__press?.at != null, null, { timeout: 20_000 });
      const m = await page.evaluate(() => ({
        press: window.__press.at,
        tries: window.__press.tries,
        ready: performance.getEntriesByName('crossroads-ready')[0]?.startTime ?? null,
      }));
      if (errors.length) throw new Error(`press load: ${errors.join('; ')}`);
      return m;
    }
    const widget = kind === 'widget';
    await page.goto(`${base}/${widget ? '' : 'static.html'}`, { waitUntil: 'load' });
    if (widget) await ready(page);
    if (widget && base.endsWith('/org')) await expectOrgNote(page);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 20_000 });
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        ready: performance.getEntriesByName('crossroads-ready')[0]?.startTime ?? null,
        domContentLoaded: nav.domContentLoadedEventEnd,
        loadEventEnd: nav.loadEventEnd,
        fetched: performance.getEntriesByType('resource').map((e) => e.name),
      };
    });
    if (errors.length) throw new Error(`${kind} load: ${errors.join('; ')}`);
    return m;
  } finally {
    await context.close();
  }
}

// The popup: a fresh page with the button, then a trusted click; from the click event's
// timeStamp to the first contentful paint in the dialog's frame, both on the epoch's time line
// (timeOrigin + the document's own time).
async function openOnce(browser, base, kind) {
  const { context, page, errors } = await newPage(browser);
  try {
    await page.goto(`${base}/popup-${kind}.html`, { waitUntil: 'load' });
    await page.locator('#open[data-crossroads-mounted]').waitFor({ timeout: 10_000 });
    await page.evaluate(() => {
      const open = document.getElementById('open');
      open.addEventListener('click', (e) => (window.__openAt = performance.timeOrigin + e.timeStamp), { capture: true, once: true });
      return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    });
    const navigated = page.waitForEvent('framenavigated', { predicate: (f) => f.url().includes('frame=fixed'), timeout: 20_000 });
    await page.click('#open');
    const frame = await navigated;
    await frame.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 20_000 });
    const painted = await frame.evaluate(() => performance.timeOrigin + performance.getEntriesByName('first-contentful-paint')[0].startTime);
    const at = await page.evaluate(() => window.__openAt);
    if (errors.length) throw new Error(`popup (${kind}): ${errors.join('; ')}`);
    return painted - at;
  } finally {
    await context.close();
  }
}

async function popupOpens(browser, base) {
  const rounds = Math.min(LOADS, 30);
  const got = { widget: [], floor: [] };
  for (let i = 0; i < WARMUP + rounds; i++) {
    for (const kind of i % 2 ? ['floor', 'widget'] : ['widget', 'floor']) {
      const m = await openOnce(browser, base, kind);
      if (i >= WARMUP) got[kind].push(m);
    }
  }
  const r = pairedRatio(got.widget, got.floor);
  return {
    rounds,
    definition: 'a fresh page with a data-mode="popup" button; a trusted click; from the click event to the first contentful paint in the dialog\'s frame: the widget, and floor/ whose index.html is the static intro',
    widget_ms: summary(got.widget),
    static_frame_ms: summary(got.floor),
    ratio: r.ratio,
    ratio_ci90: r.ci90,
  };
}

async function loads(browser, base, app) {
  const kinds = ['widget', 'press', 'static'];
  const got = { widget: [], press: [], static: [] };
  for (let i = 0; i < WARMUP + LOADS; i++) {
    // Rotate the order each round, so that noise hits every kind evenly.
    for (const kind of [...kinds.slice(i % 3), ...kinds.slice(0, i % 3)]) {
      const m = await loadOnce(browser, base, kind);
      if (m.fetched?.some((u) => isApp(app, u))) throw new Error(`a ${kind} load fetched the app with no interest: ${m.fetched.join(', ')}`);
      if (i >= WARMUP) got[kind].push(m);
    }
  }
  const { widget, press, static: floor } = got;
  const fcpW = widget.map((m) => m.fcp);
  const fcpS = floor.map((m) => m.fcp);
  // A Start can be pressed once it is painted and works: on the floor once its page has
  // loaded; in the widget once the start-up script has wired it (its crossroads-ready mark,
  // which the press loads show to be when a press is first taken).
  const pressableW = widget.map((m) => Math.max(m.fcp, m.ready));
  const pressableS = floor.map((m) => Math.max(m.fcp, m.loadEventEnd));
  const pressMinusMark = press.map((m) => m.press - m.ready);
  const fcp = pairedRatio(fcpW, fcpS);
  const interactive = pairedRatio(pressableW, pressableS);
  return {
    loads_per_kind: LOADS,
    warmup_rounds: WARMUP,
    fcp_ms: { widget: summary(fcpW), static_floor: summary(fcpS) },
    intro_interactive_ms: {
      widget: summary(pressableW),
      widget_definition: 'the later of first contentful paint and the crossroads-ready mark (Start wired by the start-up script), in the same load',
      static_floor: summary(pressableS),
      static_definition: 'the static copy: the later of first contentful paint and the navigation entry loadEventEnd (its Start painted and its page loaded)',
      static_floor_load_event_end: summary(floor.map((m) => m.loadEventEnd)),
      crossroads_ready_mark: summary(widget.map((m) => m.ready)),
      widget_load_event_end: summary(widget.map((m) => m.loadEventEnd)),
      widget_dom_content_loaded: summary(widget.map((m) => m.domContentLoaded)),
      press_taken: summary(press.map((m) => m.press)),
      press_taken_definition:
        'PRESS_PROBE, in loads of their own: from document creation, at every DOM change and every 4 ms, a pointer-like click on #start while it is enabled; the performance.now() of the first click the page answers synchronously (Start aria-busy, the wait status, or the app screen). The probe itself slows the page, so these loads only check the mark',
      press_minus_mark: summary(pressMinusMark),
    },
    ratios: {
      definition:
        'trimmed mean (middle 60%) of the widget over that of the static floor, loads interleaved round by round; ci90: paired bootstrap of the rounds',
      fcp: fcp.ratio,
      fcp_ci90: fcp.ci90,
      intro_interactive: interactive.ratio,
      intro_interactive_ci90: interactive.ci90,
      press_minus_mark_p95_ms: quantile(pressMinusMark, 0.95),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Interest to the first screen

async function firstScreenOnce(browser, base, app, profile, interest) {
  const { context, page, errors } = await newPage(browser);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  try {
    if (profile.conditions) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', profile.conditions);
    }
    await page.goto(`${base}/`, { waitUntil: 'load', timeout: 60_000 });
    await ready(page, 60_000);
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    if (requests.some((u) => isApp(app, u))) throw new Error(`the app was fetched before any interest: ${requests.join(', ')}`);
    await page.evaluate(WATCH_FIRST_SCREEN, FIRST_SCREEN_TITLE);
    if (interest) {
      await page.hover('#crossroads');
      await page.waitForTimeout(300); // the reader's pause between pointing and pressing
      await page.click('#start');
    } else {
      // No pointer moves: a script's click, so no pointerover or pointerdown comes first.
      await page.evaluate(() => document.getElementById('start').click());
    }
    await page.waitForFunction(() => window.__firstScreen.shown !== null, null, { timeout: 60_000 });
    const r = await page.evaluate(READ_FIRST_SCREEN, app.glue);
    if (r.unfinished.length) throw new Error(`requests still open when the first screen showed: ${r.unfinished.join(', ')}`);
    if (errors.length) throw new Error(`first screen (${profile.key}): ${errors.join('; ')}`);
    return {
      // The press is visibly taken by the busy state, or by the screen itself if the app came first.
      busy_ms: (r.busyShown ?? r.shown) - r.press,
      busy_dom_ms: r.busy === null ? null : r.busy - r.press,
      busy_shown: r.busy !== null,
      screen_ms: r.shown - r.press,
      screen_dom_ms: r.screen - r.press,
      app_requested_ms: r.app_requested === null ? null : r.app_requested - r.press,
      bytes: r.bytes,
      fetched: r.fetched,
    };
  } finally {
    await context.close();
  }
}

async function firstScreen(browser, base, app) {
  const figures = {};
  for (const profile of PROFILES) {
    figures[profile.key] = { label: profile.label, conditions: profile.conditions };
    for (const [key, interest] of [['interest', true], ['no_interest', false]]) {
      const runs = [];
      for (let i = 0; i < profile.runs; i++) runs.push(await firstScreenOnce(browser, base, app, profile, interest));
      const of = (k) => summary(runs.map((r) => r[k]).filter((v) => v != null));
      figures[profile.key][key] = {
        runs: profile.runs,
        busy_ms: of('busy_ms'),
        busy_shown_runs: runs.filter((r) => r.busy_shown).length,
        screen_ms: of('screen_ms'),
        screen_dom_ms: of('screen_dom_ms'),
        app_requested_ms: of('app_requested_ms'),
        bytes: of('bytes'),
        fetched: runs[0].fetched,
      };
    }
  }
  return {
    ...figures,
    definition:
      'after load, crossroads-ready and network idle: with interest, the pointer over #crossroads (Playwright hover), 300 ms, then a Playwright click on #start; with no interest, #start.click() from a script. Times from the click event\'s timeStamp to the DOM state plus the next animation frame and the task after it. busy_ms: to the busy state (or to the screen, when the app came first and there was none); screen_ms: to "Where are you now?" visible in the app. bytes: encodedBodySize (gzip) of the page and every resource started before the screen. app_requested_ms: when the glue was asked for, relative to the press (negative: before it). Medians over the runs.',
  };
}

// ---------------------------------------------------------------------------------------
// Journeys

// Installed in the journeys' pages: `window.__clickUntil(target, done, phase)`: `phase` ms
// after a frame has been rendered, a pointer-like click (detail 1) on `target`, then, with no
// timer, the time until `done()` holds with style and
// layout done ("dom"), and until the next animation frame's main-thread work is done
// ("frame": a user-blocking task posted from its requestAnimationFrame callback, which runs
// right after the frame's style, layout and paint, ahead of timers the app set; raster and
// compositing are not included), with the click's own time ("t0").
// The app moves on only for pointer clicks, not for keyboard ones (detail 0); a script click
// on a label reaches its radio with detail 0, so the click goes to the label's control
// directly, as a real click's forward would.
const CLICK_UNTIL = () => {
  window.__clickUntil = async (target, done, phase = 0) => {
    // Let the previous frame be rendered first, so no pending work is counted here.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    if (phase > 0) await new Promise((r) => setTimeout(r, phase));
    const t0 = performance.now();
    let dom = null;
    await new Promise((resolve, reject) => {
      const guard = setTimeout(() => reject(new Error('no change within 10 s of the click')), 10_000);
      const check = () => {
        if (dom !== null || !done()) return;
        document.body.getBoundingClientRect(); // forces style and layout
        dom = performance.now() - t0;
        observer.disconnect();
        clearTimeout(guard);
        resolve();
      };
      const observer = new MutationObserver(check);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1, view: window }));
      check(); // the app may have rendered synchronously
    });
    await new Promise((r) => requestAnimationFrame(() => scheduler.postTask(r, { priority: 'user-blocking' })));
    return { t0, dom, frame: performance.now() - t0 };
  };
};

// A person's click lands anywhere between two frames (60 Hz: 16.7 ms apart), not just after
// one; a click just after a frame waits a whole frame interval for the next, even on a page
// that does nothing (see throttledFloor). The throttled journeys click at these offsets from
// the last frame, in turn, spread evenly over the interval.
const CLICK_PHASES_MS = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];

// One answer: the choice labelled `label` clicked (`phase` ms after a frame), to the next
// question on screen (the progress count changed, or it is gone: a new screen).
const timedAnswer = (page, label, phase = 0) =>
  page.evaluate(
    ({ label, phase }) => {
      const choice = [...document.querySelectorAll('label.choice')].find((l) => l.querySelector('.choice-label')?.textContent.trim() === label);
      if (!choice) throw new Error(`no choice labelled ${label}`);
      const before = document.querySelector('.progress-count')?.textContent ?? null;
      const next = () => {
        const now = document.querySelector('.progress-count');
        return !now || now.textContent !== before;
      };
      return window.__clickUntil(choice.control ?? choice, next, phase);
    },
    { label, phase },
  );

// "See my result": from one click, the summary (the verdict with its share controls) with
// style and layout ("summary") and after its next frame ("summary_frame"), every section
// below it ("all"), and the long tasks on the way.
const resultClick = (page, phase = 0) =>
  page.evaluate(async (phase) => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const longTasks = [];
    const tasks = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
    });
    tasks.observe({ type: 'longtask' });
    const button = [...document.querySelectorAll('button')].find((b) => /see my result/i.test(b.textContent));
    if (!button) throw new Error('no "See my result" button');
    let allAt = null;
    const sections = new MutationObserver(() => {
      if (allAt !== null || !document.querySelector('main.result .next-steps')) return;
      document.body.getBoundingClientRect();
      allAt = performance.now();
      sections.disconnect();
    });
    sections.observe(document.body, { subtree: true, childList: true });
    const { t0, dom: summary, frame: summaryFrame } = await window.__clickUntil(
      button,
      () => document.querySelector('main.result .share-panel.compact, main.result .result-actions'),
      phase,
    );
    await new Promise((resolve, reject) => {
      const guard = setTimeout(() => reject(new Error('no next steps within 10 s of the result')), 10_000);
      const wait = () => (allAt !== null ? (clearTimeout(guard), resolve()) : requestAnimationFrame(wait));
      wait();
    });
    // Two frames more, for a long task that ends the render to be reported.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    tasks.disconnect();
    return { summary, summaryFrame, all: allAt - t0, longTasks };
  }, phase);

async function openJourney(browser, base) {
  const { context, page, errors } = await newPage(browser, { init: [INIT_SCRIPT, CLICK_UNTIL] });
  await page.goto(`${base}/`);
  await ready(page);
  await page.locator('#start').click();
  // "Where are you now?" comes first: answered as an engineer.
  await page.locator('.app main.seat').waitFor();
  await page.getByRole('radio', { name: 'An engineer who has never managed' }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const clicks = 3;
  await page.locator('.progress-count').waitFor();
  const text = await page.locator('.progress-count').textContent();
  const total = Number(text.split(' of ')[1]);
  if (!(total > 0)) throw new Error(`unexpected progress text: ${text}`);
  return { context, page, errors, total, clicks };
}

// The clicks of a journey, each timed from inside the page (see CLICK_UNTIL), with Chrome's
// CPU throttling at `cpu`× from the first statement on (1: none). Throttled, the clicks land
// at CLICK_PHASES_MS in turn; unthrottled, just after a frame (the figures before this).
async function timedJourney(page, context, total, cpu) {
  if (cpu > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const phase = (i) => (cpu > 1 ? CLICK_PHASES_MS[i % CLICK_PHASES_MS.length] : 0);
  const answers = [];
  for (let i = 0; i < total; i++) {
    const label = PATTERN[i % PATTERN.length];
    const at = await page.locator('.progress-count').textContent();
    if (at !== `${i + 1} of ${total}`) throw new Error(`expected question ${i + 1} of ${total}, saw "${at}"`);
    answers.push(await timedAnswer(page, label, phase(i)));
  }
  // The context screen: optional questions, then on to the result.
  await page.getByRole('button', { name: /see my result/i }).waitFor();
  const result = await resultClick(page, phase(total));
  await page.locator('main.result').waitFor();
  return { answers, result };
}

// At 4× CPU throttling (a mid-range phone's proxy), THROTTLED_RUNS journeys: every answer's
// click to the frame after the next statement shows (pooled: median, p95), and the click on
// "See my result" to the frame after the summary shows (median of the runs).
const THROTTLED_RUNS = 3;
async function throttledJourneys(browser, base) {
  const answers = [];
  const results = [];
  for (let run = 0; run < THROTTLED_RUNS; run++) {
    const { context, page, errors, total } = await openJourney(browser, base);
    try {
      const got = await timedJourney(page, context, total, 4);
      if (errors.length) throw new Error(`throttled journey errors: ${errors.join('; ')}`);
      answers.push(...got.answers.map((a) => a.frame));
      results.push(got.result.summaryFrame);
    } finally {
      await context.close();
    }
  }
  return {
    cpu_throttling: 4,
    runs: THROTTLED_RUNS,
    answer_to_next_frame_ms: summary(answers),
    result_summary_frame_ms: summary(results),
    static_floor_ms: await throttledFloor(browser, base, answers.length),
    definition:
      "in-page, CDP Emulation.setCPUThrottlingRate 4: a pointer-like click, at CLICK_PHASES_MS after a frame in turn, to the end of the main thread's work for the first frame after the next statement, or the result's summary, is in the DOM (a user-blocking task posted from its animation frame callback); raster and compositing not included",
  };
}

// The floor of that measure: the same clicks, at the same phases and throttling, on the
// static page, where a click changes one attribute and nothing else.
async function throttledFloor(browser, base, clicks) {
  const { context, page } = await newPage(browser, { init: [CLICK_UNTIL] });
  try {
    await page.goto(`${base}/static.html`, { waitUntil: 'load' });
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const frames = [];
    for (let i = 0; i < clicks; i++) {
      const timed = await page.evaluate((phase) => {
        const title = document.querySelector('h1');
        title.addEventListener('click', () => (title.dataset.clicked = String(Number(title.dataset.clicked ?? 0) + 1)), { once: true });
        const before = title.dataset.clicked;
        return window.__clickUntil(title, () => title.dataset.clicked !== before, phase);
      }, CLICK_PHASES_MS[i % CLICK_PHASES_MS.length]);
      frames.push(timed.frame);
    }
    return summary(frames);
  } finally {
    await context.close();
  }
}

// The measured journey: every click from inside the page (see CLICK_UNTIL).
async function journey(browser, base) {
  const { context, page, errors, total } = await openJourney(browser, base);
  try {
    const { answers: timed, result } = await timedJourney(page, context, total, 1);
    const answers = timed.map((a) => a.dom);
    await page.waitForTimeout(500); // let effects after the result settle before reading memory
    const mem = await page.evaluate(() => ({
      wasm: window.__wasm.exports?.memory?.buffer?.byteLength ?? null,
      heapUsed: performance.memory?.usedJSHeapSize ?? null,
      heapTotal: performance.memory?.totalJSHeapSize ?? null,
    }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    if (mem.wasm == null) throw new Error('wasm memory not found (no instance seen by INIT_SCRIPT, or no exported memory)');
    if (errors.length) throw new Error(`journey errors: ${errors.join('; ')}`);
    return {
      statements: total,
      answer_to_next_question_ms: {
        ...summary(answers),
        definition:
          "in-page: performance.now() before a pointer-like click (MouseEvent detail 1) on the choice's radio to the next question in the DOM plus forced style and layout; raster and compositing not included",
      },
      result_summary_ms: {
        value: result.summary,
        definition: 'in-page: click on "See my result" to the summary (main.result with its share controls) in the DOM plus forced style and layout; raster not included',
      },
      result_render_ms: {
        value: result.all,
        definition: 'in-page: the same click to every section below the summary in the DOM (the next steps), plus forced style and layout',
      },
      result_long_tasks: {
        value: result.longTasks.length,
        durations_ms: result.longTasks,
        definition: 'Long Tasks API entries (tasks of 50 ms or more) from the click until every section is in the DOM and two frames have passed',
      },
      wasm_memory_bytes: mem.wasm,
      wasm_memory_pages: mem.wasm / 65536,
      js_heap_used_bytes: mem.heapUsed,
      js_heap_total_bytes: mem.heapTotal,
      js_heap_used_after_gc_bytes: heapAfterGc,
    };
  } finally {
    await context.close();
  }
}

// One interaction (pointerdown, pointerup, click, and the label's click forwarded to its
// radio) shares one interactionId; its duration is the longest of its entries.
function interactionsOf(events) {
  const interactions = new Map();
  for (const e of events) if (e.interactionId) interactions.set(e.interactionId, Math.max(interactions.get(e.interactionId) ?? 0, e.duration));
  return [...interactions.values()];
}

// A second journey with real mouse clicks, so Chrome's Event Timing sees trusted input
// (it ignores script-dispatched clicks): how many interactions took 16 ms or more from
// input to the next paint.
async function eventTimingJourney(browser, base) {
  const { context, page, errors, total, clicks } = await openJourney(browser, base);
  try {
    for (let i = 0; i < total; i++) {
      await page.locator('.progress-count').filter({ hasText: `${i + 1} of ${total}` }).waitFor();
      const label = PATTERN[i % PATTERN.length];
      await page
        .locator('label.choice')
        .filter({ has: page.locator('.choice-label').getByText(label, { exact: true }) })
        .click();
    }
    await page.getByRole('button', { name: /see my result/i }).click();
    await page.locator('main.result').waitFor();
    // Event Timing entries are delivered after the next paint; give them time to arrive.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    const events = await page.evaluate(() => window.__slowEvents);
    if (errors.length) throw new Error(`journey errors: ${errors.join('; ')}`);
    if (events == null) return { supported: false };
    const slow = interactionsOf(events);
    return {
      supported: true,
      interactions_made: clicks + total + 1, // Start, where the person stands and Next, every answer, "See my result"
      slow_interactions: slow.length,
      slow_interaction_durations_ms: slow,
      max_duration_ms: slow.length ? Math.max(...slow) : 0,
      slow_event_entries: events,
      definition: 'Event Timing (durationThreshold 16 ms), trusted mouse clicks grouped by interactionId: input to next paint, 8 ms granularity',
    };
  } finally {
    await context.close();
  }
}

// The Event Timing floor: the same kind of trusted click on the static page, where a click
// changes nothing. What the widget's clicks take beyond this is the widget's own.
async function eventTimingFloor(browser, base, clicks) {
  const { context, page } = await newPage(browser, { init: [INIT_SCRIPT] });
  try {
    await page.goto(`${base}/static.html`, { waitUntil: 'load' });
    const box = await page.locator('.lede').boundingBox();
    for (let i = 0; i < clicks; i++) {
      await page.mouse.click(box.x + 10 + (i % 5) * 20, box.y + box.height / 2);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    const events = await page.evaluate(() => window.__slowEvents);
    if (events == null) return null;
    const slow = interactionsOf(events);
    return { interactions_made: clicks, slow_interactions: slow.length, slow_interaction_durations_ms: slow };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------
// Lighthouse: its own Chromium, on the page this process serves (so run as a child process,
// never synchronously). Returns the figures, or why it could not run.

function lighthouse(url, method = 'simulate') {
  const cli = join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (process.env.BENCH_LIGHTHOUSE === '0') return Promise.resolve({ skipped: 'BENCH_LIGHTHOUSE=0' });
  if (!existsSync(cli)) return Promise.resolve({ skipped: `${relative(ROOT, cli)} not found (npm ci installs lighthouse@12.2.3)` });
  const output = join(OUT, `lighthouse-${method}.json`);
  rmSync(output, { force: true });
  const flags = '--headless=new --no-sandbox --disable-gpu';
  const args = [cli, url, '--output=json', `--output-path=${output}`, '--quiet', `--chrome-flags=${flags}`, `--throttling-method=${method}`];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? CHROMIUM_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ skipped: `could not start Lighthouse: ${e.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const tail = log.trim().split('\n').slice(-6).join(' | ');
      if (code !== 0 || !existsSync(output)) {
        done({ skipped: `Lighthouse exited with ${signal ?? code}${tail ? `: ${tail}` : ''}` });
        return;
      }
      const lhr = JSON.parse(readFileSync(output, 'utf8'));
      if (lhr.runtimeError) {
        done({ skipped: `Lighthouse runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}` });
        return;
      }
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, c.score]));
      // What keeps a category below 1: its weighted audits that did not pass.
      const below = {};
      for (const [id, c] of Object.entries(lhr.categories)) {
        if (c.score === 1) continue;
        below[id] = c.auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
          .map((ref) => `${ref.id} (${lhr.audits[ref.id].score})`);
      }
      done({
        version: lhr.lighthouseVersion,
        url: lhr.finalDisplayedUrl ?? lhr.finalUrl,
        form_factor: lhr.configSettings.formFactor,
        throttling_method: lhr.configSettings.throttlingMethod,
        throttling: lhr.configSettings.throttling,
        scores,
        below_full_score: below,
        fcp_ms: audit('first-contentful-paint'),
        lcp_ms: audit('largest-contentful-paint'),
        speed_index_ms: audit('speed-index'),
        total_blocking_time_ms: audit('total-blocking-time'),
        cumulative_layout_shift: audit('cumulative-layout-shift'),
        report: relative(ROOT, output),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------
// Report

const kb = (b) => (b == null ? '-' : (b / 1000).toFixed(1));
const ms = (v) => (v == null ? '-' : v.toFixed(1));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function table(r) {
  const out = [];
  const line = (...cols) => out.push(cols.join(''));
  out.push(`Crossroads performance — ${r.environment.browser}, ${r.environment.cpus} CPU(s), loopback, ${r.generated_at}`);
  const [before, after] = [r.environment.load_average_at_start, r.environment.load_average_at_end].map((l) => l[0].toFixed(2));
  const busy = r.environment.load_average_at_start[0] > r.environment.cpus / 2;
  out.push(`Load average (1 min) at start ${before}${busy ? ' (the machine was busy with other work: timings are noisy)' : ''}, at end ${after} (with the bench's own)`);
  out.push('');
  out.push('Shipped files (dist/)                          raw KB   gzip KB  brotli KB  fetched');
  for (const f of r.sizes.files) line('  ', pad(f.name, 44), lpad(kb(f.raw), 8), lpad(kb(f.gzip), 10), lpad(kb(f.brotli), 11), '  ', f.when);
  out.push(`  docs/crossroads.example.json (an organisation's file, in org/): ${kb(r.sizes.organisation.raw)} KB raw, ${kb(r.sizes.organisation.gzip)} KB gzip`);
  out.push('  (1 KB = 1000 bytes; gzip level 9, brotli quality 11; the server sends text and wasm gzip -9)');
  out.push('');
  const w = r.wasm_contributors;
  if (w) {
    out.push(`What the wasm is made of (after wasm-opt, names kept): code ${kb(w.code_bytes)} KB in ${w.functions_count} functions, data ${kb(w.data_bytes)} KB (${kb(w.data_gzip_bytes)} KB gzip)`);
    out.push(`  code by crate (KB): ${w.crates.slice(0, 8).map((c) => `${c.crate} ${kb(c.bytes)}`).join(', ')}`);
    out.push('  largest functions (KB):');
    for (const f of w.largest.slice(0, 10)) line('    ', lpad(kb(f.bytes), 5), '  ', f.name.length > 100 ? f.name.slice(0, 99) + '…' : f.name);
    out.push('');
  }
  const o = r.wasm_opt_effect;
  if (o) {
    out.push(`wasm-opt -Oz on the whole module (names dropped): ${kb(o.before.raw)} → ${kb(o.after.raw)} KB raw, ${kb(o.before.gzip)} → ${kb(o.after.gzip)} KB gzip`);
    if (o.shipped) out.push(`  (the shipped ${o.shipped.name}: ${kb(o.shipped.raw)} KB raw, ${kb(o.shipped.gzip)} KB gzip)`);
    out.push('');
  }

  out.push(`Plain visits: load, then ${PLAIN_VISIT_MS / 1000} s with no interaction         gzip KB  requests  app requested / wasm compiled`);
  for (const v of r.plain_visits) {
    const label = `${v.path}${v.organisation_file ? '  (organisation file)' : ''}`;
    line('  ', pad(label, 56), lpad(kb(v.gzip_bytes), 8), lpad(v.requests, 10), '  ', `${v.app_requests.length ? v.app_requests.map((u) => basename(u)).join(' ') : 'none'} / ${v.wasm_compiles}`);
  }
  out.push(`  fetched: ${r.plain_visits[0].fetched.map((f) => `${basename(f.path) || f.path} ${kb(f.bytes)}`).join(', ')} (KB, /)`);
  out.push('');

  const row = (name, s) => line('  ', pad(name, 46), lpad(ms(s.median), 6), lpad(ms(s.p25), 8), lpad(ms(s.p75), 8), lpad(ms(s.min), 8), lpad(ms(s.max), 8));
  const loadRows = (l) => {
    row('First contentful paint, widget', l.fcp_ms.widget);
    row('First contentful paint, static floor', l.fcp_ms.static_floor);
    row('Widget pressable: max(FCP, ready mark)', l.intro_interactive_ms.widget);
    row('Static floor pressable: max(FCP, load)', l.intro_interactive_ms.static_floor);
    row('  static floor: load event', l.intro_interactive_ms.static_floor_load_event_end);
    row('  widget: crossroads-ready mark', l.intro_interactive_ms.crossroads_ready_mark);
    row('  widget: load event', l.intro_interactive_ms.widget_load_event_end);
    row('  PRESS_PROBE loads: press taken', l.intro_interactive_ms.press_taken);
    row('  PRESS_PROBE loads: press taken − mark', l.intro_interactive_ms.press_minus_mark);
    const ratio = (name, r, ci) => line('  ', pad(name, 46), lpad(r.toFixed(3) + '×', 7), `   (90% interval ${ci[0].toFixed(3)}–${ci[1].toFixed(3)}×; trimmed means)`);
    ratio('Ratio FCP widget / floor', l.ratios.fcp, l.ratios.fcp_ci90);
    ratio('Ratio pressable widget / floor', l.ratios.intro_interactive, l.ratios.intro_interactive_ci90);
  };
  out.push(`Page loads of /, ${r.loads.loads_per_kind} fresh loads of each kind (ms)     median     p25     p75     min     max`);
  loadRows(r.loads);
  out.push('  With an organisation file (org/):');
  loadRows(r.loads_with_organisation);
  out.push('');
  out.push(`A popup: press on a host page's button → first paint in the dialog's frame, ${r.popup.rounds} fresh pages of each (ms)`);
  row('Widget', r.popup.widget_ms);
  row('Static frame (floor/)', r.popup.static_frame_ms);
  line('  ', pad('Ratio widget / static frame', 46), lpad(r.popup.ratio.toFixed(3) + '×', 7), `   (90% interval ${r.popup.ratio_ci90[0].toFixed(3)}–${r.popup.ratio_ci90[1].toFixed(3)}×; trimmed means)`);
  out.push('');

  out.push('Interest to the first screen, from the press (ms, median; min–max)');
  out.push(`  ${pad('', 30)}${pad('with interest (hover, 300 ms, click)', 48)}no interest (a script's click)`);
  line('  ', pad('connection', 30), pad('busy', 22), pad('screen', 26), pad('busy', 22), 'screen');
  const cell = (s) => (s?.n ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '-');
  for (const p of PROFILES) {
    const f = r.first_screen[p.key];
    line('  ', pad(`${f.label} (n=${p.runs})`, 30), pad(cell(f.interest.busy_ms), 22), pad(cell(f.interest.screen_ms), 26), pad(cell(f.no_interest.busy_ms), 22), cell(f.no_interest.screen_ms));
  }
  const lb = r.first_screen.loopback.interest;
  out.push(`  fetched before the first screen: ${kb(lb.bytes.max)} KB gzip (${lb.fetched.map((f) => `${basename(new URL(f.name).pathname) || '/'} ${kb(f.bytes)}`).join(', ')})`);
  const heads = PROFILES.map((p) => `${p.key} ${ms(r.first_screen[p.key].interest.app_requested_ms.median)}`).join(', ');
  out.push(`  with interest, the app was asked for this long before the press (ms, negative = before): ${heads}`);
  out.push('  (busy: the busy state shown, or the screen when the app came first; shown = in the DOM, laid out,');
  out.push('   and the next animation frame run; raster not included)');
  out.push('');

  const j = r.journey;
  const a = j.answer_to_next_question_ms;
  out.push(`Full journey (${j.statements} statements, context screen, result)`);
  line('  ', pad(`Answer click → next question (ms, n=${a.n})`, 44), `median ${ms(a.median)}   p95 ${ms(a.p95)}   min ${ms(a.min)}   max ${ms(a.max)}`);
  line('  ', pad('Result summary on screen (ms)', 44), ms(j.result_summary_ms.value));
  line('  ', pad('Result page render, every section (ms)', 44), ms(j.result_render_ms.value));
  line('  ', pad('Long tasks on the way to the result', 44), `${j.result_long_tasks.value}${j.result_long_tasks.value ? ` (${j.result_long_tasks.durations_ms.join(', ')} ms)` : ''}`);
  out.push('    (in the page: click → DOM updated + forced style and layout; raster not included)');
  const t = r.journey_throttled;
  const ta = t.answer_to_next_frame_ms;
  line('  ', pad(`4× CPU: answer → next frame (ms, n=${ta.n})`, 44), `median ${ms(ta.median)}   p95 ${ms(ta.p95)}   min ${ms(ta.min)}   max ${ms(ta.max)}`);
  line('  ', pad(`4× CPU: result summary → next frame (ms)`, 44), `median ${ms(t.result_summary_frame_ms.median)} of ${t.runs} runs (${t.result_summary_frame_ms.samples.map(ms).join(', ')})`);
  const tf = t.static_floor_ms;
  line('  ', pad(`4× CPU: floor, a click on the static page`, 44), `median ${ms(tf.median)}   p95 ${ms(tf.p95)}   min ${ms(tf.min)}   max ${ms(tf.max)}`);
  out.push('    (clicks spread over the frame interval, to the end of the frame that shows the change)');
  const e = r.event_timing;
  if (e.supported) {
    const med = e.slow_interactions ? `median ${ms(quantile(e.slow_interaction_durations_ms, 0.5))}, max ${ms(e.max_duration_ms)} ms` : '';
    line('  ', pad('Clicks ≥ 16 ms to next paint (Event Timing)', 46), `${e.slow_interactions} of ${e.interactions_made}`, med ? `   (${med})` : '');
    const f = e.static_floor;
    if (f) {
      const fmax = f.slow_interactions ? `   (max ${ms(Math.max(...f.slow_interaction_durations_ms))} ms)` : '';
      line('  ', pad('  floor: no-op clicks on the static page', 46), `${f.slow_interactions} of ${f.interactions_made}${fmax}`);
    }
    out.push('    (a second journey with trusted mouse clicks, input to presented frame, 8 ms steps;');
    out.push('     Event Timing ignores script clicks, so the in-page figures above are not in it)');
  } else {
    line('  ', pad('Event Timing', 44), 'not supported');
  }
  line('  ', pad('Wasm linear memory at the end', 44), `${(j.wasm_memory_bytes / 1e6).toFixed(2)} MB (${j.wasm_memory_pages} pages of 64 KiB)`);
  line('  ', pad('JS heap used at the end', 44), `${(j.js_heap_used_bytes / 1e6).toFixed(2)} MB (after a forced GC ${(j.js_heap_used_after_gc_bytes / 1e6).toFixed(2)} MB)`);
  out.push('');

  for (const [lh, how] of [
    [r.lighthouse, 'simulated slow 4G, 4× CPU: estimated metrics'],
    [r.lighthouse_applied, 'the same throttling applied to the browser: painted metrics'],
  ]) {
    out.push(`Lighthouse ${lh.version ?? ''} on / (mobile defaults, ${how})`);
    if (lh.skipped) {
      out.push(`  not run: ${lh.skipped}`);
    } else {
      out.push(`  scores: ${Object.entries(lh.scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      out.push(`  FCP ${ms(lh.fcp_ms)} ms, LCP ${ms(lh.lcp_ms)} ms, speed index ${ms(lh.speed_index_ms)} ms, TBT ${ms(lh.total_blocking_time_ms)} ms, CLS ${lh.cumulative_layout_shift}`);
      for (const [k, audits] of Object.entries(lh.below_full_score)) out.push(`  ${k} below 1 because of: ${audits.join(', ') || '(no weighted audit failed)'}`);
    }
    out.push('');
  }

  out.push('Host (cargo bench -p crossroads-core --bench score)');
  if (r.host) {
    line('  ', pad('Core score + flips + advice, all answered', 44), `median ${r.host.core_score_median_us} µs   p95 ${r.host.core_score_p95_us} µs`);
  } else {
    line('  ', pad('Core score + flips + advice', 44), 'not measured (BENCH_HOST_JSON not given)');
  }
  out.push('');

  out.push('Budgets');
  for (const b of Object.values(r.budgets)) {
    const show = (v) => {
      if (v == null) return '-';
      if (b.unit === 'bytes') return b.label.startsWith('Wasm') ? `${(v / 1e6).toFixed(2)} MB` : `${kb(v)} KB`;
      if (b.unit === '×') return `${v.toFixed(2)}×`;
      if (b.unit === 'ms') return `${v.toFixed(1)} ms`;
      if (b.unit === 'score') return v.toFixed(2);
      return String(v);
    };
    const limit = b.max != null ? `≤ ${pad(show(b.max), 10)}` : `≥ ${pad(show(b.min), 10)}`;
    line('  ', pad(b.label, 46), lpad(show(b.value), 10), '  ', limit, b.status);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------

function wasmOptEffect(app) {
  const dir = process.env.BENCH_WASM_OPT_DIR;
  if (!dir) return null;
  const figures = (path) => {
    const data = readFileSync(path);
    return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  };
  return {
    before: figures(join(dir, 'before-wasm-opt.wasm')),
    after: figures(join(dir, 'after-wasm-opt.wasm')),
    shipped: { name: app.wasm, ...figures(join(SITE, app.wasm)) },
  };
}

async function main() {
  const started = Date.now();
  const loadAtStart = loadavg();
  const shipped = makeSite();
  const app = appFiles(shipped);
  const sz = sizes(app, shipped);
  let host = null;
  if (process.env.BENCH_HOST_JSON && existsSync(process.env.BENCH_HOST_JSON)) {
    host = JSON.parse(readFileSync(process.env.BENCH_HOST_JSON, 'utf8'));
  }
  const server = await serveStatic(SITE);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  let report;
  try {
    const plainVisits = [];
    for (const org of [false, true]) {
      for (const path of ['/', '/de/', '/es/']) plainVisits.push(await plainVisit(browser, base, app, org ? `/org${path}` : path, org));
    }
    const loadFigures = await loads(browser, base, app);
    const orgLoadFigures = await loads(browser, `${base}/org`, app);
    const popup = await popupOpens(browser, base);
    const firstScreenFigures = await firstScreen(browser, base, app);
    const journeyFigures = await journey(browser, base);
    const throttled = await throttledJourneys(browser, base);
    const eventTiming = await eventTimingJourney(browser, base);
    if (eventTiming.supported) eventTiming.static_floor = await eventTimingFloor(browser, base, eventTiming.interactions_made);
    const browserVersion = browser.version();
    await browser.close();
    // Lighthouse last, alone: the bench's own browser is closed, the server still runs.
    const lh = await lighthouse(`${base}/`);
    const lhApplied = await lighthouse(`${base}/`, 'devtools');

    const visit = (path) => plainVisits.find((v) => v.path === path).gzip_bytes;
    const fs = firstScreenFigures;
    const allRuns = PROFILES.flatMap((p) => ['interest', 'no_interest'].map((k) => fs[p.key][k].bytes.max));
    const values = {
      plain_visit_en_gzip_bytes: visit('/'),
      plain_visit_de_gzip_bytes: visit('/de/'),
      plain_visit_es_gzip_bytes: visit('/es/'),
      plain_visit_en_org_gzip_bytes: visit('/org/'),
      plain_visit_de_org_gzip_bytes: visit('/org/de/'),
      plain_visit_es_org_gzip_bytes: visit('/org/es/'),
      plain_visit_app_requests: plainVisits.reduce((s, v) => s + v.app_requests.length + v.wasm_compiles, 0),
      fcp_ratio: loadFigures.ratios.fcp,
      intro_interactive_ratio: loadFigures.ratios.intro_interactive,
      fcp_ratio_org: orgLoadFigures.ratios.fcp,
      intro_interactive_ratio_org: orgLoadFigures.ratios.intro_interactive,
      press_minus_mark_ms: Math.max(loadFigures.ratios.press_minus_mark_p95_ms, orgLoadFigures.ratios.press_minus_mark_p95_ms),
      first_screen_loopback_ms: fs.loopback.interest.screen_ms.median,
      first_screen_mbit1_6_ms: fs.mbit1_6.interest.screen_ms.median,
      busy_kbit400_ms: fs.kbit400.interest.busy_ms.median,
      first_screen_kbit400_ms: fs.kbit400.interest.screen_ms.median,
      first_screen_gzip_bytes: Math.max(...allRuns),
      lighthouse_lcp_minus_fcp_ms: lhApplied.skipped ? null : lhApplied.lcp_ms - lhApplied.fcp_ms,
      lighthouse_best_practices: lh.skipped ? null : lh.scores['best-practices'],
      answer_p95_ms: journeyFigures.answer_to_next_question_ms.p95,
      answer_4x_median_ms: throttled.answer_to_next_frame_ms.median,
      answer_4x_p95_ms: throttled.answer_to_next_frame_ms.p95,
      result_summary_4x_ms: throttled.result_summary_frame_ms.median,
      result_summary_ms: journeyFigures.result_summary_ms.value,
      result_render_ms: journeyFigures.result_render_ms.value,
      result_long_tasks: journeyFigures.result_long_tasks.value,
      wasm_memory_bytes: journeyFigures.wasm_memory_bytes,
      embed_gzip_bytes: sz.embed?.gzip,
      popup_paint_ratio: popup.ratio,
    };
    const budgets = Object.fromEntries(
      Object.entries(BUDGETS).map(([k, b]) => {
        const value = values[k];
        let status;
        if (value == null && k.startsWith('lighthouse_') && (lh.skipped || lhApplied.skipped)) status = 'skipped';
        else if (value == null) status = 'MISS';
        else status = (b.max != null ? value <= b.max : value >= b.min) ? 'pass' : 'MISS';
        return [k, { ...b, value, status, pass: status !== 'MISS' }];
      }),
    );
    report = {
      generated_at: new Date().toISOString(),
      environment: {
        browser: `Chromium ${browserVersion} (headless)`,
        browser_args: ARGS,
        node: process.version,
        cpus: cpus().length,
        load_average_at_start: loadAtStart,
        load_average_at_end: loadavg(),
        server: 'Node http on 127.0.0.1 (tests/bench/serve-static.mjs): text and wasm gzip -9 with content-encoding, cache-control: no-store; a new browser context per load, locale en-US',
        dist: relative(ROOT, DIST) || '.',
        quantiles: 'linear interpolation between closest ranks; spread = min, p25, p75, max',
      },
      app,
      sizes: sz,
      wasm_contributors: process.env.BENCH_NAMED_WASM ? contributors(process.env.BENCH_NAMED_WASM, 25) : null,
      wasm_opt_effect: wasmOptEffect(app),
      plain_visits: plainVisits,
      loads: loadFigures,
      loads_with_organisation: orgLoadFigures,
      popup,
      first_screen: firstScreenFigures,
      journey: journeyFigures,
      journey_throttled: throttled,
      event_timing: eventTiming,
      lighthouse: lh,
      lighthouse_applied: lhApplied,
      host,
      budgets,
      pass: Object.values(budgets).every((b) => b.pass),
      duration_s: 0,
    };
  } finally {
    if (browser.isConnected()) await browser.close();
    server.close();
  }
  report.duration_s = round((Date.now() - started) / 1000, 1);
  writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  console.log(table(report));
  console.log(`\nreport: ${relative(ROOT, join(OUT, 'report.json'))} (browser part took ${report.duration_s} s)`);
  const misses = Object.values(report.budgets).filter((b) => !b.pass);
  if (CHECK) {
    if (misses.length) {
      console.error(`\nbench --check: ${misses.length} budget(s) missed:`);
      for (const b of misses) console.error(`  - ${b.label}: ${round(b.value, 2)} ${b.unit}, budget ${b.max != null ? `≤ ${b.max}` : `≥ ${b.min}`} ${b.unit}`);
      process.exit(1);
    }
    console.log('\nbench --check: every budget met');
  }
}

main().catch((e) => {
  console.error(`bench failed: ${e.stack ?? e}`);
  process.exit(2);
});
