/**
 * A small Vite plugin that writes dist/sw.js after a production build: the template
 * scripts/sw-template.js with the list of files to precache and a version hash of the whole
 * build filled in. Dev builds get no service worker (main.ts registers it only in production).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Cached when first used, not on install: the build for browsers without WebAssembly exceptions
 * (mvp) and the multi-threaded build with its workers (coi), which only cross-origin isolated
 * pages run. Every page otherwise runs eh, so precaching these would download ~74 MB for nothing.
 */
const LAZY = /(^|\/)duckdb-(mvp[^/]*\.wasm|coi[^/]*\.wasm|browser-coi[^/]*\.js)$/;
/** The service worker is not cached by itself (the browser checks it for updates). */
const SKIP = /^sw\.js$/;

function listFiles(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, path.posix.join(base, e.name)) : [path.posix.join(base, e.name)]))
    .sort();
}

export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'clientele-service-worker',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const files = listFiles(outDir).filter((f) => !SKIP.test(f));
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update(readFileSync(path.join(outDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      // index.html is cached as './' (the scope URL), which is what navigations are answered with.
      const precache = ['./', ...files.filter((f) => f !== 'index.html' && !LAZY.test(f))];
      const lazy = files.filter((f) => LAZY.test(f));
      const template = readFileSync(path.resolve(config.root, 'scripts/sw-template.js'), 'utf8');
      const sw = template
        .replace("'__VERSION__'", JSON.stringify(version))
        .replace('__PRECACHE__', JSON.stringify(precache))
        .replace('__LAZY__', JSON.stringify(lazy));
      writeFileSync(path.join(outDir, 'sw.js'), sw);
    },
  };
}
