// The performance benchmark of the release build in dist/ (run by `scripts/bench`).
//
//   node tests/bench/bench.mjs [--check]
//
// Reports, as a table and as target/bench/report.json:
//   - every shipped file's size raw, gzip (level 9) and brotli (quality 11), and the total
//     first load (index.html + CSS + JS + the wasm's first part; the favicon, embed.js,
//     what only WordPress's embed frame fetches (wp-frame-….js) and the wasm's rest,
//     fetched when the reader shows an interest, are not counted: each
//     widget load below checks that the rest was indeed not fetched);
//   - over fresh page loads in headless Chromium on loopback, alternating the widget and a
//     static copy of its intro (the floor): first contentful paint and time to interactive,
//     medians and spread, and the widget/floor ratios; and the same again with an
//     organisation's file beside the page (docs/crossroads.example.json, in the site's org/),
//     whose first load counts the file too;
//   - over one scripted journey: answer click -> next question (median, p95), the result
//     page's render, wasm linear memory and JS heap at the end; and, over a second journey
//     driven by real (trusted) mouse clicks, Chrome's Event Timing: clicks slower than 16 ms,
//     beside the same count for clicks that change nothing on the static page;
//   - what the wasm is made of (largest functions, code per crate, data), when given a copy
//     of it that kept its function names in BENCH_NAMED_WASM; wasm-opt's effect, given the
//     module before and after it (BENCH_WASM_OPT_DIR); and how the split divides it,
//     when given the folder of its named parts (first-named.wasm, rest-named.wasm) in
//     BENCH_SPLIT_DIR;
//   - the host figures of `cargo bench -p crossroads-core --bench score`, when given in
//     BENCH_HOST_JSON (a file holding its JSON line).
// With --check, exits 1 if a budget is missed (2 if the bench itself failed).
//
// Environment: CHROMIUM (default /usr/bin/chromium), BENCH_LOADS (loads per page, at least
// 15, default 15), BENCH_DIST (default dist), BENCH_HOST_JSON, BENCH_NAMED_WASM, BENCH_WASM_OPT_DIR,
// BENCH_SPLIT_DIR.

import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants as zc, gzipSync } from 'node:zlib';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serveStatic } from './serve-static.mjs';
import { isMissingOrganisationFile } from '../console.mjs';
import { contributors } from './wasm-contributors.mjs';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
const OUT = join(ROOT, 'target', 'bench');
const SITE = join(OUT, 'site');
// An organisation's file, deployed beside a copy of the widget in the site's org/.
const ORG_FILE = join(ROOT, 'docs', 'crossroads.example.json');
const CHECK = process.argv.includes('--check');
const LOADS = Math.max(15, Number(process.env.BENCH_LOADS ?? 15) || 15);
const WARMUP = 2; // loads of each page before the measured ones, discarded

