// When the widget's code cannot arrive (a broken deploy, a proxy that blocks scripts or .wasm,
// a host without CORS headers), the reader is told so instead of facing a Start button that
// does nothing. Without its start-up script, the widget's own page says it could not start,
// and embedded with the loader, the host page offers the widget in a tab of its own. Without
// the app (the glue and the wasm) the intro, which needs neither, still works: the press that
// needs the app says it could not load.
import { test, expect } from '@playwright/test';

const WIDGET = `http://127.0.0.1:${process.env.CROSSROADS_PORT ?? 8090}`; // where the host pages load embed.js from
const HOST = `http://127.0.0.1:${process.env.CROSSROADS_HOST_PORT ?? 8091}`;
const COULD_NOT_START = /Crossroads could not start: its files did not load/;
const ready = () => performance.getEntriesByName('crossroads-ready').length > 0;
const COULD_NOT_LOAD = /Crossroads could not load the rest of its files/;
// The start-up script; the app's glue and wasm (a retry asks for the glue with a query).
const START_UP = /\/start-[0-9a-f]+\.js$/;
const APP = /\/crossroads-[0-9a-f]+(_bg\.wasm|\.js(\?\d+)?)$/;

/** Makes every request whose URL matches `pattern` answer 404, as a broken deploy would. */
async function missing(page, pattern) {
  await page.route(pattern, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
}

test.describe("the widget's own page", () => {
  test('without its start-up script, Start is inert and after a while the page says why', async ({ page }) => {
    await missing(page, START_UP);
    await page.goto('./');
    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeDisabled();
    // The style sheet reveals the line once the code has had 10 s to arrive.
    await expect(page.getByRole('alert')).toHaveText(COULD_NOT_START, { timeout: 20_000 });
    await expect(start).toBeHidden();
  });

  test('without its script and its style sheet, Start is inert and the line shows at once', async ({ page }) => {
    await missing(page, /\/(start-[0-9a-f]+\.js|main-[0-9a-f]+\.css)$/);
    await page.goto('./');
    await expect(page.getByRole('button', { name: 'Start' })).toBeDisabled();
    await expect(page.getByRole('alert')).toHaveText(COULD_NOT_START);
  });

  test('without the glue and the wasm, the intro works and a press says the rest could not load', async ({ page }) => {
    await missing(page, APP);
    const glue = [];
    page.on('request', (r) => /\/crossroads-[0-9a-f]+\.js/.test(r.url()) && glue.push(r.url()));
    await page.goto('./');
    await page.waitForFunction(ready);
    // The intro needs no wasm: no "could not start", a live Start.
    await expect(page.locator('.shell-stalled')).toHaveCount(0);
    const start = page.getByRole('button', { name: 'Start' });
    await expect(start).toBeEnabled();
    await start.click();
    await expect(page.getByRole('alert')).toHaveText(COULD_NOT_LOAD);
    await expect(page.locator('h1:visible')).toHaveText('Stay technical or manage?');
    // Pressed again, it tries again (the glue asked for anew), and says so once more, in the
    // same one line.
    expect(glue).toHaveLength(1);
    await start.click();
    await expect.poll(() => glue.length).toBe(2);
    await expect(page.getByRole('alert')).toHaveText(COULD_NOT_LOAD);
    await expect(page.locator('.no-wasm:visible')).toHaveCount(1);
    await expect(start).toBeVisible();
  });

  test('a working page never shows the line', async ({ page }) => {
    await page.goto('./');
    await page.waitForFunction(ready);
    await expect(page.getByRole('button', { name: 'Start' })).toBeEnabled();
    await expect(page.locator('.shell-stalled')).toHaveCount(0);
  });
});

test.describe('embedded with the loader', () => {
  const fallback = (page) => page.locator('#a [data-crossroads-fallback]');

  test('a frame whose start-up script is missing gets a link to open the widget in a new tab', async ({ page }) => {
    await missing(page, START_UP);
    await page.goto(`${HOST}/snippet.html`);
    const link = fallback(page).getByRole('link', { name: 'Open it in a new tab' });
    await expect(link).toBeVisible({ timeout: 20_000 });
    await expect(fallback(page)).toContainText('Crossroads did not load here.');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    await expect(link).toHaveAttribute('href', `${WIDGET}/index.html`);
    // The new tab is not behind the broken route: the widget opens and works there.
    const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    await tab.waitForFunction(ready);
    await expect(tab.locator('h1:visible')).toHaveText('Stay technical or manage?');
    await tab.getByRole('button', { name: 'Start' }).click();
    await expect(tab.locator('h1:visible')).toHaveText('Where are you now?');
    await tab.getByRole('button', { name: 'Skip', exact: true }).click();
    await expect(tab.locator('.progress-count')).toHaveText(/^1 of \d+$/);
  });

  test('the link goes away when a slow frame becomes ready after all', async ({ page }) => {
    await page.clock.install();
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(START_UP, async (route) => {
      await held;
      await route.continue();
    });
    // (The host page's load waits for its frame's, which waits for the held script.)
    await page.goto(`${HOST}/snippet.html`, { waitUntil: 'domcontentloaded' });
    // The frame's page shows (its start-up script still held back): 15 s on, the link shows.
    await expect(page.frameLocator('#a > iframe').locator('h1:visible')).toHaveText('Stay technical or manage?');
    await page.clock.runFor(16_000);
    await expect(fallback(page)).toBeVisible();
    release();
    await expect(fallback(page)).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.__events.map((e) => e.type))).toContain('crossroads:ready');
  });

  test('a frame whose app cannot load is still a working intro: no link, and a press says why', async ({ page }) => {
    await page.clock.install();
    await missing(page, APP);
    await page.goto(`${HOST}/snippet.html`);
    await expect.poll(() => page.evaluate(() => window.__events.map((e) => e.type))).toContain('crossroads:ready');
    await page.clock.runFor(60_000);
    await expect(fallback(page)).toHaveCount(0);
    const inside = page.frameLocator('#a > iframe');
    await inside.getByRole('button', { name: 'Start' }).click();
    await expect(inside.getByRole('alert')).toHaveText(COULD_NOT_LOAD);
    await expect(fallback(page)).toHaveCount(0);
  });

  test('a working frame never shows the link', async ({ page }) => {
    await page.clock.install();
    await page.goto(`${HOST}/snippet.html`);
    await expect.poll(() => page.evaluate(() => window.__events.map((e) => e.type))).toContain('crossroads:ready');
    await page.clock.runFor(60_000);
    await expect(page.locator('#a iframe')).toBeVisible();
    await expect(fallback(page)).toHaveCount(0);
  });
});
