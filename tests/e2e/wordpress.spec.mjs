// The widget embedded the way WordPress embeds an oEmbed provider it does not know: a post
// on the host server (another origin) made from the oEmbed document as wp_filter_oembed_result
// makes it (tests/e2e/wordpress.mjs), with WordPress's own wp-embed.js from Debian's package
// (scripts/setup). The frame is sandboxed to scripts alone (an opaque origin: no storage),
// hidden behind the blockquote until the widget says its height with the secret WordPress put
// in its address (embed/wp-frame.js). Every test ends with zero page errors and zero console
// errors on the post and in the frame, except where a test blocks files on purpose.
import { existsSync } from 'node:fs';
import { Embedded, HOST, INTRO, PATTERN, TITLE, WIDGET, expect, literal, messages, test, watch } from './fixtures/embedded.mjs';

const WP_EMBED = new URL('../../target/wordpress/wp-includes/js/wp-embed.js', import.meta.url);
const SECRET = 'Ab3dE5gH9k';
// A result link (organisation.spec.mjs): the tech lead manager leads.
const TLM_LINK = '#r=AgECQVNTDKwdP-_uT7P8qsy5FAAlieM';
// The app, which a page past the intro fetches at once and the intro only on interest: its
// glue, its wasm and the words.
const APP = /\/(crossroads-[0-9a-f]+(_bg\.wasm|\.js)|words-[0-9a-f]+\.txt)$/;
// The start-up script, without which the widget cannot start.
const START_UP = /\/start-[0-9a-f]+\.js$/;

test.beforeAll(() => {
  if (!existsSync(WP_EMBED)) throw new Error(`${WP_EMBED.pathname} is missing: scripts/setup fetches it from Debian's wordpress package`);
});

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

/** The post, its embed and the widget in it: an embedded widget (`frame()`, `ready()`) in
 *  WordPress's frame rather than the loader's. */
class Post extends Embedded {
  constructor(page) {
    super(page);
    this.blockquote = page.locator('blockquote.wp-embedded-content');
    this.iframe = page.locator('iframe.wp-embedded-content');
    this.in = page.frameLocator('iframe.wp-embedded-content');
  }

  async open(secret = SECRET, waitUntil = 'load') {
    await this.page.goto(`${HOST}/wordpress.html?secret=${encodeURIComponent(secret)}`, { waitUntil });
  }

  /** The frame's height as WordPress set it, and the content's inside. */
  async sizes() {
    const height = Number(await this.iframe.getAttribute('height'));
    const box = await this.iframe.evaluate((f) => f.getBoundingClientRect().height);
    const inner = await (await this.frame()).evaluate(() => ({
      content: Math.ceil(document.getElementById('crossroads').getBoundingClientRect().bottom + scrollY),
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      overflow: getComputedStyle(document.documentElement).overflowY,
    }));
    return { height, box, ...inner };
  }

  /** Waits until WordPress has given the frame its content's height, within 200–1000 px. */
  async settled(expected = () => true) {
    let last;
    await expect
      .poll(async () => {
        last = await this.sizes();
        return last.height === Math.min(1000, Math.max(200, last.content)) && last.box === last.height && expected(last);
      }, { message: "WordPress sizes the frame to the widget's height" })
      .toBe(true);
    return last;
  }

  /** What the frame sent to the post (the frame's origin is opaque: "null"). */
  async sent() {
    return (await messages(this.page)).filter((m) => m.origin === 'null' && m.data?.sentinel === undefined).map((m) => m.data);
  }

  /**
   * Waits until everything the frame posted before now has reached the post: the frame
   * posts a marker, which arrives after them.
   */
  async flushed() {
    const frame = await this.frame();
    const mark = Math.random();
    await frame.evaluate((m) => parent.postMessage({ sentinel: m }, '*'), mark);
    await expect.poll(async () => (await messages(this.page)).some((x) => x.data?.sentinel === mark)).toBe(true);
  }

  count() {
    return this.in.locator('.progress-count');
  }

