// What a person keeps of their result: the card image ("Save as image", and the image offered
// with "Share…" where the share sheet takes files), and their earlier results, kept in this
// browser only, to open, compare and delete.
import { readFileSync } from 'node:fs';
import { audit as axe } from './fixtures/axe.mjs';
import { test, expect, blockStorage } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

const FIRST = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Not sure', 'Agree'];
const SECOND = ['Strongly disagree', 'Disagree', 'Agree', 'Strongly agree', 'Disagree', 'Not sure'];
const DAY = 24 * 60 * 60 * 1000;

/** Answers every statement with `pattern` and opens the result (from the intro). */
async function finish(widget, pattern) {
  await widget.start();
  await widget.answerAllByMouse((i) => pattern[i % pattern.length]);
  await widget.seeResult();
}

/** The stored list of earlier results, a line each (the result is kept a task after it shows). */
const kept = (page) => page.evaluate(() => (localStorage.getItem('crossroads:earlier') ?? '').split('\n').filter(Boolean).length);

async function audit(page, state) {
  expect((await axe(page)).violations.map((v) => `${state}: ${v}`)).toEqual([]);
}

/** The PNG's size from its header, and how its pixels look, decoded by the browser. */
async function readCard(page, bytes) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  const size = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const pixels = await page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    ctx.drawImage(bitmap, 0, 0);
    const at = (x, y) => [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
    const background = at(1180, 10);
    // The verdict's lines: the band under the widget's name, across the card.
    const area = ctx.getImageData(64, 110, 1072, 130).data;
    let ink = 0;
    for (let i = 0; i < area.length; i += 4) {
      const d = Math.abs(area[i] - background[0]) + Math.abs(area[i + 1] - background[1]) + Math.abs(area[i + 2] - background[2]);
      if (d > 90) ink++;
    }
    return { background, ink, share: ink / (area.length / 4) };
  }, bytes.toString('base64'));
  return { ...size, ...pixels };
}

const luminance = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;

for (const colorScheme of ['light', 'dark']) {
  test(`"Save as image" downloads a 1200×630 card with the verdict drawn, ${colorScheme}`, async ({ page, widget }) => {
    await page.emulateMedia({ colorScheme });
    await widget.open();
    await finish(widget, FIRST);
    const save = page.getByRole('button', { name: 'Save as image' });
    const downloading = page.waitForEvent('download');
    // By keyboard: the button is reached and pressed like any other.
    await widget.press(save);
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('crossroads-result.png');
    await expect(page.locator('.share-status')).toHaveText(/Image saved as crossroads-result\.png/);
    const card = await readCard(page, readFileSync(await download.path()));
    expect({ width: card.width, height: card.height }).toEqual({ width: 1200, height: 630 });
    // Text in the verdict's place: a few percent of the band is ink, not a blank card.
    expect(card.share).toBeGreaterThan(0.02);
    expect(card.share).toBeLessThan(0.6);
    // The card follows the page's scheme.
    if (colorScheme === 'dark') expect(luminance(card.background)).toBeLessThan(0.2);
    else expect(luminance(card.background)).toBeGreaterThan(0.8);
  });
}

test('"Share…" offers the card with the link where the share sheet takes files, and the link alone elsewhere', async ({ page, widget }) => {
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = async (data) => {
      window.shared.push({ title: data.title, url: data.url, files: (data.files ?? []).map((f) => ({ name: f.name, type: f.type, size: f.size })) });
    };
    navigator.canShare = (data) => Array.isArray(data.files) && data.files.every((f) => f.type === 'image/png');
  });
  await widget.open();
  await finish(widget, FIRST);
  const link = await widget.nameResult('Sam');
  await widget.press(page.getByRole('button', { name: 'Share…' }));
  await expect(page.locator('.share-status')).toHaveText('Shared.');
  const [shared] = await page.evaluate(() => window.shared);
  expect(shared.url).toBe(link);
  expect(shared.files).toHaveLength(1);
  expect(shared.files[0]).toMatchObject({ name: 'crossroads-result.png', type: 'image/png' });
  expect(shared.files[0].size).toBeGreaterThan(5000);

  // A share sheet that takes no files gets the link alone.
  await page.evaluate(() => {
    navigator.canShare = () => false;
  });
  await widget.press(page.getByRole('button', { name: 'Share…' }));
  await expect.poll(() => page.evaluate(() => window.shared.length)).toBe(2);
  const second = await page.evaluate(() => window.shared[1]);
  expect(second).toEqual({ title: 'My Crossroads result', url: link, files: [] });
});

