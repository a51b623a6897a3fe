// The start-up script's decisions (start/start.js), without a browser: each against the
// contract the app's Rust tests read too (tests/fixtures/start-contract.json), and the page's
// word ids against i18n/page.tsv, whose order <body data-words> follows.
// Run with `node --test tests/start.test.mjs`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  accentText,
  chooseLanguage,
  embedOptions,
  fill,
  followLanguage,
  INTENTS,
  LANGUAGE_KEY,
  loadsAtOnce,
  ORGANISATION_LIMIT,
  organisationNote,
  pageWord,
  readSummary,
  SUMMARY_KEY,
  WORD_IDS,
  WORDPRESS,
} from '../start/start.js';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const contract = JSON.parse(read('tests/fixtures/start-contract.json'));
const LANGUAGES = ['en', 'de', 'es'];

test('the word ids are the first column of i18n/page.tsv, in order', () => {
  const ids = read('i18n/page.tsv')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t')[0]);
  assert.deepEqual(WORD_IDS, ids);
});

test('a word is found by its place in <body data-words>, and filled in order', () => {
  const words = WORD_IDS.map((id) => `<${id}>`).join('|');
  for (const id of WORD_IDS) assert.equal(pageWord(words, id), `<${id}>`);
  assert.equal(pageWord(words, 'no.such-word'), '');
  // A page that leaves a word out keeps its place, empty (scripts/finish.mjs).
  assert.equal(pageWord('a||c', WORD_IDS[1]), '');
  assert.equal(pageWord('', 'intro.waiting'), '');
  assert.equal(fill('You answered {} of {} statements last time.', 12, 40), 'You answered 12 of 40 statements last time.');
  assert.equal(fill('{} results are kept in this browser.', 3), '3 results are kept in this browser.');
  assert.equal(fill('{} and {}', 1), '1 and ', 'a {} without a value says nothing, as src/page_words.rs');
  assert.equal(fill('{ nothing }'), '{ nothing }');
});

test('the constants are the contract', () => {
  assert.equal(SUMMARY_KEY, contract.summaryKey);
  assert.equal(LANGUAGE_KEY, contract.languageKey);
  assert.equal(ORGANISATION_LIMIT, contract.organisationLimit);
  assert.equal(WORDPRESS, contract.wordpressFragment);
  assert.deepEqual(Object.values(INTENTS), contract.intents);
  // Every intent's button is on the intro (index.html).
  const page = read('index.html');
  for (const id of Object.keys(INTENTS)) assert.match(page, new RegExp(`<button [^>]*id="${id}"`));
});

test('the summary reads as the contract says', () => {
  assert.ok(contract.summaries.length >= 6);
  for (const { stored, reads } of contract.summaries) {
    assert.deepEqual(readSummary(stored), reads, `reading ${stored}`);
    // What reads is exactly what the app writes (src/web/intro.rs, Summary::to_json).
    if (reads) assert.equal(stored, JSON.stringify({ v: contract.summaryVersion, ...reads }));
  }
});

test('the embed options read as the contract (and, for what the app reads, src/embed.rs) says', () => {
  assert.ok(contract.embed.length >= 12);
  for (const { query, options } of contract.embed) {
    assert.deepEqual(embedOptions(query), options, query);
    assert.deepEqual(embedOptions(query.slice(1)), options, 'with or without its "?"');
  }
});

test('accent text: white up to its threshold, near-black past it', () => {
  assert.equal(accentText('#1d5c8f'), '#ffffff');
  assert.equal(accentText('#f0e68c'), '#10151b');
  assert.equal(accentText('#000000'), '#ffffff');
  assert.equal(accentText('#ffffff'), '#10151b');
  // 2126 r² + 7152 g² + 722 b² ≤ 127 580 000 (see accentText).
  assert.equal(accentText('#707070'), '#ffffff');
  assert.equal(accentText('#717171'), '#10151b');
  for (const { options } of contract.embed) {
    if (options.accent) assert.equal(accentText(options.accent), options.accentText);
  }
});

