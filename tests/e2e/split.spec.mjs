// The release comes in parts: the intro's code (the first part), and later the rest of the
// code (questions, result, links, sharing: scripts/split-wasm.mjs) with the catalogue's words
// (crossroads_core::text), fetched together when the reader shows an interest, or at once when
// the page opens past the intro. The boundary is in the code: nothing past the intro runs
// before the rest is there, a press that needs it waits and says so, and nothing is ever
// fetched synchronously.
import { test, expect, blockStorage } from './fixtures/crossroads.mjs';

// What comes after the first part: the rest of the code, and the words.
const LATER = /_(rest-[0-9a-f]+\.wasm|text-[0-9a-f]+\.txt)$/;
const kind = (url) => (/\.wasm$/.test(new URL(url).pathname) ? 'rest' : 'words');
// The styles past the intro (styles/rest.css), which come with the rest of the code.
const LATER_STYLE = /\/rest-[0-9a-f]+\.css$/;

/** Every request for what comes later, as "rest:fetch", "words:fetch" and so on. */
function laterRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (LATER.test(new URL(r.url()).pathname)) seen.push(`${kind(r.url())}:${r.resourceType()}`);
  });
  return seen;
}
const BOTH = ['rest:fetch', 'words:fetch'];
const sorted = (list) => [...list].sort();

/**
 * Counts synchronous requests in every frame of a context: each is reported on the console
 * of its page, which the returned list collects. (An XMLHttpRequest opened with `async`
 * false is the only synchronous request a page can make.)
 */
async function watchSynchronous(context, pages) {
  await context.addInitScript(() => {
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (method, url, async, ...more) {
      if (async === false) console.warn(`crossroads-test: synchronous request for ${url}`);
      return open.call(this, method, url, async ?? true, ...more);
    };
  });
  const seen = [];
  for (const page of pages) {
    page.on('console', (m) => {
      if (m.text().startsWith('crossroads-test: synchronous')) seen.push(m.text());
    });
  }
  return seen;
}

const restReady = (page) => page.evaluate(() => window.wasmBindings.restReady());

/** Holds every later request until the returned function is called. */
async function holdLater(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(LATER, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The page's frames that run the widget (the page itself, or one frame per placeholder). */
async function widgetFrames(page, own) {
  if (own) return [page.mainFrame()];
  const frames = page.locator('[data-crossroads] > iframe');
  await expect(frames).toHaveCount(await page.locator('[data-crossroads]').count());
  const found = [];
  for (const frame of await frames.all()) found.push(await (await frame.elementHandle()).contentFrame());
  return found;
}

/**
 * Waits until each widget has started and then been idle twice: every task its start-up
 * queued has run, so whatever it would fetch on its own has been asked for by now.
 */
async function startedAndIdle(frames) {
  for (const frame of frames) {
    await frame.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
    await frame.evaluate(
      () => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))),
    );
  }
}

test('a reader who only sees the intro downloads only the first part', async ({ page, widget, errors }) => {
  const later = laterRequests(page);
  await widget.open();
  await startedAndIdle([page.mainFrame()]);
  expect(later).toEqual([]);
  expect(await restReady(page)).toBe(false);

  // A pointer over the widget is interest enough: the rest and the words arrive before any click.
  await page.getByRole('button', { name: 'Start' }).hover();
  await expect.poll(() => restReady(page)).toBe(true);
  await expect.poll(() => sorted(later)).toEqual(BOTH);
  await widget.start();
  await expect(widget.heading()).not.toHaveText('');
  expect(sorted(later)).toEqual(BOTH); // once each
  expect(errors).toEqual([]);
});

test('a press that beats the rest waits for it, says so, then goes through once', async ({ page, widget, errors }) => {
  const release = await holdLater(page);
  const later = laterRequests(page);
  await widget.open();
  const start = page.getByRole('button', { name: 'Start' });
  await start.click();
  await expect.poll(() => sorted(later)).toEqual(BOTH);
  // The press was taken: the button is busy and a polite status says what is happening.
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the questions…' })).toBeVisible();
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await expect(widget.count()).toHaveCount(0);
  // More presses while it waits are the same wish.
  await start.click();
  release();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(widget.count()).toHaveText('1 of 33');
  await expect(widget.heading()).toBeFocused();
  await widget.pick('Agree').click();
  await expect(widget.count()).toHaveText('2 of 33');
  expect(sorted(later)).toEqual(BOTH);
  expect(errors).toEqual([]);
});