  /** From the intro to the result, by mouse. */
  async finish() {
    await this.in.getByRole('button', { name: 'Start', exact: true }).click();
    await expect(this.in.locator('h1:visible')).toHaveText('Where are you now?');
    await this.in.getByRole('button', { name: 'Skip', exact: true }).click();
    await expect(this.count()).toHaveText(/^1 of \d+$/);
    const total = Number((await this.count().textContent()).split(' of ')[1]);
    for (let i = 0; i < total; i++) {
      await expect(this.count()).toHaveText(`${i + 1} of ${total}`);
      await this.in
        .locator('label.choice')
        .filter({ has: this.in.locator('.choice-label').getByText(PATTERN[i % PATTERN.length], { exact: true }) })
        .click();
    }
    await expect(this.in.locator('h1:visible')).toHaveText('Your situation');
    await this.in.getByRole('button', { name: /see my result/i }).click();
    await expect(this.in.locator('main.result')).toBeVisible();
  }
}

test('WordPress shows the link until the widget works, then the frame at the height of the widget', async ({ page }) => {
  // Hold the widget back to see the post as WordPress first shows it.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route((url) => url.origin === WIDGET && url.pathname === '/', async (route) => {
    await held;
    await route.continue();
  });
  const post = new Post(page);
  await post.open(SECRET, 'domcontentloaded');
  // The markup WordPress made of the oEmbed document.
  await expect(post.iframe).toHaveAttribute('sandbox', 'allow-scripts');
  await expect(post.iframe).toHaveAttribute('security', 'restricted');
  await expect(post.iframe).toHaveAttribute('data-secret', SECRET);
  await expect(post.iframe).toHaveAttribute('title', TITLE);
  await expect(post.iframe).toHaveAttribute('src', `${WIDGET}/#?secret=${SECRET}`);
  await expect(post.blockquote).toHaveAttribute('data-secret', SECRET);
  // Until the widget speaks, the reader sees the link; the frame is clipped away.
  await expect(post.blockquote.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(post.blockquote.getByRole('link', { name: TITLE })).toHaveAttribute('href', `${WIDGET}/`);
  await expect(post.iframe).toHaveAttribute('style', /clip/);
  release();

  const frame = await post.ready();
  await expect(post.blockquote).toBeHidden();
  await expect(post.iframe).not.toHaveAttribute('style');
  await expect(post.in.locator('h1:visible')).toHaveText(INTRO);
  const intro = await post.settled();
  expect(intro.content).toBeGreaterThan(200);
  expect(intro.scroll, 'no inner scrolling at the height of the widget').toBeLessThanOrEqual(intro.client + 1);
  // Only the agreed message: the height, with the secret WordPress gave.
  const sent = await post.sent();
  expect(sent.length).toBeGreaterThan(0);
  for (const data of sent) {
    expect(data).toEqual({ secret: SECRET, message: 'height', value: expect.any(Number) });
    expect(Number.isInteger(data.value)).toBe(true);
  }
  // Sandboxed for real: no storage, an opaque origin; said once, and the widget goes on.
  expect(await frame.evaluate(() => window.origin)).toBe('null');
  expect(
    await frame.evaluate(() => {
      try {
        return typeof localStorage.length;
      } catch {
        return 'blocked';
      }
    }),
  ).toBe('blocked');
  // The app says so once it runs, on the reader's interest.
  await post.interest();
  await expect(post.in.locator('.notice')).toHaveCount(1);
  await post.in.locator('.notice').getByRole('button', { name: 'Got it' }).click();

  // The result is taller than WordPress allows: the frame stops at 1000 px and scrolls inside.
  await post.finish();
  const result = await post.settled((s) => s.content > 1000);
  expect(result.height).toBe(1000);
  expect(result.overflow, 'a frame at its limit can be scrolled').not.toBe('hidden');
  expect(result.scroll).toBeGreaterThan(result.client);

  // Back to the shorter intro: the frame follows.
  await post.in.getByRole('button', { name: 'Start over', exact: true }).click();
  await post.in.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(post.in.locator('h1:visible')).toHaveText(INTRO);
  const again = await post.settled((s) => s.content < 1000);
  expect(again.height).toBeLessThan(1000);
  for (const data of await post.sent()) expect(Object.keys(data).sort()).toEqual(['message', 'secret', 'value']);
});

