// The widget in a restricted browser: under the strict Content-Security-Policy
// (scripts/hosting.mjs; server.mjs sends it under /csp/ on every response, and with every
// page, as the build's _headers says), a whole journey, sharing and comparing run with zero
// policy violations; without JavaScript the <noscript> message shows; without WebAssembly
// the intro still works, and the start-up script says so in place of the Start button once
// the reader asks for more than the intro.
import { STRICT_CSP } from '../../scripts/hosting.mjs';
import { test, expect, PATTERN } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

/**
 * Records every `securitypolicyviolation` in the page (window.__csp) and, through a binding
 * that outlives navigations, in the returned array.
 */
async function watchViolations(page) {
  const violations = [];
  await page.exposeBinding('__cspReport', (_source, v) => {
    violations.push(v);
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = {
        directive: e.effectiveDirective,
        blocked: e.blockedURI,
        source: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        sample: e.sample,
      };
      window.__csp.push(v);
      window.__cspReport?.(v);
    });
  });
  return violations;
}

test('a whole journey, sharing and comparing under a strict CSP: zero violations', async ({ page, widget }) => {
  const violations = await watchViolations(page);

  const response = await page.goto('./csp/');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
  await widget.ready();

  await widget.start();
  await page.getByText('Why this matters').click();
  await expect(page.locator('.why p')).toBeVisible();
  await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
  await expect(widget.heading()).toHaveText('Your situation');
  await widget.chooseContext(page.getByRole('radio', { name: /^Yes/ }).first());
  await widget.seeResult();
  await expect(page.locator('.chart-row').first()).toBeVisible();
  // Every collapsed explanation opened, and the chart set against another path.
  const closed = page.locator('#crossroads details:not([open]) > summary:visible');
  for (let i = 0; i < 50 && (await closed.count()) > 0; i++) await closed.first().click();
  await expect(closed).toHaveCount(0);
  await page.locator('.chart-picker label', { hasText: 'Engineering manager' }).click();
  await expect(page.locator('.profile-chart figcaption')).toContainText('Engineering manager');
  await widget.nameResult('Sam');
  await widget.copyLink();
  const link = await widget.shareLink().inputValue();
  expect(link).toMatch(/\/csp\/#r=[A-Za-z0-9_-]+$/);
  // The card image: drawn on a canvas and downloaded through a blob: link, under the policy.
  const downloading = page.waitForEvent('download');
  await widget.press(page.getByRole('button', { name: 'Save as image' }));
  expect((await downloading).suggestedFilename()).toBe('crossroads-result.png');
  // And the earlier results, kept in this browser.
  await page.goto('./csp/#earlier');
  await widget.ready();
  await expect(page.locator('.earlier-item')).toHaveCount(1);

  // The share link, opened afresh (a full load under the same policy), then compared.
  await page.goto('about:blank');
  const shared = await page.goto(link);
  expect(shared.headers()['content-security-policy']).toBe(STRICT_CSP);
  await widget.ready();
  await expect(page.getByRole('note', { name: 'Shared result' })).toContainText('Sam');
  await widget.compareWithMine();

  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(violations).toEqual([]);
});

test('the policy is really enforced: a probe inline style is refused and reported', async ({ page, widget, errors }) => {
  // Guards the test above against passing because the header or the listener did nothing.
  const violations = await watchViolations(page);
  await widget.open('./csp/');
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '#crossroads { outline: 9px solid red }';
    document.head.append(style);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(violations[0].directive).toBe('style-src-elem');
  expect(await page.locator('#crossroads').evaluate((el) => getComputedStyle(el).outlineWidth)).not.toBe('9px');
  // Chromium also logs the refusal as a console error: expected here, and only here. It
  // reaches the test on its own, not necessarily before the violation event.
  await expect.poll(() => errors.length).toBeGreaterThan(0);
  for (const e of errors) expect(e).toMatch(/Content Security Policy/);
  errors.length = 0;
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the <noscript> message is shown', async ({ page }) => {
    await page.goto('./');
    const note = page.locator('.noscript');
    await expect(note).toBeVisible();
    await expect(note).toContainText('needs JavaScript');
  });
});

for (const [name, path] of [['at the root', './'], ['under the strict CSP', './csp/']]) {
  test(`without WebAssembly the intro works, and a clear message replaces the Start button (${name})`, async ({ page, widget }) => {
    await page.addInitScript(() => {
      delete window.WebAssembly;
    });
    await page.goto(path);
    // The intro needs no wasm: it works, and nothing is said before it is needed.
    await widget.ready();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('button', { name: 'Start' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveCount(1);
    await expect(alert).toBeVisible();
    await expect(alert).toHaveClass(/no-wasm/);
    await expect(alert).toContainText('WebAssembly');
    await expect(alert).toContainText('browser');
    // Not an empty box, and no button that could never work.
    await expect(page.locator('h1:visible')).toHaveText('Stay technical or manage?');
    await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
  });
}

test('without WebAssembly a link to a screen says so at once, in place of the Start button', async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto('./csp/#earlier');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('WebAssembly');
  await expect(page.locator('h1:visible')).toHaveText('Stay technical or manage?');
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);
});
