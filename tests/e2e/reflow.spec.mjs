// Reflow (WCAG 1.4.10) and text spacing (WCAG 1.4.12) on every screen: intro, "Where are you
// now?", a question with "Why this matters" open, the context questions, the result with
// every explanation open, a shared result and a comparison. Nothing scrolls sideways,
// nothing is cut off at the right or left edge, and no text spills out of its box.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, PATTERN } from './fixtures/crossroads.mjs';
import { fill, wordsOf } from './languages.mjs';
import { WORD_IDS } from '../../start/start.js';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

// 320 CSS px is WCAG's reflow width. Browser zoom shrinks the viewport in CSS pixels by the
// zoom factor (and media queries follow), so 200% zoom of a 1280 × 900 window is exactly a
// 640 × 450 CSS px viewport: emulated that way, not with the non-standard `zoom` property,
// which scales boxes without reflowing the layout the way browser zoom does.
const VIEWPORTS = [
  { name: '320 px wide', size: { width: 320, height: 640 } },
  { name: '200% zoom (1280 px window)', size: { width: 640, height: 450 } },
];

// WCAG 1.4.12's text spacing, as a user style sheet or bookmarklet would set it.
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }
  p { margin-bottom: 2em !important }
`;

/**
 * Applies the text spacing as a user's style sheet does: outside the page's
 * Content-Security-Policy (`style-src 'self'`, which refuses a <style> element added to the
 * page), through a constructed style sheet, which the policy does not govern. Checks that it
 * took.
 */
async function addTextSpacing(page) {
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, TEXT_SPACING);
  expect(await page.locator('body').evaluate((el) => getComputedStyle(el).wordSpacing)).not.toBe('0px');
}

/** Everything wrong with the layout of the current screen, as readable lines. */
function layoutProblems(page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const problems = [];
    const name = (el) => {
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${cls}> "${text}"`;
    };
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > width) problems.push(`the page scrolls sideways: scrollWidth ${scrollWidth} > ${width}`);

    // Hidden on purpose: screen-reader-only text, the 1px inputs under the scale's and the
    // options' labels, the copy fallback's field.
    const onPurpose = '.visually-hidden, .offscreen-copy, input[type=radio], .choice input, .option input';
    const cut = []; // report the outermost box only, not each of its descendants too
    for (const el of document.querySelectorAll('#crossroads *')) {
      if (el.closest(onPurpose) || cut.some((c) => c.contains(el))) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (e.g. closed <details>)
      // Measured against the page, so content scrolled into view is still judged.
      if (box.right > width + 1) problems.push(`${name(el)} is cut off at the right: ${Math.round(box.right)} > ${width}`);
      if (box.left < -1) problems.push(`${name(el)} is cut off at the left: ${Math.round(box.left)} < 0`);
      if (box.right > width + 1 || box.left < -1) cut.push(el);
    }

    // Text that spills out of its own box (a fixed height or width too small for it).
    const boxes = '.choice, .option, .button, button, summary, label, legend, h1, h2, h3, p, li, dt, dd, figcaption, th, td';
    for (const el of document.querySelectorAll(`#crossroads :is(${boxes})`)) {
      if (el.closest(onPurpose)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'inline' || style.visibility === 'hidden') continue;
      if (el.clientWidth === 0 && el.clientHeight === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} overflows sideways: ${el.scrollWidth} > ${el.clientWidth}`);
      if (el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} overflows downwards: ${el.scrollHeight} > ${el.clientHeight}`);
    }
    return problems;
  });
}

/** Opens every collapsed explanation on the screen, outer ones first. */
async function openAllDetails(page) {
  const closed = page.locator('#crossroads details:not([open]) > summary:visible');
  for (let i = 0; i < 50 && (await closed.count()) > 0; i++) await closed.first().click();
  await expect(closed).toHaveCount(0);
}

for (const { name, size } of VIEWPORTS) {
  for (const spacing of [false, true]) {
    test(`every screen reflows at ${name}${spacing ? ', with WCAG text spacing' : ''}`, async ({ page, widget }) => {
      await page.setViewportSize(size);
      const prepare = async () => {
        await widget.ready();
        if (spacing) await addTextSpacing(page);
      };
      const check = async (screen) => {
        // Soft, so one run reports every screen that fails.
        expect.soft(await layoutProblems(page), screen).toEqual([]);
      };

      await page.goto('./');
      await prepare();
      await check('intro');

      await widget.startSeat();
      await page.getByRole('radio', { name: 'An engineer who has never managed', exact: true }).check();
      await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
      await check('where are you now, with an option chosen');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await expect(widget.count()).toHaveText(/^1 of \d+$/);
      await page.getByText('Why this matters').click();
      await expect(page.locator('.why p')).toBeVisible();
      await check('question with "Why this matters" open');

      await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
      await expect(widget.heading()).toHaveText('Your situation');
      await widget.chooseContext(page.getByRole('radio', { name: /^Yes/ }).first());
      await check('context');

      await widget.seeResult();
      await openAllDetails(page);
      // A long name on the result, which the shared view shows.
      const link = await widget.nameResult('Maximiliana Wolfeschlegelsteinhausen');
      await check('result with every explanation open');

      await page.goto('about:blank');
      await page.goto(link);
      await prepare();
      await expect(page.getByRole('note', { name: 'Shared result' })).toContainText('Maximiliana Wolfeschlegelsteinhausen');
      await openAllDetails(page);
      await check('shared result');

      await widget.compareWithMine();
      await openAllDetails(page);
      await check('compare');
    });

    test(`the notice of a page that sends its host the result reflows at ${name}${spacing ? ', with WCAG text spacing' : ''}`, async ({ page, widget }) => {
      await page.setViewportSize(size);
      await page.goto('./receives-link.html?embed=1');
      await widget.ready();
      if (spacing) await addTextSpacing(page);
      await expect(page.locator('main.intro .privacy.receives')).toBeVisible();
      expect.soft(await layoutProblems(page), 'intro with the notice').toEqual([]);
      await widget.start();
      await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
      await widget.seeResult();
      await expect(page.locator('main.result .receives')).toBeVisible();
      expect.soft(await layoutProblems(page), 'result with the notice').toEqual([]);
    });
  }
}

