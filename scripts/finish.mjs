// What Trunk cannot do, run by Trunk itself after every build (a post_build hook in
// Trunk.toml), so `trunk serve` and `trunk build --release` ship the same pages. Each step
// keeps one promise:
// - the words files, one per language (examples/text_file.rs): the release wasm carries only
//   the words' keys (crossroads_core::text), so a reader fetches their own language only;
// - the pages (index.html filled in, index.html's `{{ … }}`): every language's intro works
//   from its first paint, with no wasm (start/start.js), and the receives-*.html pages tell
//   the reader what a host page receives before they start (src/embed.rs, ResultEvents);
// - the embed loader minified: its budget of 3 KB gzip (scripts/bench --check); and the
//   app's glue (wasm-bindgen's crossroads-….js), which Trunk's own minifier cannot parse
//   ("Failed to minify JS"): 2 KB gzip of the 200 KB fetched before the first screen. Its
//   name stays Trunk's, a hash of the wasm cargo built, from which the pinned wasm-bindgen
//   and terser make the same glue every time;
// - oembed.json and its discovery link, with CROSSROADS_SITE_URL: WordPress embeds the
//   widget from its pasted address (scripts/oembed.mjs);
// - the link preview's tags in every page, and with CROSSROADS_SITE_URL its image and the
//   page's address: a pasted link shows what it opens (scripts/preview.mjs);
// - _headers: the strict policy, CORS and caching by name on hosts that read it
//   (scripts/hosting.mjs).
// Tests: tests/hosting.test.mjs and tests/site-url.test.mjs on a build, and the end-to-end suite.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';
import { writeHeadersFile } from './hosting.mjs';
import { checkSiteUrl, oembedDocument, discoveryLink, escape, DOCUMENT_NAME } from './oembed.mjs';
import { siteTags, writePreviewImages } from './preview.mjs';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const sri = (text) => 'sha384-' + createHash('sha384').update(text).digest('base64');

