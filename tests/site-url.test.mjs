// What a site URL adds to a build, on a second build with one beside dist/ (built without):
// - oEmbed (scripts/oembed.mjs): the document it writes (oEmbed 1.0, type "rich", html that
//   WordPress keeps whole), the discovery link on every page, the site URLs it refuses, and
//   nothing at all without one;
// - the link preview (scripts/preview.mjs): the Open Graph and Twitter card tags of every
//   page in every language, read as a chat app reads them, and with a site URL the page's
//   address and its image (absolute, in the build, 1200×630, named by its bytes).
// Run by scripts/test after the release build: `node --test tests/site-url.test.mjs`.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { checkSiteUrl, HEIGHT, oembedDocument, WIDTH } from '../scripts/oembed.mjs';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '../scripts/preview.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { headersFor, parseHeadersFile } from './e2e/headers-file.mjs';
import { IMMUTABLE } from '../scripts/hosting.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.CROSSROADS_DIST ?? 'dist');
const SITE = 'https://blog.example/crossroads/';

// What WordPress keeps of an unknown provider's html (wp_filter_oembed_result in
// wp-includes/embed.php): these tags with these attributes, and of them only an optional
// <blockquote> followed by an <iframe>.
const WORDPRESS_KEEPS = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};
// The block editor gives a frame close to one of these width/height ratios (within 0.1
// above one) a fixed shape, which would stop it following the widget's height.
const RESPONSIVE_RATIOS = [2.33, 2.0, 1.78, 1.33, 1.0, 0.56, 0.5];

/** Every file of a folder, by its path in it, with its bytes. */
function files(dir) {
  const out = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(dir.length + 1), readFileSync(path));
  }
  return out;
}