test('by keyboard: focus fetches the rest, and Enter on Start goes through', async ({ page, widget, errors }) => {
  const release = await holdLater(page);
  const later = laterRequests(page);
  await widget.open();
  const start = page.getByRole('button', { name: 'Start' });
  await start.focus();
  await expect(start).toBeFocused();
  await expect.poll(() => sorted(later)).toEqual(BOTH);
  await page.keyboard.press('Enter');
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  release();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  expect(sorted(later)).toEqual(BOTH);
  expect(errors).toEqual([]);
});

test('a page that opens past the intro loads every part at once', async ({ page, widget, errors }) => {
  await widget.open();
  await widget.start();
  await widget.answer('Agree');

  // Saved answers to resume: the rest is linked before the widget is ready.
  const later = laterRequests(page);
  await page.goto('./');
  await widget.ready();
  expect(await restReady(page)).toBe(true);
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(widget.count()).toHaveText('2 of 33');
  await expect.poll(() => sorted(later)).toEqual(BOTH);

  // A screen in the address: the same, with nothing saved.
  const fresh = await page.context().browser().newPage();
  const freshLater = laterRequests(fresh);
  await fresh.goto('./#q/3');
  await fresh.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await expect(fresh.locator('.progress-count')).toHaveText('3 of 33');
  await expect(fresh.locator('h1:visible')).not.toHaveText('');
  await expect.poll(() => sorted(freshLater)).toEqual(BOTH);
  await fresh.close();
  expect(errors).toEqual([]);
});

test('a history move past the intro with nothing loaded waits for the rest, asynchronously', async ({ page, widget, errors }) => {
  const synchronous = await watchSynchronous(page.context(), [page]);
  const later = laterRequests(page);
  await widget.open();
  // No pointer, touch or focus: the browser's history moves the widget to a question.
  await page.evaluate(() => {
    history.pushState(null, '', '#q/2');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(widget.count()).toHaveText('2 of 33');
  await expect(widget.heading()).not.toHaveText('');
  expect(sorted(later)).toEqual(BOTH);
  expect(synchronous).toEqual([]);
  // The probe itself sees a synchronous request when there is one.
  await page.evaluate(() => {
    const request = new XMLHttpRequest();
    request.open('GET', './', false);
    request.send();
  });
  await expect.poll(() => synchronous.length).toBe(1);
  expect(errors.filter((e) => !/Synchronous XMLHttpRequest/.test(e))).toEqual([]);
});

test('a long wait says so after 10 s and offers to try again, which asks afresh', async ({ page, widget, errors }) => {
  // The first requests never complete; later ones go through.
  const asked = [];
  let releaseLater;
  const later = new Promise((resolve) => (releaseLater = resolve));
  await page.route(LATER, async (route) => {
    asked.push(kind(route.request().url()));
    if (asked.length <= 2) return; // left hanging, as on a dead connection
    await later;
    await route.continue();
  });
  await widget.open();
  // Fake timers from here on (the widget's ready mark needs the real ones).
  await page.clock.install();
  const start = page.getByRole('button', { name: 'Start' });
  await start.click();
  await expect.poll(() => sorted(asked)).toEqual(['rest', 'words']);
  const status = page.locator('.wait-status');
  await expect(status).toHaveText('Loading the questions…');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await page.clock.fastForward(9_000);
  await expect(status).toHaveText('Loading the questions…');
  await page.clock.fastForward(1_000);
  await expect(status).toHaveText('This is taking longer than usual. Check the connection, or try again.');
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => sorted(asked)).toEqual(['rest', 'rest', 'words', 'words']);
  await expect(status).toHaveText('Loading the questions…');
  releaseLater();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  expect(errors).toEqual([]);
});

for (const part of ['rest', 'words']) {
  test(`if the ${part} cannot load, a press says so, and the next press tries again`, async ({ page, widget, errors }) => {
    const failing = part === 'rest' ? /_rest-[0-9a-f]+\.wasm$/ : /_text-[0-9a-f]+\.txt$/;
    let attempts = 0;
    await page.route(failing, (route) => {
      attempts++;
      return route.abort();
    });
    const failed = [];
    page.on('requestfailed', (r) => {
      if (failing.test(new URL(r.url()).pathname)) failed.push(r.url());
    });
    await widget.open();
    const start = page.getByRole('button', { name: 'Start' });
    await start.click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      'Crossroads could not load the rest of its files. Check the connection and try again; your saved answers are kept.',
    );
    await expect(start).not.toHaveAttribute('aria-busy', 'true');
    await expect.poll(() => failed.length).toBe(attempts);
    const tried = attempts;
    await start.click();
    // The next press tried again, and that failed too (and was handled) ...
    await expect.poll(() => failed.length).toBe(tried + 1);
    await expect(alert).toHaveCount(1); // ... said once, however often it fails
    await expect(widget.heading()).toHaveText('Stay technical or manage?');
    // The connection is back: the same button now goes through, and the message is gone.
    await page.unroute(failing);
    await start.click();
    await expect(widget.heading()).toHaveText('Where are you now?');
    await expect(alert).toHaveCount(0);
    // The failed downloads are the only complaints.
    expect(errors.every((e) => /Failed to load resource|ERR_FAILED/.test(e)), errors.join('\n')).toBe(true);
  });
}

