// A reader of the `_headers` file format of Netlify and Cloudflare Pages, for the end-to-end
// test server (server.mjs), so that every test runs under exactly the headers the build ships
// (scripts/hosting.mjs writes the file), and for the checks of that file
// (tests/hosting.test.mjs). It reads what both hosts read alike: `#` comments, a path on a
// line of its own starting with `/`, then indented `Name: value` lines; in a path, one splat
// `*` (any characters) and `:placeholders` (one segment). A path that matches several blocks
// gets all their headers, a name set twice joined with ", " (Cloudflare's documented rule; the
// build never relies on it, tests/hosting.test.mjs checks that). What only one host reads
// (absolute URLs, `! Name` to drop a header) it refuses, rather than guess.

/** The blocks of a `_headers` file: each its path, a matcher and its headers in order. */
export function parseHeadersFile(text) {
  const rules = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    const where = `_headers line ${i + 1}: ${JSON.stringify(raw)}`;
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a path starts with "/" (absolute URLs are not read here)`);
      if (/\s/.test(line)) throw new Error(`${where}: a path has no spaces`);
      if ((line.match(/\*/g) ?? []).length > 1) throw new Error(`${where}: one splat at most`);
      rules.push({ path: line, pattern: pathPattern(line), headers: [] });
      return;
    }
    const header = line.trim().match(/^([A-Za-z0-9-]+)\s*:\s*(.*)$/);
    if (!header || header[2] === '') throw new Error(`${where}: expected an indented "Name: value"`);
    if (!rules.length) throw new Error(`${where}: a header before any path`);
    rules.at(-1).headers.push([header[1], header[2]]);
  });
  return rules;
}

function pathPattern(path) {
  const source = path
    .split('/')
    .map((segment) =>
      segment.startsWith(':')
        ? '[^/]+'
        : segment
            .split('*')
            .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('.*'),
    )
    .join('/');
  return new RegExp(`^${source}$`);
}

/** The blocks whose path matches this one (a URL's path, from the site's root). */
export function rulesFor(rules, path) {
  return rules.filter((rule) => rule.pattern.test(path));
}

/** The headers for a path, as a host sends them: names in lower case, as Node sends them. */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rulesFor(rules, path)) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}
