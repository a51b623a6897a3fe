// The release build loads and becomes ready at the site root and under a sub-path, with
// relative asset URLs, painting the intro from the static HTML before the wasm runs.
import { test, expect } from './fixtures/crossroads.mjs';

for (const path of ['./', './tools/crossroads/']) {
  test(`loads and becomes ready at ${path}`, async ({ page, widget, errors }) => {
    const requests = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await widget.open(path);
    await expect(widget.heading()).toHaveText('Stay technical or manage?');
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    // Every asset came from under the page's own path.
    const prefix = path === './' ? '/' : '/tools/crossroads/';
    expect(requests.length).toBeGreaterThan(2);
    for (const r of requests) expect(r.startsWith(prefix), r).toBe(true);
    expect(errors).toEqual([]);
  });
}

test('the intro paints from the HTML before the wasm arrives', async ({ page }) => {
  // Hold the wasm back: the static shell must already show the intro.
  await page.route('**/*.wasm', () => {});
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stay technical or manage?');
  await expect(page.locator('.privacy')).toContainText('your answers stay in this browser');
  await expect(page.locator('.privacy')).toContainText('Nothing is sent anywhere');
  // The pages that send a host page the result say so instead (scripts/receives.mjs).
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
  test(`the app takes over the static shell without moving it: ${path}`, async ({ page, widget }) => {
    // Hold the wasm back until the static shell has been measured, then let the app start.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/*.wasm', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    // The shell as a reader sees it: styled (the style sheet hides the "could not start" line,
    // which shows at once without it) and with its inert Start button.
    await expect(page.locator('.shell-stalled')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();
    const before = await page.locator('#crossroads').evaluate((el) => {
      const h = el.querySelector('h1').getBoundingClientRect();
      const b = el.querySelector('button').getBoundingClientRect();
      return { text: el.innerText, h: [h.x, h.y, h.height], b: [b.x, b.y, b.width] };
    });
    release();
    await widget.ready();
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    const after = await page.locator('#crossroads').evaluate((el) => {
      const h = el.querySelector('h1').getBoundingClientRect();
      const b = el.querySelector('button').getBoundingClientRect();
      return { text: el.innerText, h: [h.x, h.y, h.height], b: [b.x, b.y, b.width] };
    });
    expect(after).toEqual(before);
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
