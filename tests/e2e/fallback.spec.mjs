// When the widget's code cannot arrive (a broken deploy, a proxy that blocks .wasm, a host
// without CORS headers), the reader is told so instead of facing a Start button that does
// nothing: in the widget's own page, its static shell says it could not start; embedded with
// the loader, the host page offers the widget in a tab of its own.
import { test, expect } from '@playwright/test';

const WIDGET = `http://127.0.0.1:${process.env.CROSSROADS_PORT ?? 8090}`; // where the host pages load embed.js from
const HOST = `http://127.0.0.1:${process.env.CROSSROADS_HOST_PORT ?? 8091}`;
const COULD_NOT_START = /Crossroads could not start: its files did not load/;
const ready = () => performance.getEntriesByName('crossroads-ready').length > 0;

/** Makes every request whose URL matches `pattern` answer 404, as a broken deploy would. */
async function missing(page, pattern) {
  await page.route(pattern, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
}

test.describe("the widget's own page", () => {
  test('without its start-up script, Start is inert and after a while the page says why', async ({ page }) => {
    await missing(page, /\/start-[0-9a-f]+\.js$/);
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

  test('without the glue and the wasm, one message replaces Start', async ({ page }) => {
    await missing(page, /\/crossroads-[0-9a-f]+(_bg\.wasm|\.js)$/);
    await page.goto('./');
    await expect(page.getByRole('alert')).toHaveText(COULD_NOT_START);
    await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
    await expect(page.locator('.no-wasm')).toHaveCount(1);
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

  test('a frame whose code is missing gets a link to open the widget in a new tab', async ({ page }) => {
    await missing(page, /\/crossroads-[0-9a-f]+(_bg\.wasm|\.js)$/);
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
    await page.route(/\/crossroads-[0-9a-f]+_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${HOST}/snippet.html`);
    // The frame's page has loaded (its wasm still held back): 15 s on, the link shows.
    await expect(page.frameLocator('#a > iframe').locator('h1:visible')).toHaveText('Stay technical or manage?');
    await page.clock.runFor(16_000);
    await expect(fallback(page)).toBeVisible();
    release();
    await expect(fallback(page)).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => window.__events.map((e) => e.type))).toContain('crossroads:ready');
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
