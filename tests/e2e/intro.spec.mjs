// The intro is the page: its start-up script (start/start.js) makes it work with no wasm at
// all, and the app (one wasm, built by Trunk, with the page's words file) is fetched when the
// reader shows an interest, or at once when the address opens past the intro. A press that
// beats the app is taken at once, says so, and goes through when it arrives; a failed or slow
// download says so and the next press tries again. A plain visit costs the host the page
// and a few kilobytes, in every language, with or without an organisation's file, and fails
// no request.
import { test, expect, blockStorage } from './fixtures/crossroads.mjs';

// The app: its glue, its wasm and the words file of the page's language.
const APP = /\/(crossroads-[0-9a-f]+(?:_bg\.wasm|\.js)|words-[0-9a-f]+\.txt)$/;
const kind = (url) => {
  const name = new URL(url).pathname;
  return name.endsWith('.wasm') ? 'wasm' : name.endsWith('.txt') ? 'words' : 'glue';
};
const ALL = ['glue', 'wasm', 'words'];
const sorted = (list) => [...list].sort();

/** Every request for the app, by kind. */
function appRequests(page) {
  const seen = [];
  page.on('request', (r) => {
    if (APP.test(new URL(r.url()).pathname)) seen.push(kind(r.url()));
  });
  return seen;
}

/** Holds every request for the app until the returned function is called. */
async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(APP, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until the intro works and the page has been idle twice: whatever its start-up would
 *  fetch on its own has been asked for by now. */
async function settled(page) {
  await page.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))));
}

const appRuns = (page) => page.evaluate(() => performance.getEntriesByName('crossroads-app').length > 0);

// A plain visit in each language, with the default organisation file and with one of its own.
for (const [name, path, title] of [
  ['English', './', 'Stay technical or manage?'],
  ['German', './de/', 'Technisch bleiben oder führen?'],
  ['Spanish', './es/', '¿Seguir en lo técnico o gestionar?'],
  ['English, with an organisation file', './org/acme/', 'Stay technical or manage?'],
  ['German, with an organisation file', './org/languages/de/', 'Technisch bleiben oder führen?'],
]) {
  test(`a plain visit (${name}) fetches no wasm, fails no request and logs no error`, async ({ page, errors }) => {
    const app = appRequests(page);
    const failed = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const fetched = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop()));
    await page.goto(path);
    await settled(page);
    await expect(page.locator('h1:visible')).toHaveText(title);
    await expect(page.locator('#start')).toBeEnabled();
    expect(app).toEqual([]);
    expect(fetched).toContain('crossroads.json');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('interest fetches the app once, before any press; Start then goes straight through', async ({ page, widget, errors }) => {
  const app = appRequests(page);
  await widget.open();
  await settled(page);
  expect(app).toEqual([]);
  await page.locator('#crossroads').hover();
  await expect.poll(() => appRuns(page)).toBe(true);
  expect(sorted(app)).toEqual(ALL);
  // The intro stays as it was painted: the app takes over nothing until a press.
  await expect(page.locator('#intro')).toBeVisible();
  await expect(page.locator('.app main')).toHaveCount(0);
  await widget.startSeat();
  expect(sorted(app)).toEqual(ALL);
  expect(errors).toEqual([]);
});

test('a press that beats the app is taken at once, says so, then goes through once', async ({ page, widget, errors }) => {
  const release = await holdApp(page);
  const app = appRequests(page);
  await widget.open();
  const start = page.locator('#start');
  // A press with no interest shown first (no pointer over the widget before it).
  await start.evaluate((button) => button.click());
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Loading the questions…' })).toBeVisible();
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  // The glue and the words are asked for side by side (the wasm once the glue is in).
  await expect.poll(() => sorted(app)).toEqual(['glue', 'words']);
  // More presses while it waits are the same wish.
  await start.evaluate((button) => button.click());
  release();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  await expect(page.locator('.wait-status')).toHaveText('');
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(widget.count()).toHaveText('1 of 33');
  expect(sorted(app)).toEqual(ALL);
  expect(errors).toEqual([]);
});

test('by keyboard: focus is interest, and Enter on Start goes through', async ({ page, widget, errors }) => {
  const app = appRequests(page);
  await widget.open();
  await settled(page);
  // Tab through the page until Start has focus: the focus inside the widget fetches the app.
  for (let i = 0; i < 5 && !(await page.locator('#start').evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('#start')).toBeFocused();
  await expect.poll(() => sorted(app)).toEqual(ALL);
  await page.keyboard.press('Enter');
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  expect(errors).toEqual([]);
});

test('an address past the intro opens there at once: a screen, and a result link', async ({ page, browser, errors }) => {
  await page.goto('./#q/3');
  await expect(page.locator('.progress-count')).toHaveText('3 of 33');
  await expect(page.locator('#intro')).toBeHidden();
  // A result link, made by the widget itself, in a fresh context.
  await page.goto('./');
  await page.locator('#crossroads').hover();
  await expect.poll(() => appRuns(page)).toBe(true);
  expect(errors).toEqual([]);
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const other = await context.newPage();
  await other.goto('./#r=1');
  // A damaged link still opens the app, which says what is wrong with it.
  await expect(other.locator('.app main')).toBeVisible();
  await expect(other.locator('#intro')).toBeHidden();
  await context.close();
});

test('a long wait says so after 10 s and offers to try again, which asks afresh', async ({ page, widget, errors }) => {
  // The first requests never complete; later ones go through.
  const asked = [];
  let releaseLater;
  const later = new Promise((resolve) => (releaseLater = resolve));
  await page.route(APP, async (route) => {
    asked.push(kind(route.request().url()));
    if (asked.length <= 2) return; // left hanging, as on a dead connection
    await later;
    await route.continue();
  });
  await widget.open();
  await page.clock.install();
  const start = page.locator('#start');
  await start.evaluate((button) => button.click());
  await expect.poll(() => asked.length).toBe(2);
  const status = page.locator('.wait-status');
  await expect(status).toHaveText('Loading the questions…');
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await page.clock.fastForward(9_000);
  await expect(status).toHaveText('Loading the questions…');
  await page.clock.fastForward(1_000);
  await expect(status).toHaveText('This is taking longer than usual. Check the connection, or try again.');
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => asked.length).toBeGreaterThan(2);
  releaseLater();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  expect(errors).toEqual([]);
});

for (const part of ['wasm', 'words', 'glue']) {
  test(`if the ${part} cannot load, a press says so, and the next press tries again`, async ({ page, widget, errors }) => {
    const failing = { wasm: /_bg\.wasm$/, words: /\/words-[0-9a-f]+\.txt$/, glue: /\/crossroads-[0-9a-f]+\.js/ }[part];
    await page.route(failing, (route) => route.abort());
    await widget.open();
    const start = page.locator('#start');
    await start.click();
    const alert = page.locator('.rest-failed');
    await expect(alert).toHaveText(
      'Crossroads could not load the rest of its files. Check the connection and try again; your saved answers are kept.',
    );
    await expect(alert).toBeVisible();
    await expect(start).not.toHaveAttribute('aria-busy', 'true');
    await expect(widget.heading()).toHaveText('Stay technical or manage?');
    // The connection is back: the same button now goes through, and the message is gone.
    await page.unroute(failing);
    await start.click();
    await expect(widget.heading()).toHaveText('Where are you now?');
    await expect(alert).toBeHidden();
    // The failed downloads are the only complaints.
    expect(errors.every((e) => /Failed to load resource|ERR_FAILED|Failed to fetch|dynamically imported/.test(e)), errors.join('\n')).toBe(true);
  });
}

test('with the wasm blocked, the intro still works as far as it can', async ({ page, widget }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  // A run to resume (the summary the app writes), from an earlier visit.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('crossroads:intro', '{"v":1,"answered":7,"total":33,"resume":true,"earlier":2}');
    }
  });
  await widget.open('./org/acme/');
  await expect(page.getByRole('button', { name: 'Resume where you left off' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start afresh' })).toBeVisible();
  await expect(page.locator('.resume-note')).toHaveText('You answered 7 of 33 statements last time.');
  await expect(page.locator('.earlier-entry')).toContainText('2 results are kept in this browser.');
  const note = page.locator('.org-note');
  await expect(note).toBeVisible();
  await expect(note).not.toHaveText('');
  // The language menu: the German page, with its query and fragment kept.
  await page.getByRole('link', { name: 'Deutsch' }).click();
  await expect(page.locator('h1:visible')).toHaveText('Technisch bleiben oder führen?');
  await expect(page).toHaveURL(/\/org\/acme\/de\/\?lang=de$/);
  await expect(page.getByRole('button', { name: 'Weitermachen, wo du aufgehört hast' })).toBeVisible();
  // Resume: busy, then the failure, with a way to try again.
  const resume = page.getByRole('button', { name: 'Weitermachen, wo du aufgehört hast' });
  await resume.click();
  await expect(page.locator('.rest-failed')).toBeVisible();
  await expect(resume).not.toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('h1:visible')).toHaveText('Technisch bleiben oder führen?');
});

