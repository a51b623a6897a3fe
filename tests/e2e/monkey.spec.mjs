// A monkey on the release build: 500 random but reproducible actions (a fixed seed) across
// every screen, clicks on whatever can be clicked, key presses, and the browser's own
// navigation (back, forward, reload, fresh loads, question links, a captured share link, a
// compare link made of captured ones, a damaged link). There must be no page error and no console error at all, and at the end the
// widget still works from a fresh load.
import { test, expect } from './fixtures/crossroads.mjs';

// Fixed, so a failure replays; MONKEY_SEED=<number> explores other runs by hand.
const SEED = Number(process.env.MONKEY_SEED ?? 0x5eed_c0de);
const ACTIONS = 500;
const KEYS = ['1', '2', '3', '4', '5', '0', 'n', 'Enter', 'Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Escape', ' '];
// What a person can click in the widget: visible and enabled. The scale's and the options'
// inputs are 1 px and under their labels: they are reached through the labels, and by focus
// and Space below.
const CLICKABLE = '#crossroads :is(button, label, summary):visible:not([disabled])';
const TOGGLES = '#crossroads :is(input[type=radio], input[type=checkbox]):not([disabled])';

/** mulberry32: a tiny seeded PRNG, returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An action that failed because the page moved on under it (the element vanished, was
 * covered, or a navigation interrupted it) is skipped; anything else is a real failure.
 * Page errors are never caught here: the `errors` fixture records them independently.
 */
function skippable(e) {
  return /Timeout|not attached|detached|Execution context was destroyed|navigation|interrupted|Target page, context or browser has been closed|frame was detached|Element is not|outside of the viewport|intercepts pointer events|NS_BINDING_ABORTED|net::ERR_ABORTED/i.test(
    String(e?.message ?? e),
  );
}

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

test(`500 random actions (seed ${SEED.toString(16)}) raise no error, and the widget still works`, async ({ page, widget, errors }, info) => {
  test.setTimeout(150_000);
  const random = mulberry32(SEED);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // A dialog would stall the monkey; the widget opens none, so one is recorded as an error.
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });

  let sharedLink = null;
  const resultLinks = [];
  const tally = { click: 0, toggle: 0, key: 0, navigation: 0, skipped: 0 };
  const log = [];
  const screens = new Set();
  await widget.open();

  for (let n = 0; n < ACTIONS; n++) {
    const roll = random();
    let what = '';
    try {
      if (roll < 0.5) {
        const targets = page.locator(CLICKABLE);
        const count = await targets.count();
        if (count === 0) {
          what = 'click (nothing to click)';
        } else {
          const i = Math.floor(random() * count);
          what = `click ${i} of ${count}`;
          await targets.nth(i).click({ timeout: 2000 });
          tally.click++;
        }
      } else if (roll < 0.58) {
        const toggles = page.locator(TOGGLES);
        const count = await toggles.count();
        if (count > 0) {
          const i = Math.floor(random() * count);
          what = `focus and Space on input ${i} of ${count}`;
          await toggles.nth(i).focus({ timeout: 2000 });
          await page.keyboard.press(' ');
          tally.toggle++;
        }
      } else if (roll < 0.85) {
        const key = pick(KEYS);
        what = `key ${JSON.stringify(key)}`;
        await page.keyboard.press(key);
        tally.key++;
      } else {
        const nav = pick(['back', 'forward', 'reload', 'fresh', 'question', 'shared', 'compare', 'damaged']);
        const options = { timeout: 5000 };
        tally.navigation++;
        switch (nav) {
          case 'back':
            what = 'go back';
            await page.goBack(options);
            break;
          case 'forward':
            what = 'go forward';
            await page.goForward(options);
            break;
          case 'reload':
            what = 'reload';
            await page.reload(options);
            break;
          case 'fresh':
            what = "goto './'";
            await page.goto('./', options);
            break;
          case 'question': {
            // Now and then out of range: 0 and past the last statement.
            const q = Math.floor(random() * 36);
            what = `goto './#q/${q}'`;
            await page.goto(`./#q/${q}`, options);
            break;
          }
          case 'shared':
            what = `goto shared link ${sharedLink ?? '(none yet: fresh load)'}`;
            await page.goto(sharedLink ?? './', options);
            break;
          case 'compare': {
            // A compare link made of the last two result links seen (or one, twice).
            const [a, b = a] = resultLinks.slice(-2).map((l) => l.split('#r=')[1]);
            what = a ? `goto './#c=${a}.${b}'` : "goto './' (no result link yet)";
            await page.goto(a ? `./#c=${a}.${b}` : './', options);
            break;
          }
          case 'damaged':
            what = "goto './#r=AAAA'";
            await page.goto('./#r=AAAA', options);
            break;
        }
      }
    } catch (e) {
      if (!skippable(e)) throw new Error(`action ${n} (${what}) failed: ${e.message}`);
      tally.skipped++;
      what += ' (skipped: the page moved on)';
    }
    // Which screen the action left the widget on, and the share link if one is on screen
    // (remembered, to open it later).
    const seen = await page
      .evaluate(() => {
        // The screen that shows: the static intro is always in the page, hidden (or stepped
        // aside) while a screen of the app shows after it.
        const main = [...document.querySelectorAll('#crossroads main')].find((m) => m.checkVisibility());
        const shared = document.querySelector('#crossroads .shared-banner') ? ' (shared)' : '';
        const link = document.querySelector('#share-link');
        return { screen: main ? main.className.replace('screen ', '') + shared : 'none', link: link?.value };
      })
      .catch(() => ({ screen: 'navigating' }));
    screens.add(seen.screen);
    if (seen.link) {
      sharedLink = seen.link;
      if (seen.link.includes('#r=') && !resultLinks.includes(seen.link)) resultLinks.push(seen.link);
    }
    log.push(`${n}: ${what} -> ${seen.screen}`);
    if (errors.length > 0) {
      await info.attach('monkey-log', { body: log.join('\n'), contentType: 'text/plain' });
      throw new Error(`after action ${n} (${what}): ${errors.join('\n')}`);
    }
  }
  const summary = `${JSON.stringify(tally)}\nscreens: ${[...screens].sort().join(', ')}`;
  await info.attach('monkey-log', { body: `${summary}\n${log.join('\n')}`, contentType: 'text/plain' });
  if (process.env.MONKEY_LOG) console.log(`${summary}\n${log.join('\n')}`);
  expect(tally.click).toBeGreaterThan(100);
  expect(tally.navigation).toBeGreaterThan(30);
  // It got past the intro (how much further depends on timing, so no more is asked; with
  // this seed it usually reaches the result, a shared result and a comparison).
  expect([...screens]).toContain('question');

  // Still usable from a fresh load: start (afresh, if it offers to resume), skip where the
  // person stands, and answer one.
  await widget.open('./');
  // Whichever of the two the intro offers: one of them shows.
  const start = page
    .getByRole('button', { name: 'Start afresh', exact: true })
    .or(page.getByRole('button', { name: 'Start', exact: true }));
  await expect(start).toBeVisible();
  await start.click();
  // Either way, "Where are you now?" first: skipped.
  await expect(widget.heading()).toHaveText('Where are you now?');
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(page.locator('.progress-count')).toHaveText(/^1 of \d+$/);
  await widget.pick('Agree').click();
  await expect(page.locator('.progress-count')).toHaveText(/^2 of \d+$/);
});