test('on a slow connection a tap on Start shows at once that it was taken, then "Where are you now?" and the first statement', async ({ page, widget, errors }) => {
  await widget.open();
  // 400 kbit/s with 400 ms latency from here on, as a phone on a poor connection.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 400_000 / 8,
    uploadThroughput: 400_000 / 8,
  });
  // The page notes when the press happened and when the button first said it was busy.
  await page.evaluate(() => {
    window.busyAfter = null;
    addEventListener('click', (e) => {
      const pressed = e.timeStamp;
      const busy = () => document.querySelector('#crossroads button[aria-busy="true"]');
      new MutationObserver((_, observer) => {
        if (busy()) {
          window.busyAfter = performance.now() - pressed;
          observer.disconnect();
        }
      }).observe(document.body, { attributes: true, childList: true, subtree: true });
    }, { capture: true, once: true });
  });
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the questions…' })).toBeVisible();
  // At once: before the network could have answered anything (its latency alone is 400 ms),
  // so the press never waits on a download to show it was taken. How fast it is, is the
  // bench's to measure (scripts/bench, "click → busy state shown"); on a loaded machine the
  // page's own thread may take a while longer than on a quiet one.
  const busyAfter = await page.evaluate(() => window.busyAfter);
  expect(busyAfter).not.toBeNull();
  expect(busyAfter).toBeLessThan(400);
  await expect(widget.heading()).toHaveText('Where are you now?', { timeout: 30_000 });
  await expect(widget.heading()).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the questions…' })).toHaveCount(0);
  // Everything the statements need came with the press: on at once.
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(widget.count()).toHaveText('1 of 33');
  await expect(widget.heading()).toBeFocused();
  expect(errors).toEqual([]);
});

// Every way a page can show the intro: a hundred plain loads each (fresh contexts, no
// pointer, focus or key), none of which may fetch anything of what comes later, or anything
// synchronously.
const HOST = `http://127.0.0.1:${process.env.CROSSROADS_HOST_PORT ?? 8091}`;
const WAYS = [
  { name: 'its own page', url: './' },
  { name: 'a sub-path', url: './tools/crossroads/' },
  { name: 'storage blocked', url: './', blockStorage: true },
  {
    name: 'dark mode at 360 px, with the look options on the page itself',
    url: './?theme=dark&compact=1&accent=%23225588',
    colorScheme: 'dark',
    viewport: { width: 360, height: 740 },
  },
  { name: 'embedded by the loader, twice on one page', url: `${HOST}/twice.html` },
  { name: 'embedded with every look option, odd values among them', url: `${HOST}/options.html` },
  { name: 'embedded with result events (summary)', url: `${HOST}/events-summary.html` },
  { name: 'embedded with result events (link), dark, asked to start on the questions', url: `${HOST}/events-hostile.html` },
];
const LOADS = 100;
for (const way of WAYS) {
  test(`${LOADS} plain loads fetch nothing more: ${way.name}`, async ({ browser }) => {
    // A hundred fresh contexts: minutes on a loaded 2-core machine, well within this.
    test.setTimeout(900_000);
    const later = [];
    const synchronous = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext({
        baseURL: test.info().project.use.baseURL,
        colorScheme: way.colorScheme ?? 'light',
        viewport: way.viewport ?? { width: 1280, height: 800 },
      });
      if (way.blockStorage) {
        await blockStorage(context);
      }
      const page = await context.newPage();
      synchronous.push(await watchSynchronous(context, [page]));
      const seen = laterRequests(page);
      page.on('request', (r) => {
        if (LATER_STYLE.test(new URL(r.url()).pathname)) seen.push(`style:${r.resourceType()}`);
      });
      await page.goto(way.url);
      const frames = await widgetFrames(page, way.url.startsWith('./'));
      await startedAndIdle(frames);
      for (const frame of frames) {
        expect(await frame.locator('.error-screen').count(), `load ${i + 1}`).toBe(0);
      }
      later.push(...seen.map((s) => `load ${i + 1}: ${s}`));
      await context.close();
    }
    expect(later).toEqual([]);
    expect(synchronous.flat()).toEqual([]);
  });
}
