// Embedding with the loader (embed/embed.js) on the release build: host pages in
// tests/e2e/hosts/ are served from another loopback port than the widget, so the widget is
// a cross-origin frame, as on a real blog. Every test ends with zero page errors and zero
// console errors on the host page and in every frame.
import { Embedded, HOST, INTRO, PATTERN, TITLE, WIDGET, events, expect, literal, messages, test, watch } from './fixtures/embedded.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

test('the snippet makes a titled, lazy, full-width frame that reserves its height and takes focus', async ({ page }) => {
  // Hold the widget back to see the frame as the host page first lays it out.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`${WIDGET}/index.html*`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${HOST}/snippet.html`, { waitUntil: 'domcontentloaded' });
  const widget = new Embedded(page);
  await expect(widget.iframe).toHaveCount(1);
  await expect(widget.iframe).toHaveAttribute('title', TITLE);
  await expect(widget.iframe).toHaveAttribute('loading', 'lazy');
  await expect(widget.iframe).toHaveAttribute('allow', 'clipboard-write; web-share');
  await expect(widget.iframe).toHaveAttribute('scrolling', 'no');
  expect(await widget.iframe.getAttribute('src')).toBe(
    `${WIDGET}/index.html?embed=1&parent=${encodeURIComponent(HOST)}&id=1`,
  );
  await expect(widget.placeholder).toHaveAttribute('data-crossroads-mounted', '');
  const box = await widget.iframe.boundingBox();
  const holder = await widget.placeholder.boundingBox();
  expect(box.height).toBe(560);
  expect(holder.height).toBe(560);
  expect(box.width).toBe(holder.width);
  expect(box.width).toBeGreaterThan(600);
  // Nothing else was written into the host page: no styles, one guard property.
  expect(await page.evaluate(() => document.querySelectorAll('style, link[rel="stylesheet"]').length)).toBe(1);
  expect(await page.evaluate(() => Object.keys(window).filter((k) => /crossroads/i.test(k)))).toEqual([
    '__crossroadsEmbed',
  ]);
  release();

  await widget.ready();
  await expect(widget.heading()).toHaveText(INTRO);
  await widget.settled();
  // Keyboard focus goes from the host page into the frame and back out.
  await page.locator('#before').focus();
  await page.keyboard.press('Tab');
  await expect(widget.in.getByRole('button', { name: 'Start' })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement.tagName)).toBe('IFRAME');
  await page.keyboard.press('Enter');
  // The first screen past the intro, with focus on its heading, inside the frame.
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
});

