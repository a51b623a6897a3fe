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

test('a reader who only sees the intro downloads only the first part', async ({ page, widget, errors }) => {
  const rest = restRequests(page);
  await widget.open();
  await page.waitForTimeout(500);
  expect(rest).toEqual([]);
  expect(await restReady(page)).toBe(false);

  // A pointer over the widget is interest enough: the rest arrives before any click.
  await page.getByRole('button', { name: 'Start' }).hover();
  await expect.poll(() => restReady(page)).toBe(true);
  expect(rest).toEqual(['fetch']);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.locator('.progress-count')).toHaveText('1 of 33');
  expect(rest).toEqual(['fetch']); // once, and never by the synchronous fallback
  expect(errors).toEqual([]);
});

test('a click that beats the rest waits for it, then goes through once', async ({ page, widget, errors }) => {
  await page.route(REST, (route) => setTimeout(() => route.continue(), 800));
  const rest = restRequests(page);
  await widget.open();
  await page.getByRole('button', { name: 'Start' }).click();
  // Held until the rest is linked: the intro stays, and no key or click is lost meanwhile.
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await expect(page.locator('.progress-count')).toHaveText('1 of 33', { timeout: 5000 });
  await widget.pick('Agree').click();
  await expect(page.locator('.progress-count')).toHaveText('2 of 33');
  expect(rest).toEqual(['fetch']);
  expect(errors).toEqual([]);
});

test('by keyboard: focus fetches the rest, and Enter on Start goes through', async ({ page, widget, errors }) => {
  await page.route(REST, (route) => setTimeout(() => route.continue(), 300));
  const rest = restRequests(page);
  await widget.open();
  await page.getByRole('button', { name: 'Start' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.progress-count')).toHaveText('1 of 33');
  await expect(widget.heading()).toBeFocused();
  expect(rest).toEqual(['fetch']);
  expect(errors).toEqual([]);
});

test('a page that opens past the intro loads both parts at once', async ({ page, widget, errors }) => {
  await widget.open();
  await page.getByRole('button', { name: 'Start' }).click();
  await widget.pick('Agree').click();
  await expect(page.locator('.progress-count')).toHaveText('2 of 33');

  // Saved answers to resume: the rest is linked before the widget is ready.
  const rest = restRequests(page);
  await page.goto('./');
  await widget.ready();
  expect(await restReady(page)).toBe(true);
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(page.locator('.progress-count')).toHaveText('2 of 33');
  expect(rest).toEqual(['fetch']);

  // A screen in the address: the same, with nothing saved.
  const fresh = await page.context().browser().newPage();
  const freshRest = restRequests(fresh);
  await fresh.goto('./#q/3');
  await fresh.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await expect(fresh.locator('.progress-count')).toHaveText('3 of 33');
  expect(freshRest).toEqual(['fetch']);
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
  expect(rest).toEqual(['xhr']);
  expect(await restReady(page)).toBe(true);
  expect(errors).toEqual([]);
});

test('if the rest cannot load, a click says so, and the next click tries again', async ({ page, widget, errors }) => {
  await page.route(REST, (route) => route.abort());
  await widget.open();
  const start = page.getByRole('button', { name: 'Start' });
  await start.click();
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    'Crossroads could not load the rest of its files. Check the connection and try again; your saved answers are kept.',
  );
  await start.click();
  await expect(alert).toHaveCount(1); // said once, however often it fails
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
      await expect.poll(() => page.frames().filter((f) => f !== page.mainFrame()).length).toBeGreaterThan(0);
      widgets.push(...page.frames().filter((f) => f !== page.mainFrame()));
    }
    for (const frame of widgets) await frame.waitForFunction(ready);
    await page.waitForTimeout(500);
    expect(rest).toEqual([]);
  });
}