// The pseudo-language (docs/translating.md): every word accented and about 40% longer, the
// words file and the page's words that the build writes into target/pseudo/ put into the
// page in place of the English, as a language's page carries its own: in <body data-words>,
// and in the static intro's markup, which finish.mjs fills from the same words.
const PSEUDO = 'target/pseudo';

const decode = (text) => text.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
const encode = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The page's markup in the pseudo-language: each of the page's English words (its
 * <body data-words>, in the order of i18n/page.tsv) where it stands as an element's text or
 * in its title, description or label, given in the pseudo-language, with the values the
 * English has in its `{}` (the count of statements and questions) kept.
 */
function pseudoPage(html, pseudoWords) {
  const english = decode(/data-words="([^"]*)"/.exec(html)[1]).split('|');
  const pseudo = pseudoWords.split('|');
  expect(pseudo).toHaveLength(english.length);
  const templates = wordsOf('en');
  let out = html.replace(/data-words="[^"]*"/, `data-words="${encode(pseudoWords)}"`);
  WORD_IDS.forEach((id, i) => {
    if (!english[i]) return;
    // Filled in the English page ("33 statements"): the same values in the pseudo-language.
    const template = templates.page(id).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replaceAll('{}', '(.+?)');
    const values = new RegExp(`^${template}$`).exec(english[i])?.slice(1) ?? [];
    const word = encode(fill(pseudo[i], ...values));
    const was = encode(english[i]);
    for (const [before, after] of [['>', '<'], ['content="', '"'], ['aria-label="', '"']]) {
      out = out.replaceAll(`${before}${was}${after}`, `${before}${word}${after}`);
    }
  });
  return out;
}

async function usePseudoLanguage(page) {
  const words = readFileSync(join(PSEUDO, 'words.txt'), 'utf8');
  const pageWords = readFileSync(join(PSEUDO, 'page-words.txt'), 'utf8').trimEnd();
  const integrity = 'sha384-' + createHash('sha384').update(words).digest('base64');
  await page.route(/\/index\.html$/, async (route) => {
    const response = await route.fetch();
    const html = pseudoPage(await response.text(), pageWords).replace(/data-text="([^ "]+) [^"]+"/, `data-text="$1 ${integrity}"`);
    await route.fulfill({ response, body: html });
  });
  await page.route(/\/words-[0-9a-f]+\.txt$/, (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: words }));
}

// The pseudo-language, and German, the longest of the widget's languages.
const LONGER = [
  { language: 'the pseudo-language, 40% longer', page: './index.html', marked: '[', prepare: usePseudoLanguage },
  { language: 'German', page: './de/index.html', marked: '', prepare: async () => {} },
];

for (const { language, page: address, marked, prepare } of LONGER) {
  test(`every screen reflows at 320 px in ${language}`, async ({ page, widget }) => {
    test.setTimeout(90_000);
    await prepare(page);
    await page.setViewportSize({ width: 320, height: 640 });
    const check = async (screen) => {
      if (marked) await expect(widget.heading()).toContainText(marked); // the language is in use
      expect.soft(await layoutProblems(page), screen).toEqual([]);
    };
    await page.goto(address);
    await widget.ready();
    if (marked) await expect(page.locator('.lede')).toContainText('·ẋ');
    else await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await check('intro');
    await page.locator('#start').click();
    await expect(page.locator('main.seat')).toBeVisible();
    await page.locator('main.seat .option').first().click();
    await check('where are you now');
    await page.locator('main.seat .button.primary').click();
    await expect(page.locator('main.question')).toBeVisible();
    await page.locator('.why > summary').click();
    await check('question with its explanation open');
    for (let i = 0; i < 33; i++) {
      const at = await page.locator('main.question').getAttribute('data-statement');
      await page.keyboard.press(String((i % 5) + 1));
      await expect(page.locator(`main.question[data-statement="${at}"]`)).toHaveCount(0);
    }
    await expect(page.locator('main.context')).toBeVisible();
    await page.locator('main.context .option').first().click();
    await check('context');
    await page.locator('main.context .button.primary').click();
    await expect(page.locator('main.result')).toBeVisible();
    await openAllDetails(page);
    await check('result with every explanation open');
  });
}
