// The pages as a build with CROSSROADS_SITE_URL writes them (scripts/finish.mjs, with
// scripts/oembed.mjs's discovery link right after the <title>), under the strict
// Content-Security-Policy: the link is for oEmbed consumers such as WordPress, not a fetch by
// the page, so the page never asks for oembed.json and starts with zero violations.
// The suite's dist/ is built without the variable; its pages are given the link here, as the
// build's hook gives it, for this run's address, and served in place of the built ones
// under /csp/.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { discoveryLink, pageTitle } from '../../scripts/oembed.mjs';
import { test, expect } from './fixtures/crossroads.mjs';

const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'";

/** A built page with the discovery link for `site`, where scripts/finish.mjs puts it. */
function withDiscoveryLink(html, site) {
  const title = pageTitle(html);
  const tag = `<title>${title}</title>`;
  expect(html.split(tag)).toHaveLength(2);
  return html.replace(tag, tag + discoveryLink(site, title));
}

let pages;
test.beforeAll(({ baseURL }) => {
  const dist = resolve(process.env.CROSSROADS_DIST ?? 'dist');
  const site = new URL('./csp/', baseURL).href;
  pages = Object.fromEntries(
    readdirSync(dist)
      .filter((n) => n.endsWith('.html'))
      .map((n) => [n, withDiscoveryLink(readFileSync(join(dist, n), 'utf8'), site)]),
  );
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
  // Past the intro: the app (its glue, its wasm and the words) loads, under the same policy.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(page.locator('main.intro')).toBeHidden();
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
