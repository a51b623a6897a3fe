// Result links as people paste them into the address bar: with the sentence's full stop or
// bracket, the `>` of a mail client's `<…>`, wrapped across lines, percent-encoded by a
// redirector. None of those characters can be part of a payload, so each opens exactly the
// result of the clean link; a character of the payload's own alphabet added, removed or
// changed makes it damaged, with the friendly message.
import { test, expect, PATTERN } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

/** Finishes a run, optionally names the result, and returns its link and what it shows. */
async function issue(page, widget, label) {
  await widget.open();
  await widget.start();
  await widget.answerAllByMouse((i) => PATTERN[(i + 2) % PATTERN.length]);
  await page.getByRole('button', { name: /see my result/i }).click();
  const main = page.locator('main.result');
  await expect(main).toBeVisible();
  const url = label ? await widget.nameResult(label) : await widget.shareLink().inputValue();
  if (label) expect(url).toMatch(/#r=[A-Za-z0-9_-]{33,}$/);
  return { url, top: await main.getAttribute('data-top'), verdict: await main.getAttribute('data-verdict') };
}

/** Opens `url` afresh and expects the shared view of the same result (and label). */
async function opensSame(page, widget, url, { top, verdict }, label) {
  await page.goto('about:blank');
  await page.goto(url);
  await widget.ready();
  const main = page.locator('main.result');
  await expect(main, url).toHaveAttribute('data-top', top);
  await expect(main, url).toHaveAttribute('data-verdict', verdict);
  await expect(page.locator('.shared-banner')).toBeVisible();
  if (label) await expect(page.locator('.shared-banner')).toContainText(label);
}

function wrappings(url) {
  const [base, payload] = url.split('#r=');
  const mid = Math.floor(payload.length / 2);
  return [
    ['a full stop after it', `${url}.`],
    ['a comma after it', `${url},`],
    ['a closing bracket after it', `${url})`],
    ["the '>' of <…>", `${url}>`],
    ['a space inside (a wrapped mail)', `${base}#r=${payload.slice(0, mid)} ${payload.slice(mid)}`],
    ['a line break inside, encoded', `${base}#r=${payload.slice(0, mid)}%0A${payload.slice(mid)}`],
    ['= percent-encoded', `${base}#r%3D${payload}`],
    ['# and = percent-encoded after the #', `${base}#%23r%3D${payload}`],
  ];
}

test('a result link opens the same result whatever surrounds it', async ({ page, widget }) => {
  test.setTimeout(90_000);
  const issued = await issue(page, widget);
  for (const [, url] of wrappings(issued.url)) await opensSame(page, widget, url, issued);
});

test('a named result keeps its name through the same wrappings', async ({ page, widget }) => {
  test.setTimeout(90_000);
  const issued = await issue(page, widget, 'Sam, 2026');
  for (const [, url] of wrappings(issued.url)) await opensSame(page, widget, url, issued, 'Sam, 2026');
});

test('a character of the payload added, removed or changed makes the link damaged', async ({ page, widget }) => {
  test.setTimeout(90_000);
  const { url } = await issue(page, widget);
  const [base, payload] = url.split('#r=');
  const swap = (c) => (c === 'A' ? 'B' : 'A');
  for (const damaged of [
    `${url}A`,
    `${url}Q`,
    `${url}g`,
    `${url}AA`,
    `${base}#r=${payload.slice(0, -1)}`,
    `${base}#r=${swap(payload[0])}${payload.slice(1)}`,
    `${base}#r=${payload.slice(0, 10)}${swap(payload[10])}${payload.slice(11)}`,
  ]) {
    await page.goto('about:blank');
    await page.goto(damaged);
    await widget.ready();
    await expect(page.locator('main.link-error'), damaged).toHaveAttribute('data-error', 'damaged');
    await expect(page.getByText('This link seems to be damaged or cut short.')).toBeVisible();
  }
  // The widget is still there to use.
  await page.getByRole('button', { name: /Take it yourself|Start fresh/ }).click();
  await expect(page.locator('h1:visible')).toHaveText('Stay technical or manage?');
});

test('a link put in the address of the tab that shows the intro opens, before any code but its own has come', async ({ page, widget }) => {
  // A result link made with content 1 (organisation.spec.mjs): tech lead manager on top.
  const link = '#r=AgECQVNTDKwdP-_uT7P8qsy5FAAlieM';
  await widget.open('./');
  // Only the intro so far: the reader has shown no interest, so the app was not fetched.
  await expect(page.locator('main.intro')).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('crossroads-app').length)).toBe(0);
  // The same page with a fragment: the browser stays on the page and only the fragment
  // changes (a link pasted into the address bar, or followed within the page).
  await page.goto(`./${link}`);
  await expect(page.locator('main.result')).toHaveAttribute('data-top', 'tlm');
  await expect(page.locator('.shared-banner')).toBeVisible();
  await expect(widget.heading()).toHaveText(/^Management fits you: Tech lead manager most of all$/);
});
