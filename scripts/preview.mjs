// The link's first sight: what a chat app or mail client shows of a pasted address, from the
// Open Graph and Twitter card tags of the page's head (index.html). Every page carries its
// title, description, type and locale; with CROSSROADS_SITE_URL, the build also knows the
// page's absolute address (og:url) and makes a 1200×630 image for it (og:image): the page
// assets/preview.html, filled in for each language and photographed in the machine's Chromium
// (the one the tests use, tests/chromium.mjs), named by its bytes. Nothing of a reader's
// result is in any of it: a preview is fetched by a server, and a result lives in the link's
// fragment, which no server receives. Run by scripts/finish.mjs; tests/site-url.test.mjs
// checks the heads and the images of a build with and without a site URL.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium.mjs';
import { escape } from './oembed.mjs';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

/**
 * The preview image of each language, written into `staging` as `preview-<hash>.png`:
 * `languages` holds [code, { title, line }] pairs (words as written, not escaped) and
 * `address` the site's address as a reader would read it. Returns the file names by code.
 */
export async function writePreviewImages(staging, languages, address) {
  const template = readFileSync('assets/preview.html', 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const names = new Map();
  try {
    const page = await browser.newPage({ viewport: { width: IMAGE_WIDTH, height: IMAGE_HEIGHT }, deviceScaleFactor: 1 });
    for (const [code, { title, line }] of languages) {
      const fields = { lang: code, title: escape(title), line: escape(line), address: escape(address) };
      const html = template.replaceAll(/\{\{ ([a-z]+) \}\}/g, (_, key) => fields[key]);
      await page.setContent(html);
      // A translation too long for the image stops the build, rather than ship it cut off.
      const fits = await page.evaluate(() => {
        const { scrollWidth, scrollHeight } = document.documentElement;
        return scrollWidth <= window.innerWidth && scrollHeight <= window.innerHeight;
      });
      if (!fits) throw new Error(`preview: the ${code} words do not fit the ${IMAGE_WIDTH}×${IMAGE_HEIGHT} image (assets/preview.html)`);
      const png = await page.screenshot({ type: 'png' });
      const name = `preview-${createHash('sha256').update(png).digest('hex').slice(0, 16)}.png`;
      writeFileSync(join(staging, name), png);
      names.set(code, name);
    }
  } finally {
    await browser.close();
  }
  return names;
}

/**
 * The tags that only a build with a site URL can write, for the page at `pageUrl` whose
 * preview image is `imageUrl` with the text `alt`.
 */
export function siteTags(pageUrl, imageUrl, alt) {
  return [
    ['og:url', pageUrl],
    ['og:image', imageUrl],
    ['og:image:type', 'image/png'],
    ['og:image:width', String(IMAGE_WIDTH)],
    ['og:image:height', String(IMAGE_HEIGHT)],
    ['og:image:alt', alt],
  ]
    .map(([property, content]) => `<meta property="${property}" content="${escape(content)}">`)
    .join('');
}