// The release built again with the site's address, into its own folder, beside dist/ (built
// without one): the same code, so the same names, and the pages differ by the link alone.
const BUILT = resolve(ROOT, 'target/oembed-dist');
before(() => {
  assert.ok(existsSync(join(DIST, 'index.html')), `${DIST}/index.html is missing: run scripts/build first`);
  const env = { ...process.env, CROSSROADS_SITE_URL: SITE, CROSSROADS_SKIP_SETUP: '1' };
  const built = spawnSync(join(ROOT, 'scripts/build'), ['--dist', BUILT], { cwd: ROOT, env, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stdout + built.stderr);
});

/** `node scripts/oembed.mjs --check` with CROSSROADS_SITE_URL set to `site`, as scripts/build runs it first. */
function check(site) {
  const env = { ...process.env, CROSSROADS_SITE_URL: site };
  return spawnSync(process.execPath, [join(ROOT, 'scripts/oembed.mjs'), '--check'], { env, encoding: 'utf8' });
}

const pagesOf = (dir) => [...files(dir).keys()].filter((name) => name.endsWith('.html')).sort();
const discoveryLinks = (html) => html.match(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g) ?? [];
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

test('with CROSSROADS_SITE_URL: an oEmbed 1.0 "rich" document whose html WordPress keeps whole', () => {
  const doc = JSON.parse(readFileSync(join(BUILT, 'oembed.json'), 'utf8'));
  // oEmbed 1.0, section 2.3.4: type and version always; html, width and height for "rich".
  assert.equal(doc.type, 'rich');
  assert.equal(doc.version, '1.0');
  assert.equal(typeof doc.html, 'string');
  for (const key of ['width', 'height']) assert.ok(Number.isInteger(doc[key]) && doc[key] > 0, `${key}: ${doc[key]}`);
  assert.deepEqual([doc.width, doc.height], [WIDTH, HEIGHT]);
  const title = readFileSync(join(DIST, 'index.html'), 'utf8').match(/<title>([^<]*)<\/title>/)[1];
  assert.equal(doc.title, title);
  assert.equal(doc.provider_name, 'Crossroads');
  assert.equal(doc.provider_url, SITE);
  assert.deepEqual(Object.keys(doc).sort(), ['height', 'html', 'provider_name', 'provider_url', 'title', 'type', 'version', 'width']);

  // A blockquote with a plain link for readers whose browser cannot run the widget, then the
  // frame, and nothing around them.
  const shape = doc.html.match(/^<blockquote><a href="([^"]*)">([^<]+)<\/a><\/blockquote>(<iframe [^>]*>)<\/iframe>$/);
  assert.ok(shape, doc.html);
  const [, href, text, iframe] = shape;
  assert.equal(href, SITE);
  assert.equal(text, title);
  assert.equal(attribute(iframe, 'src'), SITE);
  assert.equal(attribute(iframe, 'title'), title);
  assert.equal(Number(attribute(iframe, 'width')), doc.width);
  assert.equal(Number(attribute(iframe, 'height')), doc.height);
  // The title first, where WordPress puts it (wp_filter_oembed_iframe_title_attribute).
  assert.match(iframe, /^<iframe title="/);
  // Only what WordPress keeps: every tag and attribute on its list, and every attribute quoted.
  for (const [, name, attrs] of doc.html.matchAll(/<([a-z]+)([^>]*)>/g)) {
    assert.ok(name in WORDPRESS_KEEPS, `<${name}> is not kept`);
    const names = [...attrs.matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]);
    assert.equal(attrs.replace(/\s[a-z-]+="[^"]*"/g, ''), '', `unquoted or stray attribute text in <${name}${attrs}>`);
    for (const a of names) assert.ok(WORDPRESS_KEEPS[name].includes(a), `${name}[${a}] is not kept`);
  }
  // A result taller than WordPress's 1000 px scrolls inside the frame.
  assert.equal(attribute(iframe, 'scrolling'), undefined);
  const ratio = Number((doc.width / doc.height).toFixed(2));
  const below = RESPONSIVE_RATIOS.find((r) => ratio >= r);
  assert.ok(below === undefined || ratio - below > 0.1, `width/height ${ratio} takes the block editor's fixed ${below} shape`);
});

test('with CROSSROADS_SITE_URL: every page has one discovery link in its head, and nothing else changes', () => {
  const before = files(DIST);
  const after = files(BUILT);
  const added = [...after.keys()].filter((name) => !before.has(name));
  assert.deepEqual(added.filter((name) => !isPreviewImage(name)), ['oembed.json']);
  assert.equal(added.filter(isPreviewImage).length, LOCALES.size, 'one preview image per language');
  const pages = pagesOf(BUILT);
  assert.ok(pages.includes('index.html') && pages.includes('de/receives-link.html'), pages.join(' '));
  for (const [name, bytes] of before) {
    if (pages.includes(name) || name === '_headers') continue;
    assert.ok(bytes.equals(after.get(name)), `${name} changed`);
  }
  // The hosting file adds the images, kept for a year as every file named by its bytes.
  const headers = parseHeadersFile(after.get('_headers').toString('utf8'));
  for (const image of added.filter(isPreviewImage)) assert.equal(headersFor(headers, `/${image}`)['cache-control'], IMMUTABLE, image);
  for (const page of pages) {
    const html = after.get(page).toString('utf8');
    const links = discoveryLinks(html);
    assert.equal(links.length, 1, `${page}: ${links.length} discovery links`);
    assert.equal(attribute(links[0], 'href'), `${SITE}oembed.json`);
    assert.ok(attribute(links[0], 'title'), `${page}: the link has no title`);
    // In the head, where WordPress reads (it stops at </head> when there is one).
    const at = html.indexOf(links[0]);
    const headEnd = html.search(/<\/head>|<body[\s>]/);
    assert.ok(headEnd > 0 && at < headEnd, `${page}: the link is not in the head`);
    // The page is otherwise byte for byte the one built without the address, but for the
    // link preview's tags that need it (tested below).
    const withoutSite = (text) =>
      text.replace(links[0], '').replaceAll(/<meta property="og:(?:url|image(?::[a-z]+)?)" content="[^"]*">/g, '').replace('summary_large_image', 'summary');
    assert.equal(withoutSite(html), before.get(page).toString('utf8'), `${page} changed beyond the link and the preview`);
  }
});

test('a site root is an address too', () => {
  const root = 'https://crossroads.example/';
  assert.equal(checkSiteUrl(root), root);
  assert.match(oembedDocument(root, 'Crossroads').html, /src="https:\/\/crossroads\.example\/"/);
});

test('without CROSSROADS_SITE_URL: no document and no discovery link', () => {
  assert.ok(!existsSync(join(DIST, 'oembed.json')));
  for (const page of pagesOf(DIST)) assert.deepEqual(discoveryLinks(readFileSync(join(DIST, page), 'utf8')), [], page);
});

const BAD = [
  ['', /is empty/],
  ['   ', /is empty/],
  ['crossroads/', /must be an absolute address/],
  ['/crossroads/', /must be an absolute address/],
  ['https://blog.example/crossroads', /must end with "\/"/],
  ['ftp://blog.example/crossroads/', /must start with https:\/\/ or http:\/\/, not ftp:/],
  ['https://blog.example/crossroads/#top', /must have no fragment/],
  ['https://blog.example/crossroads/?v=1', /must have no query/],
  ['https://editor:secret@blog.example/crossroads/', /must not hold a user name or password/],
  ['https://editor@blog.example/crossroads/', /must not hold a user name or password/],
  ['HTTPS://Blog.Example/crossroads/', /must be written as a browser writes it: "https:\/\/blog\.example\/crossroads\/"/],
  ['https://blog.example/cross roads/', /must be written as a browser writes it/],
  ['https://blog.example/a^b/', /holds "\^", which WordPress strips/],
];

for (const [value, message] of BAD) {
  test(`CROSSROADS_SITE_URL=${JSON.stringify(value)} fails with one line, before the build`, () => {
    const result = check(value);
    assert.notEqual(result.status, 0);
    assert.equal(result.stdout, '');
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], /^oembed: CROSSROADS_SITE_URL /);
    assert.match(lines[0], message);
    // Credentials are never echoed back.
    assert.doesNotMatch(lines[0], /secret/);
  });
}

