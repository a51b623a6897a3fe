// The receiver of a shared link: someone else's result, opened where it was not made, says
// in its first screen that it was sent, and links to "How to help them decide" (what their
// answers weigh most, what is open, three questions to ask them, what not to do), which
// prints alone on one page. The sender reopening their own link sees it as before.
import { audit } from './fixtures/axe.mjs';
import { test, expect, pdfPages, Widget } from './fixtures/crossroads.mjs';
import { wordsOf } from './languages.mjs';
import { TORN, toResult } from './fixtures/results.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

const NOTE = 'You were sent this result. If they asked for your view: how to help them decide';
const DONTS = [
  "Don't push them toward the path you took: what suited you may not suit them.",
  "Don't decide for them, even if they ask you to: help them see their own reasons.",
  "Don't treat the result as a verdict: it is a starting point for the conversation.",
];

/**
 * The sender's result link, opened by someone else: a fresh browser context, with nothing
 * of the sender's saved, whose browser speaks the journey's language (a result link opens
 * in its receiver's language). Returns that context's page, its widget, and the link.
 */
async function openAsReceiver(page, widget, browser, journey = {}) {
  await toResult(page, widget, journey);
  const link = await widget.shareLink().inputValue();
  const other = await browser.newContext({ locale: journey.code === 'de' ? 'de-DE' : 'en-US' });
  const viewer = await other.newPage();
  const errors = [];
  viewer.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  viewer.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const them = new Widget(viewer);
  await them.open(link);
  await expect(viewer.locator('main.result')).toBeVisible();
  return { viewer, them, link, errors, close: () => other.close() };
}

const section = (page) => page.locator('section.receiver');

test('a result sent to someone else says so, and its guide says how to help them decide', async ({ page, widget, browser }) => {
  const { viewer, them, link, errors, close } = await openAsReceiver(page, widget, browser);
  const note = viewer.locator('.receiver-note');
  await expect(note).toHaveText(NOTE);
  // In the banner, on the first screen, above the contents.
  await expect(viewer.getByRole('note', { name: 'Shared result' })).toContainText('You were sent this result.');
  // The contents come with the depth, a task after the summary.
  await expect(viewer.locator('nav.in-this-result a').first()).toBeVisible();
  const contents = await viewer.locator('nav.in-this-result a').allTextContents();
  expect(contents.at(-1)).toBe('How to help them decide');
  expect(contents.indexOf('How to help them decide')).toBeGreaterThan(contents.indexOf('Next steps'));
  expect(contents).not.toContain('Talk it over');

  // The note's link lands on the section's heading, and the address keeps the result.
  await them.press(note.getByRole('link', { name: 'how to help them decide' }));
  await expect(viewer.getByRole('heading', { name: 'How to help them decide', level: 2 })).toBeFocused();
  expect(await viewer.evaluate(() => location.href)).toBe(link);

  const guide = section(viewer);
  // What the result rests on: three of their statements, each with their answer.
  const weighs = guide.locator('.receiver-weighs li');
  await expect(weighs).toHaveCount(3);
  for (const item of await weighs.all()) {
    await expect(item.locator('q')).not.toBeEmpty();
    await expect(item.locator('.receiver-answer')).toHaveText(/^They answered “[a-z ]+”\.$/);
  }
  // What is open: its two management paths are too close to call.
  await expect(guide.locator('.receiver-open li').first()).toHaveText(
    'Between Engineering manager and Tech lead manager, their result is too close to call: either could fit.',
  );
  // Three questions to ask them, the first about what separates the two paths.
  const questions = guide.locator('.receiver-questions li');
  await expect(questions).toHaveCount(3);
  await expect(questions.first()).toHaveText('Your result is close between two paths. What would a good week look like for you in each?');
  await expect(guide.locator('.receiver-donts li')).toHaveText(DONTS);
  // The link it is for, as received: nothing more than the link holds.
  await expect(guide.locator('.talk-link')).toHaveText(`The result this guide is for: ${link}`);
  // No guide in the sender's voice, and nothing of the viewer's own (they have none).
  await expect(viewer.locator('#talk-title')).toHaveCount(0);
  // The reasons speak of the sender's answers as theirs, never as the reader's.
  const reasons = await viewer.locator('.why-answer').allTextContents();
  expect(reasons.length).toBeGreaterThan(0);
  for (const reason of reasons) expect(reason).toMatch(/^They answered [a-z ]+(, and it matters a lot to them)?$/);
  await close();
  expect(errors).toEqual([]);
});

