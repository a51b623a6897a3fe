// Result events (`data-result-events` on the placeholder): a host page receives the top path
// and verdict, or those and the result link, only from a page of the widget that tells the
// reader so in its intro, before Start (part of its static HTML), and again beside the
// result. Host pages in tests/e2e/hosts/ on another origin than the widget. By default the
// host receives nothing personal: see embed.spec.mjs.
import { Embedded, HOST, INTRO, WIDGET, events, expect, literal, messages, test } from './fixtures/embedded.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

const LEVELS = ['summary', 'link'];
/** The intro's privacy line on each page. */
const PRIVACY = {
  summary:
    'This page receives your top path and verdict when you finish. Your answers themselves stay in this browser, and no cookies are set.',
  link: 'This page receives your top path and verdict and your result link when you finish. The link holds all your answers. No cookies are set.',
};
/** The notice beside the result. */
const NOTICE = {
  summary: 'This page receives your top path and verdict when you finish.',
  link: 'This page receives your top path and verdict and your result link when you finish. The link holds all your answers.',
};
/** The fields of `complete`, in the event and in the raw message. */
const FIELDS = { summary: ['path', 'side', 'sideVerdict', 'verdict'], link: ['link', 'path', 'side', 'sideVerdict', 'verdict'] };

const completes = async (page) => (await events(page)).filter((e) => e.type === 'crossroads:complete');
const rawFrom = async (page, id) => (await messages(page)).filter((m) => m.origin === WIDGET && m.data?.id === id);

for (const level of LEVELS) {
  test(`data-result-events="${level}": told before Start and beside the result, then exactly ${FIELDS[level].join(', ')} arrive`, async ({ page }) => {
    await page.goto(`${HOST}/events-${level}.html`);
    const widget = new Embedded(page);
    expect(await widget.iframe.getAttribute('src')).toBe(
      `${WIDGET}/receives-${level}.html?embed=1&parent=${encodeURIComponent(HOST)}&id=1`,
    );
    const frame = await widget.ready();
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-receives'))).toBe(level);

    // In the widget, above Start: what the page receives, in place of "nothing is sent".
    const told = widget.in.locator('main.intro p.privacy');
    await expect(told).toHaveText(PRIVACY[level]);
    await expect(told).toBeVisible();
    const start = widget.in.getByRole('button', { name: 'Start' });
    expect((await told.boundingBox()).y + (await told.boundingBox()).height).toBeLessThanOrEqual((await start.boundingBox()).y);
    await widget.settled();

    await widget.finish();
    // Beside the result: right under the verdict and its coverage, in view with them.
    const beside = widget.in.locator('main.result > .coverage + p.receives');
    await expect(beside).toHaveText(NOTICE[level]);
    await expect(beside).toBeVisible();
    // Said once: the intro's line is out of sight behind the result.
    await expect(widget.in.locator('.receives:visible')).toHaveCount(1);
    await expect(widget.in.locator('main.intro')).toBeHidden();

    const { top, verdict, side, sideVerdict } = await widget.result();
    expect(['technical', 'management']).toContain(side);
    const link = await widget.in.locator('#share-link').inputValue();
    const summary = { path: top, verdict, side, sideVerdict };
    const detail = level === 'link' ? { ...summary, link } : summary;
    await expect.poll(() => completes(page)).toEqual([{ type: 'crossroads:complete', widget: 'a', detail }]);
    // The link leads to the plain widget, which sends nothing, not to this page.
    expect(link).toMatch(new RegExp(`^${literal(WIDGET)}/index\\.html#r=[A-Za-z0-9_-]+$`));

    // The raw messages: the sizing, the counts, and the agreed fields once the result shows.
    const fields = { ready: [], height: ['height'], progress: ['answered', 'total'], complete: FIELDS[level], scroll: [] };
    const raw = await rawFrom(page, '1');
    expect(raw.filter((m) => m.data.type === 'complete')).toEqual([
      { origin: WIDGET, data: { source: 'crossroads', v: 1, id: '1', type: 'complete', ...detail } },
    ]);
    for (const { data } of raw) {
      expect(Object.keys(fields)).toContain(data.type);
      expect(Object.keys(data).sort()).toEqual(['id', 'source', 'type', 'v', ...fields[data.type]].sort());
    }
    expect((await messages(page)).filter((m) => m.origin !== WIDGET)).toEqual([]);
  });

  test(`data-result-events="${level}": with the frame's scripts blocked, its static intro already says it`, async ({ page, errors }) => {
    await page.route(/\/start-[0-9a-f]+\.js$/, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }),
    );
    await page.goto(`${HOST}/events-${level}.html`);
    const widget = new Embedded(page);
    const told = widget.in.locator('main.intro p.privacy');
    await expect(told).toHaveText(PRIVACY[level]);
    await expect(told).toBeVisible();
    await expect(widget.in.getByRole('button', { name: 'Start' })).toBeDisabled();
    const frame = await widget.frame();
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-receives'))).toBe(level);
    // The blocked script is the only complaint (it reaches the test on its own, not
    // necessarily before the static intro shows).
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    expect(await frame.evaluate(() => performance.getEntriesByName('crossroads-ready').length)).toBe(0);
    // No code ran in the frame, so nothing at all reached the host page.
    expect(await messages(page)).toEqual([]);
    expect(errors.every((e) => /status of 404/.test(e)), errors.join('\n')).toBe(true);
    errors.length = 0;
  });
}

