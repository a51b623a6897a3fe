// "Private by design", checked: over a whole journey, copying the share link, opening it and
// comparing, every request goes to the widget's own origin, no cookie is set, and nothing but
// the saved progress is written to the browser's storage: no sessionStorage, no IndexedDB,
// no Cache Storage, no service worker.
import { test, expect, PATTERN } from './fixtures/crossroads.mjs';

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

/** Everything the page keeps in this browser, as seen from the page. */
async function storageOf(page) {
  return page.evaluate(async () => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
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
  // The saved progress is the one thing kept, under its own prefix.
  expect(seen.local.length, where).toBeGreaterThan(0);
  for (const key of seen.local) expect(key, where).toMatch(/^crossroads:progress:/);
  expect(seen.session, where).toEqual([]);
  expect(seen.indexedDB, where).toEqual([]);
  expect(seen.caches, where).toEqual([]);
  expect(seen.serviceWorkers, where).toBe(0);
  expect(context.serviceWorkers(), where).toEqual([]);
}

test('a journey, sharing and comparing: only its own origin, no cookies, only the saved progress', async ({ page, context, widget, baseURL }) => {
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