// The three connections the budgets name (scripts/bench measures how fast): on each, a press
// with and without an interest first is taken at once (busy before the network could answer
// anything) and lands on the first screen, the press kept.
const PROFILES = [
  { name: 'loopback' },
  { name: '1.6 Mbit/s, 150 ms', latency: 150, bits: 1_600_000 },
  { name: '400 kbit/s, 400 ms', latency: 400, bits: 400_000 },
];
for (const profile of PROFILES) {
  for (const interest of [true, false]) {
    test(`${profile.name}: ${interest ? 'interest, then Start' : 'Start with no interest shown'} lands on the first screen`, async ({ page, widget, errors }) => {
      test.setTimeout(60_000);
      await widget.open();
      await settled(page);
      if (profile.bits) {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: profile.latency,
          downloadThroughput: profile.bits / 8,
          uploadThroughput: profile.bits / 8,
        });
      }
      const start = page.locator('#start');
      if (interest) {
        await page.locator('#crossroads').hover();
        await start.click();
      } else {
        await start.evaluate((button) => button.click());
      }
      if (profile.bits && !interest) {
        // Before any byte of the app could have come: the press shows it was taken.
        await expect(start).toHaveAttribute('aria-busy', 'true');
      }
      await expect(widget.heading()).toHaveText('Where are you now?', { timeout: 45_000 });
      await expect(widget.heading()).toBeFocused();
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
      await expect(widget.count()).toHaveText('1 of 33');
      expect(errors).toEqual([]);
    });
  }
}

test('storage blocked: the intro works, and so does the journey', async ({ page, widget, errors }) => {
  await blockStorage(page);
  await widget.open();
  await widget.startSeat();
  expect(errors).toEqual([]);
});
