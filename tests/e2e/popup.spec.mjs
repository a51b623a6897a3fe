// The popup and the side panel (`data-mode="popup"` or `"panel"` on a host's own button or
// link): the loader makes the dialog and its frame on the first press, not before. The host
// page, tests/e2e/hosts/popup.html, is on another origin than the widget; some tests add the
// hostile stylesheet that embed.spec.mjs uses. Every test ends with zero page errors and zero
// console errors on the host page and in every frame.
import { audit } from './fixtures/axe.mjs';
import { Embedded, HOST, INTRO, TITLE, WIDGET, events, expect, test } from './fixtures/embedded.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

const OPEN = 'dialog[open]';
const popup = (page) => new Embedded(page, OPEN, `${OPEN} iframe`);
/** The host page's focused element: 'IFRAME' when focus is inside the widget. */
const focused = (page) => page.evaluate(() => (document.activeElement.id || document.activeElement.tagName));
/** Focus is in the open dialog, or not in the page at all: on the browser's own toolbar, which
 *  a modal dialog lets Tab reach, as every native one does. Never on the page behind. */
const inDialog = (page) => page.evaluate(() => document.activeElement.closest('dialog[open]') !== null || !document.hasFocus());
/** The dialog's box once its opening motion is over. */
const box = (page) =>
  page.getByRole('dialog').locator('div').first().evaluate(async (el) => {
    await Promise.all(el.getAnimations().map((a) => a.finished));
    const { x, y, width, height } = el.getBoundingClientRect();
    return { x, y, width, height };
  });
const hostEvents = async (page, types) => (await events(page)).filter((e) => types.includes(e.type));

/** Every request the page made to the widget's origin. */
function widgetRequests(page) {
  const urls = [];
  page.on('request', (r) => r.url().startsWith(WIDGET) && urls.push(r.url()));
  return urls;
}

test('a button opens the popup over the page: nothing fetched before, focus in and back, Tab kept inside, Escape closes', async ({ page }) => {
  const requested = widgetRequests(page);
  await page.goto(`${HOST}/popup.html`);
  await page.addStyleTag({ url: 'hostile.css' });
  const button = page.locator('#b');
  await expect(button).toHaveAttribute('data-crossroads-mounted', '');
  await expect(button).toHaveAttribute('aria-haspopup', 'dialog');
  // Pressed by nobody: the page has fetched the loader and nothing else of the widget.
  expect(requested).toEqual([`${WIDGET}/embed.js`]);
  await expect(page.locator('dialog')).toHaveCount(0);

  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: TITLE });
  await expect(dialog).toBeVisible();
  const widget = popup(page);
  await expect(widget.iframe).toHaveAttribute('title', TITLE);
  expect(await widget.iframe.getAttribute('src')).toBe(
    `${WIDGET}/index.html?embed=1&parent=${encodeURIComponent(HOST)}&id=1&frame=fixed`,
  );
  expect(await focused(page)).toBe('IFRAME');
  await widget.ready();
  await expect(widget.heading()).toHaveText(INTRO);
  await expect.poll(() => hostEvents(page, ['crossroads:open', 'crossroads:ready'])).toEqual([
    { type: 'crossroads:open', widget: 'b', detail: {} },
    { type: 'crossroads:ready', widget: 'b', detail: {} },
  ]);
  // The hostile stylesheet squeezes no part of it: the frame fills the box under its bar.
  const frameBox = await widget.iframe.boundingBox();
  const panelBox = await widget.iframe.evaluate((f) => f.parentElement.getBoundingClientRect().toJSON());
  expect(frameBox.width).toBe(panelBox.width);
  expect(frameBox.height).toBeGreaterThan(panelBox.height - 60);
  const close = dialog.getByRole('button', { name: 'Close' });
  expect((await close.boundingBox()).width).toBe(44);

  // Tab goes round the widget and the close button, never to the page behind.
  const seen = new Set();
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    expect(await inDialog(page), `Tab ${i + 1} stays in the dialog`).toBe(true);
    if (await page.evaluate(() => document.hasFocus())) seen.add(await focused(page));
  }
  expect([...seen].sort()).toEqual(['BUTTON', 'IFRAME']);

  // Escape inside the widget (a cross-origin frame, whose keys the host page never sees).
  await widget.in.getByRole('button', { name: 'Start', exact: true }).focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toBeHidden();
  await expect(button).toBeFocused();
  // Escape on the close button (the host page's own dialog) closes it too.
  await button.click();
  await close.focus();
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toBeHidden();
  await expect(button).toBeFocused();
  expect((await hostEvents(page, ['crossroads:open', 'crossroads:close'])).map((e) => e.type)).toEqual([
    'crossroads:open',
    'crossroads:close',
    'crossroads:open',
    'crossroads:close',
  ]);
});