test('invalid options are dropped, valid ones passed on; data-height reserves the height', async ({ page }) => {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`${WIDGET}/index.html*`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${HOST}/options.html`, { waitUntil: 'domcontentloaded' });
  const a = new Embedded(page, '#a');
  const b = new Embedded(page, '#b');
  const base = `${WIDGET}/index.html?embed=1&parent=${encodeURIComponent(HOST)}`;
  expect(await a.iframe.getAttribute('src')).toBe(`${base}&id=1`);
  expect(await b.iframe.getAttribute('src')).toBe(`${base}&id=2&compact=1&bg=transparent`);
  expect((await a.iframe.boundingBox()).height).toBe(560);
  expect((await b.iframe.boundingBox()).height).toBe(720);
  release();
  await a.ready();
  await b.ready();
  await a.settled();
  await b.settled();
});

test('the frame follows its content: intro, a question, the result, and back to the intro', async ({ page }) => {
  await page.goto(`${HOST}/snippet.html`);
  const widget = new Embedded(page);
  await widget.ready();
  const intro = await widget.settled();

  await widget.start();
  const question = await widget.settled();
  expect(question).toBeGreaterThan(200);

  await widget.answer(await widget.total());
  await widget.in.getByRole('button', { name: /see my result/i }).click();
  await expect(widget.in.locator('main.result')).toBeVisible();
  const result = await widget.settled((h) => h > intro + 400);
  expect(result).toBeGreaterThan(intro + 400);

  // A narrower container: the text wraps, the frame grows, still without inner scrolling.
  // (The frame's document learns of its new width a moment after the host page lays out.)
  await page.setViewportSize({ width: 420, height: 720 });
  expect(await widget.settled((h) => h > result)).toBeGreaterThan(result);
  await page.setViewportSize({ width: 1280, height: 720 });
  expect(Math.abs((await widget.settled((h) => Math.abs(h - result) <= 1)) - result)).toBeLessThanOrEqual(1);

  // Start over from the bottom of the long result: the frame shrinks back to the intro, which
  // now also offers the result just reached among the earlier results, and the host page
  // brings the frame's top into view.
  await widget.in.getByRole('button', { name: 'Start over', exact: true }).click();
  await widget.in.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(widget.heading()).toHaveText(INTRO);
  await expect(widget.in.locator('.earlier-entry')).toBeVisible();
  // Exactly its content again (settled checks), between the bare intro and the result.
  expect(await widget.settled((h) => h > intro + 40 && h < result)).toBeLessThan(intro + 300);
  const top = () => widget.iframe.evaluate((f) => Math.round(f.getBoundingClientRect().top) + 0);
  await expect.poll(top, { message: 'the new screen\'s top is in view' }).toBeGreaterThanOrEqual(0);
  await expect.poll(top, { message: 'the new screen\'s top is in the upper half' }).toBeLessThan(720 / 2);

  // The widget's "scroll" request brings the frame's top into view when it is above it,
  // and does nothing when it is already visible.
  const frame = await widget.frame();
  const scrollRequests = async () =>
    (await messages(page)).filter((m) => m.origin === WIDGET && m.data?.type === 'scroll').length;
  const askScroll = async () => {
    const before = await scrollRequests();
    await frame.evaluate((host) => parent.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'scroll' }, host), HOST);
    // The host page has heard it (its listeners run in the same task as the recorder's).
    await expect.poll(scrollRequests).toBeGreaterThan(before);
  };
  await page.evaluate(() => window.scrollTo(0, document.querySelector('#a').offsetTop + 300));
  await expect.poll(top).toBeLessThan(-250);
  await askScroll();
  await expect.poll(top, { message: 'the frame top is scrolled into view' }).toBe(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(top).toBeGreaterThan(0);
  const below = await top();
  await askScroll();
  // A (smooth) scroll would have started by the second frame after the request was handled.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await top()).toBe(below);
});

test('by default the host page hears ready, progress and an empty complete: nothing personal', async ({ page }) => {
  await page.goto(`${HOST}/snippet.html`);
  const widget = new Embedded(page);
  await widget.ready();
  await expect.poll(async () => (await events(page)).filter((e) => e.type === 'crossroads:ready')).toEqual([
    { type: 'crossroads:ready', widget: 'a', detail: {} },
  ]);
  // The reader is told nothing is sent, and nothing personal is.
  await expect(widget.in.locator('.privacy')).toHaveText(
    'Private by design: your answers stay in this browser. Nothing is sent anywhere and no cookies are set.',
  );
  await expect(widget.in.locator('.receives')).toHaveCount(0);
  expect(await (await widget.frame()).evaluate(() => document.documentElement.getAttribute('data-receives'))).toBe('');

  await widget.start();
  const total = await widget.answer(2);
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'crossroads:progress').at(-1))
    .toEqual({ type: 'crossroads:progress', widget: 'a', detail: { answered: 2, total } });

  // Finish the run from where it is.
  for (let i = 2; i < total; i++) {
    await expect(widget.in.locator('.progress-count')).toHaveText(`${i + 1} of ${total}`);
    await widget.pick(PATTERN[i % PATTERN.length]).click();
  }
  await widget.in.getByRole('button', { name: /see my result/i }).click();
  await expect(widget.in.locator('main.result')).toBeVisible();
  await expect(widget.in.locator('.receives')).toHaveCount(0);
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'crossroads:complete'))
    .toEqual([{ type: 'crossroads:complete', widget: 'a', detail: {} }]);

  // Every event, exactly: one ready, the counts, one complete with nothing in it.
  const all = await events(page);
  const progress = all.filter((e) => e.type === 'crossroads:progress');
  expect(all.filter((e) => e.type === 'crossroads:ready')).toHaveLength(1);
  expect(all.filter((e) => e.type === 'crossroads:complete')).toHaveLength(1);
  expect(all).toHaveLength(progress.length + 2);
  expect(progress.at(-1).detail).toEqual({ answered: total, total });
  for (const e of progress) {
    expect(Object.keys(e.detail).sort()).toEqual(['answered', 'total']);
    expect(e.detail.total).toBe(total);
    expect(e.detail.answered).toBeLessThanOrEqual(total);
  }
  // The raw messages, which any script on the host page can read, carry exactly the agreed
  // fields: what the loader needs to size and scroll the frame, and the counts. No answers,
  // no path, no verdict, no link.
  const fields = {
    ready: [],
    height: ['height'],
    progress: ['answered', 'total'],
    complete: [],
    scroll: [],
  };
  const raw = (await messages(page)).filter((m) => m.origin === WIDGET);
  expect(raw.length).toBeGreaterThan(3);
  expect(raw.filter((m) => m.data.type === 'complete')).toEqual([
    { origin: WIDGET, data: { source: 'crossroads', v: 1, id: '1', type: 'complete' } },
  ]);
  for (const { data } of raw) {
    expect(Object.keys(fields)).toContain(data.type);
    expect(Object.keys(data).sort()).toEqual(['id', 'source', 'type', 'v', ...fields[data.type]].sort());
    expect(data).toMatchObject({ source: 'crossroads', v: 1, id: '1' });
    for (const key of fields[data.type]) expect(typeof data[key]).toBe('number');
  }
  expect((await messages(page)).filter((m) => m.origin !== WIDGET)).toEqual([]);
});

test('hostile host CSS changes nothing inside the frame and cannot squeeze it', async ({ page }) => {
  const probe = async () => {
    const widget = new Embedded(page);
    const frame = await widget.ready();
    await expect(widget.heading()).toHaveText(INTRO);
    await widget.settled();
    const inside = await frame.evaluate(() => {
      const pick = (el, props) => {
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return { ...Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])), w: r.width, h: r.height };
      };
      const text = ['font-size', 'font-family', 'line-height', 'color', 'letter-spacing', 'text-transform'];
      return {
        root: pick(document.documentElement, ['font-size', 'background-color', 'color-scheme']),
        body: pick(document.body, ['background-color', 'margin-top', 'color']),
        title: pick(document.querySelector('h1'), text),
        lede: pick(document.querySelector('.lede'), text),
        start: pick(document.getElementById('start') ?? document.querySelector('button'), [
          ...text,
          'box-sizing',
          'padding-top',
          'border-top-width',
          'background-color',
        ]),
      };
    });
    const outer = await widget.iframe.evaluate((f) => {
      const cs = getComputedStyle(f);
      return {
        width: f.getBoundingClientRect().width,
        holder: f.parentElement.getBoundingClientRect().width,
        border: cs.borderTopWidth,
        padding: cs.paddingTop,
        display: cs.display,
        height: f.getBoundingClientRect().height,
      };
    });
    return { inside, outer };
  };

  await page.goto(`${HOST}/snippet.html`);
  const calm = await probe();
  await page.goto(`${HOST}/hostile.html`);
  const hostile = await probe();
  // The host page itself did take the hostile styles.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1')).fontSize)).toBe('30px');
  expect(hostile.inside).toEqual(calm.inside);
  expect(hostile.outer).toEqual(calm.outer);
  expect(hostile.outer).toMatchObject({ border: '0px', padding: '0px', display: 'block' });
  expect(hostile.outer.width).toBe(hostile.outer.holder);
});

test('a host page with a strict Content-Security-Policy embeds it with the documented policy', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(`${HOST}/csp.html`);
  const widget = new Embedded(page);
  const frame = await widget.ready();
  await expect(widget.heading()).toHaveText(INTRO);
  await widget.settled();
  expect(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim())).toBe('#7b2d8e');
  await expect.poll(async () => (await events(page)).map((e) => e.type)).toContain('crossroads:ready');
  expect(violations).toEqual([]);
});

test('two widgets on one page work independently, each with its own options', async ({ page }) => {
  await page.goto(`${HOST}/two.html`);
  const a = new Embedded(page, '#a');
  const b = new Embedded(page, '#b');
  const [fa, fb] = [await a.ready(), await b.ready()];
  expect(await a.iframe.getAttribute('src')).toBe(`${WIDGET}/index.html?embed=1&parent=${encodeURIComponent(HOST)}&id=1`);
  expect(await b.iframe.getAttribute('src')).toBe(
    `${WIDGET}/index.html?embed=1&parent=${encodeURIComponent(HOST)}&id=2&theme=dark&accent=0a7&compact=1&start=questions`,
  );
  // Options reached the second widget only.
  const look = (f) =>
    f.evaluate(() => ({
      theme: document.documentElement.getAttribute('data-theme'),
      compact: document.documentElement.hasAttribute('data-compact'),
      accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    }));
  expect(await look(fb)).toEqual({ theme: 'dark', compact: true, accent: '#00aa77' });
  expect((await look(fa)).theme).toBe(null);
  expect((await look(fa)).compact).toBe(false);

  await expect(a.heading()).toHaveText(INTRO);
  // Asked to start on the questions, the second opens on where the reader stands.
  await expect(b.heading()).toHaveText('Where are you now?');
  await b.in.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(b.in.locator('.progress-count')).toHaveText(/^1 of \d+$/);
  const heightA = await a.settled();
  await b.answer(3);
  await expect(b.in.locator('.progress-count')).toHaveText(/^4 of \d+$/);
  await expect(a.heading()).toHaveText(INTRO);
  expect(await a.settled()).toBe(heightA);
  await b.settled();

  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'crossroads:ready').map((e) => e.widget).sort())
    .toEqual(['a', 'b']);
  await expect
    .poll(async () => (await events(page)).filter((e) => e.widget === 'b' && e.type === 'crossroads:progress').at(-1)?.detail.answered)
    .toBe(3);
  const all = await events(page);
  expect(all.filter((e) => e.type === 'crossroads:ready')).toHaveLength(2);
  expect(all.filter((e) => e.widget === 'a' && e.type === 'crossroads:progress' && e.detail.answered > 0)).toEqual([]);
});

test('the loader included twice makes one frame per placeholder, and mounts later ones', async ({ page }) => {
  await page.goto(`${HOST}/twice.html`);
  const a = new Embedded(page, '#a');
  const b = new Embedded(page, '#b');
  await a.ready();
  await b.ready();
  await expect(page.locator('iframe')).toHaveCount(2);
  const ids = await page.locator('iframe').evaluateAll((fs) => fs.map((f) => new URL(f.src).searchParams.get('id')));
  expect(ids.sort()).toEqual(['1', '2']);
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'crossroads:ready').map((e) => e.widget).sort())
    .toEqual(['a', 'b']);

  // A page that adds a placeholder later and includes the script once more.
  await page.evaluate((src) => {
    const c = document.createElement('div');
    c.id = 'c';
    c.setAttribute('data-crossroads', '');
    document.querySelector('.grid').append(c);
    const s = document.createElement('script');
    s.src = src;
    document.body.append(s);
  }, `${WIDGET}/embed.js`);
  const c = new Embedded(page, '#c');
  await c.ready();
  await expect(page.locator('iframe')).toHaveCount(3);
  await expect(page.locator('#a iframe, #b iframe, #c iframe')).toHaveCount(3);
  await b.start();
  await b.answer(1);
  await expect
    .poll(async () => (await events(page)).filter((e) => e.widget === 'b' && e.type === 'crossroads:progress').at(-1)?.detail.answered)
    .toBe(1);
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'crossroads:ready').map((e) => e.widget).sort())
    .toEqual(['a', 'b', 'c']);
  // Every message was handled by one listener only: one ready each, no doubled progress.
  const all = await events(page);
  expect(all.filter((e) => e.type === 'crossroads:ready').map((e) => e.widget).sort()).toEqual(['a', 'b', 'c']);
  const progressB = all.filter((e) => e.widget === 'b' && e.type === 'crossroads:progress' && e.detail.answered === 1);
  expect(progressB).toHaveLength(1);
});

test('a sandboxed frame (scripts, no same origin) completes a journey and gives a link', async ({ page }) => {
  await page.goto(`${HOST}/sandboxed.html`);
  const frame = await (await page.locator('#plain').elementHandle()).contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  const inside = page.frameLocator('#plain');
  // Really sandboxed: no storage at all.
  expect(await frame.evaluate(() => {
    try {
      return typeof window.localStorage.length;
    } catch {
      return 'blocked';
    }
  })).toBe('blocked');
  // No autosave, said once and discreetly, by the app, which comes on interest.
  await inside.locator('#crossroads').hover();
  await frame.waitForFunction(() => performance.getEntriesByName('crossroads-app').length > 0);
  await expect(inside.locator('.notice')).toHaveCount(1);
  await expect(inside.locator('.notice')).toContainText(/save/);
  await inside.locator('.notice').getByRole('button', { name: 'Got it' }).click();
  await expect(inside.locator('.notice')).toHaveCount(0);
  await inside.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(inside.locator('h1:visible')).toHaveText('Where are you now?');
  await inside.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(inside.locator('.progress-count')).toHaveText(/^1 of \d+$/);
  const text = await inside.locator('.progress-count').textContent();
  const total = Number(text.split(' of ')[1]);
  for (let i = 0; i < total; i++) {
    await expect(inside.locator('.progress-count')).toHaveText(`${i + 1} of ${total}`);
    await inside
      .locator('label.choice')
      .filter({ has: inside.locator('.choice-label').getByText(PATTERN[i % PATTERN.length], { exact: true }) })
      .click();
  }
  await expect(inside.locator('h1:visible')).toHaveText('Your situation');
  await inside.getByRole('button', { name: /see my result/i }).click();
  await expect(inside.locator('main.result')).toBeVisible();
  await expect(inside.locator('.notice')).toHaveCount(0);
  await expect(inside.locator('#share-link')).toHaveValue(new RegExp(`^${literal(WIDGET)}/(index\\.html)?(\\?[^#]*)?#r=[A-Za-z0-9_-]+$`));
  // Without the loader the frame keeps the height the host gave it, so a visitor must be
  // able to scroll inside it.
  expect(
    await frame.evaluate(() => [getComputedStyle(document.documentElement).overflowY, getComputedStyle(document.body).overflowY]),
    'a fixed-height frame without a parent can be scrolled',
  ).not.toContain('hidden');
});

test('the snippet inside a sandboxed page: a fixed, scrollable frame that still works', async ({ page }) => {
  await page.goto(`${HOST}/sandboxed-host.html`);
  const outer = page.frameLocator('#outer');
  const iframe = outer.locator('#a > iframe');
  await expect(iframe).toHaveCount(1);
  // The sandboxed page has no origin to be written to: no parent, no messages, and the
  // frame scrolls inside instead of sizing itself.
  const src = await iframe.getAttribute('src');
  expect(src).toBe(`${WIDGET}/index.html?embed=1&id=1`);
  expect(await iframe.getAttribute('scrolling')).toBe(null);
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForFunction(() => performance.getEntriesByName('crossroads-ready').length > 0);
  const inside = outer.frameLocator('#a > iframe');
  await inside.getByRole('button', { name: 'Start' }).click();
  await expect(inside.locator('h1:visible')).toHaveText('Where are you now?');
  await inside.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(inside.locator('.progress-count')).toHaveText(/^1 of \d+$/);
  await inside.locator('label.choice').first().click();
  await expect(inside.locator('.progress-count')).toHaveText(/^2 of \d+$/);
  expect(
    await frame.evaluate(() => [getComputedStyle(document.documentElement).overflowY, getComputedStyle(document.body).overflowY]),
    'a fixed-height frame without a parent can be scrolled',
  ).not.toContain('hidden');
});

test('share to the page: the host page\'s link opens the result in its embedded widget', async ({ page, browser }) => {
  // The first widget also sends the result link to the page (data-result-events="link"),
  // which is then the page's own link, as the reader shares it.
  await page.goto(`${HOST}/share-page.html`);
  const a = new Embedded(page, '#a');
  const b = new Embedded(page, '#b');
  await a.ready();
  await b.ready();
  const pageParam = `&share=page&page=${encodeURIComponent(`${HOST}/share-page.html`)}`;
  expect(await a.iframe.getAttribute('src')).toBe(
    `${WIDGET}/receives-link.html?embed=1&parent=${encodeURIComponent(HOST)}&id=1${pageParam}`,
  );
  expect(await b.iframe.getAttribute('src')).toBe(`${WIDGET}/index.html?embed=1&parent=${encodeURIComponent(HOST)}&id=2${pageParam}`);
  await a.finish();
  const mine = await a.result();
  const link = await a.in.locator('#share-link').inputValue();
  expect(link).toMatch(new RegExp(`^${literal(HOST)}/share-page\\.html#crossroads=[A-Za-z0-9_.-]+$`));
  await expect
    .poll(async () => (await events(page)).find((e) => e.type === 'crossroads:complete')?.detail)
    .toEqual({ path: mine.top, verdict: mine.verdict, side: mine.side, sideVerdict: mine.sideVerdict, link });

  const other = await browser.newContext();
  const viewerErrors = [];
  watch(other, viewerErrors);
  const viewer = await other.newPage();
  await viewer.goto(link);
  const va = new Embedded(viewer, '#a');
  const vb = new Embedded(viewer, '#b');
  await va.ready();
  await vb.ready();
  const payload = link.split('#crossroads=')[1];
  expect(await va.iframe.getAttribute('src')).toBe(
    `${WIDGET}/receives-link.html?embed=1&parent=${encodeURIComponent(HOST)}&id=1${pageParam}#crossroads=${payload}`,
  );
  // Only the first widget opens the shared result.
  expect(await vb.iframe.getAttribute('src')).not.toContain('#');
  await expect(va.in.locator('main.result')).toBeVisible();
  await expect(va.in.getByRole('note', { name: 'Shared result' })).toBeVisible();
  expect(await va.result()).toEqual(mine);
  // Someone else's result: not the viewer's, so nothing is said or sent about it (the
  // page's own intro, which says what it would send, is out of sight behind the result).
  await expect(va.in.locator('.receives:visible')).toHaveCount(0);
  await expect(va.in.locator('main.intro')).toBeHidden();
  await expect(vb.heading()).toHaveText(INTRO);
  await va.settled();
  expect((await events(viewer)).filter((e) => e.type === 'crossroads:complete')).toEqual([]);
  expect(viewerErrors).toEqual([]);
  await other.close();
});

test('forged messages into the host and junk into the frame are ignored', async ({ page }) => {
  // The widget here sends its result link (data-result-events="link"), so every field of a
  // complete message is checked.
  await page.goto(`${HOST}/forged.html`);
  const widget = new Embedded(page);
  const frame = await widget.ready();
  const height = await widget.settled();
  const styleHeight = () => widget.iframe.evaluate((f) => f.style.height);

  // 1. The host page's own window posts to itself.
  await page.evaluate(() => {
    window.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'height', height: 5 }, '*');
    window.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'ready' }, '*');
    window.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'complete', path: 'em', verdict: 'clear', link: 'https://evil.example/' }, '*');
  });
  // 2. A frame from another origin (the host's) pretends to be the widget.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.id = 'forger';
    f.src = 'forger.html';
    document.body.append(f);
  });
  await expect.poll(() => page.frameLocator('#forger').locator('p').textContent()).toBe('Not Crossroads.');
  await expect.poll(async () => (await messages(page)).filter((m) => m.origin === HOST).length).toBe(6);
  // 3. A real widget from the right origin, not made by the loader, claims the same id.
  await page.evaluate(
    ({ widget, host }) => {
      const f = document.createElement('iframe');
      f.id = 'impostor';
      f.src = `${widget}/index.html?embed=1&parent=${encodeURIComponent(host)}&id=1`;
      document.body.append(f);
    },
    { widget: WIDGET, host: HOST },
  );
  await expect
    .poll(async () => (await messages(page)).filter((m) => m.origin === WIDGET && m.data?.type === 'ready').length)
    .toBe(2);
  // 4. The widget's own frame sends malformed and out-of-range messages.
  await frame.evaluate(() => {
    const m = (fields) => parent.postMessage({ source: 'crossroads', v: 1, id: '1', ...fields }, '*');
    for (const height of ['5', 0, -3, 1e9, Number.NaN, Infinity, null]) m({ type: 'height', height });
    parent.postMessage({ source: 'crossroads', v: 2, id: '1', type: 'height', height: 7 }, '*');
    parent.postMessage({ source: 'other', v: 1, id: '1', type: 'height', height: 7 }, '*');
    parent.postMessage({ source: 'crossroads', v: 1, id: '2', type: 'height', height: 7 }, '*');
    parent.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'nope', height: 7 }, '*');
    for (const bad of [null, 'height', 42, [], { source: 'crossroads' }]) parent.postMessage(bad, '*');
    m({ type: 'progress', answered: 5, total: 3 });
    m({ type: 'progress', answered: 1.5, total: 3 });
    m({ type: 'progress', answered: 1, total: 500 });
    m({ type: 'progress', answered: '1', total: 3 });
    const side = { side: 'management', sideVerdict: 'clear' };
    m({ type: 'complete', path: 'ceo', verdict: 'clear', ...side, link: 'https://x.example/' });
    m({ type: 'complete', path: 'em', verdict: 'sure', ...side, link: 'https://x.example/' });
    m({ type: 'complete', path: 'em', verdict: 'clear', side: 'both', sideVerdict: 'clear', link: 'https://x.example/' });
    m({ type: 'complete', path: 'em', verdict: 'clear', side: 'management', sideVerdict: 'sure', link: 'https://x.example/' });
    m({ type: 'complete', path: 'em', verdict: 'clear', link: 'https://x.example/' });
    m({ type: 'complete', path: 'em', verdict: 'clear', ...side, link: 'javascript:alert(1)' });
    m({ type: 'complete', path: 'em', verdict: 'clear', ...side, link: `https://x.example/${'a'.repeat(2000)}` });
    m({ type: 'complete', path: 'em', verdict: 'clear', ...side, link: 42 });
    // Then a well-formed one, so the test knows all of the above were handled.
    m({ type: 'height', height: 333.2 });
  });
  await expect.poll(styleHeight).toBe('334px');
  await frame.evaluate((h) => parent.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'height', height: h }, '*'), height);
  await expect.poll(styleHeight).toBe(`${height}px`);

  const all = await events(page);
  expect(all.filter((e) => e.type === 'crossroads:ready')).toHaveLength(1);
  expect(all.filter((e) => e.type === 'crossroads:complete')).toEqual([]);
  expect(all.filter((e) => e.type === 'crossroads:progress' && e.detail.answered > 0)).toEqual([]);

  // Junk posted into the widget's frame, by the host and by anyone: ignored, no error.
  await page.evaluate(() => {
    const target = document.querySelector('#a iframe').contentWindow;
    const junk = [
      null, 'hello', 42, [], { source: 'crossroads', v: 1, id: '1', type: 'height', height: 5 },
      { type: 'navigate', url: 'javascript:alert(1)' }, { source: 'crossroads', v: 1, type: 'answers' },
      { __proto__: { polluted: true } }, new Array(1000).fill('x'),
    ];
    for (const j of junk) target.postMessage(j, '*');
  });
  await widget.start();
  await widget.answer(2);
  await expect(widget.in.locator('.progress-count')).toHaveText(/^3 of \d+$/);
  await widget.settled();
});
