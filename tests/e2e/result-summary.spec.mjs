// The result people read, keep and share: a summary that fits the first screen, with sharing
// in it, the depth below behind "In this result", and a short print.
import { test, expect, pdfPages as pages } from './fixtures/crossroads.mjs';

const PATTERN = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Not sure', 'Agree'];
// The longest result there is to print: too close to call, with the most advice (26 items)
// and flips (28) found by scoring 800 random answer sets and then improving the best one
// answer by answer (core/examples/explain.rs scored them), for content version 2.
const LONGEST = '#r=AgIAdcL7QgHttjf7ufa-QfMrJwBeA3A';

/** Answers every statement and opens the result. */
async function finish(widget) {
  await widget.open();
  await widget.start();
  await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
  await widget.seeResult();
}

/** Whether the element lies wholly inside the first screen of the page, unscrolled. */
async function inFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const { height, width } = page.viewportSize();
  const scrolled = await page.evaluate(() => window.scrollY);
  return box !== null && scrolled === 0 && box.y >= 0 && box.x >= 0 && box.y + box.height <= height && box.x + box.width <= width;
}

// Where a browser has a share sheet (phones), "Share…" sits beside "Copy link".
const withShareSheet = (page) =>
  page.addInitScript(() => {
    navigator.share = async () => {};
  });

for (const colorScheme of ['light', 'dark']) {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
    test(`the summary fits the first screen at ${viewport.width}×${viewport.height}, ${colorScheme}`, async ({ page, widget, errors }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      await withShareSheet(page);
      await finish(widget);
      await page.evaluate(() => window.scrollTo(0, 0));
      const own = {
        heading: widget.heading(),
        copy: page.getByRole('button', { name: 'Copy link' }),
        share: page.getByRole('button', { name: 'Share…' }),
        bars: page.locator('.ranking.compact'),
      };
      for (const [name, locator] of Object.entries(own)) {
        await expect(locator, name).toBeVisible();
        expect(await inFirstScreen(page, locator), `${name} in the first screen`).toBe(true);
      }

      // A shared link: the same summary, read-only, with its label and the same two actions.
      const link = await widget.nameResult('Sam');
      await page.goto('about:blank');
      await page.goto(link);
      await widget.ready();
      await expect(page.locator('.shared-label')).toHaveText('Sam');
      const shared = {
        heading: widget.heading(),
        copy: page.getByRole('button', { name: 'Copy link' }),
        share: page.getByRole('button', { name: 'Share…' }),
        take: page.getByRole('button', { name: 'Take it yourself' }),
      };
      for (const [name, locator] of Object.entries(shared)) {
        await expect(locator, name).toBeVisible();
        expect(await inFirstScreen(page, locator), `shared: ${name} in the first screen`).toBe(true);
      }
      // Copying a shared result passes on the same result, label and all.
      await page.locator('details.share-more > summary').click();
      expect(await widget.shareLink().inputValue()).toBe(link);
      expect(errors).toEqual([]);
    });
  }
}