test('a link opens the same frame, which keeps the reader\'s place; the close button and the backdrop close it; the page behind stays put', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${HOST}/popup.html`);
  await page.addStyleTag({ url: 'hostile.css' });
  const link = page.locator('#l');
  await link.click();
  const widget = popup(page);
  await widget.ready();
  expect(page.url()).toBe(`${HOST}/popup.html`);
  await widget.start();
  await widget.answer(2);
  await expect(widget.count()).toHaveText(/^3 of \d+$/);

  // The page behind neither scrolls nor takes the wheel while it is open.
  const before = await page.evaluate(() => scrollY);
  await page.mouse.move(8, 400);
  await page.mouse.wheel(0, 1200);
  await page.keyboard.press('End');
  await expect(widget.count()).toHaveText(/^3 of \d+$/);
  expect(await page.evaluate(() => scrollY)).toBe(before);

  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('dialog')).toBeHidden();
  await expect(link).toBeFocused();
  // Scrolling is the page's again.
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);

  // Another opener with the same options shares the frame and finds the same place.
  await page.locator('#b').click();
  await expect(widget.count()).toHaveText(/^3 of \d+$/);
  await expect(page.locator('dialog iframe')).toHaveCount(1);
  // A press on the dimmed page around the box closes it.
  const around = await box(page);
  expect(around.x).toBeGreaterThan(20);
  await page.mouse.click(around.x / 2, 400);
  await expect(page.locator('dialog')).toBeHidden();
  await expect(page.locator('#b')).toBeFocused();
  // A double-click on the opener opens it and leaves it open: its second click lands on the
  // dimmed page, but is no press there.
  // (Both clicks have been dispatched when dblclick returns.)
  await page.locator('#b').dblclick();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('the side panel comes from the right on a wide screen; on a phone both fill the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${HOST}/popup.html`);
  await page.locator('#p').click();
  const widget = popup(page);
  await widget.ready();
  expect(await box(page)).toEqual({ x: 1280 - 520, y: 0, width: 520, height: 800 });
  // The popup is a centred box.
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toBeHidden();
  await page.locator('#b').click();
  const centred = await box(page);
  expect(centred.width).toBe(760);
  expect(centred.x).toBe((1280 - 760) / 2);
  expect(centred.y).toBeGreaterThan(0);
  await page.keyboard.press('Escape');

  await page.setViewportSize({ width: 375, height: 700 });
  for (const id of ['#b', '#p']) {
    await page.locator(id).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await box(page), id).toEqual({ x: 0, y: 0, width: 375, height: 700 });
    // The widget inside fills the box under the close button, and scrolls itself.
    const frame = await widget.frame();
    expect(await frame.evaluate(() => [innerWidth, innerHeight, getComputedStyle(document.documentElement).overflowY])).toEqual([
      375,
      700 - 52,
      'visible',
    ]);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('dialog')).toBeHidden();
  }
});