// The words and the page's words come from the Rust that defines them, on the host.
const env = { ...process.env };
for (const name of Object.keys(env)) if (name.startsWith('CARGO_') || name.startsWith('TRUNK_')) delete env[name];
function textFile(...args) {
  const run = spawnSync('cargo', ['run', '-q', '-p', 'crossroads', '--example', 'text_file', '--', ...args], { env, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`text_file ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}
const rows = (text) => text.split('\n').filter(Boolean).map((line) => line.split('\t'));
const LANGUAGES = rows(textFile('--languages'));

const site = process.env.CROSSROADS_SITE_URL ? checkSiteUrl(process.env.CROSSROADS_SITE_URL) : null;
const template = readFileSync(join(staging, 'index.html'), 'utf8');
// The files a page links, which a language's page, one folder down, reaches with "../".
const linked = readdirSync(staging).filter((name) => template.includes(`./${name}`));

// The page's words of every language (i18n/page.tsv and its translations).
const PAGE_WORDS = new Map(LANGUAGES.map(([code]) => [code, rows(textFile('--page', code))]));
for (const [code, words] of PAGE_WORDS) {
  for (const word of words) if (word[1].includes('|')) throw new Error(`finish: the ${code} word ${word[0]} holds "|"`);
}
// The link preview's image of each language, where the build knows the site's address.
const previews = site
  ? await writePreviewImages(
      staging,
      [...PAGE_WORDS].map(([code, words]) => {
        const word = Object.fromEntries(words);
        return [code, { title: word['intro.title'], line: word['page.preview'] }];
      }),
      (({ host, pathname }) => host + pathname.replace(/\/$/, ''))(new URL(site)),
    )
  : null;

/** A page: the template filled in for a language and what the page sends its host. */
function page(code, words, text, receives) {
  const word = Object.fromEntries(words);
  const up = code === 'en' ? '' : '../';
  const locale = LANGUAGES.find(([other]) => other === code)[2];
  const menu = LANGUAGES.map(([other, name]) => {
    const href = other === code ? './' : other === 'en' ? up : `${up}${other}/`;
    return `<a href="${href}" hreflang="${other}" lang="${other}"${other === code ? ' aria-current="true"' : ''}>${escape(name)}</a>`;
  });
  const fields = {
    ...Object.fromEntries(words.map(([id, value]) => [id, escape(value)])),
    lang: code,
    text,
    receives,
    'privacy.class': receives ? 'privacy receives' : 'privacy',
    privacy: escape(word[receives ? `intro.privacy-${receives}` : 'intro.privacy']),
    languages: menu.join(''),
    'og.locale': locale,
    'twitter.card': previews ? 'summary_large_image' : 'summary',
    // Only this page's privacy line and notice, and not the preview's line (the build's
    // only): a word left out keeps its place, empty.
    words: escape(words.map(([id, value]) => ((/^(intro\.privacy|embed\.notice)-/.test(id) && !id.endsWith(`-${receives}`)) || id === 'page.preview' ? '' : value)).join('|')),
  };
  let html = template;
  for (const [key, value] of Object.entries(fields)) html = html.replaceAll(`{{ ${key} }}`, value);
  if (html.includes('{{ ')) throw new Error(`finish: index.html asks for a field no page has: ${html.split('{{ ')[1].split(' }}')[0]}`);
  // After the title: the other languages' locales, and with a site URL the oEmbed link and
  // the preview's address, image and page address.
  let head = LANGUAGES.filter(([other]) => other !== code)
    .map(([, , other]) => `<meta property="og:locale:alternate" content="${other}">`)
    .join('');
  if (site) {
    const address = `${site}${code === 'en' ? '' : `${code}/`}${receives ? `receives-${receives}.html` : ''}`;
    const alt = `Crossroads. ${word['intro.title']} ${word['page.preview']}`;
    head += discoveryLink(site, fields['page.title']) + siteTags(address, site + previews.get(code), alt);
  }
  const title = `<title>${fields['page.title']}</title>`;
  html = html.replace(title, title + head);
  for (const name of linked) html = html.replaceAll(`./${name}`, `${up}${name}`);
  return html;
}

const written = [];
for (const [code] of LANGUAGES) {
  const wordsFile = textFile('--lang', code);
  const name = `words-${createHash('sha256').update(wordsFile).digest('hex').slice(0, 16)}.txt`;
  writeFileSync(join(staging, name), wordsFile);
  const words = PAGE_WORDS.get(code);
  if (code !== 'en') mkdirSync(join(staging, code), { recursive: true });
  for (const receives of ['', 'summary', 'link']) {
    const path = join(code === 'en' ? '' : code, receives ? `receives-${receives}.html` : 'index.html');
    writeFileSync(join(staging, path), page(code, words, `${name} ${sri(wordsFile)}`, receives));
    written.push(path);
  }
}
console.log(`finish: the pages ${written.join(', ')}`);

// The pseudo-language (docs/translating.md), for the layout tests only, never shipped.
mkdirSync('target/pseudo', { recursive: true });
writeFileSync('target/pseudo/words.txt', textFile('--pseudo'));
writeFileSync('target/pseudo/page-words.txt', textFile('--pseudo', '--page'));

const glue = readdirSync(staging).filter((name) => /^crossroads-[0-9a-f]+\.js$/.test(name));
for (const file of ['embed.js', 'wp-frame.js', ...glue]) {
  const path = join(staging, file);
  const small = (await minify(readFileSync(path, 'utf8'), { module: file !== 'embed.js', compress: true, mangle: true, format: { comments: /^!/ } })).code;
  writeFileSync(path, small);
}

if (site) {
  const title = rows(textFile('--page', 'en')).find(([id]) => id === 'page.title')[1];
  writeFileSync(join(staging, DOCUMENT_NAME), JSON.stringify(oembedDocument(site, escape(title)), null, 2) + '\n');
}
writeHeadersFile(staging);
console.log('finish: words files, pages, loader, hosting files written');