/** WCAG 2 contrast of two `#rrggbb` colours. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

test('accent text reads on its fill: at least 3.5:1 over a grid of colours', () => {
  // Exactly choosing the better of the two can do no better than about 4.6:1 in the worst
  // case; the integer rule keeps at least 3.5:1.
  const hex = (n) => n.toString(16).padStart(2, '0');
  for (let r = 0; r <= 255; r += 15) {
    for (let g = 0; g <= 255; g += 15) {
      for (let b = 0; b <= 255; b += 15) {
        const c = `#${hex(r)}${hex(g)}${hex(b)}`;
        const chosen = contrast(c, accentText(c));
        assert.ok(chosen >= 3.5, `${c}: ${chosen.toFixed(2)}`);
      }
    }
  }
});

test('the app is loaded at once only when the address asks for more than the intro', () => {
  const at = (hash, search = '', receives = '') => loadsAtOnce({ hash, search, receives });
  assert.equal(at(''), false);
  assert.equal(at('#'), false);
  assert.equal(at('#r=AQEB'), true);
  assert.equal(at('#c=AQEB.AQEC'), true);
  assert.equal(at('#q'), true, 'a screen in the fragment');
  assert.equal(at(`${WORDPRESS}abcdefghij`), false, "WordPress's frame opens on its intro");
  assert.equal(at('', '?start-over'), true);
  assert.equal(at('', '?embed=1&start-over=1'), true);
  assert.equal(at('', '?embed=1&start=questions'), true);
  assert.equal(at('', '?embed=1&start=questions&start=intro'), false, 'the later key wins');
  assert.equal(at('', '?start=questionsx'), false);
  assert.equal(at('', '?embed=1&start=questions', 'summary'), false, 'a page that sends results opens on its intro');
  assert.equal(at('', '?embed=1&start=questions', 'link'), false);
  assert.equal(at('', '?embed=1&start=questions', undefined), true);
  assert.equal(at('', '?embed=1&start=questions&start-over', 'link'), true);
  assert.equal(at('#r=AQEB', '', 'link'), true);
});

test('the language: asked, else remembered, else the page; the root page and links follow', () => {
  const choose = (over) => chooseLanguage({ languages: LANGUAGES, page: 'de', rootPage: false, asked: null, remembered: null, hash: '', ...over });
  assert.equal(choose({}), 'de');
  assert.equal(choose({ asked: 'es' }), 'es');
  assert.equal(choose({ asked: 'es', remembered: 'en' }), 'es');
  assert.equal(choose({ asked: 'fr', remembered: 'en' }), 'en', 'a language it does not speak is no choice');
  assert.equal(choose({ asked: '', remembered: 'xx' }), 'de');
  assert.equal(choose({ hash: '#r=AQEB' }), null, 'a result link carries no language');
  assert.equal(choose({ hash: '#c=AQEB.AQEC' }), null);
  assert.equal(choose({ hash: '#q' }), 'de');
  assert.equal(choose({ hash: '#r=AQEB', remembered: 'de' }), 'de');
  assert.equal(choose({ page: 'en', rootPage: true }), null);
  assert.equal(choose({ page: 'en', rootPage: true, asked: 'en' }), 'en');
  assert.equal(choose({ languages: ['en'], page: 'en', asked: 'de' }), 'en', 'the menu is the list of languages');
});

test("a page that follows takes the organisation's language, else the browser's", () => {
  const follow = (organisation, browser = [], page = 'en') => followLanguage({ languages: LANGUAGES, page, organisation, browser });
  assert.equal(follow('{"language":"es"}', ['de-DE']), 'es');
  assert.equal(follow('{"language":"fr"}', ['fr-FR', 'de-AT', 'en']), 'de');
  assert.equal(follow(null, ['ES', 'de']), 'es');
  assert.equal(follow(false, []), 'en');
  assert.equal(follow('not json', ['pt-BR'], 'de'), 'de');
  const large = JSON.stringify({ language: 'es', intro: 'x'.repeat(ORGANISATION_LIMIT) });
  assert.equal(follow(large, ['de']), 'de', 'a file over the limit is not read');
});

test("the organisation's note: as the core chooses and cleans it", () => {
  const note = (file, language = 'de') => organisationNote(typeof file === 'string' ? file : JSON.stringify(file), language, LANGUAGES);
  assert.equal(note({ intro: 'Questions? #eng-careers' }), 'Questions? #eng-careers');
  assert.equal(note({ intro: { es: 'Hola', de: 'Hallo' } }), 'Hallo');
  assert.equal(note({ intro: { es: 'Hola', en: 'Hello' } }), 'Hello');
  assert.equal(note({ intro: { es: 'Hola' } }), 'Hola');
  assert.equal(note({ intro: { fr: 'Bonjour', es: 'Hola' } }), 'Hola', 'a language it does not speak is left out');
  assert.equal(note({ intro: { de: 7, en: 'Hello' } }), 'Hello', 'a wrong type is left out');
  assert.equal(note({ intro: { fr: 'Bonjour' } }), null);
  assert.equal(note({ intro: '  Ac\u202eme\u0000 \n  <b>hi</b> ' }), 'Acme <b>hi</b>', 'text only, one line');
  assert.equal(note({ intro: ' \u200b ' }), null);
  assert.equal(note({ intro: 'y'.repeat(280) }), 'y'.repeat(280));
  assert.equal(note({ intro: 'y'.repeat(281) }), null, 'the core refuses it');
  assert.equal(note({ intro: '😀'.repeat(280) }), '😀'.repeat(280), 'characters, not UTF-16 units');
  assert.equal(note({ intro: 7 }), null);
  assert.equal(note({ intro: ['Hello'] }), null);
  assert.equal(note({ intro: null }), null);
  assert.equal(note({}), null);
  assert.equal(note('{}'), null, 'the default file the build ships');
  assert.equal(note('{"intro": "Hello"'), null);
  assert.equal(organisationNote(null, 'en', LANGUAGES), null);
  assert.equal(organisationNote(false, 'en', LANGUAGES), null);
  const large = JSON.stringify({ intro: 'Hello', padding: 'x'.repeat(ORGANISATION_LIMIT) });
  assert.equal(note(large), null, 'a file over the limit is not read');
  const multibyte = JSON.stringify({ intro: 'Hello', padding: 'é'.repeat(ORGANISATION_LIMIT / 2) });
  assert.ok(multibyte.length < ORGANISATION_LIMIT);
  assert.equal(note(multibyte), null, 'the limit is in bytes');
});
