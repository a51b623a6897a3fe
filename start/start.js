// The widget's start-up script. Most readers of a page never press Start, so the static intro
// (index.html and its copies) is the widget: this script makes it work with no wasm at all
// (Start, the language menu, the resume note, the organisation's note, a host page's `ready`
// and height) and loads the app, one wasm, only when a reader shows an interest, or at once
// when the address asks for more than the intro. Plain JavaScript, served on every visit
// (Trunk copies, names and minifies it; budget 4 KB gzip). The pure decisions are exported
// for tests/start.test.mjs; what the app must agree with is pinned by
// tests/fixtures/start-contract.json, which the Rust tests read too.

export const SUMMARY_KEY = 'crossroads:intro'; // written by the app: src/web/intro.rs
export const LANGUAGE_KEY = 'crossroads:lang';
export const ORGANISATION_LIMIT = 16384; // crossroads_core::config::MAX_FILE_BYTES
export const WORDPRESS = '#?secret=';
/** The intro's buttons that leave it, by id, and what each asks the app (src/lib.rs `go`). */
export const INTENTS = { start: 'start', resume: 'resume', 'start-afresh': 'afresh', 'see-earlier': 'earlier' };

/** The ids of i18n/page.tsv, in its order: <body data-words> holds the words by position. */
export const WORD_IDS = [
  'page.title', 'page.description', 'intro.title', 'intro.purpose', 'intro.meta', 'intro.privacy',
  'intro.privacy-summary', 'intro.privacy-link', 'intro.start', 'intro.resume', 'intro.start-afresh',
  'intro.answered', 'intro.try-again', 'intro.waiting', 'intro.slow', 'intro.failed', 'intro.failed-at-start',
  'shell.stalled', 'shell.noscript', 'start.no-wasm', 'start.trapped', 'notice.save-unavailable',
  'notice.save-failed', 'notice.save-unreadable', 'embed.notice-summary', 'embed.notice-link', 'language.menu',
  'error.title', 'error.text', 'error.reload', 'error.start-over', 'error.details', 'notice.got-it',
  'intro.earlier-title', 'intro.earlier-one', 'intro.earlier-many', 'intro.earlier-open', 'page.preview',
];

/** One of the page's words (`words` as in <body data-words>), by its id. */
export const pageWord = (words, id) => words.split('|')[WORD_IDS.indexOf(id)] ?? '';

/** A word with values in its `{}`s, in order (as src/page_words.rs `fill`). */
export function fill(text, ...values) {
  let i = 0;
  return text.replace(/\{\}/g, () => values[i++] ?? '');
}

/**
 * The language this page should be in: `?lang=` (a host's data-lang, a menu choice), else the
 * reader's earlier choice, else the page's own. Without a choice, the root page and a result
 * link on any page (a link carries no language) get null: they follow `followLanguage`.
 */
