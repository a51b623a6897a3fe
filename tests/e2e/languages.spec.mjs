// German and Spanish beside English (docs/translating.md): each language's page paints in it
// with no script, a whole journey runs in it by keyboard, a result link opens in the reader's
// language whatever page it was made on, ?lang=, the loader's data-lang and an
// organisation's language choose, the language menu switches without losing answers and is
// remembered, an organisation's words given per language show in it, and each page fetches
// its own language's words only; axe-clean, printed and saved as a card in each language.
// Zero page and console errors throughout.
import { readFileSync } from 'node:fs';
import { audit as axe } from './fixtures/axe.mjs';
import { test, expect } from './fixtures/crossroads.mjs';
import { fill, LANGUAGES, wordsOf } from './languages.mjs';

const HOST = `http://127.0.0.1:${process.env.CROSSROADS_HOST_PORT ?? 8091}`;
// A result link made with content 1 (organisation.spec.mjs): tech lead manager on top.
const TLM_LINK = '#r=AgECQVNTDKwdP-_uT7P8qsy5FAAlieM';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

/** axe-core's WCAG A and AA rules on the page as it is. */
async function audit(page, state) {
  expect((await axe(page)).violations.map((v) => `${state}: ${v}`)).toEqual([]);
}

/** Every words file the page asks for. */
function wordsRequests(page) {
  const asked = [];
  page.on('request', (r) => {
    if (/\/words-[0-9a-f]+\.txt$/.test(r.url())) asked.push(r.url().split('/').pop());
  });
  return asked;
}

