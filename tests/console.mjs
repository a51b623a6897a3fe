// What the browser itself logs on every page without an organisation's file: the widget asks
// for crossroads.json beside it (docs/organisations.md), and Chromium logs the 404 of any
// request as a console error, a line no page can silence. The widget itself logs nothing
// then; each test's check for console errors leaves out exactly this line.

/** True for Chromium's own line about a missing crossroads.json (a Playwright ConsoleMessage). */
export function isMissingOrganisationFile(message) {
  let path = '';
  try {
    path = new URL(message.location().url).pathname;
  } catch {
    return false;
  }
  return (
    message.type() === 'error' &&
    message.text() === 'Failed to load resource: the server responded with a status of 404 (Not Found)' &&
    path.endsWith('/crossroads.json')
  );
}