test('a browser that cannot make the image says so, and the link is still there to copy', async ({ page, widget }) => {
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.toBlob = function (callback) {
      setTimeout(() => callback(null));
    };
  });
  await widget.open();
  await finish(widget, FIRST);
  let downloads = 0;
  page.on('download', () => downloads++);
  await widget.press(page.getByRole('button', { name: 'Save as image' }));
  await expect(page.locator('.share-status')).toHaveText('This browser could not make the image. Copy the link instead.');
  await widget.copyLink();
  expect(downloads).toBe(0);
});

test('earlier results: two runs are kept with their dates, opened, compared, deleted one by one and all at once', async ({ page, widget }) => {
  test.setTimeout(120_000);
  // The first run a month ago: the page's clock is moved back while it is reached.
  await page.addInitScript((day) => {
    const now = Date.now.bind(Date);
    window.clockOffset = -30 * day;
    Date.now = () => now() + window.clockOffset;
  }, DAY);
  await widget.open();
  // Nothing kept yet: no way to earlier results on the intro.
  await expect(page.getByRole('heading', { name: 'Your earlier results' })).toHaveCount(0);
  await finish(widget, FIRST);
  const firstTop = await page.locator('main.result').getAttribute('data-top');
  // The headline answers the side first (docs/method.md, "Verdict and coverage").
  const firstHeadline = await widget.heading().textContent();
  expect(firstHeadline).toMatch(/^(Stay technical|Management fits you|Too close to call between)[:; ]/);
  await expect.poll(() => kept(page)).toBe(1);
  // Its own result is not among the earlier ones.
  await expect(page.getByRole('link', { name: 'Your earlier results' })).toHaveCount(0);

  // A reload of the result keeps nothing new.
  await page.reload();
  await widget.ready();
  await expect(page.locator('main.result')).toBeVisible();
  await page.evaluate(() => (window.clockOffset = 0));

  // A second run, today, after starting over.
  await widget.press(page.getByRole('button', { name: 'Start over', exact: true }));
  await widget.press(page.getByRole('button', { name: 'Yes, start over' }));
  await expect(page.getByRole('heading', { name: 'Your earlier results' })).toBeVisible();
  await expect(page.locator('.earlier-entry')).toContainText('One result is kept in this browser.');
  await audit(page, 'intro with earlier results');
  await page.evaluate(() => (window.clockOffset = 0));
  await finish(widget, SECOND);
  await expect.poll(() => kept(page)).toBe(2);
  expect(await kept(page)).toBe(2);

  // The result lists the first run below, dated, with its own verdict, to compare with.
  await page.getByRole('link', { name: 'Your earlier results' }).click();
  await expect(page.locator('#earlier-title')).toBeFocused();
  const item = page.locator('.earlier-item');
  await expect(item).toHaveCount(1);
  const firstDate = await item.locator('.earlier-date').textContent();
  expect(firstDate).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}$/);
  await expect(item.locator('.earlier-verdict')).toHaveText(firstHeadline);
  await audit(page, 'result with earlier results');
  await widget.press(page.getByRole('button', { name: `Compare with this result: the result of ${firstDate}` }));
  await expect(widget.heading()).toHaveText('Two results side by side');
  const columns = page.locator('.compare-column');
  await expect(columns).toHaveCount(2);
  await expect(columns.first().locator('.shared-label')).toHaveText(firstDate);
  await expect(columns.first().locator('.compare-verdict')).toHaveText(firstHeadline);
  await expect(columns.nth(1).locator('.shared-label')).toHaveText('You');

  // From the intro: both, newest first, on a screen of their own.
  await page.goto('./');
  await widget.ready();
  await expect(page.locator('.earlier-entry')).toContainText('2 results are kept in this browser.');
  await widget.press(page.getByRole('button', { name: 'See your earlier results' }));
  await expect(widget.heading()).toHaveText('Your earlier results');
  await expect(page).toHaveURL(/#earlier$/);
  const dates = await page.locator('.earlier-date').allTextContents();
  expect(dates).toHaveLength(2);
  expect(dates[1]).toBe(firstDate);
  expect(dates[0]).not.toBe(firstDate);
  await audit(page, 'earlier results');

  // Open the older one: read-only, under its date, with the way back to the list.
  await widget.press(page.getByRole('button', { name: `Open the result of ${firstDate}` }));
  await expect(page.getByRole('note', { name: 'Earlier result' })).toContainText(firstDate);
  await expect(page.locator('main.result')).toHaveAttribute('data-top', firstTop);
  await audit(page, 'an earlier result opened');
  await widget.press(page.getByRole('button', { name: 'Your earlier results' }));
  await expect(widget.heading()).toHaveText('Your earlier results');

  // Compare the older with the latest.
  await widget.press(page.getByRole('button', { name: `Compare with the latest: the result of ${firstDate}` }));
  await expect(page.locator('.compare-column')).toHaveCount(2);
  await expect(page.locator('.compare-column').first().locator('.shared-label')).toHaveText(firstDate);
  // Back returns to the list.
  await page.goBack();
  await expect(widget.heading()).toHaveText('Your earlier results');
  await expect(page.locator('.earlier-item')).toHaveCount(2);

  // Delete the older one: the other stays, and focus moves to it.
  await widget.press(page.getByRole('button', { name: `Delete the result of ${firstDate}` }));
  await expect(page.locator('.earlier-item')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: `Deleted the result of ${firstDate}.` })).toBeVisible();
  await expect(page.getByRole('button', { name: `Open the result of ${dates[0]}` })).toBeFocused();
  expect(await kept(page)).toBe(1);

  // Delete all asks first.
  await widget.press(page.getByRole('button', { name: 'Delete all' }));
  await expect(page.getByRole('group')).toContainText('Delete all 1 results kept in this browser?');
  await audit(page, 'delete all confirmation');
  await widget.press(page.getByRole('button', { name: 'Keep them' }));
  await expect(page.locator('.earlier-item')).toHaveCount(1);
  await widget.press(page.getByRole('button', { name: 'Delete all' }));
  await widget.press(page.getByRole('button', { name: 'Yes, delete all' }));
  await expect(page.locator('.earlier-item')).toHaveCount(0);
  await expect(page.getByText('No earlier results are kept in this browser.')).toBeVisible();
  await expect(widget.heading()).toBeFocused();
  expect(await page.evaluate(() => localStorage.getItem('crossroads:earlier'))).toBeNull();
  await widget.press(page.getByRole('button', { name: 'Back to the start' }));
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await expect(page.getByRole('heading', { name: 'Your earlier results' })).toHaveCount(0);
});

