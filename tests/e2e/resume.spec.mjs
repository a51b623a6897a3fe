// A reload at any moment after an answer comes back on the screen that answer led to, with
// every answer kept. Progress (answers and position) is saved in the same task as the click;
// the history entry that updates the address bar follows a task later, so a reload that
// falls in between finds the address one screen behind and must trust the saved position.
// Each answer is followed at once by a reload, with nothing awaited in between.
import { test, expect, PATTERN } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

const choiceFor = (i) => PATTERN[i % PATTERN.length];

/** Answers questions `from`..`to` (0-based, `to` excluded), reloading right after each. */
async function answerAndReload(page, widget, from, to) {
  const { total } = await widget.progress();
  for (let i = from; i < to; i++) {
    await expect(page.locator('.progress-count')).toHaveText(`${i + 1} of ${total}`);
    await widget.pick(choiceFor(i)).click();
    await page.reload();
    await widget.ready();
    if (i + 1 < total) {
      await expect(page.locator('.progress-count')).toHaveText(`${i + 2} of ${total}`);
    } else {
      await expect(widget.heading()).toHaveText('Your situation');
    }
    // The address bar follows the screen that shows.
    await expect(page).toHaveURL(i + 1 < total ? new RegExp(`#q/${i + 2}$`) : /#context$/);
  }
  return total;
}

/** Walks the questionnaire from the first statement and checks every answer is still there. */
async function expectAnswers(page, widget, upTo) {
  await page.goto('./#q/1');
  await widget.ready();
  const { total } = await widget.progress();
  for (let i = 0; i < upTo; i++) {
    await expect(page.locator('.progress-count')).toHaveText(`${i + 1} of ${total}`);
    await expect(widget.choice(choiceFor(i))).toBeChecked();
    await page.getByRole('button', { name: i + 1 < total ? 'Next' : 'Continue' }).click();
  }
}

test('answer and reload at once, through the whole questionnaire: back on the next screen every time', async ({ page, widget }) => {
  test.setTimeout(180_000);
  await widget.open();
  await widget.start();
  const { total } = await widget.progress();
  expect(total).toBeGreaterThanOrEqual(25);
  await answerAndReload(page, widget, 0, total);
  await expectAnswers(page, widget, total);
  await expect(widget.heading()).toHaveText('Your situation');
});

test('answer and reload at once on a CPU slowed down 6 times', async ({ page, widget }) => {
  test.setTimeout(180_000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  await widget.open();
  await widget.start();
  // The first ten statements, then the last two (which lead on to the context screen).
  await answerAndReload(page, widget, 0, 10);
  const { total } = await widget.progress();
  await page.goto(`./#q/${total - 1}`);
  await widget.ready();
  await answerAndReload(page, widget, total - 2, total);
  await expectAnswers(page, widget, 10);
});

test('a fresh visit to an address that names a question still goes there', async ({ page, widget }) => {
  await widget.open();
  await widget.start();
  for (let i = 0; i < 4; i++) {
    await expect(page.locator('.progress-count')).toHaveText(new RegExp(`^${i + 1} of`));
    await widget.pick(choiceFor(i)).click();
  }
  await expect(page.locator('.progress-count')).toHaveText(/^5 of/);
  // A bookmark of question 2, opened in a new tab: the address decides, the answers stay.
  const tab = await page.context().newPage();
  await tab.goto('./#q/2');
  await tab.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  await expect(tab.locator('.progress-count')).toHaveText(/^2 of/);
  await expect(tab.getByRole('radio', { name: choiceFor(1), exact: true })).toBeChecked();
  await tab.close();
});
