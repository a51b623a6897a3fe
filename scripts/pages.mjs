// The pages in each language (docs/translating.md), from the built English pages: the root's
// index.html and receives-*.html stay where they are, in English, and each other language gets
// a folder of its own (`de/`, `es/`) with the same pages, whose static shell (title,
// description, intro, the line shown when the files do not load, <noscript>) is in that
// language and whose <html lang> names it. Every page also carries its language's words for
// the intro's part of the code (`<body data-words>`, read by src/page.rs) in the order of
// i18n/page.tsv; the rest of the words come from that language's words file, which the glue
// names in <html data-text> (scripts/postbuild.mjs). Called by scripts/postbuild.mjs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The languages, the root's first; each other one's pages are in the folder of its code. */
export const LANGUAGES = ['en', 'de', 'es'];

const read = (name) => readFileSync(new URL(`../i18n/${name}`, import.meta.url), 'utf8');
const lines = (text) =>
  text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));

/** The page's words in a language, in the order of i18n/page.tsv: `{ id, english, text }`. */
export function pageWords(code) {
  const english = lines(read('page.tsv')).map(([id, en]) => ({ id, english: en, text: en }));
  if (code === 'en') return english;
  const translated = lines(read(`${code}-page.tsv`));
  return english.map((word, i) => {
    const [id, en, text] = translated[i] ?? [];
    if (id !== word.id || en !== word.english || !text) {
      throw new Error(`pages: i18n/${code}-page.tsv line for ${word.id} is missing or was made from other English`);
    }
    return { ...word, text };
  });
}

/** A word by its id. */
export const wordOf = (words, id) => {
  const word = words.find((w) => w.id === id);
  if (!word) throw new Error(`pages: no page word ${id}`);
  return word;
};

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * Whether the code of a page says this word: not the words only its static shell shows (it
 * has them already), nor what a host page receives on a page that sends it nothing (or sends
 * it something else). A word left out keeps its place, empty.
 */
function needed(id, html) {
  if (['page.title', 'page.description', 'shell.noscript'].includes(id)) return false;
  const receives = html.match(/data-receives="?(summary|link)/)?.[1];
  if (/^(intro\.privacy|embed\.notice)-/.test(id)) return id.endsWith(`-${receives}`);
  return true;
}

/**
 * `html` with its <html> tag naming the language and carrying its words, and its words file
 * (`text`: the file's name and integrity hash, which the glue reads).
 */
export function withWords(html, code, words, text) {
  for (const { id, text: t } of words) {
    if (/[|<>]/.test(t)) throw new Error(`pages: the ${code} word ${id} holds | or markup`);
  }
  const root = /<html\b[^>]*>/;
  const body = /<body\b[^>]*>/;
  if (!root.test(html) || !body.test(html)) throw new Error('pages: the page has no <html> or <body> tag');
  const joined = escapeAttribute(words.map((w) => (needed(w.id, html) ? w.text : '')).join('|'));
  // The words on <body>, so that <meta charset> stays within the first 1024 bytes; the words
  // file's name on <html>, as the glue may ask for it before <body> is parsed.
  return html
    .replace(root, (tag) => {
      const rest = tag
        .slice('<html'.length, -1)
        .replace(/\s+lang=("[^"]*"|[^\s>]*)/, '')
        .replace(/\s+data-text="[^"]*"/, '');
      return `<html lang=${code}${rest} data-text="${text}">`;
    })
    .replace(body, (tag) => `${tag.slice(0, -1).replace(/\s+data-words="[^"]*"/, '')} data-words="${joined}">`)
    .replace(new RegExp(`(<a [^>]*hreflang="?${code}"?)`), '$1 aria-current=true');
}

/**
 * A built English page (index.html or receives-*.html, without its words yet) in another
 * language: the static shell's texts replaced by their translations, each of which must be
 * found, the files beside it addressed from its folder one level down, and its words added.
 */
export function translatePage(html, code, text) {
  const english = pageWords('en');
  const words = pageWords(code);
  let page = html;
  for (const [i, { id, english: en }] of english.entries()) {
    const text = words[i].text;
    // A line with values (the length line): the built page has them filled in.
    const pattern = en.split('{}').map((p) => p.replace(/[.*+?^$()[\]\\|]/g, '\\$&')).join('(\\d+)');
    const found = new RegExp(`(>|content="?)${pattern}(<|")`, 'g');
    page = page.replace(found, (_, before, ...rest) => {
      const values = rest.slice(0, en.split('{}').length - 1);
      let filled = text;
      for (const v of values) filled = filled.replace('{}', v);
      return before + filled + rest[values.length];
    });
  }
  // Every English text of the shell must have gone: nothing of it stays untranslated.
  for (const { id, english: en } of english) {
    if (!en.includes('{}') && new RegExp(`>${en.replace(/[.*+?^$()[\]\\|]/g, '\\$&')}<`).test(page)) {
      throw new Error(`pages: ${id} stays in English on the ${code} page`);
    }
  }
  page = page
    .replace(/(\s(?:href|src)=["']?)\.\//g, '$1../')
    .replace(new RegExp(`(\\shref=["']?)(${LANGUAGES.slice(1).join('|')})/`, 'g'), '$1../$2/')
    .replace(/aria-label="?Language"?/, `aria-label="${escapeAttribute(wordOf(words, 'language.menu').text)}"`);
  return withWords(page, code, words, text);
}

/**
 * Writes the words into the root's pages (`names`, in dist/), then every other language's
 * copies of them into its folder; `text` gives each language's words file (its name and
 * integrity hash). Returns the paths written.
 */
export function writePages(dist, names, text) {
  const written = [];
  const english = Object.fromEntries(names.map((n) => [n, readFileSync(join(dist, n), 'utf8')]));
  for (const code of LANGUAGES) {
    if (code !== 'en') mkdirSync(join(dist, code), { recursive: true });
    for (const name of names) {
      const path = code === 'en' ? name : `${code}/${name}`;
      const page =
        code === 'en'
          ? withWords(english[name], 'en', pageWords('en'), text.en)
          : translatePage(english[name], code, text[code]);
      writeFileSync(join(dist, path), page);
      written.push(path);
    }
  }
  return written;
}