test("WordPress's ready message, from the post only and with its secret, has the height said again", async ({ page }) => {
  const post = new Post(page);
  await post.open();
  const frame = await post.ready();
  await post.settled();
  // wp-embed.js says "ready" once the post has loaded; everything the frame said by then is in.
  await page.waitForFunction(() => document.readyState === 'complete');
  await post.flushed();
  const before = (await post.sent()).length;
  const { height } = await post.sizes();
  // Not the parent (the frame itself), the wrong secret, the wrong message: nothing. Then
  // WordPress's own: the height once more, though it has not changed.
  await frame.evaluate((secret) => window.postMessage({ message: 'ready', secret }, '*'), SECRET);
  await page.evaluate(() => {
    const frame = document.querySelector('iframe.wp-embedded-content').contentWindow;
    frame.postMessage({ message: 'ready', secret: 'Zz9yY8xX7w' }, '*');
    frame.postMessage({ message: 'height', secret: 'Ab3dE5gH9k' }, '*');
    frame.postMessage('ready', '*');
    frame.postMessage({ message: 'ready', secret: 'Ab3dE5gH9k' }, '*');
  });
  await expect.poll(async () => (await post.sent()).length).toBe(before + 1);
  await post.flushed();
  expect((await post.sent()).slice(before)).toEqual([{ secret: SECRET, message: 'height', value: height }]);
});

