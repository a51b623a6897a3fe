// Run by Trunk before every build (a pre_build hook in Trunk.toml): the start-up script
// (start/start.js), minified into target/start/, which index.html links for Trunk to name
// and hash. Why: every plain visit fetches it, and the plain visit's budget is 15 KB gzip
// (scripts/bench --check); Trunk's own minifier cannot read it. The source stays readable.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const source = readFileSync('start/start.js', 'utf8');
const { code } = await minify(source, { module: true, compress: true, mangle: true });
if (!code) throw new Error('prepare: terser returned nothing for start/start.js');
mkdirSync('target/start', { recursive: true });
writeFileSync('target/start/start.js', code);