test('"In this result" moves to each section and leaves the address as it is', async ({ page, widget, errors }) => {
  await page.goto(LONGEST);
  await widget.ready();
  const address = page.url();
  const nav = page.getByRole('navigation', { name: 'In this result' });
  const names = [
    'How each path fits',
    'Your profile across the themes',
    'Why',
    'What would change it',
    'Next steps',
    'The way back',
    // Opened here, where it was not made: a result someone sent.
    'How to help them decide',
  ];
  // The contents come with the depth, a task after the summary.
  await expect(nav.getByRole('link')).toHaveText(names);
  for (const name of names) {
    await widget.press(nav.getByRole('link', { name }));
    const heading = page.getByRole('heading', { name, level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    expect(page.url()).toBe(address);
  }
  // Nothing of today's result is lost: every advice item the result picks is there.
  await expect(page.locator('[data-advice]')).toHaveCount(26);
  expect(errors).toEqual([]);
});

// As the depth first shows, its sections out of view skip their layout; a frame later every
// one is laid out, so a jump to the end lands on what stays where it is.
test('every section is laid out once the result settles, and a jump to the end stays put', async ({ page, widget, errors }) => {
  await page.goto(LONGEST);
  await widget.ready();
  const headings = page.locator('.result-depth > section > h2');
  await expect(headings).not.toHaveCount(0);
  const skipped = () => headings.evaluateAll((all) => all.filter((h) => !h.checkVisibility({ contentVisibilityAuto: true })).length);
  await expect.poll(skipped).toBe(0);
  await page.keyboard.press('End');
  // The browser animates a keyboard scroll: it has ended when the page is at its foot.
  const atFoot = () => page.evaluate(() => Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight);
  await expect.poll(atFoot).toBe(true);
  const menu = page.locator('main.result > .languages');
  await expect(menu).toBeInViewport();
  const before = await menu.boundingBox();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await menu.boundingBox()).toEqual(before);
  expect(await skipped()).toBe(0);
  expect(errors).toEqual([]);
});

/** Replaces the print dialog with a record of what it was asked to print, short or all. */
const recordPrints = (page) =>
  page.evaluate(() => {
    window.printed = [];
    window.print = () => window.printed.push(document.documentElement.dataset.print ?? 'short');
  });


test('the short print of the longest result fits 4 pages on A4 and on Letter; "Print everything" prints more', async ({ page, widget, errors }) => {
  await page.goto(LONGEST);
  await widget.ready();
  await expect(page.locator('main.result')).toHaveAttribute('data-verdict', 'too-close');
  // What the print dialog is asked to print, when it is asked.
  await recordPrints(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.in-this-result')).toBeHidden();
  await expect(page.locator('#why-title')).toBeHidden();
  await expect(page.locator('.profile-chart')).toBeVisible();
  await expect(page.locator('#next-title')).toBeVisible();
  const short = {};
  for (const format of ['A4', 'Letter']) {
    short[format] = pages(await page.pdf({ format, printBackground: true }));
    expect(short[format], format).toBeGreaterThanOrEqual(1);
    expect(short[format], format).toBeLessThanOrEqual(4);
  }

  // "Print everything": the whole result, as before.
  await page.emulateMedia({ media: 'screen' });
  await widget.press(page.getByRole('button', { name: 'Print', exact: true }));
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual(['short']);
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'all'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#why-title')).toBeVisible();
  await expect(page.locator('.why-path').nth(1).locator('.why-columns')).toBeVisible();
  for (const format of ['A4', 'Letter']) {
    const all = pages(await page.pdf({ format, printBackground: true }));
    expect(all, format).toBeGreaterThan(short[format]);
  }
  expect(errors).toEqual([]);
});

test('"Print everything" asks the print dialog for the whole result, then the page is as before', async ({ page, widget, errors }) => {
  await finish(widget);
  await recordPrints(page);
  await widget.press(page.getByRole('button', { name: 'Print everything' }));
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual(['all']);
  expect(await page.evaluate(() => document.documentElement.dataset.print ?? null)).toBeNull();
  await widget.press(page.getByRole('button', { name: 'Print', exact: true }));
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual(['all', 'short']);
  expect(errors).toEqual([]);
});

test('by keyboard: Copy link, the disclosure with the name and the link, and the jump links', async ({ page, widget, errors }) => {
  await finish(widget);
  await expect(widget.heading()).toBeFocused();
  // Tab from the heading reaches Copy link first, then the disclosure.
  const copy = page.getByRole('button', { name: 'Copy link' });
  for (let i = 0; i < 10 && !(await copy.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save as image' })).toBeFocused();
  await page.keyboard.press('Tab');
  const more = page.locator('details.share-more > summary');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.share-more')).toHaveAttribute('open');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Name on the result (optional)')).toBeFocused();
  await page.keyboard.type('Sam');
  await expect(widget.shareLink()).toHaveValue(/#r=/);
  const named = await widget.shareLink().inputValue();
  await page.keyboard.press('Tab');
  await expect(widget.shareLink()).toBeFocused();
  // On to the contents (which come with the depth): each jump link is a plain link, reached
  // by Tab.
  const firstJump = page.getByRole('navigation', { name: 'In this result' }).getByRole('link').first();
  await expect(firstJump).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(firstJump).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'How each path fits', level: 2 })).toBeFocused();
  expect(await widget.shareLink().inputValue()).toBe(named);
  expect(errors).toEqual([]);
});