export function chooseLanguage({ languages, page, rootPage, asked, remembered, hash }) {
  const chosen = [asked, remembered].find((code) => languages.includes(code));
  return chosen ?? (rootPage || /^#[rc]=/.test(hash) ? null : page);
}

/** The organisation's `language`, else the first of the browser's that the widget speaks. */
export function followLanguage({ languages, page, organisation, browser }) {
  const wanted = parseOrganisation(organisation)?.language;
  if (languages.includes(wanted)) return wanted;
  return browser.map((tag) => tag.split('-')[0].toLowerCase()).find((code) => languages.includes(code)) ?? page;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** crossroads.json if the core would read it at all: within the limit (in bytes), and JSON. */
const parseOrganisation = (text) =>
  typeof text === 'string' && new TextEncoder().encode(text).length <= ORGANISATION_LIMIT ? parseJson(text) : null;

/**
 * The organisation's note for the intro, chosen and cleaned as crossroads_core::config does
 * it, so that the text does not change when the app takes over: of the notes given per
 * language the widget speaks, the page's, else the English, else the first; controls and
 * invisible formatting dropped, whitespace made one space; none where the core refuses it.
 */
export function organisationNote(text, language, languages) {
  const intro = parseOrganisation(text)?.intro;
  const given = intro && typeof intro === 'object' ? Object.entries(intro).filter(([code]) => languages.includes(code)) : [[language, intro]];
  const found = given.map(([code, note]) => [code, cleanNote(note)]).filter(([, note]) => note);
  return (found.find(([code]) => code === language) ?? found.find(([code]) => code === 'en') ?? found[0])?.[1] ?? null;
}

function cleanNote(note) {
  if (typeof note !== 'string') return null;
  note = note
    .replace(/[^\P{Cc}\s]|[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...note].length <= 280 ? note : null; // config::MAX_INTRO; an empty note is none
}

/** The summary the app stores for the intro; null for none, or one this script cannot trust. */
export function readSummary(stored) {
  const s = parseJson(stored);
  const count = (n) => Number.isSafeInteger(n) && n >= 0;
  if (s?.v !== 1 || !count(s.answered) || !count(s.total) || s.answered > s.total) return null;
  if (typeof s.resume !== 'boolean' || !count(s.earlier)) return null;
  return { answered: s.answered, total: s.total, resume: s.resume, earlier: s.earlier };
}

/**
 * White or near-black text on an accent fill, whichever contrasts more. Relative luminance
 * is approximated with a gamma of 2 in integers: white wins while (L + 0.05)² ≤ 1.05 ×
 * (L(#10151b) + 0.05), that is L ≤ 0.1962, or 2126 r² + 7152 g² + 722 b² ≤ 0.1962 × 10⁴ ×
 * 255². The tests check the choice against exact WCAG contrast (tests/start.test.mjs).
 */
export function accentText(accent) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16) || 0);
  return 2126 * r * r + 7152 * g * g + 722 * b * b <= 127580000 ? '#ffffff' : '#10151b';
}

/**
 * The options embed/embed.js writes into the query, read as src/embed.rs
 * `EmbedConfig::from_pairs` reads those the app uses (`valid_origin`; the look is this
 * script's alone): a later key wins, an
 * invalid parent or id is ignored, an invalid theme or accent clears it, and only a frame
 * (`embed=1`) may name a parent to post to. Nothing a host writes reaches markup or styles.
 */
export function embedOptions(search) {
  const o = { embedded: false, parent: null, id: '', fixed: false, theme: null, accent: null, accentText: null, compact: false, transparent: false, startQuestions: false };
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'embed') o.embedded = value === '1';
    else if (key === 'parent' && /^https?:\/\/[A-Za-z0-9.:[\]-]{1,253}$/.test(value)) o.parent = value;
    else if (key === 'id' && /^[A-Za-z0-9-]{1,16}$/.test(value)) o.id = value;
    else if (key === 'frame') o.fixed = value === 'fixed';
    else if (key === 'theme') o.theme = value === 'light' || value === 'dark' ? value : null;
    else if (key === 'accent') {
      const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value)?.[1].toLowerCase();
      o.accent = hex ? '#' + (hex.length === 3 ? hex.replace(/./g, '$&$&') : hex) : null;
    } else if (key === 'compact') o.compact = value === '1';
    else if (key === 'bg') o.transparent = value === 'transparent';
    else if (key === 'start') o.startQuestions = value === 'questions';
  }
  if (!o.embedded) o.parent = null;
  if (o.accent) o.accentText = accentText(o.accent);
  return o;
}

/**
 * Whether the app is wanted at once: a link or a screen in the fragment (not WordPress's
 * `#?secret=`), `start-over`, or `start=questions`, except on a page that sends its host the
 * result (`data-receives`), which always opens on its intro, as src/embed.rs decides.
 */
export function loadsAtOnce({ hash, search, receives }) {
  if (hash.length > 1 && !hash.startsWith(WORDPRESS)) return true;
  if (new URLSearchParams(search).has('start-over')) return true;
  return embedOptions(search).startQuestions && receives !== 'summary' && receives !== 'link';
}