test("a host page's styles, options and messages neither hide the notice nor skip the intro", async ({ page }) => {
  // hide-notice.css names the notice's classes and squeezes the frame; the placeholder asks
  // for a dark theme with the dark surface as accent, a transparent background over a lime
  // page, compact spacing and to start on the questions.
  await page.goto(`${HOST}/events-hostile.html`);
  const widget = new Embedded(page);
  const frame = await widget.ready();
  expect(await widget.iframe.getAttribute('src')).toContain('/receives-link.html?embed=1&');
  await expect(widget.heading()).toHaveText(INTRO);
  const told = widget.in.locator('main.intro p.privacy');
  await expect(told).toHaveText(PRIVACY.link);
  await expect(told).toBeVisible();
  await widget.settled();

  // Fully inside the frame's box on the host page, on an opaque box of its own.
  const box = await told.boundingBox();
  const outer = await widget.iframe.boundingBox();
  expect(box.y).toBeGreaterThanOrEqual(outer.y);
  expect(box.y + box.height).toBeLessThanOrEqual(outer.y + outer.height);
  const look = await told.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { display: cs.display, visibility: cs.visibility, opacity: cs.opacity, background: cs.backgroundColor };
  });
  expect(look).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1' });
  expect(look.background, 'an opaque background').toMatch(/^rgb\(/);
  expect(await frame.evaluate(() => document.documentElement.getAttribute('data-theme'))).toBe('dark');

  // Messages posted into the frame that pretend to turn it off: the widget listens to none.
  await page.evaluate(() => {
    const target = document.querySelector('#a iframe').contentWindow;
    for (const m of [
      { source: 'crossroads', v: 1, id: '1', type: 'receives', receives: 'nothing' },
      { source: 'crossroads', v: 1, id: '1', type: 'result-events', events: '' },
      { source: 'crossroads', v: 1, id: '1', type: 'notice', hidden: true },
      { source: 'crossroads', v: 1, id: '1', type: 'style', css: '.receives { display: none }' },
      'hide-notice',
    ]) {
      target.postMessage(m, '*');
    }
  });
  await widget.finish();
  const beside = widget.in.locator('main.result > .coverage + p.receives');
  await expect(beside).toHaveText(NOTICE.link);
  await expect(beside).toBeVisible();
  expect(await frame.evaluate(() => document.documentElement.getAttribute('data-receives'))).toBe('link');
  await expect.poll(async () => Object.keys((await completes(page))[0]?.detail ?? {}).sort()).toEqual(FIELDS.link);

  // Back on the intro, it still says so.
  await widget.in.getByRole('button', { name: 'Start over', exact: true }).click();
  await widget.in.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(widget.heading()).toHaveText(INTRO);
  await expect(told).toHaveText(PRIVACY.link);
  await expect(told).toBeVisible();
});

