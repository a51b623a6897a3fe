// "Private by design", checked: over a whole journey, copying the share link, opening it and
// comparing, every request goes to the widget's own origin, no cookie is set, and nothing but
// the saved progress, the earlier results and the intro's summary of them (counts only) are
// written to the browser's storage: no sessionStorage, no IndexedDB, no Cache Storage, no
// service worker. The same journey embedded with result events on, where
// the intro says what the host page receives, and the host page receives just that.
import { test, expect, PATTERN, Widget } from './fixtures/crossroads.mjs';
import { Embedded, HOST, WIDGET, events } from './fixtures/embedded.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

/** Everything the page (or frame) keeps in this browser, as seen from it. */
async function storageOf(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    summary: localStorage.getItem('crossroads:intro'),
    session: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

async function expectNothingButProgress(page, context, where) {
  const seen = await storageOf(page);
  expect(seen.cookie, where).toBe('');
  expect(await context.cookies(), where).toEqual([]);
  // The saved progress and the results reached are all that is kept, under their own keys,
  // with the summary the static intro reads (what to offer on a later visit), which holds
  // counts and nothing of the answers.
  expect(seen.local.length, where).toBeGreaterThan(0);
  for (const key of seen.local) expect(key, where).toMatch(/^crossroads:(progress:c\d+|earlier|intro)$/);
  if (seen.summary !== null) {
    const summary = JSON.parse(seen.summary);
    expect(Object.keys(summary).sort(), where).toEqual(['answered', 'earlier', 'resume', 'total', 'v']);
    for (const key of ['answered', 'earlier', 'total', 'v']) expect(Number.isInteger(summary[key]), `${where}: ${key}`).toBe(true);
    expect(typeof summary.resume, where).toBe('boolean');
  }
  expect(seen.session, where).toEqual([]);
  expect(seen.indexedDB, where).toEqual([]);
  expect(seen.caches, where).toEqual([]);
  expect(seen.serviceWorkers, where).toBe(0);
  expect(context.serviceWorkers(), where).toEqual([]);
}

test('a journey, sharing and comparing: only its own origin, no cookies, only the saved progress and results', async ({ page, context, widget, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const requests = [];
  // On the context, so requests from any page, worker or frame it opens are seen too.
  context.on('request', (r) => requests.push(r.url()));
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await widget.open();
  await widget.start();
  await page.getByText('Why this matters').click();
  await expect(page.locator('.why p')).toBeVisible();
  await widget.answerAllByMouse((i) => PATTERN[(i + 4) % PATTERN.length]);
  await widget.chooseContext(page.getByRole('radio', { name: /^Yes/ }).first());
  await widget.seeResult();
  await expectNothingButProgress(page, context, 'after the result');

  // Share: name the result and copy its link (once the link carries the name).
  const named = await widget.nameResult('Sam');
  await widget.copyLink(/Link copied/);
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(named);
  expect(link).toBe(await widget.shareLink().inputValue());
  expect(new URL(link).origin).toBe(origin);
  await expectNothingButProgress(page, context, 'after copying the link');

  // Open the link (a full load) and compare it with the saved result.
  await page.goto('about:blank');
  await page.goto(link);
  await widget.ready();
  await expect(page.getByRole('note', { name: 'Shared result' })).toContainText('Sam');
  await expectNothingButProgress(page, context, 'on the shared view');
  await widget.compareWithMine();
  await expectNothingButProgress(page, context, 'on the comparison');

  // Every request went to the widget's own origin (data: and blob: URLs never leave the
  // browser); at least the page, its script, stylesheet and wasm were seen.
  const outside = requests.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  expect(outside).toEqual([]);
  expect(requests.some((u) => u.endsWith('.wasm'))).toBe(true);
  expect(sockets).toEqual([]);
});

test('with result events on: the intro says what the page receives, and only that leaves the widget', async ({ page, context }) => {
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const sockets = [];
  page.on('websocket', (ws) => sockets.push(ws.url()));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);

  await page.goto(`${HOST}/events-link.html`);
  const widget = new Embedded(page);
  const frame = await widget.ready();
  // The intro says what the page receives, instead of "nothing is sent anywhere".
  const privacy = widget.in.locator('main.intro .privacy');
  await expect(privacy).toHaveText(
    'This page receives your top path and verdict and your result link when you finish. The link holds all your answers. No cookies are set.',
  );
  await expect(privacy).not.toContainText('Nothing is sent');

  await widget.start();
  await widget.in.getByText('Why this matters').click();
  await expect(widget.in.locator('.why p')).toBeVisible();
  await widget.answer(await widget.total(), 4);
  // Once the widget has taken the choice, the way on reads "See my result".
  await widget.in.getByRole('radio', { name: /^Yes/ }).first().check();
  await expect(widget.in.getByRole('button', { name: 'See my result', exact: true })).toBeVisible();
  await widget.in.getByRole('button', { name: /see my result/i }).click();
  await expect(widget.in.locator('main.result')).toBeVisible();
  await expectNothingButProgress(frame, context, 'after the result, embedded');

  // What the host page received: the counts and, at the end, what the intro named.
  const { top, verdict, side, sideVerdict } = await widget.result();
  const link = await widget.in.locator('#share-link').inputValue();
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'crossroads:complete').map((e) => e.detail))
    .toEqual([{ path: top, verdict, side, sideVerdict, link }]);
  for (const e of await events(page)) {
    expect(['crossroads:ready', 'crossroads:progress', 'crossroads:complete']).toContain(e.type);
  }

  // Share: name the result, and once the link carries the name, copy it (by keyboard, as
  // for the controls lower on the result) and read it back on the host page, which may read
  // the clipboard.
  const shareLink = widget.in.locator('#share-link');
  await widget.in.locator('details.share-more > summary').click();
  await widget.in.getByLabel('Name on the result (optional)').fill('Sam');
  await expect(shareLink).not.toHaveValue(link);
  const named = await shareLink.inputValue();
  const copy = widget.in.getByRole('button', { name: 'Copy link' });
  await copy.focus();
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.in.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await shareLink.inputValue()).toBe(named);
  await page.locator('h1').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(named);
  expect(new URL(named).origin).toBe(WIDGET);
  await expectNothingButProgress(frame, context, 'after copying the link, embedded');

  // Open the link on the widget's own page (a full load) and compare it with the saved result.
  await page.goto('about:blank');
  await page.goto(named);
  const own = new Widget(page);
  await own.ready();
  await expect(page.getByRole('note', { name: 'Shared result' })).toContainText('Sam');
  await own.compareWithMine();
  await expectNothingButProgress(page, context, 'on the comparison');

  // Every request went to the widget's origin or to the host page's own (its page, script
  // and stylesheet); nothing anywhere else.
  const outside = requests.filter((u) => !/^(data|blob):/.test(u) && ![WIDGET, HOST].includes(new URL(u).origin));
  expect(outside).toEqual([]);
  expect(requests.filter((u) => new URL(u).origin === HOST).map((u) => new URL(u).pathname).sort()).toEqual(
    ['/events-link.html', '/host.css', '/record.js'].sort(),
  );
  expect(sockets).toEqual([]);
});