test('a later visit: the intro offers the results kept, before any code but its own has come', async ({ page, widget }) => {
  await widget.open();
  await finish(widget, FIRST);
  await expect.poll(() => kept(page)).toBe(1);
  // A later visit to the page: the static intro, which reads what the app summarised for it.
  // The app's code is held back meanwhile, so that what shows is the intro's own doing.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\/crossroads-[0-9a-f]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('about:blank');
  await page.goto('./');
  await widget.ready();
  await expect(page.getByRole('heading', { name: 'Your earlier results' })).toBeVisible();
  await expect(page.locator('.earlier-entry')).toContainText('One result is kept in this browser.');
  expect(await page.evaluate(() => performance.getEntriesByName('crossroads-app').length)).toBe(0);
  release();
  // Its button leads to them.
  await widget.press(page.getByRole('button', { name: 'See your earlier results' }));
  await expect(widget.heading()).toHaveText('Your earlier results');
  await expect(page.locator('.earlier-item')).toHaveCount(1);
});

test('deleted results: a later visit\'s intro no longer offers them', async ({ page, widget }) => {
  await widget.open();
  await finish(widget, FIRST);
  await expect.poll(() => kept(page)).toBe(1);
  await widget.press(page.getByRole('button', { name: 'Start over', exact: true }));
  await widget.press(page.getByRole('button', { name: 'Yes, start over' }));
  await widget.press(page.getByRole('button', { name: 'See your earlier results' }));
  await expect(page.locator('.earlier-item')).toHaveCount(1);
  await widget.press(page.getByRole('button', { name: 'Delete all' }));
  await widget.press(page.getByRole('button', { name: 'Yes, delete all' }));
  await expect(page.getByText('No earlier results are kept in this browser.')).toBeVisible();
  expect(await kept(page)).toBe(0);
  // The tab is closed here; a later visit's intro has no way to a list that is empty.
  await page.goto('about:blank');
  await page.goto('./');
  await widget.ready();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
  await expect(page.locator('.earlier-entry')).toBeHidden();
});

