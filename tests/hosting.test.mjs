// What a host sends with the widget (scripts/hosting.mjs): the one policy, which every copy
// in the README and the docs must spell exactly; the `_headers` file, as written for any set
// of files and as a build wrote it into dist/; and the names a host may keep for a year,
// which must follow their bytes. Run by scripts/test after the release build
// (`node --test tests/hosting.test.mjs`; the last two tests read dist/).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { filesOf, HASHED_SUFFIX, headersFile, IMMUTABLE, REVALIDATE, STRICT_CSP } from '../scripts/hosting.mjs';
const LANGUAGES = ['en', 'de', 'es'];
import { headersFor, parseHeadersFile, rulesFor } from './e2e/headers-file.mjs';

const DIST = process.env.CROSSROADS_DIST ?? 'dist';
const read = (path) => readFileSync(path, 'utf8');
const sha16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

test("README's policy for hosts is exactly the one the build ships", () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('### Content-Security-Policy for hosts'));
  const block = section.match(/```\n(Content-Security-Policy: .*)\n```/);
  assert.ok(block, 'README.md: no Content-Security-Policy block under "Content-Security-Policy for hosts"');
  assert.equal(block[1], `Content-Security-Policy: ${STRICT_CSP}`);
});

test('every copy of the policy in the README and the docs is the policy, whole', () => {
  const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
  let copies = 0;
  for (const file of files) {
    read(file)
      .split('\n')
      .forEach((line, i) => {
        if (!line.includes('default-src')) return;
        copies++;
        // Exactly the policy, optionally followed by more directives (frame-ancestors).
        assert.ok(line.includes(STRICT_CSP), `${file}:${i + 1} spells the policy otherwise:\n${line}\nnot\n${STRICT_CSP}`);
      });
  }
  assert.ok(copies >= 3, `only ${copies} copies of the policy found`);
});

test("docs/hosting.md's server snippets tell the hashed files apart as the build does", () => {
  // nginx, Apache (twice: one Cache-Control each way) and Caddy.
  assert.equal(read('docs/hosting.md').split(HASHED_SUFFIX).length - 1, 4);
});

// A build's files, by kind (names as the build gives them).
const FILES = {
  'index.html': 'page',
  'receives-summary.html': 'page',
  'receives-link.html': 'page',
  'crossroads-0123456789abcdef.js': 'hashed',
  'crossroads-0123456789abcdef_bg.wasm': 'hashed',
  'words-fedcba9876543210.txt': 'hashed',
  'start-0123456789abcdef.js': 'hashed',
  'main-5a1b2c3d4e5f6a7.css': 'hashed',
  'favicon-1a2b3c4d5e6f7a8b.svg': 'hashed',
  'preview-0a1b2c3d4e5f6a7b.png': 'hashed',
  'embed.js': 'named',
  'wp-frame.js': 'named',
  'oembed.json': 'named',
  'crossroads.json': 'named',
};
const EXPECTED = {
  page: { 'content-security-policy': STRICT_CSP, 'access-control-allow-origin': '*', 'cache-control': REVALIDATE },
  hashed: { 'access-control-allow-origin': '*', 'cache-control': IMMUTABLE },
  named: { 'access-control-allow-origin': '*', 'cache-control': REVALIDATE },
};
const servedAt = (name) => {
  const folder = name.slice(0, name.lastIndexOf('/') + 1);
  if (name === `${folder}index.html`) return [`/${folder}`, `/${name}`];
  return name.endsWith('.html') ? [`/${name}`, `/${name.slice(0, -5)}`] : [`/${name}`];
};

test('_headers: each file by each path it is served at matches one block, with its headers', () => {
  // oembed.json and crossroads.json come without being listed: they may sit beside a build.
  const names = Object.keys(FILES).filter((n) => !['oembed.json', 'crossroads.json'].includes(n));
  const rules = parseHeadersFile(headersFile(names));
  for (const [name, kind] of Object.entries(FILES)) {
    for (const path of servedAt(name)) {
      assert.equal(rulesFor(rules, path).length, 1, `${path}: matches ${rulesFor(rules, path).length} blocks`);
      assert.deepEqual(headersFor(rules, path), EXPECTED[kind], path);
    }
  }
  assert.equal(rules.length, Object.keys(FILES).length + 3, 'one block per path, nothing else');
});

test('_headers: a file of a kind not decided on stops the build', () => {
  assert.throws(() => headersFile(['index.html', 'notes.md']), /no headers decided for dist\/notes\.md/);
  assert.throws(() => headersFile(['crossroads.js']), /no headers decided/); // not hashed: not immutable
});

test('dist/_headers: written by the build for its files, within what both hosts read', () => {
  assert.ok(existsSync(join(DIST, '_headers')), `${DIST}/_headers is missing: run scripts/build first`);
  const text = read(join(DIST, '_headers'));
  const names = filesOf(DIST).filter((n) => n !== '_headers');
  assert.equal(text, headersFile(names));
  const rules = parseHeadersFile(text);
  // Cloudflare Pages reads at most 100 blocks, and lines of at most 2,000 characters.
  assert.ok(rules.length <= 100, `${rules.length} blocks`);
  for (const line of text.split('\n')) assert.ok(line.length <= 2000, line.slice(0, 80));
  for (const name of names) {
    for (const path of servedAt(name)) assert.equal(rulesFor(rules, path).length, 1, path);
  }
  const pages = names.filter((n) => n.endsWith('.html'));
  const each = ['index.html', 'receives-link.html', 'receives-summary.html'];
  assert.deepEqual(pages.sort(), ['de', 'en', 'es'].flatMap((l) => each.map((p) => (l === 'en' ? p : `${l}/${p}`))).sort());
  for (const page of pages) assert.equal(headersFor(rules, servedAt(page)[0])['content-security-policy'], STRICT_CSP);
});

test('dist/: every file a host may keep for a year is named by what it holds', () => {
  const names = readdirSync(DIST);
  const rules = parseHeadersFile(read(join(DIST, '_headers')));
  const immutable = names.filter((n) => headersFor(rules, `/${n}`)['cache-control'] === IMMUTABLE);
  // The words files (scripts/finish.mjs): one per language, each named by its bytes, and
  // each the one its language's page names (<html data-text>: the file and its integrity).
  const words = names.filter((n) => /^words-[0-9a-f]{16}\.txt$/.test(n));
  assert.equal(words.length, LANGUAGES.length);
  for (const name of words) assert.equal(name.slice('words-'.length, -'.txt'.length), sha16(readFileSync(join(DIST, name))));
  for (const language of LANGUAGES) {
    const page = read(join(DIST, language === 'en' ? 'index.html' : `${language}/index.html`));
    assert.ok(words.includes(page.match(/data-text="([^ "]+) sha384-[^"]+"/)?.[1]), `the ${language} page names no words file`);
  }
  // The rest are Trunk's names: a hash of the bytes it writes (the styles, the icon, the
  // start-up script), or, for the code, of the wasm cargo built, from which the pinned
  // wasm-bindgen and wasm-opt make the same glue and wasm every time (scripts/check-release).
  assert.deepEqual(
    immutable.filter((n) => !words.includes(n)).map((n) => n.replace(/-[0-9a-f]+([._])/, '-…$1')).sort(),
    ['crossroads-….js', 'crossroads-…_bg.wasm', 'favicon-….svg', 'main-….css', 'rest-….css', 'start-….js'],
  );
});
