/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
// Writes dist/sw.js (the offline app-shell cache) after a production build; see the file.
import { serviceWorker } from './scripts/vite-plugin-sw';

const blocking = fileURLToPath(
  new URL('./node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-blocking.mjs', import.meta.url),
);

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of any static server.
  base: './',
  plugins: [svelte(), serviceWorker()],
  resolve: {
    // The synchronous browser bindings are not in the package's exports map; we run them
    // directly inside our own worker (one worker, no nested DuckDB worker).
    alias: { '@duckdb/duckdb-wasm/browser-blocking': blocking },
  },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every core, one process each, reused across test files: starting a fresh process and
    // re-importing DuckDB for each of ~145 files cost more than the tests (CI: 10 min -> 5.5 min
    // on 2 cores). Tests keep no state between files; each opens its own database.
    maxWorkers: availableParallelism(),
    isolate: false,
  },
});