test('the pages with the discovery link are valid HTML (Nu HTML Checker)', () => {
  const result = spawnSync(join(ROOT, 'scripts/validate-html'), [BUILT], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});

// The link preview. Each page's language, by its folder, with its Open Graph locale.
const LOCALES = new Map([['en', 'en_US'], ['de', 'de_DE'], ['es', 'es_ES']]);
const isPreviewImage = (name) => /^preview-[0-9a-f]{16}\.png$/.test(name);
const languageOf = (page) => (page.includes('/') ? page.split('/')[0] : 'en');

/**
 * What a link preview reads of each page of `dir`: the title, the description and every
 * Open Graph (`property="og:…"`) and Twitter (`name="twitter:…"`) tag of the head, with
 * whether any stands outside it, parsed by Chromium's HTML parser (DOMParser: no script runs).
 */
async function previewsOf(dir) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const out = new Map();
    for (const name of pagesOf(dir)) {
      const html = readFileSync(join(dir, name), 'utf8');
      const read = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'text/html');
        const tags = (root) =>
          [...root.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')].map((m) => [
            m.getAttribute('property') ?? m.getAttribute('name'),
            m.getAttribute('content'),
          ]);
        return {
          title: doc.title,
          description: doc.querySelector('meta[name="description"]')?.getAttribute('content'),
          lang: doc.documentElement.lang,
          tags: tags(doc.head),
          outside: tags(doc.body).length,
        };
      }, html);
      out.set(name, read);
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** The one value of a property (fails if there are none or several). */
function one(tags, property, page) {
  const values = tags.filter(([p]) => p === property).map(([, v]) => v);
  assert.equal(values.length, 1, `${page}: ${values.length} ${property}`);
  return values[0];
}