test('what is sent comes from the page the widget runs in, never from an address a host page writes', async ({ page }) => {
  // A finished run, saved in this browser.
  await page.goto(`${HOST}/events-link.html`);
  const widget = new Embedded(page);
  await widget.ready();
  await widget.finish();
  await expect.poll(async () => (await completes(page)).length).toBe(1);

  const frame = (id, src) =>
    page.evaluate(
      ({ id, src }) => {
        const f = document.createElement('iframe');
        f.id = id;
        f.title = id;
        f.src = src;
        document.body.append(f);
      },
      { id, src },
    );
  const parent = `parent=${encodeURIComponent(HOST)}`;

  // A hand-made frame of the plain widget that asks, in its address, for the result and for
  // result events: the result shows, and its complete message carries nothing.
  await frame('plain', `${WIDGET}/index.html?embed=1&${parent}&id=7&receives=link&result-events=link&events=link#result`);
  const plain = page.frameLocator('#plain');
  await expect(plain.locator('main.result')).toBeVisible();
  await expect(plain.locator('.receives')).toHaveCount(0);
  await expect
    .poll(async () => (await rawFrom(page, '7')).filter((m) => m.data.type === 'complete').map((m) => m.data))
    .toEqual([{ source: 'crossroads', v: 1, id: '7', type: 'complete' }]);

  // A hand-made frame of the page that sends the link, pointed straight at the result: it
  // opens on its intro, which says what the page receives, and offers the saved run. Nothing
  // is sent until the reader goes on.
  await frame('told', `${WIDGET}/receives-link.html?embed=1&${parent}&id=8#result`);
  const told = page.frameLocator('#told');
  await expect(told.locator('h1:visible')).toHaveText(INTRO);
  await expect(told.locator('main.intro p.privacy')).toHaveText(PRIVACY.link);
  await expect.poll(async () => (await rawFrom(page, '8')).some((m) => m.data.type === 'ready')).toBe(true);
  expect((await rawFrom(page, '8')).filter((m) => m.data.type === 'complete')).toEqual([]);
  await told.getByRole('button', { name: 'Resume where you left off' }).click();
  await expect(told.locator('main.result > .coverage + p.receives')).toHaveText(NOTICE.link);
  await expect
    .poll(async () => (await rawFrom(page, '8')).filter((m) => m.data.type === 'complete').map((m) => Object.keys(m.data).sort()))
    .toEqual([['id', 'link', 'path', 'side', 'sideVerdict', 'source', 'type', 'v', 'verdict'].sort()]);
});

test('the loader passes on only the fields its placeholder agreed, whatever its frame sends', async ({ page }) => {
  const full = { path: 'em', verdict: 'clear', side: 'management', sideVerdict: 'clear', link: 'https://x.example/#r=AQE', answers: [2, -1, 0] };
  const summary = { path: 'em', verdict: 'clear', side: 'management', sideVerdict: 'clear' };
  const send = (frame) =>
    frame.evaluate((m) => parent.postMessage({ source: 'crossroads', v: 1, id: '1', type: 'complete', ...m }, '*'), full);
  // By default: an empty detail.
  await page.goto(`${HOST}/snippet.html`);
  let widget = new Embedded(page);
  await send(await widget.ready());
  await expect.poll(() => completes(page)).toEqual([{ type: 'crossroads:complete', widget: 'a', detail: {} }]);
  // With "summary": the path, its side and their verdicts, never the link.
  await page.goto(`${HOST}/events-summary.html`);
  widget = new Embedded(page);
  await send(await widget.ready());
  await expect
    .poll(() => completes(page))
    .toEqual([{ type: 'crossroads:complete', widget: 'a', detail: summary }]);
  // With "link": those and the link, never anything more.
  await page.goto(`${HOST}/events-link.html`);
  widget = new Embedded(page);
  await send(await widget.ready());
  await expect
    .poll(() => completes(page))
    .toEqual([{ type: 'crossroads:complete', widget: 'a', detail: { ...summary, link: full.link } }]);
});

test("a widget with an organisation's names tells the page the path by its stable key", async ({ page }) => {
  // The widget beside Globex's crossroads.json (tests/e2e/organisations/globex.json), which
  // renames every path.
  await page.goto(`${HOST}/events-organisation.html`);
  const widget = new Embedded(page);
  expect(await widget.iframe.getAttribute('src')).toMatch(new RegExp(`^${literal(WIDGET)}/org/globex/receives-summary\\.html\\?`));
  await widget.ready();
  await widget.settled();
  await widget.finish();
  const names = await widget.in.locator('.ranking.compact .fit-name').allTextContents();
  expect(names.sort()).toEqual(['Engineer III', 'People manager', 'Team lead', 'Technical fellow']);
  const { top, verdict, side, sideVerdict } = await widget.result();
  expect(['senior', 'staff', 'tlm', 'em']).toContain(top);
  await expect
    .poll(() => completes(page))
    .toEqual([{ type: 'crossroads:complete', widget: 'a', detail: { path: top, verdict, side, sideVerdict } }]);
});
