import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

/**
 * E2E tests drive the production build (vite preview) in Debian's Chromium: `npx playwright
 * install` cannot download browsers on our machines, and users run a real Chromium anyway.
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Another checkout's preview may hold the default port; E2E_PORT moves this run elsewhere.
const port = Number(process.env.E2E_PORT ?? 4173);
// A separate build folder (vite build --outDir) lets two checkouts' work test side by side.
const outDir = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  globalTeardown: './test/e2e/global-teardown.ts',
  // Two tests run at once (workers below): the longest, Online Retail's cleaning, went 44 s -> 66 s.
  timeout: 180_000,
  expect: { timeout: 60_000 },
  fullyParallel: false,
  // Spec files run side by side, one Chromium per core (at most 4: each holds up to ~1.5 GB).
  // On 2 cores each test runs ~1.5x slower but two at a time: 18 -> 15 min; the slowest test
  // still finishes in half its timeout.
  workers: Math.max(1, Math.min(4, availableParallelism())),
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 900 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
        },
      },
    },
  ],
});
