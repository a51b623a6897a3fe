// The pages that send a host page the reader's result, and say so before the reader starts:
// `receives-summary.html` (the top path and verdict) and `receives-link.html` (those and the
// result link, which holds every answer). Each is a copy of the built index.html whose
// `<html>` carries `data-receives`, which the widget reads to choose what its `complete`
// message carries (src/embed.rs, `ResultEvents`), and whose static intro's privacy line says
// what the host page receives: the line the app's intro then shows (both from
// i18n/page.tsv). Written by scripts/postbuild.mjs beside index.html, and in each language's
// folder by scripts/pages.mjs; the loader frames one of them when a placeholder has
// `data-result-events` (docs/embedding.md). The notice is in the document itself, so it
// shows before the code runs, or if it never does, and no host option or message removes it.
// Not part of any first load budget: the plain widget's index.html does not change.

import { pageWords, wordOf } from './pages.mjs';

// The privacy lines, in English (i18n/page.tsv); scripts/pages.mjs translates them with the
// rest of the shell for the other languages' copies.
const english = pageWords('en');
export const LEVELS = {
  summary: wordOf(english, 'intro.privacy-summary').text,
  link: wordOf(english, 'intro.privacy-link').text,
};

/** The file name of the page for a level. */
export const receivesPageName = (level) => `receives-${level}.html`;

/** index.html (as Trunk or the postbuild left it) turned into the page for `level`. */
export function receivesPage(html, level) {
  const line = LEVELS[level];
  // Trunk minifies the release HTML, so attribute quotes may be gone.
  const root = /<html\b[^>]*>/g;
  const privacy = /<p class="?privacy"?>[^<]*<\/p>/g;
  if (!line || html.match(root)?.length !== 1 || html.match(privacy)?.length !== 1) {
    throw new Error(`receives: cannot write the "${level}" page: index.html has no single <html> tag and privacy line`);
  }
  return html
    .replace(root, (tag) => `${tag.slice(0, -1)} data-receives="${level}">`)
    .replace(privacy, `<p class="privacy receives">${line}</p>`);
}