test('the sender reopening their own link sees it as before: no note, no receiver guide', async ({ page, widget }) => {
  await toResult(page, widget);
  const link = await widget.shareLink().inputValue();
  await page.goto('about:blank');
  await widget.open(link);
  await expect(page.getByRole('note', { name: 'Shared result' })).toBeVisible();
  await expect(page.locator('main.result')).toHaveAttribute('data-verdict', /.+/);
  await expect(page.locator('.receiver-note')).toHaveCount(0);
  await expect(page.locator('nav.in-this-result a').first()).toBeVisible();
  await expect(page.locator('nav.in-this-result')).not.toContainText('How to help them decide');
  await expect(section(page)).toHaveCount(0);
  // Their own reasons, in their own voice.
  await expect(page.locator('.why-answer').first()).toHaveText(/^You answered [a-z ]+/);
});

for (const code of ['en', 'de']) {
  test(`"Print this guide" prints the receiver's guide alone on one page of A4 and of Letter, the longest one too (${code})`, async ({ page, widget, browser }) => {
    const { say } = wordsOf(code);
    // The sides too close to call, flips, statements without an opinion: the most it lists.
    const journey = { code, answers: TORN, context: { 'staff-track': 2, opening: 1, encouraged: 2 } };
    const { viewer, them, errors, close } = await openAsReceiver(page, widget, browser, journey);
    await expect(viewer.locator('main.result')).toHaveAttribute('data-side-verdict', 'too-close');
    await expect(section(viewer).locator('.receiver-open li').first()).toHaveText(
      say('Their answers are split between staying technical and managing: neither side leads clearly.'),
    );
    // What would change the top path is told of their answers, as the guide tells it.
    await expect(viewer.locator('ul.flips li').first()).toHaveText(new RegExp(`^${say('Had they answered ')}`));
    await viewer.evaluate(() => {
      window.printed = [];
      window.print = () => window.printed.push(document.documentElement.dataset.print ?? 'short');
    });
    await them.press(section(viewer).getByRole('button', { name: say('Print this guide') }));
    await expect.poll(() => viewer.evaluate(() => window.printed)).toEqual(['talk']);

    await viewer.evaluate(() => document.documentElement.setAttribute('data-print', 'talk'));
    await viewer.emulateMedia({ media: 'print' });
    await expect(section(viewer).locator('.receiver-questions li')).toHaveCount(3);
    await expect(viewer.locator('h1.verdict')).toBeHidden();
    await expect(viewer.locator('.shared-banner')).toBeHidden();
    await expect(section(viewer).locator('.talk-actions')).toBeHidden();
    await expect(section(viewer).locator('.talk-link')).toBeVisible();
    for (const format of ['A4', 'Letter']) {
      expect(pdfPages(await viewer.pdf({ format, printBackground: true })), format).toBe(1);
    }
    await close();
    expect(errors).toEqual([]);
  });
}

test('in German, the note and the guide speak German', async ({ page, widget, browser }) => {
  const { say } = wordsOf('de');
  const { viewer, them, errors, close } = await openAsReceiver(page, widget, browser, { code: 'de' });
  const note = viewer.locator('.receiver-note');
  await expect(note).toHaveText(say('You were sent this result. If they asked for your view: ') + say('how to help them decide'));
  await them.press(note.getByRole('link'));
  await expect(viewer.getByRole('heading', { name: say('How to help them decide'), level: 2 })).toBeFocused();
  for (const title of ['What their answers weigh most', 'What is still open for them', 'Three questions worth asking them', 'What not to do']) {
    await expect(section(viewer).getByRole('heading', { name: say(title), level: 3 })).toBeVisible();
  }
  await expect(section(viewer).locator('.receiver-donts li')).toHaveText(DONTS.map(say));
  await expect(section(viewer).locator('.receiver-questions li').first()).toHaveText(
    say('Your result is close between two paths. What would a good week look like for you in each?'),
  );
  await close();
  expect(errors).toEqual([]);
});

test('by keyboard, axe-clean in light and dark, and within 320 px', async ({ page, widget, browser }) => {
  const { viewer, errors, close } = await openAsReceiver(page, widget, browser);
  // From the top of the page, Tab reaches the note's link first; Enter follows it; Tab then
  // reaches Print.
  await viewer.evaluate(() => document.activeElement?.blur());
  await viewer.keyboard.press('Tab');
  await expect(viewer.getByRole('link', { name: 'how to help them decide', exact: true })).toBeFocused();
  await viewer.keyboard.press('Enter');
  await expect(viewer.locator('#help-title')).toBeFocused();
  await viewer.keyboard.press('Tab');
  await expect(section(viewer).getByRole('button', { name: 'Print this guide' })).toBeFocused();
  for (const colorScheme of ['light', 'dark']) {
    await viewer.emulateMedia({ colorScheme });
    for (const part of ['.shared-banner', 'section.receiver']) {
      expect((await audit(viewer, part)).violations.map((v) => `${colorScheme} ${part}: ${v}`)).toEqual([]);
    }
  }
  await viewer.setViewportSize({ width: 320, height: 640 });
  expect(await viewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  for (const right of await viewer.locator('.shared-banner *, section.receiver *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right))) {
    expect(right).toBeLessThanOrEqual(320);
  }
  await close();
  expect(errors).toEqual([]);
});
