import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { createEngine } from './engine/client';
import { I18n } from './i18n/i18n.svelte';
import { applyTheme, showChapters } from './embed/appearance';
import { readParams } from './embed/params';

// The engine starts before the first render: the WebAssembly download overlaps with the
// analyst choosing files.
const engine = createEngine();
const i18n = I18n.fromBrowser();

// Issue 9: ?lang=, ?theme=, ?chapters= and the embedding allow-list (src/embed/params.ts).
// A language from the URL holds for this visit only; it is not written to localStorage.
const params = readParams(location.search, import.meta.env.VITE_EMBED_ORIGINS as string | undefined);
if (params.lang) {
  i18n.locale = params.lang;
  document.documentElement.lang = params.lang;
  document.title = i18n.t('app.title');
}
if (params.theme) applyTheme(params.theme);
if (params.chapters) showChapters(params.chapters);

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target, props: { engine, i18n, embedOrigins: params.origins } });

// The bench reads these (docs/performance.md): the screen is up and answers input (mount is
// synchronous), and later the engine has its WebAssembly compiled and can take a file.
performance.mark('clientele:interactive');
engine.ready.then(
  () => performance.mark('clientele:engine-ready'),
  () => {},
);

// Issue 9: the offline app-shell cache (dist/sw.js, written by scripts/vite-plugin-sw.ts). Only in
// production builds; the scope is the folder the app is served from, so any sub-path works.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch(() => {
    // no service worker (private mode, file://, blocked): the app works online as before
  });
}
