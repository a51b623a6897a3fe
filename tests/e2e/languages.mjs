// The widget's words in each language, for the end-to-end tests: read from the translation
// files the build reads (i18n/), so that a test names what a reader of that language sees.
import { readFileSync } from 'node:fs';

const rows = (name) =>
  readFileSync(new URL(`../../i18n/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));

/** The other languages, by code, with their folder's page. */
export const LANGUAGES = { de: 'de/', es: 'es/' };

/**
 * The words of a language: `say('Next')` gives its translation of an English text of the
 * words file (the English itself for `en`), `page('intro.start')` one of the page's words.
 */
export function wordsOf(code) {
  const english = new Map(rows('page.tsv').map(([id, en]) => [id, en]));
  if (code === 'en') return { say: (text) => text, page: (id) => english.get(id) };
  const words = new Map(rows(`${code}.tsv`).map(([, en, text]) => [en, text]));
  const page = new Map(rows(`${code}-page.tsv`).map(([id, , text]) => [id, text]));
  const get = (map, key) => {
    if (!map.has(key)) throw new Error(`no ${code} word for "${key}"`);
    return map.get(key);
  };
  return { say: (text) => get(words, text), page: (id) => get(page, id) };
}

/** `{} of {}` and the like, filled in order. */
export const fill = (text, ...values) => values.reduce((t, v) => t.replace('{}', v), text);
