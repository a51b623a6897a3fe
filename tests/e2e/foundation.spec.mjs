// The release build loads and becomes ready at the site root and under a sub-path, with
// relative asset URLs. The intro is the page itself: the static HTML paints it before any
// script, the start-up script makes it work with no wasm, and the app, fetched on interest,
// takes over from it without moving anything.
import { test, expect } from './fixtures/crossroads.mjs';

/** Where the intro's heading and Start are, and the widget's text as a reader sees it. */
const layout = (page) =>
  page.locator('#crossroads').evaluate((el) => {
    const h = el.querySelector('#intro-title').getBoundingClientRect();
    const b = el.querySelector('#start').getBoundingClientRect();
    return { text: el.innerText, h: [h.x, h.y, h.height], b: [b.x, b.y, b.width, b.height] };
  });

for (const path of ['./', './tools/crossroads/']) {
  test(`loads and becomes ready at ${path}`, async ({ page, widget, errors }) => {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await widget.open(path);
    await expect(widget.heading()).toHaveText('Stay technical or manage?');
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    // The app too, on interest: its glue, its wasm and its words.
    await widget.interest();
    for (const file of [/\/crossroads-[0-9a-f]+\.js$/, /\/crossroads-[0-9a-f]+_bg\.wasm$/, /\/words-[0-9a-f]+\.txt$/]) {
      expect(requests.filter((r) => file.test(r)), String(file)).toHaveLength(1);
    }
    // Every asset came from under the page's own path.
    const prefix = path === './' ? '/' : '/tools/crossroads/';
    for (const r of requests) expect(r.startsWith(prefix), r).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('the intro paints from the HTML alone, before any script runs', async ({ page }) => {
  // Hold every script (the start-up script, and so the glue and the wasm): the static page
  // must already show the intro.
  await page.route(/\.(js|wasm)$/, () => {});
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stay technical or manage?');
  await expect(page.locator('.privacy')).toContainText('your answers stay in this browser');
  await expect(page.locator('.privacy')).toContainText('Nothing is sent anywhere');
  // The pages that send a host page the result say so instead (scripts/finish.mjs).
  for (const [level, receives] of [
    ['summary', 'This page receives your top path and verdict when you finish.'],
    ['link', 'This page receives your top path and verdict and your result link when you finish.'],
  ]) {
    await page.goto(`./receives-${level}.html`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stay technical or manage?');
    await expect(page.locator('.privacy')).toContainText(receives);
    await expect(page.locator('.privacy')).not.toContainText('Nothing is sent');
  }
});

// The same for the pages that tell the reader what a host page receives: their static
// privacy line is the app's, word for word.
for (const path of ['./', './receives-summary.html', './receives-link.html']) {
  test(`the intro works before any wasm, and the app's takeover moves nothing: ${path}`, async ({ page, widget, errors }) => {
    // The wasm is held until the intro has been measured with the app on its way.
    const asked = [];
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      asked.push(route.request().url());
      await held;
      await route.continue();
    });
    await widget.open(path);
    // The intro works with no wasm at all, and none was asked for: the styled intro (no
    // "could not start" line) with a live Start.
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    await expect(page.locator('.shell-stalled')).toHaveCount(0);
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(asked).toEqual([]);
    const before = await layout(page);
    // An interest fetches the app (held here), then the app runs beside the intro.
    await page.locator('#crossroads').hover();
    await expect.poll(() => asked.length).toBe(1);
    expect(await layout(page)).toEqual(before);
    release();
    await page.waitForFunction(() => performance.getEntriesByName('crossroads-app').length > 0);
    await expect(page.locator('#crossroads > .app')).toHaveCount(1);
    // Measured once the browser has laid out and painted what the app rendered.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await layout(page)).toEqual(before);
    await expect(widget.heading()).toHaveText('Stay technical or manage?');
    expect(errors).toEqual([]);
  });
}

test('a trap inside the wasm shows the error screen, and the answers survive a reload', async ({ page, widget, errors }) => {
  // The release aborts at once on a panic (a wasm trap); so does an impossible allocation,
  // which this test asks for, from a timer, as a panic inside an event handler would trap.
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => {
      window.__exports = e.detail.wasm;
    });
  });
  await widget.open();
  await widget.start();
  await widget.answer('Agree'); // and waits for statement 2
  await page.evaluate(() => setTimeout(() => window.__exports.__wbindgen_malloc(8, 3)));
  await expect(widget.heading()).toHaveText('Something went wrong');
  await expect(widget.heading()).toBeFocused();
  await page.getByText('Technical details').click();
  await expect(page.locator('#error-detail')).toContainText('RuntimeError');
  // The trap itself, and nothing else (the page error reaches the test on its own, not
  // necessarily before the error screen shows).
  await expect.poll(() => errors).toEqual(['pageerror: unreachable']);
  await page.getByRole('link', { name: 'Reload and continue' }).click();
  // The reloaded page, not the error screen's (which was ready too).
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeVisible();
  await widget.ready();
  await expect(page.getByText('You answered 1 of 33 statements last time.')).toBeVisible();
  expect(errors).toEqual(['pageerror: unreachable']);
});