if (typeof document !== 'undefined') start();

function start() {
  const html = document.documentElement;
  const options = embedOptions(location.search);
  // The host's look first, so that the intro paints in it (the accent through the CSSOM,
  // which a strict style-src allows).
  // A frame of fixed size (the loader's popup and panel) scrolls inside; any other frame with
  // a parent follows the height this script posts.
  const look = { theme: options.theme, embed: options.embedded, sized: options.parent && !options.fixed, compact: options.compact, transparent: options.transparent };
  for (const [name, on] of Object.entries(look)) if (on) html.setAttribute('data-' + name, name === 'theme' ? on : '');
  if (options.accent) {
    html.style.setProperty('--accent', options.accent);
    html.style.setProperty('--accent-text', options.accentText);
  }
  // A message to a host page's loader (embed/embed.js), when it named itself.
  const post = (type, fields) => parent.postMessage({ source: 'crossroads', v: 1, id: options.id, type, ...fields }, options.parent);
  // In the loader's dialog, the reader's Escape closes it: a key pressed in this frame never
  // reaches the host's page. From the start, so that it works before the intro does.
  if (options.parent && options.fixed) {
    addEventListener('keydown', (e) => e.key === 'Escape' && !e.defaultPrevented && !e.isComposing && post('close'));
  }
  const wordpress = location.hash.startsWith(WORDPRESS) && location.hash; // as it is before the app runs
  const storage = (key, value) => {
    try {
      return value === undefined ? localStorage.getItem(key) : localStorage.setItem(key, value);
    } catch {
      return null; // storage blocked: nothing remembered
    }
  };
  const beside = (name) => new URL(name, import.meta.url);
  // The organisation's file (docs/organisations.md), revalidated (an admin changes it without
  // a rebuild): its text; false when it says it is over the limit (then not read); null when
  // there is none, a server's HTML fallback stands in for it, or 5 s pass.
  const organisation = Promise.race([
    fetch(beside('crossroads.json'), { cache: 'no-cache' })
      .then((response) => {
        if (!response.ok || /html/.test(response.headers.get('content-type'))) return null;
        if (response.headers.get('content-length') > ORGANISATION_LIMIT) {
          response.body?.cancel();
          return false;
        }
        return response.text();
      })
      .catch(() => null),
    new Promise((resolve) => setTimeout(resolve, 5000, null)),
  ]);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire, { once: true });
  else wire();

  function wire() {
    const root = document.getElementById('crossroads');
    const intro = document.getElementById('intro');
    const $ = (selector) => intro?.querySelector(selector);
    const controls = ['#start', '#resume', '#start-afresh', '#try-again', '.wait-status', '.rest-failed', '.resume-note'].map($);
    if (!root || !controls.every(Boolean)) return; // not the widget's page
    const [startButton, resume, afresh, tryAgain, status, failed, resumeNote] = controls;
    const say = (id) => pageWord(document.body.dataset.words ?? '', id);

    // The language. The menu's links know each language's folder; a language's page is this
    // page's file there, with a query and this page's fragment (a result keeps its link).
    const file = location.pathname.split('/').pop();
    const pageOf = (link, search) => {
      const url = new URL(file, link.href);
      url.search = search;
      url.hash = location.hash;
      return url.href;
    };
    const links = [...document.querySelectorAll('nav.languages a[hreflang]')];
    const languages = links.map((link) => link.hreflang);
    const page = html.lang;
    const goTo = (code) => location.replace(pageOf(links.find((link) => link.hreflang === code), location.search));
    const rootPage = beside('./').href === new URL('./', location.href).href; // not de/'s: beside the script
    const asked = new URLSearchParams(location.search).get('lang');
    const chosen = chooseLanguage({ languages, page, rootPage, asked, remembered: storage(LANGUAGE_KEY), hash: location.hash });
    if (chosen && chosen !== page) return goTo(chosen);
    if (!chosen) {
      // The intro works meanwhile: the file comes within 5 s.
      organisation.then((text) => {
        const wanted = followLanguage({ languages, page, organisation: text, browser: navigator.languages ?? [] });
        if (wanted !== page) goTo(wanted);
      });
    }
    // A choice in a menu (the intro's, or the result's: src/page_words.rs) is remembered, and keeps
    // this page's query (a host's frame keeps its options).
    document.addEventListener('click', (event) => {
      const link = event.target.closest?.('nav.languages a[hreflang]');
      if (!link) return;
      storage(LANGUAGE_KEY, link.hreflang);
      const query = new URLSearchParams(location.search);
      query.set('lang', link.hreflang);
      link.href = pageOf(link, query);
    });

    organisation.then((text) => {
      const note = organisationNote(text, page, languages);
      const shown = $('.org-note');
      if (note && shown) {
        shown.textContent = note;
        shown.hidden = false;
      }
    });

    // What the app saved, as it summarised it: read now and each time the app shows the intro.
    const showSummary = () => {
      const summary = readSummary(storage(SUMMARY_KEY));
      const resumable = !!summary?.resume;
      startButton.hidden = resumable;
      resume.hidden = afresh.hidden = resumeNote.hidden = !resumable;
      if (resumable) resumeNote.textContent = fill(say('intro.answered'), summary.answered, summary.total);
      const earlier = summary?.earlier;
      const entry = $('.earlier-entry');
      if (!entry) return;
      entry.hidden = !earlier;
      const count = entry.querySelector('.earlier-count');
      if (earlier) count.textContent = earlier === 1 ? say('intro.earlier-one') : fill(say('intro.earlier-many'), earlier);
    };
    showSummary();
    root.addEventListener('crossroads:intro', showSummary);

    // A message in place of the intro's buttons (or after the app's screen).
    const stop = (id) => {
      if (root.querySelector('.error-screen')) return;
      const note = document.createElement('p');
      note.className = 'no-wasm';
      note.setAttribute('role', 'alert');
      note.textContent = say(id);
      const actions = !intro.hidden && $('.actions');
      actions ? actions.replaceWith(note) : root.append(note);
    };
    const wasm = typeof WebAssembly === 'object';
    let app, attempt, instantiating, glue, waiting, retry, slow;
    let glueFailures = 0;
    // A panic in the release traps at once (panic = "immediate-abort"): the app shows its error
    // screen rather than freeze, or, if the broken module cannot even do that, a plain line.
    const trapped = (error) => {
      if (!wasm || !(error instanceof WebAssembly.RuntimeError)) return false;
      try {
        app.showErrorScreen(String(error));
      } catch {
        stop('start.trapped');
      }
      return true;
    };
    addEventListener('error', (event) => trapped(event.error));
    addEventListener('unhandledrejection', (event) => trapped(event.reason));

    // Loading the app: the words file (<html data-text>: its name and integrity), the glue
    // (named in #crossroads-app, which Trunk writes) and the organisation's file side by side,
    // then the wasm. One attempt at a time; a failed one is forgotten, the next starts afresh.
    const load = (fresh) => {
      if (attempt && !fresh) return;
      attempt?.abort(); // "try again": drop what stalled
      // An import cannot be aborted: one still under way is asked again, under another address.
      if (fresh && glue && !app) {
        glue = null;
        glueFailures++;
      }
      const current = (attempt = new AbortController());
      const { signal } = current;
      (async () => {
        const names = JSON.parse(document.getElementById('crossroads-app').textContent);
        const [words, integrity] = (html.dataset.text ?? '').split(' ');
        // A failed import stays failed under its address: a retry asks under another.
        glue ??= import(beside(names.glue + (glueFailures ? '?' + glueFailures : ''))).catch((error) => {
          glue = null;
          glueFailures++;
          throw error;
        });
        const fetchWords = async () => {
          const response = await fetch(beside(words), { integrity, signal });
          if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
          return response.text();
        };
        const text = words && fetchWords();
        text?.catch(() => {}); // its failure is handled below, with the others'
        const module = await glue;
        // Never two instantiations at once (the second would replace the first's memory): the
        // one aborted above settles first.
        await instantiating?.catch(() => {});
        if (attempt !== current) return;
        // The wasm downloads while the words and the organisation's file are still coming.
        instantiating = module.default({ module_or_path: fetch(beside(names.wasm), { signal }) });
        const [wasm, wordsText, found] = await Promise.all([instantiating, text, organisation]);
        if (attempt !== current) return; // a newer attempt runs the app
        app = module;
        module.run(wordsText || undefined, found);
        // Trunk's own signal that its app runs, with the module's exports, as its loader gives it.
        dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
        settle();
        if (waiting?.intent) module.go(waiting.intent);
        waiting = null;
      })().catch((error) => {
        if (attempt !== current) return;
        attempt = null;
        settle();
        // Only a reader who waits hears of it; the next press tries again.
        if (!trapped(error) && waiting) failed.hidden = false;
        waiting = null;
      });
    };

    // A press that leaves the intro goes to the app if it runs; else it waits for it, and
    // says so (the latest press wins). Focus stays where the reader put it.
    const busy = (on) => {
      const button = waiting?.button;
      if (!button) return;
      button.querySelector('.spinner')?.remove();
      if (!on) return button.removeAttribute('aria-busy');
      button.setAttribute('aria-busy', 'true');
      button.insertAdjacentHTML('afterbegin', '<span class="spinner" aria-hidden="true"></span>');
    };
    const settle = () => {
      busy(false);
      clearTimeout(slow);
      status.textContent = '';
      if (app) tryAgain.hidden = true;
    };
    const wait = (next, fresh) => {
      busy(false);
      retry = waiting = next;
      busy(true);
      failed.hidden = true;
      status.textContent = say('intro.waiting');
      clearTimeout(slow);
      slow = setTimeout(() => {
        status.textContent = say('intro.slow');
        tryAgain.hidden = false;
      }, 10000);
      load(fresh);
    };
    intro.addEventListener('click', (event) => {
      const button = event.target.closest('button');
      const intent = INTENTS[button?.id];
      if (button === tryAgain) wait(retry ?? {}, true);
      if (!intent) return;
      if (app) app.go(intent);
      else if (wasm) wait({ intent, button });
      else stop('start.no-wasm');
    });
    const atOnce = () => loadsAtOnce({ hash: location.hash, search: location.search, receives: html.dataset.receives });
    // A link or screen that reaches the address later (pasted, followed, Back or Forward) needs
    // the app too; once it runs, the app follows the address itself.
    addEventListener('hashchange', () => {
      if (!app && !waiting && atOnce()) wasm ? wait({}) : stop('start.no-wasm');
    });
    if (atOnce()) {
      wasm ? wait({}) : stop('start.no-wasm');
    } else if (wasm) {
      // Interest; a reader who scrolls past pays for the intro only.
      for (const type of ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'wheel']) {
        root.addEventListener(type, () => app || load(false), { once: true, passive: true });
      }
    }

    // The intro works: its timed "could not start" line and hiding give way, Start opens.
    $('.shell-stalled')?.remove();
    $('.actions')?.classList.remove('shell-actions');
    startButton.disabled = false;
    performance.mark?.('crossroads-ready');

    // A host page's loader (embed/embed.js): ready, and the height now and on every change
    // (not in its dialog, whose size is its own).
    if (options.parent) {
      post('ready');
      if (!options.fixed) {
        let last = -1;
        const measure = () => {
          const height = Math.ceil(root.getBoundingClientRect().bottom + scrollY);
          if (Math.abs(height - last) >= 1) post('height', { height: (last = height) });
        };
        measure();
        new ResizeObserver(measure).observe(root);
      }
    }
    // WordPress's embed frame: its own module tells WordPress the height.
    if (wordpress) import(beside('./wp-frame.js')).then((frame) => frame.default(wordpress), () => {});
  }
}
