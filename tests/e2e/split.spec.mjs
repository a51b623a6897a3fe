// The release wasm comes in two parts (scripts/split-wasm.mjs): a reader who only sees the
// intro downloads the first; the rest arrives when the reader shows an interest, or at once
// when the page opens past the intro. Whatever the timing, nothing the reader does is lost.
import { test, expect } from './fixtures/crossroads.mjs';

const REST = /_rest-[0-9a-f]+\.wasm$/;

/** Every request for the wasm's rest, with how it was made ("fetch" or "xhr"). */
function restRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (REST.test(new URL(r.url()).pathname)) seen.push(r.resourceType());
  });
  return seen;
}

const restReady = (page) => page.evaluate(() => window.wasmBindings.restReady());

/**
 * Waits until the page and its frames have nothing left to do on their own: each main
 * thread idle (every task the start-up queued has run), then no request for 500 ms. What
 * the page fetched without the reader by then has been seen.
 */
async function settled(page, frames = [page.mainFrame()]) {
  for (const frame of frames) {
    await frame.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve())));
  }
  await page.waitForLoadState('networkidle');
}

/** Holds every request for the wasm's rest until the returned function is called. */
async function holdRest(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(REST, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('a reader who only sees the intro downloads only the first part', async ({ page, widget, errors }) => {
  const rest = restRequests(page);
  await widget.open();
  await settled(page);
  expect(rest).toEqual([]);
  expect(await restReady(page)).toBe(false);

  // A pointer over the widget is interest enough: the rest arrives before any click.
  await page.getByRole('button', { name: 'Start' }).hover();
  await expect.poll(() => restReady(page)).toBe(true);
  await expect.poll(() => rest).toEqual(['fetch']);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.progress-count')).toHaveText('1 of 33');
  expect(rest).toEqual(['fetch']); // once, and never by the synchronous fallback
  expect(errors).toEqual([]);
});

test('a click that beats the rest waits for it, then goes through once', async ({ page, widget, errors }) => {
  // The rest is held back until the click has been made (and has asked for it).
  const release = await holdRest(page);
  const rest = restRequests(page);
  await widget.open();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => rest).toEqual(['fetch']);
  // Held until the rest is linked: the intro stays, and no key or click is lost meanwhile.
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await expect(page.locator('.progress-count')).toHaveCount(0);
  expect(await restReady(page)).toBe(false);
  release();
  await expect(page.locator('.progress-count')).toHaveText('1 of 33');
  await widget.pick('Agree').click();
  await expect(page.locator('.progress-count')).toHaveText('2 of 33');
  expect(rest).toEqual(['fetch']);
  expect(errors).toEqual([]);
});

test('by keyboard: focus fetches the rest, and Enter on Start goes through', async ({ page, widget, errors }) => {
  // The rest is held back until Enter has been pressed.
  const release = await holdRest(page);
  const rest = restRequests(page);
  await widget.open();
  await page.getByRole('button', { name: 'Start' }).focus();
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await expect.poll(() => rest).toEqual(['fetch']);
  await page.keyboard.press('Enter');
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await expect(page.locator('.progress-count')).toHaveCount(0);
  release();
  await expect(page.locator('.progress-count')).toHaveText('1 of 33');
  await expect(widget.heading()).toBeFocused();
  expect(rest).toEqual(['fetch']);
  expect(errors).toEqual([]);
});

test('a page that opens past the intro loads both parts at once', async ({ page, widget, errors }) => {
  await widget.open();
  await widget.start();
  await widget.answer('Agree');
  await expect(page.locator('.progress-count')).toHaveText('2 of 33');

  // Saved answers to resume: the rest is linked before the widget is ready.
  const rest = restRequests(page);
  await page.goto('./');
  await widget.ready();
  expect(await restReady(page)).toBe(true);
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(page.locator('.progress-count')).toHaveText('2 of 33');
  await expect.poll(() => rest).toEqual(['fetch']);

  // A screen in the address: the same, with nothing saved.
  const fresh = await page.context().browser().newPage();
  const freshRest = restRequests(fresh);
  await fresh.goto('./#q/3');
  await fresh.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await expect(fresh.locator('.progress-count')).toHaveText('3 of 33');
  await expect.poll(() => freshRest).toEqual(['fetch']);
  await fresh.close();
  expect(errors).toEqual([]);
});

test('code of the rest that runs before it arrived still works (the synchronous fallback)', async ({ page, widget, errors }) => {
  const rest = restRequests(page);
  await widget.open();
  // No pointer, touch or focus: the browser's history moves the widget to a question.
  await page.evaluate(() => {
    history.pushState(null, '', '#q/2');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(page.locator('.progress-count')).toHaveText('2 of 33');
  await expect.poll(() => rest).toEqual(['xhr']);
  expect(await restReady(page)).toBe(true);
  expect(errors).toEqual([]);
});

test('if the rest cannot load, a click says so, and the next click tries again', async ({ page, widget, errors }) => {
  let attempts = 0;
  await page.route(REST, (route) => {
    attempts++;
    return route.abort();
  });
  // Seen in the page's task that fails the download, which also lets the next click in.
  const failed = [];
  page.on('requestfailed', (r) => {
    if (REST.test(new URL(r.url()).pathname)) failed.push(r.url());
  });
  await widget.open();
  const start = page.getByRole('button', { name: 'Start' });
  await start.click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'Crossroads could not load the rest of its files. Check the connection and try again; your saved answers are kept.',
  );
  await expect.poll(() => failed.length).toBe(attempts);
  const tried = attempts;
  await start.click();
  // The next click tried again, and that failed too (and was handled) ...
  await expect.poll(() => failed.length).toBe(tried + 1);
  expect(attempts).toBe(tried + 1);
  await expect(alert).toHaveCount(1); // ... said once, however often it fails
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  // The connection is back: the same button now goes through, and the message is gone.
  await page.unroute(REST);
  await start.click();
  await expect(page.locator('.progress-count')).toHaveText('1 of 33');
  await expect(alert).toHaveCount(0);
  // The failed downloads are the only complaints.
  expect(errors.every((e) => /Failed to load resource|ERR_FAILED/.test(e)), errors.join('\n')).toBe(true);
});

// Every way a page can show the intro, as the split was profiled for: none may need the
// rest before the reader shows an interest.
const HOST = `http://127.0.0.1:${process.env.CROSSROADS_HOST_PORT ?? 8091}`;
const VARIANTS = [
  { name: 'storage blocked', url: './', blockStorage: true },
  { name: 'look options on the page itself', url: './?theme=dark&compact=1&accent=%23225588' },
  { name: 'embedded by the loader', url: `${HOST}/snippet.html` },
  { name: 'embedded with options', url: `${HOST}/options.html` },
  { name: 'embedded with result events, asked to start on the questions', url: `${HOST}/events-hostile.html` },
];
for (const v of VARIANTS) {
  test(`the intro needs only the first part: ${v.name}`, async ({ page }) => {
    if (v.blockStorage) {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
    }
    const rest = restRequests(page);
    await page.goto(v.url);
    const ready = () => performance.getEntriesByName('crossroads-ready').length > 0;
    const widgets = v.url.startsWith('./') ? [page.mainFrame()] : [];
    if (!widgets.length) {
      // One frame per placeholder on the host page.
      const frames = page.locator('[data-crossroads] > iframe');
      await expect(frames).toHaveCount(await page.locator('[data-crossroads]').count());
      for (const frame of await frames.all()) widgets.push(await (await frame.elementHandle()).contentFrame());
    }
    for (const frame of widgets) await frame.waitForFunction(ready);
    await settled(page, widgets);
    expect(rest).toEqual([]);
  });
}