for (const [code, folder] of Object.entries(LANGUAGES)) {
  const { say, page: word } = wordsOf(code);

  test.describe(code, () => {
    test('the first paint is in the language, with no script', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(folder);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page).toHaveTitle(word('page.title'));
      await expect(page.locator('h1:visible')).toHaveText(word('intro.title'));
      await expect(page.locator('.lede')).toHaveText(word('intro.purpose'));
      await expect(page.locator('.meta')).toHaveText(fill(word('intro.meta'), 33, 4));
      await expect(page.locator('.privacy')).toHaveText(word('intro.privacy'));
      await expect(page.locator('#start')).toHaveText(word('intro.start'));
      await expect(page.locator('.noscript')).toHaveText(word('shell.noscript'));
      const menu = page.getByRole('navigation', { name: word('language.menu') });
      await expect(menu.locator('a[aria-current]')).toHaveAttribute('hreflang', code);
      // Nothing of the English shell is left.
      const english = wordsOf('en').page;
      for (const id of ['intro.title', 'intro.purpose', 'intro.privacy', 'shell.noscript']) {
        await expect(page.locator('body')).not.toContainText(english(id));
      }
      await context.close();
    });

    test('a whole journey by keyboard, in the language, with its words file only', async ({ page, widget }) => {
      const asked = wordsRequests(page);
      await widget.open(folder);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await audit(page, 'intro');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: word('intro.start') })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(widget.heading()).toHaveText(say('Where are you now?'));
      await expect(widget.heading()).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      const onward = page.getByRole('button', { name: say('Next'), exact: true });
      for (let i = 0; i < 10 && !(await onward.evaluate((b) => b === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await expect(onward).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(widget.count()).toHaveText(fill(say('{} of {}'), 1, 33));
      for (let i = 0; i < 33; i++) {
        await expect(widget.count()).toHaveText(fill(say('{} of {}'), i + 1, 33));
        await page.keyboard.press(String((i % 5) + 1));
      }
      await expect(widget.heading()).toHaveText(say('Your situation'));
      const next = page.getByRole('button', { name: say('See my result'), exact: true });
      for (let i = 0; i < 40 && !(await next.evaluate((b) => b === document.activeElement)); i++) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press('Enter');
      await expect(page.locator('main.result')).toBeVisible();
      await expect(widget.heading()).toBeFocused();
      await expect(page.getByRole('list', { name: say('Paths ranked by fit') }).getByRole('listitem')).toHaveCount(4);
      // Printed in the language too: the print styles (with the rest's) show every section.
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('heading', { name: say('Your profile across the themes'), exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: say('Next steps'), exact: true })).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      // The card image, saved by keyboard, and said so in the language.
      const downloading = page.waitForEvent('download');
      await widget.press(page.getByRole('button', { name: say('Save as image'), exact: true }));
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('crossroads-result.png');
      await expect(page.locator('.share-status')).toHaveText(
        say('Image saved as crossroads-result.png: the verdict and the fits, and the link, which opens your result. No answer is written on it.'),
      );
      // The page's own words file, and no other language's.
      const own = await page.locator('html').getAttribute('data-text');
      expect(asked).toEqual([own.split(' ')[0]]);
      await audit(page, 'result');
    });

    test('a result link opens in the reader\'s language, whatever page it was made on', async ({ browser }) => {
      // A reader of this language opens an English page's link: that language's page.
      const context = await browser.newContext({ locale: code });
      const page = await context.newPage();
      await page.goto(`./${TLM_LINK}`);
      await expect(page).toHaveURL(new RegExp(`/${folder}${TLM_LINK}$`));
      await expect(page.locator('main.result')).toHaveAttribute('data-top', 'tlm');
      await expect(page.locator('main.result')).toContainText(say('Tech lead manager'));
      await expect(page.getByRole('list', { name: say('Paths ranked by fit') })).toBeVisible();
      await context.close();
      // An English reader opens this language's page's link: English.
      const english = await browser.newContext({ locale: 'en-GB' });
      const other = await english.newPage();
      await other.goto(`./${folder}${TLM_LINK}`);
      await expect(other.locator('html')).toHaveAttribute('lang', 'en');
      await expect(other.getByRole('list', { name: 'Paths ranked by fit' })).toBeVisible();
      await english.close();
    });

    test('?lang= picks the language on any page, and the root follows the browser', async ({ browser }) => {
      const context = await browser.newContext({ locale: 'fr-FR' });
      const page = await context.newPage();
      await page.goto(`./?lang=${code}`);
      await expect(page).toHaveURL(new RegExp(`/${folder}\\?lang=${code}$`));
      await expect(page.locator('h1:visible')).toHaveText(word('intro.title'));
      // A language the widget does not speak: the page's own.
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await context.close();
      const reader = await browser.newContext({ locale: `${code}-XX` });
      const own = await reader.newPage();
      await own.goto('./');
      await expect(own).toHaveURL(new RegExp(`/${folder}$`));
      await expect(own.locator('h1:visible')).toHaveText(word('intro.title'));
      await reader.close();
    });

    test('the language menu switches without losing answers, and is remembered', async ({ page, widget }) => {
      await widget.open();
      await widget.start();
      for (let i = 0; i < 3; i++) await page.keyboard.press('4');
      await expect(widget.count()).toHaveText(/^4 of 33$/);
      // Back on the intro (the menu is there and on the result only): resume in the language.
      await page.goto('./');
      await widget.ready();
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: code === 'de' ? 'Deutsch' : 'Español' }).click();
      await expect(page).toHaveURL(new RegExp(`/${folder}\\?lang=${code}$`));
      await expect(page.locator('h1:visible')).toHaveText(word('intro.title'));
      await page.getByRole('button', { name: word('intro.resume') }).click();
      await expect(widget.count()).toHaveText(fill(say('{} of {}'), 4, 33));
      // Remembered: the English page now opens in this language.
      await page.goto('./');
      await expect(page).toHaveURL(new RegExp(`/${folder}$`));
      // On a result, the link goes along. (Opened afresh: the same page with only a fragment
      // added is links.spec.mjs's case of a link pasted over the intro.)
      await page.goto('about:blank');
      await page.goto(`./${folder}${TLM_LINK}`);
      await expect(page.locator('main.result')).toHaveAttribute('data-top', 'tlm');
      await page.getByRole('navigation', { name: word('language.menu') }).getByRole('link', { name: 'English' }).click();
      await expect(page).toHaveURL(new RegExp(`/\\?lang=en${TLM_LINK}$`));
      await expect(page.locator('main.result')).toHaveAttribute('data-top', 'tlm');
      await expect(page.getByRole('list', { name: 'Paths ranked by fit' })).toBeVisible();
    });

    test('an organisation\'s words given per language show in the language', async ({ page, widget }) => {
      const file = JSON.parse(readFileSync(new URL('./organisations/languages.json', import.meta.url), 'utf8'));
      await widget.open(`./org/languages/${folder}`);
      await expect(page.locator('main.intro .org-note')).toHaveText(file.intro[code]);
      // A result link, opened afresh in this language (a link carries none: asked for, as a
      // host's data-lang or the menu does). The same page with only a fragment added is
      // links.spec.mjs's case of a link put in the address over the intro.
      await page.goto('about:blank');
      await page.goto(`./org/languages/${folder}?lang=${code}${TLM_LINK}`);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(page.locator('main.result')).toContainText(file.paths.staff.name[code]);
      await expect(page.locator('main.result')).not.toContainText(file.paths.staff.name.en);
    });

    test('the loader\'s data-lang frames that language\'s page', async ({ page }) => {
      await page.goto(`${HOST}/languages.html?lang=${code}`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('html')).toHaveAttribute('lang', code);
      await expect(frame.locator('h1:visible')).toHaveText(word('intro.title'));
      await expect(page.locator('iframe')).toHaveAttribute('src', new RegExp(`/${folder}index\\.html\\?embed=1&lang=${code}&`));
      await expect(page.locator('iframe')).toHaveAttribute('title', word('page.title'));
    });
  });
}

test('an organisation\'s language is its readers\' default, before the browser\'s; an asked language still wins', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto('./org/spanish/');
  await expect(page).toHaveURL(/\/org\/spanish\/es\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.locator('h1:visible')).toHaveText(wordsOf('es').page('intro.title'));
  // Its page in another language stays that language; ?lang= too.
  await page.goto('./org/spanish/de/');
  await expect(page.locator('h1:visible')).toHaveText(wordsOf('de').page('intro.title'));
  await page.goto('./org/spanish/?lang=en');
  await expect(page.locator('h1:visible')).toHaveText(wordsOf('en').page('intro.title'));
  await expect(page).toHaveURL(/\/org\/spanish\/\?lang=en$/);
  await context.close();
});