test('a whole journey in WordPress: the result, and a link that opens it at the widget\'s own address', async ({ page, context, browser }) => {
  test.setTimeout(60_000);
  // The post may read the clipboard, to see what Copy put there.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: HOST });
  const post = new Post(page);
  await post.open();
  await post.ready();
  await post.finish();
  const main = post.in.locator('main.result');
  const mine = { top: await main.getAttribute('data-top'), verdict: await main.getAttribute('data-verdict') };
  const link = await post.in.locator('#share-link').inputValue();
  expect(link).toMatch(new RegExp(`^${literal(WIDGET)}/#r=[A-Za-z0-9_-]+$`));

  // The frame may not use the Clipboard API (WordPress's frame allows no clipboard-write):
  // the widget copies the other way, without an error on the console.
  await post.in.getByRole('button', { name: 'Copy link' }).click();
  await expect(post.in.locator('.share-status')).toHaveText(/Link copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Someone else opens the link: the same result, at the widget's own address.
  const other = await browser.newContext();
  const viewerErrors = [];
  watch(other, viewerErrors);
  const viewer = await other.newPage();
  await viewer.goto(link);
  await expect(viewer.locator('main.result')).toBeVisible();
  await expect(viewer.getByRole('note', { name: 'Shared result' })).toBeVisible();
  expect({ top: await viewer.locator('main.result').getAttribute('data-top'), verdict: await viewer.locator('main.result').getAttribute('data-verdict') }).toEqual(mine);
  expect(viewerErrors).toEqual([]);
  await other.close();
});

test('with the widget\'s files blocked, the post keeps the link to the widget', async ({ page }) => {
  await page.route((url) => url.origin === WIDGET, (route) => route.abort());
  const post = new Post(page);
  await post.open();
  await page.waitForFunction(() => document.readyState === 'complete');
  await expect(post.blockquote.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(post.iframe).toHaveAttribute('style', /clip/);
  expect(await post.sent()).toEqual([]);
});

test('a widget whose start-up script cannot run says nothing, and the post keeps the link', async ({ page, errors }) => {
  // The page loads, its start-up script does not: the intro does not work, and WordPress is
  // never told to show the frame.
  await page.route((url) => url.origin === WIDGET && START_UP.test(url.pathname), (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
  );
  const post = new Post(page);
  await post.open();
  await page.waitForFunction(() => document.readyState === 'complete');
  const frame = await post.frame();
  await expect(post.in.locator('#intro-title')).toHaveText(INTRO);
  expect(await frame.evaluate(() => performance.getEntriesByName('crossroads-ready').length)).toBe(0);
  await post.flushed();
  expect(await post.sent()).toEqual([]);
  await expect(post.blockquote.getByRole('link', { name: TITLE })).toBeVisible();
  await expect(post.iframe).toHaveAttribute('style', /clip/);
  // Only the missing script was reported (it reaches the test on its own).
  await expect.poll(() => errors.length).toBeGreaterThan(0);
  expect(errors.every((e) => /status of 404/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
});

test('a widget whose app cannot load still shows its intro, and a press there says why', async ({ page, errors }) => {
  // The intro needs no wasm: WordPress shows the frame at the intro's height, and the press
  // that needs the app says it could not load.
  await page.route((url) => url.origin === WIDGET && url.pathname.endsWith('.wasm'), (route) => route.abort());
  const post = new Post(page);
  await post.open();
  await post.ready();
  await expect(post.blockquote).toBeHidden();
  await expect(post.in.locator('h1:visible')).toHaveText(INTRO);
  await post.settled();
  await post.in.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(post.in.getByRole('alert')).toHaveText(/could not load the rest of its files/);
  // Still the intro, at its new height, and only the height was ever sent.
  await expect(post.in.locator('h1:visible')).toHaveText(INTRO);
  await post.settled();
  for (const data of await post.sent()) expect(data).toEqual({ secret: SECRET, message: 'height', value: expect.any(Number) });
  // Only the refused wasm was reported.
  expect(errors.every((e) => /Failed to load resource|ERR_FAILED/.test(e)), errors.join('\n')).toBe(true);
  errors.length = 0;
});

for (const secret of ['short', 'abcdefghij&x=1', 'abcdefghijk', 'abcde-ghij']) {
  test(`a malformed secret (${JSON.stringify(secret)}) has nothing ever sent`, async ({ page }) => {
    const wordpressModule = page.waitForResponse((r) => /\/wp-frame\.js$/.test(r.url()));
    const post = new Post(page);
    await post.open(secret);
    await expect(post.iframe).toHaveAttribute('src', `${WIDGET}/#?secret=${secret}`);
    const frame = await post.ready();
    // The module for WordPress's frames was fetched (the fragment starts as WordPress's do),
    // and has run: importing it again resolves once it has been evaluated, after the
    // start-up script's own import, whose call comes first.
    const url = (await wordpressModule).url();
    await frame.evaluate((u) => import(u).then(() => undefined), url);
    await page.waitForFunction(() => document.readyState === 'complete');
    // ...and sent nothing: not at start, not on WordPress's ready, not when the widget grows.
    await page.evaluate((s) => document.querySelector('iframe.wp-embedded-content').contentWindow.postMessage({ message: 'ready', secret: s }, '*'), secret);
    // (The frame is still clipped away, so no pointer can reach it: the press is an event.)
    await post.in.getByRole('button', { name: 'Start', exact: true }).dispatchEvent('click');
    await expect(post.in.locator('h1:visible')).toHaveText('Where are you now?');
    await post.flushed();
    expect(await post.sent()).toEqual([]);
    await expect(post.blockquote.getByRole('link', { name: TITLE })).toBeVisible();
    await expect(post.iframe).toHaveAttribute('style', /clip/);
  });
}

test('fragments that only look like WordPress\'s leave the routing alone, and a result link opens its result', async ({ page }) => {
  const app = [];
  page.on('request', (r) => {
    if (APP.test(new URL(r.url()).pathname)) app.push(r.url());
  });
  const ready = () => page.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  for (const fragment of [`#?secret=${SECRET}`, '#?secret=short', '#?secret=abcdefghij&x=1']) {
    // A new document each time (not a move within the page, which the app follows).
    await page.goto('about:blank');
    await page.goto(`${WIDGET}/index.html${fragment}`);
    await ready();
    // Read as no fragment: the intro, without the app fetched before an interest in it, and
    // no messages (the page is in no frame).
    await expect(page.locator('h1:visible')).toHaveText(INTRO);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
    expect(app, `nothing more is fetched for ${fragment}`).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('crossroads-app').length)).toBe(0);
  }
  // A result link opens its result, in a new document...
  await page.goto('about:blank');
  await page.goto(`${WIDGET}/index.html${TLM_LINK}`);
  await ready();
  await expect(page.locator('main.result')).toBeVisible();
  await expect(page.locator('main.result')).toHaveAttribute('data-top', 'tlm');
  await expect(page.getByRole('note', { name: 'Shared result' })).toBeVisible();
  // ...and when it comes to the address of an intro already open after one of those
  // fragments (pasted into the address bar: a move within the page), before any interest
  // has brought the app.
  await page.goto('about:blank');
  await page.goto(`${WIDGET}/index.html#?secret=short`);
  await ready();
  await expect(page.locator('h1:visible')).toHaveText(INTRO);
  await page.goto(`${WIDGET}/index.html${TLM_LINK}`);
  await expect(page.locator('main.result')).toBeVisible();
  await expect(page.locator('main.result')).toHaveAttribute('data-top', 'tlm');
});
