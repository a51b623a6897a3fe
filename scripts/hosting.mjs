// What a host may do with the built files, in one place. For now, the hash that names the
// code (scripts/postbuild.mjs): a host may keep the files named by their bytes for a year,
// which is safe only if new bytes always come under a new name.
//
// Budget: none (16 hex digits, one more at most than Trunk's). Test: tests/hosting.test.mjs
// recomputes the name from a build.
import { createHash } from 'node:crypto';

/**
 * The hash in the code's base name (`crossroads-<hash>`): over the final bytes of the wasm's
 * first part, its rest (null when kept whole) and the words, and the glue's, in which the
 * base name itself stands as `crossroads-*` (it names the other files). scripts/postbuild.mjs
 * names the code by it; tests/hosting.test.mjs checks a build against it.
 */
export function codeHash({ wasm, rest, words, glue, base }) {
  const hash = createHash('sha256');
  for (const part of [wasm, rest ?? '', words, glue.replaceAll(base, 'crossroads-*')]) {
    hash.update(createHash('sha256').update(part).digest());
  }
  return hash.digest('hex').slice(0, 16);
}
