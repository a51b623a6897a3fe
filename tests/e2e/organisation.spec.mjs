// An organisation's own words: crossroads.json beside the built page (docs/organisations.md).
// The test server serves the release under /org/<name>/ with tests/e2e/organisations/<name>.json
// beside it (tests/e2e/server.mjs). Names show everywhere a path is named, links keep to the
// rules, what the file answers is not asked, a hostile file changes nothing but its own
// problems, and shared links carry answers, not names.
import { audit } from './fixtures/axe.mjs';
import { test, expect } from './fixtures/crossroads.mjs';

// Result links made with `explain encode` from two of the core's personas (core/tests/personas.rs):
// a small-team lead whose top path is clearly tech lead manager (a management opening ahead),
// and an organisation-wide technical leader whose top path is clearly staff+.
const TLM_LINK = '#r=AgECQVNTDKwdP-_uT7P8qsy5FAAlieM';
const STAFF_LINK = '#r=AgECNlfEaRv48mF7m_RSMaUToAAQxuI';
const PATTERN = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Not sure', 'Agree'];

/** The console's warnings that the widget wrote about crossroads.json. */
function warnings(page) {
  const seen = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Crossroads: crossroads.json: ')) seen.push(m.text());
  });
  return seen;
}

/** Fails the test on any dialog a string of the file could open. */
function noDialogs(page) {
  const opened = [];
  page.on('dialog', (d) => {
    opened.push(d.message());
    d.dismiss();
  });
  return opened;
}

/** Holds back the organisation's file beside ./org/<name>/ until the returned function is called. */
async function holdFile(page, name) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`**/org/${name}/crossroads.json`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens a result link and waits for the whole result (the depth follows the summary). */
async function openResult(page, widget, url) {
  await widget.open(url);
  await expect(page.locator('main.result')).toBeVisible();
  await expect(page.locator('#next-title')).toBeVisible();
}

const fitNames = (page, compact) =>
  page.locator(`.ranking${compact ? '.compact' : ':not(.compact)'} .fit-name`).allTextContents();

test('the note shows below what the shell paints, moving nothing', async ({ page, widget, errors }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await widget.open('./org/acme/');
  const note = page.locator('main.intro .org-note');
  await expect(note).toHaveText('Questions about your path: #eng-careers on chat.');
  // Below the buttons and the status line, the last of what the static shell paints.
  const start = await page.getByRole('button', { name: 'Start', exact: true }).boundingBox();
  const at = await note.boundingBox();
  expect(at.y).toBeGreaterThan(start.y + start.height);
  // Once two frames have painted with the note, no layout shift was ever recorded.
  const shift = await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.__shift)))),
  );
  expect(shift).toBe(0);
  // Back on the intro after the rest has read the file: the same note. (The history entry
  // of a new screen is written a task after it shows: back once the address bar names it.)
  await widget.startSeat();
  await expect(page).toHaveURL(/#where$/);
  await page.goBack();
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await expect(note).toHaveText('Questions about your path: #eng-careers on chat.');
  expect(errors).toEqual([]);
});

test("a note that comes late takes the intro's Start neither its place nor its focus", async ({ page, widget, errors }) => {
  const release = await holdFile(page, 'acme');
  await widget.open('./org/acme/');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await start.focus();
  const before = await start.boundingBox();
  await page.evaluate(() => (window.__start = document.getElementById('start')));
  release();
  await expect(page.locator('.org-note')).toHaveText('Questions about your path: #eng-careers on chat.');
  await expect(start).toBeFocused();
  expect(await page.evaluate(() => window.__start === document.getElementById('start'))).toBe(true);
  expect(await start.boundingBox()).toEqual(before);
  expect(errors).toEqual([]);
});