test("axe in dark: the card's status, the way in on the intro, the list and its confirmation", async ({ page, widget }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await widget.open();
  await finish(widget, FIRST);
  const downloading = page.waitForEvent('download');
  await widget.press(page.getByRole('button', { name: 'Save as image' }));
  await downloading;
  await expect(page.locator('.share-status')).toHaveText(/Image saved/);
  await audit(page, 'dark: image saved');
  await expect.poll(() => kept(page)).toBe(1);
  await widget.press(page.getByRole('button', { name: 'Start over', exact: true }));
  await widget.press(page.getByRole('button', { name: 'Yes, start over' }));
  await expect(page.locator('.earlier-entry')).toBeVisible();
  await audit(page, 'dark: intro with earlier results');
  await widget.press(page.getByRole('button', { name: 'See your earlier results' }));
  await expect(page.locator('.earlier-item')).toHaveCount(1);
  await audit(page, 'dark: earlier results');
  await widget.press(page.getByRole('button', { name: 'Delete all' }));
  await expect(page.getByRole('button', { name: 'Yes, delete all' })).toBeVisible();
  await audit(page, 'dark: delete all confirmation');
});

test('keyboard: Tab walks every control of the earlier results in order, and the question of Delete all takes focus', async ({ page, widget }) => {
  await widget.open();
  await finish(widget, FIRST);
  await expect.poll(() => kept(page)).toBe(1);
  // An older result beside it: the longest there is to print, kept a day earlier.
  await page.evaluate(
    ([day, older]) => localStorage.setItem('crossroads:earlier', `${localStorage.getItem('crossroads:earlier')}\n${Date.now() - day}|${older}`),
    [DAY, 'AgIAdcL7QgHttjf7ufa-QfMrJwBeA3A'],
  );
  await page.goto('./#earlier');
  await widget.ready();
  await expect(page.locator('.earlier-item')).toHaveCount(2);
  const [latest, older] = await page.locator('.earlier-date').allTextContents();
  await widget.heading().focus();
  const walked = [];
  for (let i = 0; i < 7; i++) {
    await page.keyboard.press('Tab');
    walked.push(await page.evaluate(() => document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent));
  }
  expect(walked).toEqual([
    `Open the result of ${latest}`,
    `Delete the result of ${latest}`,
    `Open the result of ${older}`,
    `Compare with the latest: the result of ${older}`,
    `Delete the result of ${older}`,
    'Delete all',
    'Back to the start',
  ]);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Yes, delete all' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Delete all' })).toBeFocused();
  await expect(page.locator('.earlier-item')).toHaveCount(2);
});

test('a damaged list of earlier results shows what can be read, and nothing breaks', async ({ page, widget }) => {
  await widget.open();
  await finish(widget, FIRST);
  await expect.poll(() => kept(page)).toBe(1);
  await page.evaluate(() => {
    const good = localStorage.getItem('crossroads:earlier');
    localStorage.setItem('crossroads:earlier', `junk\n${good}\n12|%%%\n|`);
  });
  await page.goto('./#earlier');
  await widget.ready();
  await expect(widget.heading()).toHaveText('Your earlier results');
  await expect(page.locator('.earlier-item')).toHaveCount(1);
});

test('blocked storage: no earlier results, and no error', async ({ page, widget }) => {
  await blockStorage(page);
  await widget.open();
  await finish(widget, FIRST);
  await expect(page.locator('.result-depth section').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Your earlier results' })).toHaveCount(0);
  await expect(page.locator('.earlier')).toHaveCount(0);
  await page.goto('./#earlier');
  await widget.ready();
  await expect(page.getByText('No earlier results are kept in this browser.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete all' })).toHaveCount(0);
});

test('earlier results reflow at 320 px', async ({ page, widget }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await widget.open();
  await finish(widget, FIRST);
  await expect.poll(() => kept(page)).toBe(1);
  // A long name on the kept result (the name a shared link was given).
  await widget.nameResult('Maximiliana Wolfeschlegelsteinhausen');
  await widget.copyLink();
  await page.goto('./#earlier');
  await widget.ready();
  await expect(page.locator('.earlier-label')).toHaveText('Maximiliana Wolfeschlegelsteinhausen');
  const sideways = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(sideways).toBeLessThanOrEqual(320);
  for (const box of await page.locator('.earlier-item button, .earlier-item p').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
    expect(box).toBeLessThanOrEqual(320);
  }
});