// Budgets from the performance issue. Sizes and memory in decimal units (1 KB = 1000 bytes,
// 1 MB = 1,000,000 bytes): the stricter reading.
const BUDGETS = {
  first_load_gzip_bytes: { max: 100_000, label: 'Total first load (HTML+CSS+JS+wasm), gzip', unit: 'bytes' },
  first_load_org_gzip_bytes: { max: 100_000, label: 'The same with an organisation file, gzip', unit: 'bytes' },
  first_load_de_gzip_bytes: { max: 100_000, label: 'First load of de/, gzip', unit: 'bytes' },
  first_load_de_org_gzip_bytes: { max: 100_000, label: 'The same with an organisation file', unit: 'bytes' },
  first_load_es_gzip_bytes: { max: 100_000, label: 'First load of es/, gzip', unit: 'bytes' },
  first_load_es_org_gzip_bytes: { max: 100_000, label: 'The same with an organisation file', unit: 'bytes' },
  fcp_ratio: { max: 1.2, label: 'First contentful paint / static floor', unit: '×' },
  interactive_ratio: { max: 2.5, label: 'Interactive / static floor', unit: '×' },
  fcp_ratio_org: { max: 1.2, label: 'The same, with an organisation file', unit: '×' },
  interactive_ratio_org: { max: 2.5, label: 'Interactive / floor, organisation file', unit: '×' },
  answer_p95_ms: { max: 16, label: 'Answer to next question, p95', unit: 'ms' },
  result_summary_ms: { max: 16, label: 'Result summary on screen', unit: 'ms' },
  result_render_ms: { max: 50, label: 'Result page render, every section', unit: 'ms' },
  result_long_tasks: { max: 0, label: 'Long tasks (≥ 50 ms) on the way to the result', unit: '' },
  wasm_memory_bytes: { max: 4_000_000, label: 'Wasm linear memory after a full journey', unit: 'bytes' },
  embed_gzip_bytes: { max: 3_000, label: 'Embed loader (embed.js), gzip', unit: 'bytes' },
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

const round = (v, d = 1) => (v == null ? null : Math.round(v * 10 ** d) / 10 ** d);

// ---------------------------------------------------------------------------------------
// Sizes

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function sizes() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: build first (scripts/build)`);
  const files = walk(DIST)
    .sort()
    .map((path) => {
      const data = readFileSync(path);
      const name = relative(DIST, path);
      const ext = extname(name).toLowerCase();
      let role;
      if (name === 'index.html') role = 'html';
      // Another language's pages (scripts/pages.mjs): each its own first load, with the same
      // code (see `languages` below).
      else if (/^[a-z]{2}\/index\.html$/.test(name)) role = 'html-language';
      else if (basename(name) === 'embed.js') role = 'embed';
      else if (/_rest-[0-9a-f]+\.wasm$/.test(name)) role = 'rest';
      // The styles past the intro, loaded with the rest (styles/rest.css).
      else if (/^rest-[0-9a-f]+\.css$/.test(name)) role = 'rest';
      else if (/_text-[0-9a-f]+\.txt$/.test(name)) role = 'words';
      // Fetched only inside WordPress's embed frame (embed/wp-frame.js).
      else if (/^wp-frame-[0-9a-f]+\.js$/.test(name)) role = 'wordpress';
      else if (ext === '.css') role = 'css';
      else if (ext === '.js' || ext === '.mjs') role = 'js';
      else if (ext === '.wasm') role = 'wasm';
      else role = 'other';
      return {
        name,
        role,
        first_load: ['html', 'css', 'js', 'wasm'].includes(role),
        raw: data.length,
        gzip: gzipSync(data, { level: 9 }).length,
        brotli: brotliCompressSync(data, {
          params: {
            [zc.BROTLI_PARAM_QUALITY]: 11,
            [zc.BROTLI_PARAM_SIZE_HINT]: data.length,
            ...(['html', 'css', 'js', 'embed'].includes(role) ? { [zc.BROTLI_PARAM_MODE]: zc.BROTLI_MODE_TEXT } : {}),
          },
        }).length,
      };
    });
  const sum = (k, pred) => files.filter(pred).reduce((s, f) => s + f[k], 0);
  const first = (f) => f.first_load;
  const total = { raw: sum('raw', first), gzip: sum('gzip', first), brotli: sum('brotli', first) };
  const byRole = {};
  for (const role of ['html', 'css', 'js', 'wasm']) {
    const pred = (f) => f.role === role;
    byRole[role] = { raw: sum('raw', pred), gzip: sum('gzip', pred), brotli: sum('brotli', pred) };
  }
  const embed = files.find((f) => f.role === 'embed') ?? null;
  // What comes later, with the rest of the code: the catalogue's words (crossroads_core::text).
  // A page fetches its own language's words only: the English, named in index.html.
  const words = readFileSync(join(DIST, 'index.html'), 'utf8').match(/data-text="?([^ "]+)/)?.[1];
  const later = files.filter((f) => f.role === 'rest' || (f.role === 'words' && f.name === words));
  const rest = later.length
    ? { raw: sum('raw', (f) => later.includes(f)), gzip: sum('gzip', (f) => later.includes(f)), brotli: sum('brotli', (f) => later.includes(f)) }
    : null;
  // With an organisation's file beside the page, the first load counts it too.
  const org = readFileSync(ORG_FILE);
  const organisation = { raw: org.length, gzip: gzipSync(org, { level: 9 }).length, brotli: brotliCompressSync(org).length };
  // Each language's page: the same code, its own HTML (and its own words, fetched later).
  const languages = { en: total.gzip };
  for (const f of files.filter((f) => f.role === 'html-language')) {
    languages[f.name.split('/')[0]] = total.gzip - byRole.html.gzip + f.gzip;
  }
  return { files, first_load: { ...total, by_kind: byRole }, languages, embed, rest, organisation };
}

// ---------------------------------------------------------------------------------------
// The site: dist/ plus static.html, the same markup and CSS with no script and no wasm.

function makeSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  cpSync(DIST, SITE, { recursive: true });
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const stat = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>[ \t]*\n?/gi, '')
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>[ \t]*\n?/gi, '');
  if (/<script\b|\.wasm\b|modulepreload/i.test(stat)) throw new Error('static.html still references script or wasm');
  if (!/\bid="?screen-title\b/.test(stat)) throw new Error('static.html lost the intro (no #screen-title)');
  writeFileSync(join(SITE, 'static.html'), stat);
  // The same beside an organisation's file, with its own floor.
  const org = join(SITE, 'org');
  cpSync(DIST, org, { recursive: true });
  writeFileSync(join(org, 'static.html'), stat);
  cpSync(ORG_FILE, join(org, 'crossroads.json'));
}


// ---------------------------------------------------------------------------------------
// Page loads

async function loadOnce(browser, base, kind) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    if (kind === 'widget') {
      await page.goto(`${base}/index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0, null, { timeout: 20_000 });
      // Beside an organisation's file, the page measured is one that applied it.
      if (base.endsWith('/org') && (await page.locator('.org-note').count()) !== 1) {
        throw new Error('the widget beside an organisation file does not show its note');
      }
    } else {
      await page.goto(`${base}/static.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0, null, { timeout: 20_000 });
    }
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 20_000 });
    const m = await page.evaluate((kind) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0].startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      const interactive = kind === 'widget' ? performance.getEntriesByName('crossroads-ready')[0].startTime : nav.loadEventEnd;
      return { fcp, interactive, domInteractive: nav.domInteractive, loadEventEnd: nav.loadEventEnd };
    }, kind);
    if (errors.length) throw new Error(`${kind} page error: ${errors.join('; ')}`);
    // The first load is what a reader who only sees the intro downloads: the wasm's rest
    // and the words must not be among it.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    if (fetched.some((name) => /_rest-[0-9a-f]+\.wasm|_text-[0-9a-f]+\.txt/.test(name))) {
      throw new Error(`${kind} page fetched what comes later without any interaction: ${fetched.join(', ')}`);
    }
    return m;
  } finally {
    await context.close();
  }
}

async function loads(browser, base) {
  for (let i = 0; i < WARMUP; i++) {
    await loadOnce(browser, base, 'widget');
    await loadOnce(browser, base, 'static');
  }
  const widget = [];
  const floor = [];
  for (let i = 0; i < LOADS; i++) {
    // Alternate, and swap which goes first each round, so noise hits both evenly.
    const order = i % 2 === 0 ? ['widget', 'static'] : ['static', 'widget'];
    for (const kind of order) {
      const m = await loadOnce(browser, base, kind);
      (kind === 'widget' ? widget : floor).push(m);
    }
  }
  const fcpW = summary(widget.map((m) => m.fcp));
  const fcpS = summary(floor.map((m) => m.fcp));
  const intW = summary(widget.map((m) => m.interactive));
  const intS = summary(floor.map((m) => m.interactive));
  const paired = (k) => quantile(widget.map((m, i) => m[k] / floor[i][k]), 0.5);
  return {
    loads_per_page: LOADS,
    warmup_loads_per_page: WARMUP,
    fcp_ms: { widget: fcpW, static_floor: fcpS },
    interactive_ms: {
      widget: intW,
      widget_definition: 'performance.mark("crossroads-ready").startTime',
      static_floor: intS,
      static_definition: 'navigation entry loadEventEnd',
    },
    ratios: {
      fcp: fcpW.median / fcpS.median,
      interactive: intW.median / intS.median,
      definition: 'median(widget) / median(static floor)',
      fcp_paired_median: paired('fcp'),
      interactive_paired_median: paired('interactive'),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Journeys

// Runs before any page script: keeps the wasm exports (for the linear memory) and records
// every Event Timing entry of 16 ms or more (Chrome's input-to-next-paint per event).
const INIT_SCRIPT = () => {
  addEventListener('TrunkApplicationStarted', (e) => {
    window.__wasm = e.detail && e.detail.wasm;
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

// In the page: click `target` (found by `find`; a label's radio, see below), then wait, with no timer, until `done()`
// holds, force style and layout, and return the time taken. Raster and compositing are not
// included: they happen after this returns.
async function timedClick(page, { find, done, arg }) {
  return page.evaluate(
    async ({ find, done, arg }) => {
      const findFn = new Function('arg', find);
      const doneFn = new Function('before', 'arg', done);
      // Let the previous frame be rendered first, so no pending work is counted here.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const target = findFn(arg);
      if (!target) throw new Error(`timedClick: nothing to click for ${JSON.stringify(arg)}`);
      const before = document.querySelector('.progress-count')?.textContent ?? null;
      return await new Promise((resolve, reject) => {
        let finished = false;
        let observer;
        const guard = setTimeout(() => {
          if (finished) return;
          finished = true;
          observer?.disconnect();
          reject(new Error(`timedClick: no change within 10 s for ${JSON.stringify(arg)}`));
        }, 10_000);
        const check = () => {
          if (finished || !doneFn(before, arg)) return false;
          document.body.getBoundingClientRect(); // forces style and layout
          const t1 = performance.now();
          finished = true;
          clearTimeout(guard);
          observer?.disconnect();
          resolve(t1 - t0);
          return true;
        };
        observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        const t0 = performance.now();
        // A pointer-like click (detail 1): the app moves on only for pointer clicks, not for
        // keyboard ones (detail 0). A script click on a label reaches its radio with detail 0,
        // so the click goes to the label's control directly, as a real click's forward would.
        (target.control ?? target).dispatchEvent(
          new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1, view: window }),
        );
        check(); // the app may have rendered synchronously
      });
    },
    { find, done, arg },
  );
}

const FIND_CHOICE = `
  return [...document.querySelectorAll('label.choice')]
    .find((l) => l.querySelector('.choice-label')?.textContent.trim() === arg);`;
// The next question is on screen: the progress count changed, or it is gone (a new screen).
const DONE_NEXT = `
  const now = document.querySelector('.progress-count');
  return !now || now.textContent !== before;`;
const FIND_RESULT_BUTTON = `
  return [...document.querySelectorAll('button')].find((b) => /see my result/i.test(b.textContent));`;

// "See my result": times the summary (the verdict with its share controls) and every section
// below it, from one click, and collects the long tasks on the way.
async function resultClick(page) {
  return page.evaluate(async (find) => {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const longTasks = [];
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push(Math.round(e.duration));
    });
    observer.observe({ type: 'longtask' });
    const target = new Function(find)();
    return await new Promise((resolve, reject) => {
      let summary = null;
      const guard = setTimeout(() => reject(new Error('resultClick: no result within 10 s')), 10_000);
      const check = () => {
        if (summary === null && document.querySelector('main.result .share-panel.compact, main.result .result-actions')) {
          document.body.getBoundingClientRect();
          summary = performance.now() - t0;
        }
        if (summary !== null && document.querySelector('main.result .next-steps')) {
          document.body.getBoundingClientRect();
          const all = performance.now() - t0;
          dom.disconnect();
          clearTimeout(guard);
          // Two frames more, for a long task that ends the render to be reported.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              observer.disconnect();
              resolve({ summary, all, longTasks });
            }),
          );
          return true;
        }
        return false;
      };
      const dom = new MutationObserver(check);
      dom.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const t0 = performance.now();
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1, view: window }));
      check();
    });
  }, FIND_RESULT_BUTTON);
}

// The first click on Start with nothing of the rest loaded yet (no pointer over the widget
// before it): the click waits while the rest and the words download and the rest compiles
// and links, then the first screen past the intro renders ("Where are you now?"; the first
// statement in builds before it). Timed in the page from the click to the
// button saying it is busy, and to the first question on screen. `slow`: on an emulated
// slow connection (400 kbit/s each way, 400 ms latency, from after the page has loaded).
const SLOW = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
async function coldStart(browser, base, runs = 7, slow = false) {
  const toBusy = [];
  const toQuestion = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${base}/index.html`);
      await page.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0, null, { timeout: 20_000 });
      if (slow) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SLOW);
      }
      const t = await page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const later = performance.getEntriesByType('resource').filter((e) => /_rest-[0-9a-f]+\.wasm|_text-[0-9a-f]+\.txt/.test(e.name));
            if (later.length) reject(new Error('coldStart: what comes later was already loaded'));
            const start = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start');
            const t0 = performance.now();
            let busy = null;
            const observer = new MutationObserver(() => {
              if (busy === null && document.querySelector('#crossroads button[aria-busy="true"]')) busy = performance.now() - t0;
              if (!document.querySelector('main.seat, .progress-count')) return;
              document.body.getBoundingClientRect();
              observer.disconnect();
              resolve({ busy, question: performance.now() - t0 });
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true });
            start.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1, view: window }));
          }),
      );
      // A build without the busy state (an older one, measured side by side) never shows it.
      if (t.busy !== null) toBusy.push(t.busy);
      toQuestion.push(t.question);
    } finally {
      await context.close();
    }
  }
  return { ...summary(toQuestion), busy: toBusy.length ? summary(toBusy) : null };
}