test('motion only for those who want it; axe finds nothing on the page with the dialog open', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${HOST}/popup.html`);
  await page.locator('#p').click();
  const widget = popup(page);
  await widget.ready();
  const panel = page.getByRole('dialog').locator('div').first();
  expect(await panel.evaluate((el) => el.getAnimations().length)).toBe(0);
  expect((await audit(page)).violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog')).toBeHidden();

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.locator('#p').click();
  expect(await panel.evaluate((el) => el.getAnimations().map((a) => a.effect.getKeyframes().at(0).transform))).toEqual([
    'translateX(100%)',
  ]);
});

test('the host opens and closes it from script; each language and set of options has its own frame, in its theme', async ({ page }) => {
  await page.goto(`${HOST}/popup.html`);
  await page.evaluate(() => document.getElementById('g').crossroads.open());
  const dialog = page.getByRole('dialog', { name: 'Crossroads: technisch bleiben oder führen?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeVisible();
  const widget = popup(page);
  await widget.ready();
  await expect(widget.heading()).toHaveText('Technisch bleiben oder führen?');
  expect(await widget.iframe.getAttribute('src')).toMatch(/\/de\/index\.html\?embed=1&lang=de&.*&theme=dark&frame=fixed$/);
  // data-theme: the dialog's own colours are the widget's dark ones, whatever the system's.
  expect(await dialog.locator('div').first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 24, 28)');
  expect(await (await widget.frame()).evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  await page.evaluate(() => document.getElementById('g').crossroads.close());
  await expect(page.locator('dialog')).toBeHidden();
  await expect(page.locator('#g')).toBeFocused();
  await page.evaluate(() => document.getElementById('b').crossroads.open());
  await expect(page.getByRole('dialog', { name: TITLE })).toBeVisible();
  await expect(page.locator('dialog')).toHaveCount(2);
  // Closed and opened again in one task: it stays open, and the page stays held.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const b = document.getElementById('b');
        // The native close event comes a task later: wait for it, then look.
        document.querySelector('dialog[open]').addEventListener('close', () => setTimeout(resolve), { once: true });
        b.crossroads.close();
        b.crossroads.open();
      }),
  );
  await expect(page.getByRole('dialog', { name: TITLE })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('hidden');
  await page.evaluate(() => document.getElementById('b').crossroads.close());
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(page.locator('#b')).toBeFocused();
  // The host's own value is given back.
  expect(await page.evaluate(() => document.documentElement.style.overflow)).toBe('');
});

test('a popup with data-result-events tells the reader first, then the page receives the summary', async ({ page }) => {
  await page.goto(`${HOST}/popup.html`);
  await page.locator('#s').click();
  const widget = popup(page);
  expect(await widget.iframe.getAttribute('src')).toBe(
    `${WIDGET}/receives-summary.html?embed=1&parent=${encodeURIComponent(HOST)}&id=1&frame=fixed`,
  );
  await widget.ready();
  await expect(widget.in.locator('main.intro p.privacy')).toHaveText(
    'This page receives your top path and verdict when you finish. Your answers themselves stay in this browser, and no cookies are set.',
  );
  expect(await hostEvents(page, ['crossroads:complete'])).toEqual([]);
  await widget.finish();
  // The result opens at its top, inside the dialog's own scrolling.
  const frame = await widget.frame();
  expect(await frame.evaluate(() => scrollY)).toBe(0);
  const { top, verdict, side, sideVerdict } = await widget.result();
  await expect.poll(() => hostEvents(page, ['crossroads:complete'])).toEqual([
    { type: 'crossroads:complete', widget: 's', detail: { path: top, verdict, side, sideVerdict } },
  ]);
});

test('with the loader blocked, the link opens the widget\'s page', async ({ page, errors }) => {
  // As a content blocker does.
  await page.route(`${WIDGET}/embed.js`, (route) => route.abort('blockedbyclient'));
  await page.goto(`${HOST}/popup.html`);
  await expect.poll(() => errors.length).toBeGreaterThan(0);
  expect(errors.every((e) => /ERR_BLOCKED_BY_CLIENT/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
  await expect(page.locator('#l')).not.toHaveAttribute('data-crossroads-mounted', '');
  await page.locator('#l').click();
  await expect(page).toHaveURL(`${WIDGET}/index.html`);
  await expect(page.locator('h1')).toHaveText(INTRO);
  await expect(page.locator('#start')).toBeEnabled();
});