test('a journey under a strict CSP: what the file answers is not asked, and its names, ladders and contact show', async ({ page, widget, errors }) => {
  test.setTimeout(90_000);
  const violations = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  const warned = warnings(page);
  await widget.open('./csp/org/acme/');
  await widget.start();
  await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
  // The staff track question is answered for everyone at Acme: not asked, and said so.
  await expect(page.locator('fieldset.context-question')).toHaveCount(3);
  await expect(page.locator('fieldset[data-question="staff-track"]')).toHaveCount(0);
  await expect(page.locator('.given-context')).toContainText('Answered for everyone at Acme:');
  await expect(page.locator('.given-context li')).toHaveText(['Does your organisation have a real staff+ track? Yes, and people are promoted on it']);
  await expect(page.getByRole('button', { name: 'Skip and see my result' })).toBeVisible();
  await widget.seeResult();

  // The fits, in the summary and in full; the chart's choices and its legend; the reasons.
  for (const compact of [true, false]) {
    const names = await fitNames(page, compact);
    expect(names).toContain('Principal engineer');
    expect(names).not.toContain('Staff+ engineer');
  }
  await page.getByRole('radio', { name: 'Principal engineer', exact: true }).check();
  await expect(page.locator('.profile')).toContainText('Typical Principal engineer');
  await expect(page.locator('details.why-path[data-path="staff"] summary')).toHaveText(/^Principal engineer \(\d+ \/ 100\)$/);
  await expect(page.locator('.result')).not.toContainText('Staff+ engineer');
  // Tech lead manager is not a role at Acme: said under its fit, in both lists.
  await expect(page.locator('.ranking li[data-path="tlm"] .fit-org')).toHaveText(['Not offered at Acme', 'Not offered at Acme']);

  // The ladders, with their paths in the full list, and the contact in the next steps: text
  // only, opened apart, with no opener and no referrer.
  const ladder = page.locator('.ranking:not(.compact) li[data-path="staff"] .fit-ladder a');
  await expect(ladder).toHaveAttribute('href', 'https://wiki.acme.example/ladders/principal');
  await expect(ladder).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(ladder).toHaveAttribute('target', '_blank');
  await expect(ladder).toHaveAccessibleName("Acme's principal engineer ladder (opens in a new tab)");
  await expect(page.locator('.ranking:not(.compact) li[data-path="em"] .fit-ladder a')).toHaveAttribute('href', '/ladders/manager');
  await expect(page.locator('.ranking .fit-ladder a')).toHaveCount(2);
  const contact = page.locator('.next-steps .organisation .contact a');
  await expect(page.locator('.next-steps .organisation h3')).toHaveText('At Acme');
  await expect(contact).toHaveAttribute('href', 'mailto:careers@acme.example');
  await expect(contact).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(contact).toContainText('Talk to your HR partner');

  // The short print keeps the names and the contact.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ranking.compact')).toContainText('Principal engineer');
  await expect(contact).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The link points at the page it was made on.
  const link = await widget.shareLink().inputValue();
  expect(link).toMatch(/\/csp\/org\/acme\/#r=/);
  expect(warned).toEqual([]);
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('a path the organisation does not offer: said plainly, and the advice that assumes it gives way', async ({ page, widget, errors }) => {
  // At Acme, tech lead manager is not offered, engineering manager is: the way into a lead
  // role still shows, with a plain word on the one Acme lacks.
  await openResult(page, widget, `./org/acme/${TLM_LINK}`);
  await expect(widget.heading()).toHaveText(/^Management fits you: Tech lead manager most of all$/);
  const missing = page.locator('.next-steps .organisation li.not-offered');
  await expect(missing).toHaveCount(1);
  await expect(missing.locator('h4')).toHaveText('Tech lead manager is not a role at Acme.');
  await expect(page.locator('[data-advice="exp.interim-lead"]')).toHaveCount(1);

  // At Globex the staff path is called "Technical fellow" and is not offered: the advice on
  // finding a sponsor for the role gives way to building it, and to the warning for places
  // with no technical track.
  await openResult(page, widget, `./org/globex/${STAFF_LINK}`);
  await expect(widget.heading()).toHaveText(/^Stay technical: Technical fellow fits you best$/);
  await expect(page.locator('.next-steps .organisation li.not-offered h4')).toHaveText('Technical fellow is not a role at Globex.');
  await expect(page.locator('[data-advice="staff.sponsor"]')).toHaveCount(0);
  await expect(page.locator('[data-advice="staff.build-it"]')).toHaveCount(1);
  await expect(page.locator('[data-advice="warn.only-way-up"]')).toHaveCount(1);
  await expect(page.locator('.advice-group h3').filter({ hasText: 'The shapes a Technical fellow role takes' })).toHaveCount(1);

  // The same link where the path is offered: the sponsor advice, and no note.
  await openResult(page, widget, `./${STAFF_LINK}`);
  await expect(widget.heading()).toHaveText(/^Stay technical: Staff\+ engineer fits you best$/);
  await expect(page.locator('[data-advice="staff.sponsor"]')).toHaveCount(1);
  await expect(page.locator('[data-advice="staff.build-it"]')).toHaveCount(0);
  await expect(page.locator('.organisation, .fit-org, .fit-ladder')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a shared link opens with the names of the page it opens on, in the result and the comparison', async ({ page, widget, errors }) => {
  for (const [where, staff, senior] of [
    ['./', 'Staff+ engineer', 'Senior engineer'],
    ['./org/acme/', 'Principal engineer', 'Senior engineer'],
    ['./org/globex/', 'Technical fellow', 'Engineer III'],
  ]) {
    await openResult(page, widget, `${where}${STAFF_LINK}`);
    await expect(widget.heading()).toHaveText(new RegExp(`^Stay technical: ${staff.replace('+', '\\+')} fits you best$`));
    const names = await fitNames(page, false);
    expect(names, where).toContain(staff);
    expect(names, where).toContain(senior);
  }
  // A comparison of the two results at Globex: both columns in Globex's names.
  const pair = `${STAFF_LINK.slice(3)}.${TLM_LINK.slice(3)}`;
  await widget.open(`./org/globex/#c=${pair}`);
  await expect(page.locator('.compare-column')).toHaveCount(2);
  await expect(page.locator('.compare-column').first().locator('.fit-name').first()).toHaveText('Technical fellow');
  await expect(page.locator('.compare-column').last().locator('.fit-name').first()).toHaveText('Team lead');
  await expect(page.locator('main.compare .lede')).toHaveText(/leans toward Technical fellow; .+ toward Team lead\.$/);
  expect(errors).toEqual([]);
});

test('an organisation that answers every context question: none is asked, and the answers shape the advice', async ({ page, widget, errors }) => {
  test.setTimeout(60_000);
  await widget.open('./org/initech/');
  // Where the person stands is among them: Start leads straight to the first statement.
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(widget.count()).toHaveText(/^1 of \d+$/);
  await expect(widget.heading()).toBeFocused();
  await expect(page.locator('main.seat')).toHaveCount(0);
  // Back from it is the intro.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(widget.heading()).toHaveText('Stay technical or manage?');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await expect(widget.count()).toHaveText(/^1 of \d+$/);
  const { total } = await widget.progress();
  for (let i = 0; i < total; i++) {
    await expect(widget.count()).toHaveText(`${i + 1} of ${total}`);
    await widget.pick('Strongly disagree').click();
  }
  // Straight from the last statement to the result.
  await expect(page.locator('main.result')).toBeVisible();
  // "No staff track" here, though no statement said management is the only way up.
  await expect(page.locator('[data-advice="warn.only-way-up"]')).toHaveCount(1);
  // Back from the result is the last statement.
  await page.getByRole('button', { name: 'Change answers' }).focus();
  await page.goBack();
  await expect(widget.count()).toHaveText(`${total} of ${total}`);
  await widget.seeResult();
  expect(errors).toEqual([]);
});

test('a hostile file: its strings stay text, its links are refused, each problem is one warning, and the journey completes', async ({ page, widget, errors }) => {
  test.setTimeout(60_000);
  const warned = warnings(page);
  const dialogs = noDialogs(page);
  await widget.open('./org/hostile/');
  // The note is text: the markup in it is shown, never made.
  const note = page.locator('main.intro .org-note');
  await expect(note).toContainText('<img id="intro-markup"');
  await expect(note).toContainText('<script>');
  expect(await note.textContent()).not.toMatch(/[\u202a-\u202e\u0007]/);
  await widget.start();
  await widget.answerAllByMouse((i) => PATTERN[i % PATTERN.length]);
  await widget.seeResult();
  await page.locator('#crossroads details').evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
  // A name with markup and one made to break out of an attribute: shown as they are.
  const names = await fitNames(page, false);
  expect(names).toContain('<i id="name-markup">Senior</i>');
  expect(names).toContain('" onmouseover="window.__pwned=1');
  for (const id of ['intro-markup', 'org-markup', 'name-markup']) await expect(page.locator(`#${id}`)).toHaveCount(0);
  await expect(page.locator('#crossroads script, #crossroads img, #crossroads [onmouseover], #crossroads [onerror]')).toHaveCount(0);
  // No link from the file survives: every scheme in it is refused.
  await expect(page.locator('#crossroads a[href^="javascript:" i], #crossroads a[href^="data:" i], #crossroads a[href^="vbscript:" i]')).toHaveCount(0);
  await expect(page.locator('.fit-ladder, .organisation .contact')).toHaveCount(0);
  await page.locator('.ranking:not(.compact) li[data-path="em"] .fit-name').hover();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // One warning per problem, each naming its field (as `explain config` lists them).
  expect(warned).toHaveLength(17);
  for (const field of ['paths.senior.link.url', 'paths.staff.name', 'paths.tlm.offered', 'paths.cto', 'context.mood', 'contact.url', '__proto__']) {
    expect(warned.some((w) => w.startsWith(`Crossroads: crossroads.json: ${field}: `)), field).toBe(true);
  }
  expect(errors).toEqual([]);
});

for (const [name, said] of [
  ['invalid', /^Crossroads: crossroads\.json: \(file\): not JSON: nothing applies$/],
  ['huge', /^Crossroads: crossroads\.json: \(file\): larger than 16 KB: not read$/],
  ['huge-stream', /^Crossroads: crossroads\.json: \(file\): larger than 16 KB: not read$/],
]) {
  test(`a file that cannot apply (${name}): one warning, and the widget as it ships`, async ({ page, widget, errors }) => {
    const warned = warnings(page);
    await widget.open(`./org/${name}/`);
    // The note stays hidden (it is in every page, hidden unless the file has one): checked
    // once the app runs, which it does only after the start-up script has had the file.
    await widget.interest();
    await expect(page.locator('main.intro')).toBeVisible();
    await expect(page.locator('.org-note')).toBeHidden();
    await widget.start();
    await expect.poll(() => warned.length).toBe(1);
    expect(warned[0]).toMatch(said);
    await page.goto(`./org/${name}/${STAFF_LINK}`);
    await widget.ready();
    await expect(widget.heading()).toHaveText(/^Stay technical: Staff\+ engineer fits you best$/);
    expect(errors).toEqual([]);
  });
}

test('a file slow to come: the widget is ready without it, and what follows the intro waits for it', async ({ page, widget, errors }) => {
  const release = await holdFile(page, 'acme');
  await widget.open('./org/acme/');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toBeEnabled();
  await expect(page.locator('.org-note')).toBeHidden();
  // An interest fetches the app's code and words; the file is held, and Start waits for it
  // (the start-up script runs the app only once it has the file, or after 5 s without).
  const fetched = ['crossroads-[0-9a-f]+\\.js', 'words-[0-9a-f]+\\.txt'].map((name) =>
    page.waitForResponse((r) => new RegExp(`/${name}$`).test(r.url())).then((r) => r.finished()),
  );
  await page.locator('main.intro').hover();
  await Promise.all(fetched);
  await start.click();
  await expect(start).toHaveAttribute('aria-busy', 'true');
  await expect(page.locator('main.intro')).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('crossroads-app').length)).toBe(0);
  release();
  await expect(widget.heading()).toHaveText('Where are you now?');
  await expect(widget.heading()).toBeFocused();
  // Past the intro, Acme's words: a link opened in this page shows its names.
  await page.evaluate((link) => (location.hash = link), TLM_LINK);
  await expect(widget.heading()).toHaveText(/^Management fits you: Tech lead manager most of all$/);
  await expect(page.locator('.ranking li[data-path="staff"] .fit-name').first()).toHaveText('Principal engineer');
  await expect(page.locator('.ranking li[data-path="tlm"] .fit-org').first()).toHaveText('Not offered at Acme');
  expect(errors).toEqual([]);
});

// What Chromium itself logs for a file that is not there, a line no page can silence.
const NOT_FOUND = 'console: Failed to load resource: the server responded with a status of 404 (Not Found)';

for (const [where, what, removed] of [
  ['./', 'the file the build ships ({})', false],
  ['./', 'no file (an admin removed it)', true],
  ['./org/spa/', 'a server that answers with its page', false],
]) {
  test(`${what}: nothing said, nothing changed`, async ({ page, widget, errors }) => {
    const warned = warnings(page);
    const console = [];
    page.on('console', (m) => {
      if (/crossroads/i.test(m.text())) console.push(m.text());
    });
    if (removed) await page.route('**/crossroads.json', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await openResult(page, widget, `${where}${TLM_LINK}`);
    await expect(widget.heading()).toHaveText(/^Management fits you: Tech lead manager most of all$/);
    await expect(page.locator('.organisation, .fit-org, .fit-ladder')).toHaveCount(0);
    // The intro's note, in every page, was never shown (the app runs after the file is read).
    await expect(page.locator('.org-note')).toHaveAttribute('hidden', '');
    await expect(page.locator('.org-note')).toBeEmpty();
    expect(warned).toEqual([]);
    expect(console).toEqual([]);
    // The browser's own line for the missing file, and nothing else.
    expect(errors).toEqual(removed ? [NOT_FOUND] : []);
  });
}

test('long names at 320 px: every screen reflows, and axe finds nothing', async ({ page, widget, errors }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const fits = async (state) => {
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide, state).toBeLessThanOrEqual(320);
    expect((await audit(page)).violations.map((v) => `${state}: ${v}`)).toEqual([]);
  };
  await widget.open('./org/long/');
  await expect(page.locator('.org-note')).toBeVisible();
  await fits('intro');
  // The result link opened afresh (the same page with only a fragment added is
  // links.spec.mjs's case of a link pasted over the intro).
  await page.goto('about:blank');
  await openResult(page, widget, `./org/long/${TLM_LINK}`);
  await page.locator('#crossroads details').evaluateAll((ds) => ds.forEach((d) => (d.open = true)));
  await expect(page.locator('.ranking:not(.compact) .fit-name').first()).toHaveText('Technical team lead and people manager');
  await fits('result');
  expect(errors).toEqual([]);
});