async function openJourney(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !isMissingOrganisationFile(m)) errors.push(`console: ${m.text()}`);
  });
  await page.addInitScript(INIT_SCRIPT);
  await page.goto(`${base}/index.html`);
  await page.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0, null, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Start' }).click();
  // "Where are you now?" comes first (in builds that ask it): answered as an engineer.
  await page.locator('main.seat, .progress-count').first().waitFor();
  let clicks = 1;
  if (await page.locator('main.seat').count()) {
    await page.getByRole('radio', { name: 'An engineer who has never managed' }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    clicks += 2;
  }
  await page.locator('.progress-count').waitFor();
  const text = await page.locator('.progress-count').textContent();
  const total = Number(text.split(' of ')[1]);
  if (!(total > 0)) throw new Error(`unexpected progress text: ${text}`);
  return { context, page, errors, total, clicks };
}

// The measured journey: every click from inside the page (see timedClick).
async function journey(browser, base) {
  const { context, page, errors, total } = await openJourney(browser, base);
  try {
    const answers = [];
    for (let i = 0; i < total; i++) {
      const label = PATTERN[i % PATTERN.length];
      const at = await page.locator('.progress-count').textContent();
      if (at !== `${i + 1} of ${total}`) throw new Error(`expected question ${i + 1} of ${total}, saw "${at}"`);
      answers.push(await timedClick(page, { find: FIND_CHOICE, done: DONE_NEXT, arg: label }));
    }
    // The context screen: optional questions, then on to the result.
    await page.getByRole('button', { name: /see my result/i }).waitFor();
    const result = await resultClick(page);
    const resultRender = result.summary;
    await page.locator('main.result').waitFor();
    await page.waitForTimeout(500); // let effects after the result settle before reading memory
    const mem = await page.evaluate(() => ({
      wasm: window.__wasm?.memory?.buffer?.byteLength ?? null,
      heapUsed: performance.memory?.usedJSHeapSize ?? null,
      heapTotal: performance.memory?.totalJSHeapSize ?? null,
    }));
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heapAfterGc = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null);
    if (mem.wasm == null) throw new Error('wasm memory not found (no TrunkApplicationStarted event?)');
    if (errors.length) throw new Error(`journey errors: ${errors.join('; ')}`);
    return {
      statements: total,
      answer_to_next_question_ms: {
        ...summary(answers),
        definition:
          'in-page: performance.now() before a pointer-like click (MouseEvent detail 1) on the choice\'s radio to the next question in the DOM plus forced style and layout; raster and compositing not included',
      },
      result_summary_ms: {
        value: resultRender,
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
    // One interaction (pointerdown, pointerup, click, and the label's click forwarded to its
    // radio) shares one interactionId; its duration is the longest of its entries.
    const interactions = new Map();
    for (const e of events) if (e.interactionId) interactions.set(e.interactionId, Math.max(interactions.get(e.interactionId) ?? 0, e.duration));
    const slow = [...interactions.values()];
    return {
      supported: true,
      interactions_made: clicks + total + 1, // Start (and where the person stands), every answer, "See my result"
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
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(INIT_SCRIPT);
    await page.goto(`${base}/static.html`, { waitUntil: 'load' });
    const box = await page.locator('.lede').boundingBox();
    for (let i = 0; i < clicks; i++) {
      await page.mouse.click(box.x + 10 + (i % 5) * 20, box.y + box.height / 2);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
    const events = await page.evaluate(() => window.__slowEvents);
    if (events == null) return null;
    const interactions = new Map();
    for (const e of events) if (e.interactionId) interactions.set(e.interactionId, Math.max(interactions.get(e.interactionId) ?? 0, e.duration));
    return { interactions_made: clicks, slow_interactions: interactions.size, slow_interaction_durations_ms: [...interactions.values()] };
  } finally {
    await context.close();
  }
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
  out.push('');
  out.push('Shipped files (dist/)                          raw KB   gzip KB  brotli KB');
  for (const f of r.sizes.files.filter((f) => f.role !== 'embed')) {
    const note =
      f.role === 'rest' || f.role === 'words'
        ? '  (fetched on interest)'
        : f.role === 'wordpress'
          ? "  (only in WordPress's embed frame)"
          : f.first_load
            ? ''
            : '  (not in first load)';
    line('  ', pad(f.name, 44), lpad(kb(f.raw), 8), lpad(kb(f.gzip), 10), lpad(kb(f.brotli), 11), note);
  }
  const t = r.sizes.first_load;
  line('  ', pad('Total first load (HTML + CSS + JS + wasm)', 44), lpad(kb(t.raw), 8), lpad(kb(t.gzip), 10), lpad(kb(t.brotli), 11));
  for (const k of ['html', 'css', 'js', 'wasm']) {
    const b = t.by_kind[k];
    line('    ', pad(`of which ${k}`, 42), lpad(kb(b.raw), 8), lpad(kb(b.gzip), 10), lpad(kb(b.brotli), 11));
  }
  for (const [language, gzip] of Object.entries(r.sizes.languages ?? {})) {
    if (language !== 'en') line('  ', pad(`First load of ${language}/ (its page, the same code)`, 44), lpad('', 8), lpad(kb(gzip), 10));
  }
  if (r.sizes.rest) {
    const x = r.sizes.rest;
    line('  ', pad('With the rest: the whole widget', 44), lpad(kb(t.raw + x.raw), 8), lpad(kb(t.gzip + x.gzip), 10), lpad(kb(t.brotli + x.brotli), 11));
  }
  if (r.sizes.embed) {
    const e = r.sizes.embed;
    line('  ', pad(`${e.name} (embed script, on its own)`, 44), lpad(kb(e.raw), 8), lpad(kb(e.gzip), 10), lpad(kb(e.brotli), 11));
  }
  out.push('  (1 KB = 1000 bytes; gzip level 9, brotli quality 11)');
  out.push('');
  const w = r.wasm_contributors;
  if (w) {
    out.push(`What the wasm is made of (after wasm-opt, names kept): code ${kb(w.code_bytes)} KB, data ${kb(w.data_bytes)} KB (${kb(w.data_gzip_bytes)} KB gzip)`);
    out.push(`  code by crate (KB): ${w.crates.slice(0, 8).map((c) => `${c.crate} ${kb(c.bytes)}`).join(', ')}`);
    out.push('  largest functions (KB):');
    for (const f of w.largest.slice(0, 10)) line('    ', lpad(kb(f.bytes), 5), '  ', f.name.length > 100 ? f.name.slice(0, 99) + '…' : f.name);
    out.push('');
  }
  const o = r.wasm_opt_effect;
  if (o) {
    out.push(
      `wasm-opt -Oz on the whole module (names dropped): ${kb(o.before.raw)} → ${kb(o.after.raw)} KB raw, ${kb(o.before.gzip)} → ${kb(o.after.gzip)} KB gzip`,
    );
    out.push('');
  }
  const parts = r.wasm_parts;
  if (parts) {
    out.push('How the split divides the code (before the last wasm-opt, names kept)');
    for (const [label, c] of [['First part (what the intro runs)', parts.first], ['The rest (fetched on interest)', parts.rest]]) {
      line('  ', pad(label, 44), `code ${kb(c.code_bytes)} KB in ${c.functions_count} functions`);
      line('    ', `by crate (KB): ${c.crates.slice(0, 6).map((x) => `${x.crate} ${kb(x.bytes)}`).join(', ')}`);
      line('    ', `largest: ${c.largest.slice(0, 4).map((f) => `${f.name.length > 60 ? f.name.slice(0, 59) + '…' : f.name} ${kb(f.bytes)}`).join('; ')}`);
    }
    out.push('');
  }
  const l = r.loads;
  out.push(`Page loads, ${l.loads_per_page} fresh loads each (ms)          median     p25     p75     min     max`);
  const row = (name, s) => line('  ', pad(name, 44), lpad(ms(s.median), 6), lpad(ms(s.p25), 8), lpad(ms(s.p75), 8), lpad(ms(s.min), 8), lpad(ms(s.max), 8));
  const loadRows = (l) => {
    row('First contentful paint, widget', l.fcp_ms.widget);
    row('First contentful paint, static floor', l.fcp_ms.static_floor);
    row('Interactive, widget (crossroads-ready)', l.interactive_ms.widget);
    row('Interactive, static floor (loadEventEnd)', l.interactive_ms.static_floor);
    line('  ', pad('Ratio FCP widget / floor', 44), lpad(l.ratios.fcp.toFixed(2) + '×', 7), `   (median of per-pair ratios ${l.ratios.fcp_paired_median.toFixed(2)}×)`);
    line('  ', pad('Ratio interactive widget / floor', 44), lpad(l.ratios.interactive.toFixed(2) + '×', 7), `   (median of per-pair ratios ${l.ratios.interactive_paired_median.toFixed(2)}×)`);
  };
  loadRows(l);
  out.push(`  With an organisation file (org/crossroads.json, ${r.sizes.organisation.raw} bytes, ${kb(r.sizes.organisation.gzip)} KB gzip):`);
  loadRows(r.loads_with_organisation);
  out.push('');
  const j = r.journey;
  const a = j.answer_to_next_question_ms;
  out.push(`Full journey (${j.statements} statements, context screen, result)`);
  line('  ', pad(`Answer click → next question (ms, n=${a.n})`, 44), `median ${ms(a.median)}   p95 ${ms(a.p95)}   min ${ms(a.min)}   max ${ms(a.max)}`);
  if (j.cold_start_click_ms) {
    const c = j.cold_start_click_ms;
    line('  ', pad(`Start, nothing of the rest loaded (ms, n=${c.n})`, 44), `median ${ms(c.median)}   max ${ms(c.max)}   (click → first screen past the intro; fetch, compile, link, render)`);
    line('  ', pad('  the same, click → busy state shown (ms)', 44), c.busy ? `median ${ms(c.busy.median)}   max ${ms(c.busy.max)}   (n=${c.busy.n})` : 'never shown');
  }
  if (j.cold_start_slow_click_ms) {
    const c = j.cold_start_slow_click_ms;
    line('  ', pad(`The same at 400 kbit/s, 400 ms (ms, n=${c.n})`, 44), `median ${ms(c.median)}   max ${ms(c.max)}   (click → first question)`);
    line('  ', pad('  click → busy state shown (ms)', 44), c.busy ? `median ${ms(c.busy.median)}   max ${ms(c.busy.max)}   (n=${c.busy.n})` : 'never shown');
  }
  line('  ', pad('Result summary on screen (ms)', 44), ms(j.result_summary_ms.value));
  line('  ', pad('Result page render, every section (ms)', 44), ms(j.result_render_ms.value));
  line('  ', pad('Long tasks on the way to the result', 44), `${j.result_long_tasks.value}${j.result_long_tasks.value ? ` (${j.result_long_tasks.durations_ms.join(', ')} ms)` : ''}`);
  out.push('    (in the page: click → DOM updated + forced style and layout; raster not included)');
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
  out.push('Host (cargo bench -p crossroads-core --bench score)');
  if (r.host) {
    line('  ', pad('Core score + flips + advice, all answered', 44), `median ${r.host.core_score_median_us} µs   p95 ${r.host.core_score_p95_us} µs`);
  } else {
    line('  ', pad('Core score + flips + advice', 44), 'not measured (BENCH_HOST_JSON not given)');
  }
  out.push('');
  out.push('Budgets');
  for (const b of Object.values(r.budgets)) {
    const show = (v) => (b.unit === 'bytes' ? `${kb(v)} KB` : b.unit === '×' ? `${v.toFixed(2)}×` : `${v.toFixed(1)} ms`);
    const shown = b.unit === 'bytes' && b.label.startsWith('Wasm') ? (v) => `${(v / 1e6).toFixed(2)} MB` : show;
    line('  ', pad(b.label, 44), lpad(shown(b.value), 10), '  ≤ ', pad(shown(b.max), 10), b.pass ? 'pass' : 'MISS');
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  const sz = sizes();
  makeSite();
  let host = null;
  if (process.env.BENCH_HOST_JSON && existsSync(process.env.BENCH_HOST_JSON)) {
    host = JSON.parse(readFileSync(process.env.BENCH_HOST_JSON, 'utf8'));
  }
  const server = await serveStatic(SITE);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
  let report;
  try {
    const loadFigures = await loads(browser, base);
    const orgLoadFigures = await loads(browser, `${base}/org`);
    const journeyFigures = await journey(browser, base);
    journeyFigures.cold_start_click_ms = await coldStart(browser, base);
    journeyFigures.cold_start_slow_click_ms = await coldStart(browser, base, 3, true);
    const eventTiming = await eventTimingJourney(browser, base);
    if (eventTiming.supported) eventTiming.static_floor = await eventTimingFloor(browser, base, eventTiming.interactions_made);
    const values = {
      first_load_gzip_bytes: sz.first_load.gzip,
      first_load_org_gzip_bytes: sz.first_load.gzip + sz.organisation.gzip,
      first_load_de_gzip_bytes: sz.languages.de,
      first_load_de_org_gzip_bytes: sz.languages.de + sz.organisation.gzip,
      first_load_es_gzip_bytes: sz.languages.es,
      first_load_es_org_gzip_bytes: sz.languages.es + sz.organisation.gzip,
      fcp_ratio: loadFigures.ratios.fcp,
      interactive_ratio: loadFigures.ratios.interactive,
      fcp_ratio_org: orgLoadFigures.ratios.fcp,
      interactive_ratio_org: orgLoadFigures.ratios.interactive,
      answer_p95_ms: journeyFigures.answer_to_next_question_ms.p95,
      result_summary_ms: journeyFigures.result_summary_ms.value,
      result_render_ms: journeyFigures.result_render_ms.value,
      result_long_tasks: journeyFigures.result_long_tasks.value,
      wasm_memory_bytes: journeyFigures.wasm_memory_bytes,
      embed_gzip_bytes: sz.embed?.gzip,
    };
    const budgets = Object.fromEntries(
      Object.entries(BUDGETS).map(([k, b]) => [k, { ...b, value: values[k], pass: values[k] != null && values[k] <= b.max }]),
    );
    report = {
      generated_at: new Date().toISOString(),
      environment: {
        browser: `Chromium ${browser.version()} (headless)`,
        browser_args: ARGS,
        node: process.version,
        cpus: cpus().length,
        server: 'Node http on 127.0.0.1, no compression, cache-control: no-store; a new browser context per load',
        dist: relative(ROOT, DIST) || '.',
        quantiles: 'linear interpolation between closest ranks; spread = min, p25, p75, max',
      },
      sizes: sz,
      wasm_contributors: process.env.BENCH_NAMED_WASM ? contributors(process.env.BENCH_NAMED_WASM, 25) : null,
      wasm_opt_effect: process.env.BENCH_WASM_OPT_DIR
        ? Object.fromEntries(
            ['before', 'after'].map((k) => {
              const data = readFileSync(join(process.env.BENCH_WASM_OPT_DIR, `${k}-wasm-opt.wasm`));
              return [k, { raw: data.length, gzip: gzipSync(data, { level: 9 }).length }];
            }),
          )
        : null,
      wasm_parts: process.env.BENCH_SPLIT_DIR
        ? {
            first: contributors(join(process.env.BENCH_SPLIT_DIR, 'first-named.wasm'), 25),
            rest: contributors(join(process.env.BENCH_SPLIT_DIR, 'rest-named.wasm'), 25),
          }
        : null,
      loads: loadFigures,
      loads_with_organisation: orgLoadFigures,
      journey: journeyFigures,
      event_timing: eventTiming,
      host,
      budgets,
      pass: Object.values(budgets).every((b) => b.pass),
      duration_s: 0,
    };
  } finally {
    await browser.close();
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
      for (const b of misses) console.error(`  - ${b.label}: ${round(b.value, 2)} ${b.unit}, budget ≤ ${b.max} ${b.unit}`);
      process.exit(1);
    }
    console.log('\nbench --check: every budget met');
  }
}

main().catch((e) => {
  console.error(`bench failed: ${e.stack ?? e}`);
  process.exit(2);
});
