// The pages as a build with CROSSROADS_SITE_URL writes them (scripts/oembed.mjs: one
// <link rel="alternate" type="application/json+oembed"> in the head), under the strict
// Content-Security-Policy: the link is for oEmbed consumers such as WordPress, not a fetch by
// the page, so the page never asks for oembed.json and starts with zero violations.
// The suite's dist/ is built without the variable; the pages are taken from a copy of it
// that the oEmbed step has run on, and served in place of the built ones under /csp/.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeOembed } from '../../scripts/oembed.mjs';
import { test, expect } from './fixtures/crossroads.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'";

let pages;
test.beforeAll(({ baseURL }) => {
  const dist = resolve(process.env.CROSSROADS_DIST ?? 'dist');
  const dir = mkdtempSync(join(tmpdir(), 'crossroads-oembed-e2e-'));
  try {
    for (const name of readdirSync(dist).filter((n) => n.endsWith('.html'))) cpSync(join(dist, name), join(dir, name));
    writeOembed(dir, new URL('./csp/', baseURL).href);
    pages = Object.fromEntries(readdirSync(dir).filter((n) => n.endsWith('.html')).map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.afterEach(async ({ errors }) => {
  expect(errors).toEqual([]);
});

/** Serves the pages with the discovery link in place of the built ones under /csp/, with the server's own headers. */
async function serveWithLink(page) {
  await page.route(
    (url) => /^\/csp\/([a-z-]+\.html)?$/.test(url.pathname),
    async (route) => {
      const name = new URL(route.request().url()).pathname.slice('/csp/'.length) || 'index.html';
      const response = await route.fetch();
      await route.fulfill({ response, body: pages[name] });
    },
  );
}

/** Every `securitypolicyviolation` in the page, and every request the page makes. */
async function watch(page) {
  const seen = { violations: [], requests: [] };
  await page.exposeBinding('__cspReport', (_source, v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspReport?.({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
  page.on('request', (request) => seen.requests.push(request.url()));
  return seen;
}

test('with the oEmbed discovery link, the widget starts under the strict CSP and never fetches oembed.json', async ({ page, widget, baseURL }) => {
  const seen = await watch(page);
  await serveWithLink(page);
  const response = await page.goto('./csp/');
  expect(response.headers()['content-security-policy']).toBe(STRICT_CSP);
  const link = page.locator('head link[rel="alternate"][type="application/json+oembed"]');
  await expect(link).toHaveAttribute('href', new URL('./csp/oembed.json', baseURL).href);
  await widget.ready();
  // Past the intro: the rest of the code and the words load, under the same policy.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(page.locator('main.intro')).toHaveCount(0);
  await expect(widget.heading()).toBeFocused();
  expect(seen.violations).toEqual([]);
  expect(seen.requests.filter((url) => url.includes('oembed'))).toEqual([]);
});

test('the page that sends the result, with the link, loads under the strict CSP with no violation', async ({ page, widget }) => {
  const seen = await watch(page);
  await serveWithLink(page);
  await page.goto('./csp/receives-summary.html');
  await expect(page.locator('head link[rel="alternate"][type="application/json+oembed"]')).toHaveCount(1);
  await widget.ready();
  expect(seen.violations).toEqual([]);
  expect(seen.requests.filter((url) => url.includes('oembed'))).toEqual([]);
});
