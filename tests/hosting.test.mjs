// The names a host may keep for a year (scripts/hosting.mjs): they must follow their bytes.
// Run by scripts/test after the release build (`node --test tests/hosting.test.mjs`; it reads
// dist/).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codeHash } from '../scripts/hosting.mjs';

const DIST = process.env.CROSSROADS_DIST ?? 'dist';
const read = (path) => readFileSync(path, 'utf8');
const sha16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

test('dist/: the code, the start-up script, the rest and the words are named by their bytes', () => {
  const names = readdirSync(DIST);
  const code = names.find((n) => /^crossroads-[0-9a-f]{16}\.js$/.test(n));
  assert.ok(code, `no glue crossroads-<hash>.js in ${DIST}/: run scripts/build first`);
  const base = code.slice(0, -'.js'.length);
  const bytes = (n) => readFileSync(join(DIST, n));
  const rest = names.find((n) => n.startsWith(`${base}_rest-`));
  const words = names.find((n) => n.startsWith(`${base}_text-`));
  assert.equal(
    base.slice('crossroads-'.length),
    codeHash({ wasm: bytes(`${base}_bg.wasm`), rest: rest ? bytes(rest) : null, words: bytes(words), glue: read(join(DIST, code)), base }),
    'the code is not named by its final bytes',
  );
  const own = names.filter((n) => /(?:^start-|_rest-|_text-)[0-9a-f]{16}\.[a-z]+$/.test(n));
  assert.equal(own.length, rest ? 3 : 2);
  for (const name of own) {
    assert.equal(name.match(/([0-9a-f]{16})\.[a-z]+$/)[1], sha16(bytes(name)), `${name} is not named by its bytes`);
  }
});
