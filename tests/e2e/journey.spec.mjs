// The guided experience on the release build: complete by mouse and by keyboard, resume
// after a reload, the browser's back and forward buttons, damaged and blocked storage,
// print, and screenshots kept as test output. Every journey ends with zero page errors
// and zero console errors.
import { test, expect, PATTERN, blockStorage, pdfPages } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

test('complete by mouse: questions, context, result', async ({ page, widget }) => {
  await widget.open();
  await widget.start();
  const total = await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
  expect(total).toBeGreaterThanOrEqual(24);

  await expect(widget.heading()).toHaveText('Your situation');
  await widget.chooseContext(page.getByRole('radio', { name: /^Yes/ }).first());
  await page.getByRole('button', { name: 'See my result' }).click();

  const result = page.locator('main.result');
  await expect(result).toBeVisible();
  await expect(widget.heading()).toBeFocused();
  await expect(page.getByRole('list', { name: 'Paths ranked by fit' }).getByRole('listitem')).toHaveCount(4);
  await expect(page.locator('.coverage')).toContainText(/Based on \d+ of \d+ statements/);
  await expect(page.getByRole('heading', { name: 'Why' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What would change it' })).toBeVisible();
  await expect(page.locator('.advice').first()).toBeVisible();
  await expect(page.locator('.chart-row')).toHaveCount(11);
  // The chart can be set against another path's typical profile.
  await page.locator('.chart-picker label', { hasText: 'Engineering manager' }).click();
  await expect(page.locator('.profile-chart figcaption')).toContainText('Engineering manager');
});

test('complete by keyboard only', async ({ page, widget }) => {
  await widget.open();
  // Tab to Start and press Enter.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
  await page.keyboard.press('Enter');
  // "Where are you now?" (the press on Start may wait for the app to load), with focus.
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  // Into its options with Tab, choose the first with Space, then Tab on to Next.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(widget.choice('An engineer who has never managed')).toBeChecked();
  const onward = page.getByRole('button', { name: 'Next', exact: true });
  await expect(onward).toBeVisible();
  for (let i = 0; i < 10 && !(await onward.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(onward).toBeFocused();
  await page.keyboard.press('Enter');
  // The first statement, with focus.
  await expect(widget.count()).toHaveText(/^1 of \d+$/);
  await expect(widget.heading()).toBeFocused();
  const { total } = await widget.progress();
  for (let i = 0; i < total; i++) {
    await expect(page.locator('.progress-count')).toHaveText(`${i + 1} of ${total}`);
    await page.keyboard.press(String((i % 5) + 1));
  }
  await expect(widget.heading()).toHaveText('Your situation');
  await expect(widget.heading()).toBeFocused();
  // Into the first context question with Tab, choose with the arrow keys, then on.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.context-question').first().locator('label.checked')).toHaveCount(1);
  const next = page.getByRole('button', { name: 'See my result', exact: true });
  await expect(next).toBeVisible();
  for (let i = 0; i < 40 && !(await next.evaluate((b) => b === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main.result')).toBeVisible();
  await expect(widget.heading()).toBeFocused();
});

test('arrow keys move within the scale without moving on; Enter goes next', async ({ page, widget }) => {
  await widget.open('./#q/1');
  await page.getByRole('radio', { name: 'Agree', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.choice('Strongly agree')).toBeChecked();
  await expect(page.locator('.progress-count')).toHaveText(/^1 of/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.progress-count')).toHaveText(/^2 of/);
  await page.keyboard.press('n');
  await expect(page.locator('.progress-count')).toHaveText(/^3 of/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(widget.choice('Not sure')).toBeChecked();
});

test('each statement shows its own answer, or none, going back and forth', async ({ page, widget }) => {
  await widget.open('./#q/1');
  await widget.answer('Agree');
  await widget.answer('Strongly disagree');
  // Statement 3 is unanswered: the choice just made on statement 2 is not carried over.
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  const only = async (label) => {
    await expect(widget.choice(label)).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    await expect(page.locator('label.choice.checked')).toHaveText(new RegExp(label));
  };
  const step = async (button, at) => {
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect(widget.count()).toHaveText(new RegExp(`^${at} of`));
  };
  await step('Back', 2);
  await only('Strongly disagree');
  await step('Back', 1);
  await only('Agree');
  await step('Next', 2);
  await only('Strongly disagree');
  await step('Next', 3);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(page.locator('label.choice.checked')).toHaveCount(0);
  // The browser's Back and Forward too.
  await page.goBack();
  await expect(widget.count()).toHaveText(/^2 of/);
  await only('Strongly disagree');
  await page.goForward();
  await expect(widget.count()).toHaveText(/^3 of/);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('"matters a lot" and "why this matters"', async ({ page, widget }) => {
  await widget.open('./#q/1');
  await page.getByLabel('This matters a lot to me').check();
  await page.getByText('Why this matters').click();
  await expect(page.locator('.why p')).toBeVisible();
  // Choosing an answer moves on; coming back shows both kept.
  await widget.pick('Agree').click();
  await expect(page.locator('.progress-count')).toHaveText(/^2 of/);
  await expect(page.getByLabel('This matters a lot to me')).not.toBeChecked();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(widget.choice('Agree')).toBeChecked();
  await expect(page.getByLabel('This matters a lot to me')).toBeChecked();
});

test('a reload in the middle resumes exactly', async ({ page, widget }) => {
  await widget.open();
  await widget.start();
  for (const label of ['Agree', 'Strongly disagree', 'Not sure']) {
    await widget.answer(label);
  }
  await expect(page.locator('.progress-count')).toHaveText(/^4 of/);
  await page.reload();
  await widget.ready();
  await expect(page.locator('.progress-count')).toHaveText(/^4 of/);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(widget.choice('Not sure')).toBeChecked();

  // Opening the widget afresh offers to resume where it left off.
  await page.goto('./');
  await widget.ready();
  await expect(page.getByText('You answered 3 of')).toBeVisible();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(page.locator('.progress-count')).toHaveText(/^3 of/);
  await expect(widget.choice('Not sure')).toBeChecked();
});

test('"Where are you now?" is kept: a reload comes back to it, Resume too, and Start afresh asks it anew', async ({ page, widget }) => {
  const seat = widget.choice('A manager who coded full time within the last two years');
  await widget.open();
  await widget.startSeat();
  await seat.check();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
  // Saved as the screen "w", with the choice.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('crossroads:progress:c2'))).toMatch(/^w\|/);
  await page.reload();
  await widget.ready();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(seat).toBeChecked();

  await page.goto('./');
  await widget.ready();
  await page.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  await expect(seat).toBeChecked();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await widget.answer('Agree');

  // Start afresh forgets the run: the same question first, with nothing chosen.
  await page.goto('./');
  await widget.ready();
  await page.getByRole('button', { name: 'Start afresh', exact: true }).click();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  await expect(page.locator('main.seat input[type="radio"]:checked')).toHaveCount(0);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(widget.count()).toHaveText(/^1 of \d+$/);
  await expect(widget.choice('Agree')).not.toBeChecked();
});

test("the browser's back and forward buttons move between questions", async ({ page, widget }) => {
  await widget.open();
  await widget.start();
  await widget.answer('Agree');
  await widget.answer('Disagree');
  await expect(page.locator('.progress-count')).toHaveText(/^3 of/);
  // The history entry of a new screen is written a task after it shows: go back once the
  // address bar names it.
  await expect(page).toHaveURL(/#q\/3$/);
  await page.goBack();
  await expect(page.locator('.progress-count')).toHaveText(/^2 of/);
  await expect(widget.choice('Disagree')).toBeChecked();
  await page.goBack();
  await expect(page.locator('.progress-count')).toHaveText(/^1 of/);
  await page.goForward();
  await expect(page.locator('.progress-count')).toHaveText(/^2 of/);
  await page.goBack();
  await expect(page.locator('.progress-count')).toHaveText(/^1 of/);
  // Before the first statement, "Where are you now?"; before it, the intro.
  await page.goBack();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await page.goBack();
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
});

test('damaged saved progress still starts, and says so once', async ({ page, widget }) => {
  // The intro first (the app, fetched only on an interest, has not read storage yet).
  await widget.open();
  await page.evaluate(() => localStorage.setItem('crossroads:progress:c1', 'q3|%%%garbage'));
  await page.reload();
  await widget.ready();
  await widget.interest();
  await expect(widget.notice()).toContainText('could not be read');
  await page.getByRole('button', { name: 'Got it' }).click();
  await expect(widget.notice()).toHaveCount(0);
  await widget.start();
  await widget.answer('Agree');
  await expect(page.locator('.progress-count')).toHaveText(/^2 of/);
});

test('blocked storage: the whole journey still completes', async ({ page, widget }) => {
  await blockStorage(page);
  await widget.open();
  await widget.interest();
  await expect(widget.notice()).toContainText('not letting Crossroads save');
  await widget.start();
  await widget.answerAllByMouse((i) => PATTERN[(i + 3) % PATTERN.length]);
  await widget.seeResult();
});

test('full storage: answers are kept while the page is open', async ({ page, widget }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
  });
  await widget.open();
  await widget.start();
  await widget.answer('Strongly agree'); // and waits for statement 2
  await expect(widget.notice()).toContainText('could not be saved');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(widget.choice('Strongly agree')).toBeChecked();
});

async function finish(page, widget) {
  await widget.open();
  await widget.start();
  await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
  await widget.seeResult();
}

test('change answers keeps them; start over asks first, then clears', async ({ page, widget }) => {
  await finish(page, widget);
  const top = await page.locator('main.result').getAttribute('data-top');
  // The result's own buttons by keyboard: see widget.press.
  await widget.press(page.getByRole('button', { name: 'Change answers' }));
  await expect(page.locator('.progress-count')).toHaveText(/^1 of/);
  await expect(widget.choice(PATTERN[0])).toBeChecked();
  await page.goto('./#result');
  await widget.ready();
  await expect(page.locator('main.result')).toHaveAttribute('data-top', top);

  // "Start over" (exact: "Yes, start over" contains the words too) asks first.
  const startOver = page.getByRole('button', { name: 'Start over', exact: true });
  const yes = page.getByRole('button', { name: 'Yes, start over' });
  await widget.press(startOver);
  await expect(yes).toBeVisible();
  await widget.press(page.getByRole('button', { name: 'Keep my answers' }));
  await expect(yes).toHaveCount(0);
  await expect(page.locator('main.result')).toBeVisible();
  await widget.press(startOver);
  await widget.press(yes);
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  // The answers go; the result they reached stays among the earlier results.
  // (and the summary the intro reads, which says there is nothing to resume).
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).sort())).toEqual(['crossroads:earlier', 'crossroads:intro']);
  expect(JSON.parse(await page.evaluate(() => localStorage.getItem('crossroads:intro')))).toMatchObject({ resume: false, earlier: 1 });
});

test('print renders the result cleanly on A4 and Letter', async ({ page, widget }) => {
  await finish(page, widget);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.result-actions')).toBeHidden();
  await expect(page.locator('.ranking.compact')).toBeVisible();
  // Printing everything: collapsed explanations print open.
  await page.evaluate(() => document.documentElement.setAttribute('data-print', 'all'));
  await expect(page.locator('.why-path').nth(1).locator('.why-columns')).toBeVisible();
  for (const format of ['A4', 'Letter']) {
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = pdfPages(pdf);
    expect(pages, format).toBeGreaterThanOrEqual(2);
    expect(pages, format).toBeLessThanOrEqual(12);
    expect(pdf.length, format).toBeGreaterThan(10_000);
  }
});

for (const scheme of ['light', 'dark']) {
  for (const width of [360, 1280]) {
    test(`screenshots at ${width}px, ${scheme}`, async ({ page, widget }, info) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await widget.open();
      const shot = (name) =>
        page.screenshot({ path: info.outputPath(`${name}-${width}-${scheme}.png`), fullPage: true });
      await shot('intro');
      await widget.startSeat();
      await shot('seat');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
      await expect(widget.count()).toHaveText(/^1 of \d+$/);
      await shot('question');
      // No horizontal scrolling at any width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await widget.answerAllByMouse((i) => PATTERN[(i + 1) % PATTERN.length]); // to the context questions
      await shot('context');
      await widget.seeResult();
      await shot('result');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}
