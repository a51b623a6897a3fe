// Accessibility: axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules reports nothing on
// every screen and state, in light and dark.
import { audit as axe } from './fixtures/axe.mjs';
import { test, expect, blockStorage } from './fixtures/crossroads.mjs';

async function audit(page, state) {
  // Colours as the reader sees them once they settle: a control just shown may still be
  // fading its border and background in (a transition of 0.15 s), which axe would measure
  // halfway. Endless animations (the busy spinner) do not change colours.
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity).length,
      ),
    )
    .toBe(0);
  const r = await axe(page);
  expect(r.violations.map((v) => `${state}: ${v}`)).toEqual([]);
  expect(r.passes).toBeGreaterThan(5);
}

for (const colorScheme of ['light', 'dark']) {
  test.describe(`${colorScheme}`, () => {
    test.use({ colorScheme });

    test('every screen of a journey, shared view, compare and link errors', async ({ page, widget, errors }) => {
      test.setTimeout(120_000);
      await widget.open();
      await audit(page, 'intro');
      await widget.startSeat();
      await page.getByRole('radio', { name: 'An engineer who has never managed', exact: true }).check();
      await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
      await audit(page, 'where are you now');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await expect(widget.count()).toHaveText(/^1 of \d+$/);
      await page.getByText('Why this matters').click();
      await expect(page.locator('.why p')).toBeVisible();
      await page.getByLabel('This matters a lot to me').check();
      await audit(page, 'question');
      const { total } = await widget.progress();
      for (let i = 0; i < total; i++) await widget.answer(page.locator('label.choice').nth(i % 6));
      await audit(page, 'context');
      await widget.chooseContext(page.getByRole('radio').first());
      await widget.seeResult();
      await page.locator('#crossroads details').evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
      await expect(page.locator('#crossroads details:not([open])')).toHaveCount(0);
      await audit(page, 'result');
      // By keyboard (widget.press): a pointer click right after a jump to the page's end can
      // land while the sections above, which render as they come into view
      // (content-visibility), settle, so that press and release hit different elements and
      // no click happens.
      await widget.press(page.getByRole('button', { name: 'Start over', exact: true }));
      await expect(page.getByRole('button', { name: 'Yes, start over' })).toBeVisible();
      await audit(page, 'start-over confirmation');
      await widget.press(page.getByRole('button', { name: 'Keep my answers' }));
      await expect(page.getByRole('button', { name: 'Yes, start over' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Start over', exact: true })).toBeVisible();
      await widget.copyLink();
      await audit(page, 'copy confirmation');

      const url = await widget.shareLink().inputValue();
      await page.goto('about:blank');
      await page.goto(url);
      await widget.ready();
      await expect(page.getByRole('note', { name: 'Shared result' })).toBeVisible();
      await audit(page, 'shared');
      await widget.compareWithMine();
      await audit(page, 'compare');

      const payload = url.split('#r=')[1];
      for (const [kind, fragment] of [
        ['damaged', `r=${payload.slice(0, 10)}`],
        ['not a link', 'r=<b>'],
        ['newer', 'r=CQEA'],
      ]) {
        await page.goto('about:blank');
        await page.goto(`./#${fragment}`);
        await widget.ready();
        await expect(page.locator('main.link-error')).toBeVisible();
        await audit(page, `link error: ${kind}`);
      }
      await page.getByRole('button', { name: /Take it yourself|Start fresh/ }).click();
      await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeVisible();
      await audit(page, 'resume offer');
      expect(errors).toEqual([]);
    });

    test('the error screen', async ({ page, widget, errors }) => {
      await widget.open();
      await widget.interest();
      // The app's own module (the glue the page names), the instance the start-up script loaded.
      await page.evaluate(async () => {
        const { glue } = JSON.parse(document.getElementById('crossroads-app').textContent);
        const m = await import(new URL(glue, document.querySelector('script[src*="start-"]').src));
        m.showErrorScreen('<b>detail</b>');
      });
      await expect(page.locator('h1:visible')).toHaveText('Something went wrong');
      await expect(page.locator('h1:visible')).toBeFocused();
      await page.getByText('Technical details').click();
      await expect(page.locator('#error-detail')).toHaveText('<b>detail</b>');
      await audit(page, 'error screen');
      expect(errors).toEqual([]);
    });

    test('a page that sends its host the result: the notice on the intro and beside the result', async ({ page, widget, errors }) => {
      test.setTimeout(60_000);
      await widget.open('./receives-link.html?embed=1');
      await expect(page.locator('main.intro .privacy.receives')).toBeVisible();
      await audit(page, 'intro with the notice');
      await widget.start();
      const { total } = await widget.progress();
      for (let i = 0; i < total; i++) await widget.answer(page.locator('label.choice').nth(i % 6));
      await widget.seeResult();
      await expect(page.locator('main.result .receives')).toBeVisible();
      await audit(page, 'result with the notice');
      expect(errors).toEqual([]);
    });

    test('a press that waits for the code: busy, slow, failed', async ({ page, widget, errors }) => {
      // The app's wasm and its words are held, then refused: each state of the wait is audited.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      let refuse = false;
      await page.route(/\/(crossroads-[0-9a-f]+_bg\.wasm|words-[0-9a-f]+\.txt)$/, async (route) => {
        await held;
        return refuse ? route.abort() : route.continue();
      });
      await widget.open();
      // Fake timers from here on (the widget's ready mark needs the real ones).
      await page.clock.install();
      const start = page.getByRole('button', { name: 'Start' });
      await start.click();
      await expect(start).toHaveAttribute('aria-busy', 'true');
      await expect(page.getByRole('status').filter({ hasText: 'Loading the questions…' })).toBeVisible();
      await audit(page, 'waiting for the code');
      await page.clock.fastForward(10_000);
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
      // The pressed Start keeps the focus: the new button comes beside it, not in its place.
      await expect(start).toBeFocused();
      await audit(page, 'waiting long for the code');
      refuse = true;
      release();
      await expect(page.getByRole('alert')).toContainText('could not load the rest of its files');
      await audit(page, 'the code could not load');
      expect(errors.every((e) => /Failed to load resource|ERR_FAILED/.test(e)), errors.join('\n')).toBe(true);
    });

    test('the storage notice', async ({ page, widget, errors }) => {
      await blockStorage(page);
      await widget.open();
      // The app says it, once it runs.
      await widget.interest();
      await expect(widget.notice()).toBeVisible();
      await audit(page, 'storage notice');
      expect(errors).toEqual([]);
    });
  });
}

test('a choice reached by keyboard shows the focus ring around it, and the ring follows the arrow keys', async ({ page, widget }) => {
  await widget.open();
  await widget.startSeat();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(widget.count()).toHaveText(/^1 of \d+$/);
  await expect(widget.heading()).toBeFocused();
  // The ring: a 3 px outline around the whole choice, on the label itself or on a box
  // laid over it (the radio is hidden; its own outline would be a dot).
  const ring = (radio) =>
    radio.evaluate((input) => {
      const label = input.closest('label');
      const over = getComputedStyle(input.nextElementSibling, '::after');
      const own = getComputedStyle(label);
      const style = own.outlineStyle !== 'none' ? own : over.content !== 'none' ? over : own;
      return { outline: style.outlineStyle, width: style.outlineWidth };
    });
  const radios = page.locator('label.choice input[type=radio]');
  await page.keyboard.press('Tab');
  await expect(radios.first()).toBeFocused();
  expect(await ring(radios.first())).toEqual({ outline: 'solid', width: '3px' });
  // Arrow keys move the ring with the focus (and choose, without moving on).
  await page.keyboard.press('ArrowRight');
  await expect(radios.nth(1)).toBeFocused();
  expect(await ring(radios.nth(1))).toEqual({ outline: 'solid', width: '3px' });
  expect((await ring(radios.first())).outline).toBe('none');
});

test('keyboard focus never gets trapped: Tab and Shift+Tab leave every screen', async ({ page, widget }) => {
  test.setTimeout(60_000);
  async function leaves(key, state) {
    const seen = [];
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press(key);
      const where = await page.evaluate(() => {
        const a = document.activeElement;
        return !a || a === document.body ? 'out' : a.outerHTML.slice(0, 60);
      });
      if (where === 'out') return seen.length;
      seen.push(where);
    }
    throw new Error(`${state}: focus did not leave after 120 × ${key}`);
  }
  await widget.open();
  expect(await leaves('Tab', 'intro')).toBeGreaterThan(0);
  // The screen past the intro may come a while after the click (the click waits for the
  // app, fetched on interest): Tab only once it shows, with focus on its heading.
  await widget.startSeat();
  // Its options (one stop), Back and Skip.
  expect(await leaves('Tab', 'where are you now')).toBeGreaterThan(2);
  expect(await leaves('Shift+Tab', 'where are you now')).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(widget.count()).toHaveText(/^1 of \d+$/);
  await expect(widget.heading()).toBeFocused();
  expect(await leaves('Tab', 'question')).toBeGreaterThan(3);
  expect(await leaves('Shift+Tab', 'question')).toBeGreaterThan(3);
  const { total } = await widget.progress();
  for (let i = 0; i < total; i++) await widget.answer(page.locator('label.choice').nth(i % 5));
  await widget.seeResult();
  await expect(widget.heading()).toBeFocused();
  expect(await leaves('Tab', 'result')).toBeGreaterThan(10);
  expect(await leaves('Shift+Tab', 'result')).toBeGreaterThan(10);
});
