// The result answers the question people come with first, "stay technical or manage?" (the
// side), then names the path within it (docs/method.md, "Verdict and coverage"): a manager's
// whole journey and an engineer's, in English and German, by keyboard, with the headline on
// the screen, in the print and on the card image.
import { test, expect } from './fixtures/crossroads.mjs';
import { fill, wordsOf } from './languages.mjs';
import { PEOPLE_PERSON } from './fixtures/results.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

const FOLDERS = { en: './', de: 'de/' };

// Answers to every statement, in catalogue order, from -2 (strongly disagree) to 2.
// The "manager long away from code" of core/tests/personas.rs (as in seat.spec.mjs): the
// technical side clearly, staff+ clearly within it.
const LONG_AWAY = [1, -1, 1, 1, -2, -1, 1, 0, -1, 2, -2, 2, -1, 2, -2, 2, -2, -2, 1, 1, -2, 1, 0, 2, -1, 1, 2, -1, 1, 2, 1, -1, -1];
const PEOPLE = {
  manager: {
    seat: 'A manager, more than two years since coding full time',
    answers: LONG_AWAY,
    // staff+ track: yes; an engineering role to step back into: likely soon; encouraged: no.
    context: { 'staff-track': 0, opening: 1, encouraged: 1 },
    side: 'technical',
    top: 'staff',
    shown: ['staff'],
    headline: { en: 'Going back to engineering fits you: Staff+ engineer most of all', de: 'Die Rückkehr in die Technik passt zu dir, am besten als Staff+ Engineer' },
  },
  engineer: {
    seat: 'An engineer who has never managed',
    answers: PEOPLE_PERSON,
    // staff+ track: yes; a management opening: yes, now; encouraged: yes.
    context: { 'staff-track': 0, opening: 0, encouraged: 0 },
    side: 'management',
    top: 'em',
    shown: ['em', 'tlm'],
    headline: {
      en: 'Management fits you; Engineering manager and Tech lead manager are close',
      de: 'Management passt zu dir; zwischen Engineering Manager und Tech Lead Manager ist es knapp',
    },
  },
};

// The statements reworded so that every reader can answer without guessing
// (docs/method.md, "Reworded since"), as each reader sees them, in English.
const REWORDED = {
  manager: {
    'energy.built-it': 'Ending the day with something you built with your own hands matters to you.',
    'time.meeting-week': 'You welcome your weeks of one-to-ones and meetings.',
    'people.hiring': "Writing your team's performance reviews is work you want to do well.",
    'current.code-weekly': 'Without some coding most weeks, you are, or would be, restless or unhappy.',
    'reversibility.one-way':
      'You worry that your time in management would make it hard to go back to coding full time, should you want to.',
    'motives.pay': 'Higher pay is a big part of what keeps you in management.',
  },
  engineer: {
    'time.meeting-week': 'You would welcome weeks of one-to-ones and meetings, with little code in them.',
    'influence.no-reports': 'Given the choice, you would take a role with no direct reports over one with them.',
    'scope.lead-small': 'Being both the manager and the technical lead of one small team appeals to you.',
    'people.hiring': "Writing your team's performance reviews sounds like work you would want to do well.",
  },
};

/** Records the text drawn on any canvas: the card image is drawn, never shown on the page. */
const recordDrawnText = (page) =>
  page.addInitScript(() => {
    window.drawn = [];
    const drawing = window.CanvasRenderingContext2D.prototype;
    const fillText = drawing.fillText;
    drawing.fillText = function (text, ...at) {
      window.drawn.push(String(text));
      return fillText.call(this, text, ...at);
    };
  });

for (const [who, person] of Object.entries(PEOPLE)) {
  for (const code of ['en', 'de']) {
    test(`${who}'s whole journey, ${code}: the side first on the screen, in the print and on the card`, async ({ page, widget }) => {
      test.setTimeout(90_000);
      const { say, page: word } = wordsOf(code);
      await recordDrawnText(page);
      await widget.open(FOLDERS[code]);
      await page.getByRole('button', { name: word('intro.start'), exact: true }).click();
      await expect(widget.heading()).toHaveText(say('Where are you now?'));
      // A tech lead with no reports is told where they belong.
      await expect(page.locator('main.seat')).toContainText(say('Your answer words the statements for where you are today. They mean the same either way. A tech lead with no one reporting to them is an engineer here.'));
      await page.getByRole('radio', { name: say(person.seat), exact: true }).check();
      await page.getByRole('button', { name: say('Next'), exact: true }).click();
      const total = person.answers.length;
      const reworded = new Set(Object.keys(REWORDED[who]));
      for (let i = 0; i < total; i++) {
        await expect(widget.count()).toHaveText(fill(say('{} of {}'), i + 1, total));
        const id = await page.locator('main.question').getAttribute('data-statement');
        if (reworded.delete(id)) await expect(widget.heading()).toHaveText(say(REWORDED[who][id]));
        await page.keyboard.press(String(person.answers[i] + 3));
      }
      expect([...reworded]).toEqual([]);
      await expect(widget.heading()).toHaveText(say('Your situation'));
      if (who === 'manager') {
        // Encouragement asked so that a manager encouraged to go back has an answer too.
        const encouraged = page.locator('fieldset[data-question="encouraged"]');
        await expect(encouraged.locator('legend')).toHaveText(say('Does someone you trust encourage you to keep managing, rather than go back to engineering?'));
        await expect(encouraged).toContainText(say('A manager, mentor, peer or someone on your team who has seen you lead. If they encourage you to go back, the answer is No.'));
      }
      for (const [question, option] of Object.entries(person.context)) {
        await page.locator(`fieldset[data-question="${question}"]`).getByRole('radio').nth(option).check();
      }
      await page.getByRole('button', { name: say('See my result'), exact: true }).click();

      const result = page.locator('main.result');
      await expect(result).toHaveAttribute('data-side', person.side);
      await expect(result).toHaveAttribute('data-side-verdict', 'clear');
      await expect(result).toHaveAttribute('data-top', person.top);
      await expect(widget.heading()).toHaveText(person.headline[code]);
      // The line under it: the side's lead first, then the path's within it.
      await expect(result.locator('.verdict-explanation')).toContainText(say('Your answers choose this side by {} points, a gap a change of heart on one or two answers would not close.').split('{}')[0]);
      await expect(result.locator('.top-summary li')).toHaveCount(person.shown.length);
      for (const [i, path] of person.shown.entries()) {
        await expect(result.locator('.top-summary li').nth(i)).toHaveAttribute('data-path', path);
      }

      // The print leads with the same headline.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('h1.verdict')).toBeVisible();
      await expect(page.locator('h1.verdict')).toHaveText(person.headline[code]);
      await page.emulateMedia({ media: 'screen' });

      // The card image says it whole, on one or more lines.
      const downloading = page.waitForEvent('download');
      await widget.press(page.getByRole('button', { name: say('Save as image'), exact: true }));
      await downloading;
      const drawn = await page.evaluate(() => window.drawn.join(' '));
      expect(drawn).toContain(person.headline[code]);
    });
  }
}
