// What makes the wasm big: reads a module that kept its name section (scripts/bench makes
// one with `wasm-opt -Oz -g`, otherwise the same as the shipped file) and lists the largest
// function bodies, code per crate and the size of the data segments.
//
//   node tests/bench/wasm-contributors.mjs path/to/module.wasm [count]

import { readFileSync } from 'node:fs';
import { gzipSync, constants as zc } from 'node:zlib';
import { readModule } from './wasm-sections.mjs';


// The crate a function's code belongs to: the app's or the core's when either appears in
// its name (a Yew component's view is the app's code, instantiated inside Yew), otherwise
// the first path segment.
function crateOf(name) {
  const plain = name.replace(/\[[0-9a-f]+\]/g, '');
  if (/\bcrossroads::/.test(plain)) return 'crossroads (app)';
  if (/\bcrossroads_core::/.test(plain)) return 'crossroads-core';
  const m = plain.match(/^[<&\s]*(?:mut\s+|dyn\s+)?([A-Za-z_][A-Za-z0-9_]*)/);
  if (!m) return '(other)';
  if (/^(dlmalloc|__rust|__rdl|__rg)/.test(m[1])) return 'allocator';
  return m[1];
}

// Short, stable display names: no crate hashes, no generic noise past a readable length.
const tidy = (name) =>
  name
    .replace(/\[[0-9a-f]+\]/g, '')
    .replace(/::h[0-9a-f]{16}$/, '')
    .replace(/^<yew::html::component::lifecycle::CompStateInner<(.+)> as yew::html::component::lifecycle::Stateful>::view$/, '$1, rendering (Yew view)');

export function contributors(path, count = 15) {
  const buf = readFileSync(path);
  const { imported, bodies, data, names } = readModule(buf);
  if (names.size === 0) throw new Error(`${path} has no function names (build it with wasm-opt -g)`);
  const functions = bodies
    .map((bytes, i) => ({ bytes, name: tidy(names.get(i + imported) ?? `function ${i + imported}`) }))
    .sort((a, b) => b.bytes - a.bytes);
  const crates = new Map();
  for (const f of functions) crates.set(crateOf(f.name), (crates.get(crateOf(f.name)) ?? 0) + f.bytes);
  const dataBytes = Buffer.concat(data);
  return {
    module: path,
    code_bytes: bodies.reduce((a, b) => a + b, 0),
    functions_count: bodies.length,
    data_bytes: dataBytes.length,
    data_gzip_bytes: gzipSync(dataBytes, { level: zc.Z_BEST_COMPRESSION }).length,
    crates: [...crates].map(([crate, bytes]) => ({ crate, bytes })).sort((a, b) => b.bytes - a.bytes),
    largest: functions.slice(0, count),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = contributors(process.argv[2], Number(process.argv[3] ?? 25));
  console.log(`code ${c.code_bytes} bytes in ${c.functions_count} functions; data ${c.data_bytes} bytes (${c.data_gzip_bytes} gzip)`);
  for (const { crate, bytes } of c.crates.slice(0, 12)) console.log(String(bytes).padStart(8), crate);
  console.log('largest functions:');
  for (const { bytes, name } of c.largest) console.log(String(bytes).padStart(8), name.slice(0, 140));
}
