// Both readers: "Where are you now?" comes first and words the statements and the result for
// an engineer weighing a move or a manager weighing a way back (docs/method.md, "Wording").
import { test, expect } from './fixtures/crossroads.mjs';

const MANAGER_LONG = 'A manager, more than two years since coding full time';
const ENGINEER = 'An engineer who has never managed';
const LABELS = { '-2': 'Strongly disagree', '-1': 'Disagree', 0: 'Neither agree nor disagree', 1: 'Agree', 2: 'Strongly agree' };

// A manager of managers, seven years from production code, who enjoys the architecture
// debates more than the reorganisations (the "manager long away from code" persona of
// core/tests/personas.rs), answering every statement in catalogue order.
const LONG_AWAY = [1, -1, 1, 1, -2, -1, 1, 0, -1, 2, -2, 2, -1, 2, -2, 2, -2, -2, 1, 1, -2, 1, 0, 2, -1, 1, 2, -1, 1, 2, 1, -1, -1];

/** The statement on screen, by its id. */
const statement = (page, id) => page.locator(`main.question[data-statement="${id}"] h1`);

test('the seat screen comes first, names its choices, and Skip becomes Next', async ({ page, widget, errors }) => {
  await widget.open();
  await widget.startSeat();
  await expect(page).toHaveURL(/#where$/);
  const group = page.getByRole('radiogroup', { name: 'Where are you now?' });
  await expect(group.getByRole('radio')).toHaveCount(4);
  await expect(page.getByRole('button', { name: 'Skip', exact: true })).toBeVisible();
  await page.getByRole('radio', { name: ENGINEER }).check();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
  // Back leads to the intro, with the choice kept for the run.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('button', { name: /^(Start|Resume where you left off)$/ }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("a manager's journey: the statements in a manager's words, the way back first", async ({ page, widget, context, errors }) => {
  test.setTimeout(90_000);
  await widget.open();
  await widget.start(MANAGER_LONG);
  await expect(statement(page, 'energy.deep-problem')).toHaveText(
    'A hard bug that took all afternoon would leave you energised, not drained.',
  );
  const { total } = await widget.progress();
  expect(total).toBe(LONG_AWAY.length);
  const seen = [];
  for (let i = 0; i < total; i++) {
    const id = await page.locator('main.question').getAttribute('data-statement');
    seen.push(id);
    if (id === 'time.meeting-week') {
      await expect(statement(page, id)).toHaveText('You welcome your weeks of one-to-ones and meetings.');
    }
    if (id === 'motives.pay') {
      await expect(statement(page, id)).toHaveText('Higher pay is a big part of what keeps you in management.');
    }
    await widget.answer(LABELS[LONG_AWAY[i]]);
  }
  expect(seen).toEqual(expect.arrayContaining(['time.meeting-week', 'motives.pay']));
  // The situation, asked from a manager's seat; where they stand is already answered.
  await expect(page.getByRole('radio', { name: MANAGER_LONG })).toBeChecked();
  const opening = page.locator('fieldset[data-question="opening"]');
  await expect(opening.locator('legend')).toHaveText('Is there an engineering role you could step back into?');
  await page.locator('fieldset[data-question="staff-track"]').getByRole('radio', { name: 'Yes, and people are promoted on it' }).check();
  await opening.getByRole('radio', { name: 'Likely soon' }).check();
  await page.locator('fieldset[data-question="encouraged"]').getByRole('radio', { name: 'No', exact: true }).check();
  await widget.seeResult();

  await expect(widget.heading()).toHaveText('Going back to engineering fits you: Staff+ engineer most of all');
  const result = page.locator('main.result');
  await expect(result).toHaveAttribute('data-top', 'staff');
  // The way back comes before the next steps, in the page and in its contents.
  await expect(page.locator('#way-back-title')).toBeVisible();
  const order = await page.evaluate(() => {
    const back = document.getElementById('way-back-title');
    const next = document.getElementById('next-title');
    return back.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING ? 'back first' : 'next first';
  });
  expect(order).toBe('back first');
  // The contents come with the depth, a task after the summary.
  await expect(page.locator('nav[aria-labelledby="contents-title"] a').first()).toBeVisible();
  const contents = await page.locator('nav[aria-labelledby="contents-title"] a').allTextContents();
  expect(contents.indexOf('The way back')).toBeLessThan(contents.indexOf('Next steps'));
  for (const id of ['back.long-gap', 'back.pendulum', 'back.agree-terms', 'exp.back-to-code', 'exp.trial-return', 'warn.pay']) {
    await expect(result.locator(`[data-advice="${id}"]`)).toHaveCount(1);
  }
  for (const id of ['exp.shadow-manager', 'exp.interim-lead', 'back.later']) {
    await expect(result.locator(`[data-advice="${id}"]`)).toHaveCount(0);
  }
  // The reasons quote the statements as the manager read them.
  await expect(result.locator('.why-statement', { hasText: 'You welcome your weeks of one-to-ones and meetings.' }).first()).toBeAttached();

  // The link carries where they stand: opened elsewhere, it speaks to a manager too.
  const link = await widget.shareLink().inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.locator('h1:visible')).toHaveText('Going back to engineering fits you: Staff+ engineer most of all');
  await other.close();
  expect(errors).toEqual([]);
});

test("an engineer's journey keeps the engineer's words", async ({ page, widget, errors }) => {
  await widget.open();
  await widget.start(ENGINEER);
  await expect(statement(page, 'energy.deep-problem')).toHaveText(
    'A hard bug that takes all afternoon leaves you energised, not drained.',
  );
  for (let i = 0; i < 4; i++) await widget.answer('Agree');
  await expect(statement(page, 'time.meeting-week')).toHaveText(
    'You would welcome weeks of one-to-ones and meetings, with little code in them.',
  );
  expect(errors).toEqual([]);
});

test('where the person stands can be changed later, and the words follow', async ({ page, widget, errors }) => {
  await widget.open();
  await widget.start(ENGINEER);
  await widget.answer('Agree');
  await widget.answer('Disagree');
  // Back through the statements to the first screen: the choice is still there.
  for (const at of ['2 of', '1 of']) {
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(widget.count()).toHaveText(new RegExp(`^${at}`));
  }
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  await expect(page.getByRole('radio', { name: ENGINEER })).toBeChecked();
  await page.getByRole('radio', { name: MANAGER_LONG }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(statement(page, 'energy.deep-problem')).toHaveText(
    'A hard bug that took all afternoon would leave you energised, not drained.',
  );
  // The answers given before the change are kept.
  await expect(widget.choice('Agree')).toBeChecked();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(widget.count()).toHaveText(/^3 of/);
  await expect(statement(page, 'energy.built-it')).toHaveText(
    'Ending the day with something you built with your own hands matters to you.',
  );

  // Among the context questions it can be changed again; the statements follow it back.
  // First the address names the statement: its history entry follows the paint, and the app
  // leaves it out if the address changes before then, when Back would go one screen further.
  await expect(page).toHaveURL(/#q\/3$/);
  await page.evaluate(() => {
    location.hash = '#context';
  });
  await expect(widget.heading()).toHaveText('Your situation');
  await expect(page.getByRole('radio', { name: MANAGER_LONG })).toBeChecked();
  await page.getByRole('radio', { name: ENGINEER }).check();
  await expect(page.locator('fieldset[data-question="opening"] legend')).toHaveText(
    'Is there a management opening you could step into?',
  );
  await page.goBack();
  await expect(statement(page, 'energy.built-it')).toHaveText(
    'Your best days end with something you built with your own hands.',
  );
  expect(errors).toEqual([]);
});
