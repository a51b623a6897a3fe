// Share links and comparison on the release build: copy a link, open it in a fresh browser,
// see the same result read-only; damaged, cut, future-version and forged links each get their
// message and leave the widget usable; labels are text, never markup; two results compare.
import { test, expect, PATTERN } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

async function finish(page, widget, shift = 0) {
  await widget.open();
  await widget.start();
  await widget.answerAllByMouse((i) => PATTERN[(i + shift) % PATTERN.length]);
  await widget.seeResult();
}

/** From the result, starts over (confirming) and waits for the intro. */
async function startOver(page, widget) {
  // The result's own buttons by keyboard: see widget.press.
  await widget.press(page.getByRole('button', { name: 'Start over', exact: true }));
  const yes = page.getByRole('button', { name: 'Yes, start over' });
  await expect(yes).toBeVisible();
  await widget.press(yes);
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
}

async function resultOf(page) {
  const main = page.locator('main.result');
  return {
    top: await main.getAttribute('data-top'),
    verdict: await main.getAttribute('data-verdict'),
    ranking: await page.locator('.ranking li').evaluateAll((lis) => lis.map((li) => li.dataset.path)),
    fits: await page.locator('.ranking .fit-value').allInnerTexts(),
  };
}

// The payload envelope (format byte, content version, ..., CRC-24/OpenPGP), to forge links.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function fromB64(s) {
  let bits = 0, n = 0;
  const out = [];
  for (const c of s) {
    n = (n << 6) | B64.indexOf(c);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((n >> bits) & 0xff);
    }
  }
  return out;
}
function toB64(bytes) {
  let s = '', n = 0, bits = 0;
  for (const b of bytes) {
    n = (n << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      s += B64[(n >> bits) & 63];
    }
  }
  if (bits > 0) s += B64[(n << (6 - bits)) & 63];
  return s;
}
function crc24(bytes) {
  let crc = 0xb704ce;
  for (const b of bytes) {
    crc ^= b << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}
function reseal(bytes) {
  const body = bytes.slice(0, -3);
  const c = crc24(body);
  return toB64([...body, (c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff]);
}

test('copy the link, open it in a fresh browser, see the same result read-only', async ({ page, widget, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await finish(page, widget);
  const mine = await resultOf(page);
  // Copy only once the link carries the name: the button copies the link on screen.
  const link = await widget.nameResult('Sam');
  await widget.copyLink(/Link copied/);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(link);
  expect(copied).toBe(await widget.shareLink().inputValue());
  const payload = copied.split('#r=')[1];
  expect(payload.length).toBeLessThanOrEqual(32 + 8); // 31 characters plus the short label
  expect(copied).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#r=[A-Za-z0-9_-]+$/);

  const other = await browser.newContext();
  const viewer = await other.newPage();
  const viewerErrors = [];
  viewer.on('pageerror', (e) => viewerErrors.push(e.message));
  await viewer.goto(copied);
  await viewer.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await expect(viewer.getByRole('note', { name: 'Shared result' })).toContainText('Sam');
  expect(await resultOf(viewer)).toEqual(mine);
  // Read-only: no changing or starting over someone else's result.
  await expect(viewer.getByRole('button', { name: 'Change answers' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Compare with mine' })).toHaveCount(0);
  // By keyboard, as widget.press does: the button is at the foot of the long result.
  const take = viewer.getByRole('button', { name: 'Take it yourself' });
  await take.focus();
  await expect(take).toBeFocused();
  await viewer.keyboard.press('Enter');
  await expect(viewer.locator('h1:visible')).toHaveText('Stay technical or manage?');
  expect(await viewer.evaluate(() => Object.keys(localStorage))).toEqual([]);
  expect(viewerErrors).toEqual([]);
  await other.close();
});

test('a shared link never overwrites the viewer\'s own progress; compare with mine', async ({ page, widget }) => {
  await finish(page, widget, 2);
  const theirsUrl = await widget.shareLink().inputValue();
  // The viewer has a run of their own, in progress.
  await startOver(page, widget);
  await widget.start();
  await widget.answer('Strongly agree');
  await widget.answer('Strongly disagree'); // and waits for statement 3, saved with it
  const saved = await page.evaluate(() => localStorage.getItem('crossroads:progress:c2'));
  expect(saved).toMatch(/^q2\|/);

  await page.goto(theirsUrl);
  await widget.ready();
  await expect(page.getByRole('note', { name: 'Shared result' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('crossroads:progress:c2'))).toBe(saved);
  await widget.compareWithMine();
  await expect(page.locator('.compare-column h2').nth(1)).toHaveText('You');
  expect(await page.evaluate(() => localStorage.getItem('crossroads:progress:c2'))).toBe(saved);
  await page.getByRole('button', { name: 'Take it yourself' }).click();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(page.locator('.progress-count')).toHaveText(/^3 of/);
});

test('a label with markup renders as text', async ({ page, widget }) => {
  await finish(page, widget);
  const url = await widget.nameResult('<img src=x onerror=alert(1)>');
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    d.dismiss();
  });
  await page.goto('about:blank');
  await page.goto(url);
  await widget.ready();
  // The label is cut to 40 characters of text; no element was made from it.
  await expect(page.locator('.shared-label')).toHaveText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('damaged, cut short, newer and forged links each explain themselves', async ({ page, widget }) => {
  await finish(page, widget);
  const url = await widget.shareLink().inputValue();
  const [base, payload] = url.split('#r=');
  const bytes = fromB64(payload);
  const flipped = payload.slice(0, 5) + (payload[5] === 'A' ? 'B' : 'A') + payload.slice(6);
  const cases = [
    { name: 'damaged', link: `${base}#r=${flipped}`, text: /damaged or cut short/ },
    { name: 'cut short', link: `${base}#r=${payload.slice(0, 12)}`, text: /damaged or cut short/ },
    { name: 'newer format', link: `${base}#r=${reseal([9, ...bytes.slice(1)])}`, text: /newer version/ },
    { name: 'newer content', link: `${base}#r=${reseal([bytes[0], 99, ...bytes.slice(2)])}`, text: /newer version/ },
    { name: 'not a link', link: `${base}#r=<script>`, text: /doesn't look like a Crossroads/ },
    { name: 'forged digits', link: `${base}#r=${reseal(bytes.map((b, i) => (i >= 2 && i < bytes.length - 3 ? 0xff : b)))}`, text: /./ },
  ];
  for (const c of cases) {
    await page.goto('about:blank');
    await page.goto(c.link);
    await widget.ready();
    const errorScreen = page.locator('main.link-error');
    if (c.name === 'forged digits') {
      // Either refused as damaged or read as some valid answer set: never a crash.
      await expect(page.locator('main.link-error, main.result')).toHaveCount(1);
    } else {
      await expect(errorScreen, c.name).toBeVisible();
      await expect(errorScreen.locator('.lede'), c.name).toHaveText(c.text);
    }
    // The widget stays usable: start a run from here (by keyboard: a forged link may open
    // a long result, with the button at its foot; see widget.press).
    const start = page.getByRole('button', { name: /Take it yourself|Start fresh here/ }).first();
    await widget.press(start);
    await expect(page.locator('h1:visible')).toHaveText('Stay technical or manage?');
  }
});

test('a compare link shows two results side by side', async ({ page, widget, browser }) => {
  await finish(page, widget, 0);
  const a = (await widget.nameResult('Ana')).split('#r=')[1];
  await startOver(page, widget);
  await widget.start();
  await widget.answerAllByMouse((i) => ['Strongly disagree', 'Strongly agree'][i % 2]);
  await widget.seeResult();
  const b = (await widget.nameResult('Ben')).split('#r=')[1];

  const other = await browser.newContext();
  const viewer = await other.newPage();
  await viewer.goto(`${new URL(page.url()).origin}/#c=${a}.${b}`);
  await viewer.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await expect(viewer.locator('h1:visible')).toHaveText('Two results side by side');
  await expect(viewer.locator('.compare-column h2')).toHaveText(['Ana', 'Ben']);
  await expect(viewer.locator('.compare-column .ranking')).toHaveCount(2);
  await expect(viewer.locator('.chart-legend li')).toHaveText(['Ana', 'Ben']);
  await expect(viewer.locator('.chart-row').first().locator('circle.series-0')).toHaveCount(1);
  await expect(viewer.locator('.chart-row').first().locator('.series-1')).toHaveCount(1);
  await expect(viewer.getByRole('heading', { name: 'Where you differ most' })).toBeVisible();
  await expect(viewer.getByRole('heading', { name: 'Where you agree' })).toBeVisible();
  // The comparison can be shared onward as one link.
  await expect(viewer.locator('#share-link')).toHaveValue(new RegExp(`#c=${a}\\.${b}$`));
  await other.close();
});

test('copy still works, or says how, when the Clipboard API is refused', async ({ page, widget }) => {
  await page.addInitScript(() => {
    if (navigator.clipboard) {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    }
  });
  await finish(page, widget);
  // The fallback copies through a selected field; if even that is refused, the message
  // says to copy by hand. Either way the person is told, in the live region.
  await widget.copyLink(/Link copied|copy it by hand/);
  await expect(page.locator('.offscreen-copy')).toHaveCount(0);
});
