/* Clientele service worker — generated at build time by scripts/vite-plugin-sw.ts from
 * scripts/sw-template.js. It caches the application's code only: never a user file, never a
 * report. User files are read from File objects and blob: URLs, which never pass through here.
 *
 * - VERSION is a hash of every file of the build, so each build gets its own cache and the
 *   previous build's cache is deleted when this worker activates.
 * - PRECACHE is the app shell: index.html (as './'), the JS, CSS, the engine worker, the
 *   manifest, icons and the duckdb-eh.wasm every current browser runs. LAZY (duckdb-mvp.wasm,
 *   for browsers without WebAssembly exceptions; the multi-threaded duckdb-coi.wasm and its
 *   workers, for cross-origin isolated pages) is cached the first time it is fetched.
 * - Same-origin GET requests are answered cache-first; a navigation is answered with the cached
 *   './' whatever its query string (?lang=zh, ?embed=...), so a second visit works offline.
 * - Paths are relative to the registration scope, so the site works from any sub-path.
 */
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `clientele-app-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((p) => new Request(new URL(p, self.registration.scope), { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('clientele-app-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  // The page asks an updated worker to take over (not used automatically: a new build waits
  // until every tab of the old one is closed, so no page ever mixes two builds).
  if (event.data === 'clientele:skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match(new URL('./', scope), { ignoreVary: true }))
        .then((hit) => hit ?? fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // ignoreVary: servers send "Vary: Origin" and module scripts are requested with an Origin
      // header the install requests lacked; the files are the same either way.
      const hit = await cache.match(request, { ignoreSearch: true, ignoreVary: true });
      if (hit) return hit;
      const response = await fetch(request);
      // Only the build's own files are kept (LAZY); anything else passes through uncached.
      const rel = url.pathname.slice(scope.pathname.length);
      if (response.ok && response.type === 'basic' && LAZY.includes(rel)) await cache.put(request, response.clone());
      return response;
    }),
  );
});

const LAZY = __LAZY__;
