// ESLint for the project's own JavaScript: the start-up script (start/), the embed loader and
// WordPress's frame module (embed/), the build's scripts (scripts/*.mjs) and the Node and
// Playwright tests (tests/**/*.mjs). `npx eslint start embed scripts tests`, or `npx eslint .`.
// Only what ships with ESLint: the recommended rules of @eslint/js, and the globals each kind
// of file may use declared here by hand (no `globals` package to keep in step).
import js from '@eslint/js';

const readonly = (names) => Object.fromEntries(names.split(/\s+/).filter(Boolean).map((name) => [name, 'readonly']));

// What a page's scripts use of the browser (ECMAScript's own globals come with ecmaVersion).
const browser = readonly(`
  window self parent top document location navigator history screen performance console
  localStorage sessionStorage fetch Request Response Headers AbortController AbortSignal
  URL URLSearchParams Blob File FileReader FormData TextEncoder TextDecoder DOMException
  Event CustomEvent MessageEvent EventTarget Node Element HTMLElement HTMLIFrameElement
  ResizeObserver IntersectionObserver MutationObserver matchMedia getComputedStyle
  requestAnimationFrame cancelAnimationFrame setTimeout clearTimeout setInterval clearInterval
  queueMicrotask structuredClone addEventListener removeEventListener dispatchEvent
  postMessage scrollX scrollY innerWidth innerHeight devicePixelRatio isSecureContext
  crypto btoa atob alert confirm WebAssembly Storage indexedDB caches XMLHttpRequest
  MouseEvent KeyboardEvent PointerEvent PopStateEvent PerformanceObserver requestIdleCallback
  CSSStyleSheet HTMLCanvasElement OffscreenCanvas createImageBitmap Image scheduler DOMParser
`);

// What Node gives scripts and tests.
const node = readonly(`
  process Buffer console global globalThis URL URLSearchParams TextEncoder TextDecoder
  AbortController AbortSignal fetch Request Response Headers Blob structuredClone
  setTimeout clearTimeout setInterval clearInterval setImmediate clearImmediate
  queueMicrotask performance crypto WebAssembly
`);

export default [
  // Only the files above: everything else (the build, Rust's targets, fixtures' hosts) is not
  // this project's JavaScript to lint.
  {
    ignores: ['**/*.js', '**/*.mjs', '**/*.cjs', '!start/**/*.js', '!embed/**/*.js', '!scripts/*.mjs', '!tests/**/*.mjs'],
  },
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'fuzz/**', 'test-results/**', 'playwright-report/**'] },
  {
    ...js.configs.recommended,
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['start/**/*.js', 'embed/wp-frame.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: browser },
  },
  {
    // The loader is a classic script that runs on any host page, in whatever browser its
    // readers have: ES5 syntax, checked as such, where a catch must name its error.
    files: ['embed/embed.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: browser },
    rules: { 'no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
  {
    files: ['scripts/*.mjs'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: node },
  },
  {
    // The link preview's image is made in Chromium: its page.evaluate() callback runs there.
    files: ['scripts/preview.mjs'],
    languageOptions: { globals: { ...browser, ...node } },
  },
  {
    // Node's test runner and Playwright's specs, whose page.evaluate() callbacks run in the
    // page. Tests look for control characters on purpose (that none reach the screen).
    files: ['tests/**/*.mjs'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...browser, ...node } },
    rules: { 'no-control-regex': 'off' },
  },
];
