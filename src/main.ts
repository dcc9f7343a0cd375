import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { createEngine } from './engine/client';
import { I18n } from './i18n/i18n.svelte';

// The engine starts before the first render: the WebAssembly download overlaps with the
// analyst choosing files.
const engine = createEngine();
const i18n = I18n.fromBrowser();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

export default mount(App, { target, props: { engine, i18n } });