/** The checks every page passes, with or without a site URL. */
function checkCommonTags(page, read) {
  const code = languageOf(page);
  assert.equal(read.lang, code, page);
  assert.equal(read.outside, 0, `${page}: preview tags outside the head`);
  assert.equal(one(read.tags, 'og:title', page), read.title);
  assert.equal(one(read.tags, 'og:description', page), read.description);
  assert.ok(read.title.length > 10 && read.description.length > 40, `${page}: ${read.title} / ${read.description}`);
  assert.equal(one(read.tags, 'og:type', page), 'website');
  assert.equal(one(read.tags, 'og:site_name', page), 'Crossroads');
  assert.equal(one(read.tags, 'og:locale', page), LOCALES.get(code));
  const alternates = read.tags.filter(([p]) => p === 'og:locale:alternate').map(([, v]) => v);
  assert.deepEqual(alternates.sort(), [...LOCALES].filter(([c]) => c !== code).map(([, l]) => l).sort(), page);
}

test('without CROSSROADS_SITE_URL: every page in every language has its preview title, description, type and locale, and no image or address', async () => {
  const previews = await previewsOf(DIST);
  assert.equal(previews.size, 3 * LOCALES.size, [...previews.keys()].join(' '));
  const titles = new Set();
  for (const [page, read] of previews) {
    checkCommonTags(page, read);
    titles.add(`${read.lang} ${read.title}`);
    assert.equal(one(read.tags, 'twitter:card', page), 'summary');
    for (const absent of ['og:image', 'og:url']) assert.ok(!read.tags.some(([p]) => p.startsWith(absent)), `${page}: ${absent}`);
  }
  // Each language in its own words: German and Spanish titles are not the English one.
  assert.equal(new Set([...titles].map((t) => t.slice(3))).size, LOCALES.size, [...titles].join(' | '));
  assert.ok(!readdirSync(DIST).some(isPreviewImage), 'no preview image without a site URL');
});

/** The width and height of a PNG, from its IHDR chunk (after the 8-byte signature). */
function pngSize(bytes) {
  assert.ok(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'not a PNG');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('with CROSSROADS_SITE_URL: every page has its absolute address and a 1200×630 image of its language, named by its bytes', async () => {
  const previews = await previewsOf(BUILT);
  const images = new Map();
  for (const [page, read] of previews) {
    checkCommonTags(page, read);
    const code = languageOf(page);
    assert.equal(one(read.tags, 'twitter:card', page), 'summary_large_image');
    assert.equal(one(read.tags, 'og:url', page), new URL(page.replace(/(^|\/)index\.html$/, '$1'), SITE).href);
    const image = one(read.tags, 'og:image', page);
    assert.ok(image.startsWith(SITE), `${page}: ${image} is not under ${SITE}`);
    const name = image.slice(SITE.length);
    assert.ok(isPreviewImage(name), `${page}: ${name}`);
    const bytes = readFileSync(join(BUILT, name));
    assert.equal(createHash('sha256').update(bytes).digest('hex').slice(0, 16), name.slice('preview-'.length, -'.png'.length), `${name} is not named by its bytes`);
    assert.deepEqual(pngSize(bytes), [IMAGE_WIDTH, IMAGE_HEIGHT]);
    assert.deepEqual([IMAGE_WIDTH, IMAGE_HEIGHT], [1200, 630]);
    assert.equal(one(read.tags, 'og:image:width', page), '1200');
    assert.equal(one(read.tags, 'og:image:height', page), '630');
    assert.equal(one(read.tags, 'og:image:type', page), 'image/png');
    // The image's text, for those who cannot see it: the question, in the page's language.
    const alt = one(read.tags, 'og:image:alt', page);
    const question = read.title.split(': ').at(-1).replace(/\?$/, '').toLowerCase();
    assert.ok(alt.toLowerCase().includes(question), `${page}: "${alt}" does not ask "${question}"`);
    if (images.has(code)) assert.equal(images.get(code), name, `${code}: two images`);
    images.set(code, name);
  }
  // One image per language, each its own (their words differ).
  assert.equal(new Set(images.values()).size, LOCALES.size);
});
