// End-to-end tests against the release build in dist/, served on loopback, in the
// machine's own Chromium (no test tool downloads a browser here).
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const port = Number(process.env.CROSSROADS_PORT ?? 8090);
// Host pages that embed the widget (tests/e2e/hosts/), on another port: another origin.
const hostPort = Number(process.env.CROSSROADS_HOST_PORT ?? 8091);

export default defineConfig({
  testDir: '.',
  outputDir: '../../target/e2e-output',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: 'node tests/e2e/server.mjs',
      cwd: '../..',
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
      env: { CROSSROADS_PORT: String(port) },
      timeout: 20_000,
    },
    {
      command: 'node tests/e2e/server.mjs',
      cwd: '../..',
      url: `http://127.0.0.1:${hostPort}/snippet.html`,
      reuseExistingServer: false,
      env: {
        CROSSROADS_PORT: String(hostPort),
        CROSSROADS_DIST: 'tests/e2e/hosts',
        CROSSROADS_WIDGET_ORIGIN: `http://127.0.0.1:${port}`,
      },
      timeout: 20_000,
    },
  ],
});
