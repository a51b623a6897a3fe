// "Talk it over": the result ends with questions to bring to one conversation with someone
// the reader trusts, chosen for this result (crossroads_core::talk), which can be copied with
// the result's link and printed alone on one page.
import { audit } from './fixtures/axe.mjs';
import { test, expect, pdfPages } from './fixtures/crossroads.mjs';
import { wordsOf } from './languages.mjs';
import { TORN, toResult } from './fixtures/results.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

// What `explain score` chooses for those answers with that context, in order.
const GUIDE = [
  'My result is too close to call between two paths. What would a normal week look like in each of them here?',
  'One of my answers could tip my result to another path; my result says which. How would that play out in the roles here?',
  'If management does not suit me, how do people here go back to engineering, and how long does that take?',
  'What would the first months in that management opening ask of me, and what support would I have?',
  'What do you see in my work that I might not see myself?',
  'What small experiment could I try in the next three months to find out?',
  'If I try it, will you back me, and who else should I talk to?',
];

const section = (page) => page.locator('section.talk');


test('the result ends with questions drawn from it, reached from the contents, and copied with the link', async ({ page, widget, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await toResult(page, widget);
  // In the contents, after the next steps (and the way back), the last section of this
  // result; a jump lands on its heading.
  // The contents come with the depth, a task after the summary.
  await expect(page.locator('nav.in-this-result a').first()).toBeVisible();
  const contents = await page.locator('nav.in-this-result a').allTextContents();
  expect(contents.indexOf('Talk it over')).toBeGreaterThan(contents.indexOf('Next steps'));
  expect(contents.at(-1)).toBe('Talk it over');
  await page.locator('nav.in-this-result a', { hasText: 'Talk it over' }).click();
  await expect(page.getByRole('heading', { name: 'Talk it over' })).toBeFocused();
  await expect(section(page).locator('.talk-questions li')).toHaveText(GUIDE);

  await widget.press(page.getByRole('button', { name: 'Copy these questions' }));
  await expect(section(page).getByRole('status')).toHaveText('Questions copied, with the link to your result.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const link = await widget.shareLink().inputValue();
  expect(copied).toBe(
    [
      'Questions for a conversation about my Crossroads result',
      '',
      ...GUIDE.map((q, i) => `${i + 1}. ${q}`),
      '',
      `My result: ${link}`,
    ].join('\n'),
  );
});

test('a refused copy says how to copy them by hand', async ({ page, widget }) => {
  await page.addInitScript(() => {
    if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    document.execCommand = () => false;
  });
  await toResult(page, widget);
  await widget.press(page.getByRole('button', { name: 'Copy these questions' }));
  await expect(section(page).getByRole('status')).toHaveText('This browser would not copy them. Select the questions above and copy them by hand.');
});

test('"Print this guide" prints the guide alone, with the result\'s link, on one page of A4 and of Letter', async ({ page, widget }) => {
  await toResult(page, widget);
  await expect(page.locator('main.result')).toHaveAttribute('data-side', 'management');
  await page.evaluate(() => {
    window.printed = [];
    window.print = () => window.printed.push(document.documentElement.dataset.print ?? 'short');
  });
  await widget.press(page.getByRole('button', { name: 'Print this guide' }));
  await expect.poll(() => page.evaluate(() => window.printed)).toEqual(['talk']);
  expect(await page.evaluate(() => document.documentElement.dataset.print ?? null)).toBeNull();

  // What that print shows: the guide and the link, nothing else of the result.
  const link = await widget.shareLink().inputValue();
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'talk'));
  await page.emulateMedia({ media: 'print' });
  await expect(section(page).locator('.talk-questions li')).toHaveCount(GUIDE.length);
  await expect(section(page).locator('.talk-link')).toHaveText(`The result these questions come from: ${link}`);
  await expect(page.locator('h1.verdict')).toBeHidden();
  await expect(page.locator('#next-title')).toBeHidden();
  await expect(section(page).locator('.talk-actions')).toBeHidden();
  for (const format of ['A4', 'Letter']) {
    expect(pdfPages(await page.pdf({ format, printBackground: true })), format).toBe(1);
  }
  // The short print leaves the guide out; "Print everything" keeps it.
  await page.evaluate(() => document.documentElement.removeAttribute('data-print'));
  await expect(section(page)).toBeHidden();
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'all'));
  await expect(section(page)).toBeVisible();
});

test('by keyboard, axe-clean in light and dark, and within 320 px', async ({ page, widget }) => {
  await toResult(page, widget);
  // From its heading, Tab reaches Copy, then Print.
  await page.locator('#talk-title').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Copy these questions' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Print this guide' })).toBeFocused();
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    expect((await audit(page, 'section.talk')).violations.map((v) => `${colorScheme}: ${v}`)).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  for (const right of await section(page).locator('li, button, p').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
    expect(right).toBeLessThanOrEqual(320);
  }
});

test('in German, the guide speaks German', async ({ page, widget }) => {
  const { say } = wordsOf('de');
  await toResult(page, widget, { code: 'de' });
  await expect(page.getByRole('heading', { name: say('Talk it over') })).toBeVisible();
  await expect(section(page).locator('.talk-questions li')).toHaveText(GUIDE.map(say));
  await expect(page.getByRole('button', { name: say('Copy these questions') })).toBeVisible();
});

for (const code of ['en', 'de']) {
  test(`the longest guide, eight questions, prints on one page of A4 and of Letter (${code})`, async ({ page, widget }) => {
    // staff+ track: no; an opening: likely soon; encouraged: not sure.
    await toResult(page, widget, { code, answers: TORN, context: { 'staff-track': 2, opening: 1, encouraged: 2 } });
    await expect(page.locator('main.result')).toHaveAttribute('data-side-verdict', 'too-close');
    await expect(section(page).locator('.talk-questions li')).toHaveCount(8);
    await page.evaluate(() => document.documentElement.setAttribute('data-print', 'talk'));
    await page.emulateMedia({ media: 'print' });
    for (const format of ['A4', 'Letter']) {
      expect(pdfPages(await page.pdf({ format, printBackground: true })), format).toBe(1);
    }
  });
}

test("someone else's shared result has no guide in their voice; one's own kept result has it", async ({ page, widget, browser }) => {
  await toResult(page, widget);
  const link = await widget.shareLink().inputValue();
  // Opened elsewhere, by someone else: no "Talk it over".
  const other = await browser.newContext();
  const viewer = await other.newPage();
  await viewer.goto(link);
  await viewer.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await expect(viewer.getByRole('note', { name: 'Shared result' })).toBeVisible();
  await expect(viewer.locator('nav.in-this-result a').first()).toBeVisible();
  await expect(viewer.locator('nav.in-this-result')).not.toContainText('Talk it over');
  await expect(viewer.locator('#talk-title')).toHaveCount(0);
  await other.close();
  // The reader's own, kept in this browser and opened from their list, keeps it.
  await page.goto('./#earlier');
  await widget.ready();
  await widget.press(page.locator('.earlier-item button').first());
  await expect(page.getByRole('note', { name: 'Earlier result' })).toBeVisible();
  await expect(section(page).locator('.talk-questions li')).toHaveText(GUIDE);
});
