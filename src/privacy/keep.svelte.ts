/**
 * "Keep this analysis on this device" and "Forget everything" (issue 9).
 *
 * Nothing is stored unless the analyst opts in. Opting in writes the loaded files (and which
 * sample data was loaded) to the origin private file system (OPFS, navigator.storage
 * .getDirectory()) under one folder, `clientele-kept/`; the folder's manifest.json is also the
 * opt-in flag, so there is exactly one place to wipe. On the next visit the files are loaded again
 * through the normal path (AppState.addFiles / loadSample) and the analyst lands on the mapping
 * screen; column corrections and the report are not kept (they are rebuilt in seconds).
 *
 * "Forget everything" removes that folder, any Cache Storage entry that is not the app's own
 * code cache (there should be none), and the app's keys in localStorage and sessionStorage
 * (the language choice included).
 */
import { createContext } from 'svelte';
import type { SourceFile } from '../../workers/protocol';
import { errorMessage } from '../engine/client';
import type { AppState, LoadedSource } from '../state/app.svelte';

export const KEEP_DIR = 'clientele-kept';
const MANIFEST = 'manifest.json';
/** The service worker's code cache (scripts/sw-template.js): app files only, kept by "forget". */
const APP_CACHE_PREFIX = 'clientele-app-';

interface StoredFile {
  /** Name of the stored copy inside KEEP_DIR. */
  stored: string;
  path: string;
  type: string;
  lastModified: number;
}
type StoredSource = { sample: 'zh' | 'en' } | { files: StoredFile[] };
interface Manifest {
  version: 1;
  sources: StoredSource[];
}

async function opfs(): Promise<FileSystemDirectoryHandle> {
  if (!navigator.storage?.getDirectory) throw new Error('no origin private file system');
  return navigator.storage.getDirectory();
}

async function keepDir(create: boolean): Promise<FileSystemDirectoryHandle | null> {
  try {
    return await (await opfs()).getDirectoryHandle(KEEP_DIR, { create });
  } catch (e) {
    if (!create && e instanceof DOMException && e.name === 'NotFoundError') return null;
    if (!create) return null;
    throw e;
  }
}

async function readManifest(dir: FileSystemDirectoryHandle): Promise<Manifest | null> {
  try {
    const text = await (await (await dir.getFileHandle(MANIFEST)).getFile()).text();
    const m = JSON.parse(text) as Manifest;
    return m && m.version === 1 && Array.isArray(m.sources) ? m : null;
  } catch {
    return null;
  }
}

async function writeFile(dir: FileSystemDirectoryHandle, name: string, data: Blob | string): Promise<void> {
  const handle = await dir.getFileHandle(name, { create: true });
  const w = await handle.createWritable();
  try {
    await w.write(data);
    await w.close();
  } catch (e) {
    await w.abort().catch(() => {});
    throw e;
  }
}

export class Keeper {
  /** The opt-in: true while the analysis is kept on this device. */
  enabled = $state(false);
  status = $state<'idle' | 'restoring' | 'saving'>('idle');
  error = $state<string | null>(null);
  /** Set after "forget everything" until the next change, for the confirmation line. */
  forgotten = $state(false);

  #app: AppState;
  /** Blobs already in KEEP_DIR (saved or restored this visit), by their stored name. */
  #stored = new WeakMap<Blob, string>();
  #next = 0;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(app: AppState) {
    this.#app = app;
  }

  /**
   * Restores a kept analysis (unless `restore` is false: an embedding host decides what is
   * loaded), then keeps OPFS in step with what is loaded. Call once.
   */
  async start(restore = true): Promise<void> {
    const dir = await keepDir(false);
    const manifest = dir ? await readManifest(dir) : null;
    if (manifest) this.enabled = true;
    if (dir && manifest && restore) {
      this.status = 'restoring';
      try {
        for (const s of manifest.sources) {
          if ('sample' in s) await this.#app.loadSample(s.sample);
          else {
            const files: SourceFile[] = [];
            for (const f of s.files) {
              const file = await (await dir.getFileHandle(f.stored)).getFile();
              this.#stored.set(file, f.stored);
              this.#next = Math.max(this.#next, Number(f.stored.split('.')[0]) + 1 || 0);
              files.push({ path: f.path, blob: file });
            }
            await this.#app.addFiles(files);
          }
        }
      } catch (e) {
        this.error = errorMessage(e);
      } finally {
        this.status = 'idle';
      }
    }
    // Saves whenever the loaded sources change while the opt-in is on.
    $effect.root(() => {
      $effect(() => {
        const sources = this.#app.sources;
        if (this.enabled) void this.#save(sources);
      });
    });
  }

  async setEnabled(on: boolean): Promise<void> {
    this.forgotten = false;
    this.error = null;
    if (on) {
      this.enabled = true; // the effect saves
    } else {
      this.enabled = false;
      await this.#run(() => this.#removeKept());
    }
  }

  /** Removes every trace of user data this app could have left in the browser's storage. */
  async forgetEverything(): Promise<void> {
    this.enabled = false;
    this.error = null;
    await this.#run(async () => {
      await this.#removeKept();
      if (typeof caches !== 'undefined') {
        for (const name of await caches.keys()) if (!name.startsWith(APP_CACHE_PREFIX)) await caches.delete(name);
      }
      for (const storage of [localStorage, sessionStorage]) {
        for (const key of Object.keys(storage)) if (key.startsWith('clientele.')) storage.removeItem(key);
      }
    });
    this.forgotten = true;
  }

  async #removeKept(): Promise<void> {
    try {
      await (await opfs()).removeEntry(KEEP_DIR, { recursive: true });
    } catch (e) {
      if (!(e instanceof DOMException && e.name === 'NotFoundError')) throw e;
    }
    this.#stored = new WeakMap();
  }

  /** Writes new files, then the manifest, then deletes copies no longer listed. */
  #save(sources: LoadedSource[]): Promise<void> {
    return this.#run(async () => {
      if (!this.enabled) return;
      this.status = 'saving';
      try {
        const dir = (await keepDir(true))!;
        const out: StoredSource[] = [];
        for (const s of sources) {
          if ('sample' in s) {
            out.push({ sample: s.sample });
            continue;
          }
          const files: StoredFile[] = [];
          for (const f of s.files) {
            let stored = this.#stored.get(f.blob);
            if (!stored) {
              stored = `${this.#next++}.bin`;
              await writeFile(dir, stored, f.blob);
              this.#stored.set(f.blob, stored);
            }
            files.push({ stored, path: f.path, type: f.blob.type, lastModified: f.blob instanceof File ? f.blob.lastModified : 0 });
          }
          out.push({ files });
        }
        await writeFile(dir, MANIFEST, JSON.stringify({ version: 1, sources: out } satisfies Manifest));
        const keep = new Set([MANIFEST, ...out.flatMap((s) => ('files' in s ? s.files.map((f) => f.stored) : []))]);
        const names: string[] = [];
        // keys() is in the DOM.AsyncIterable lib, which this project does not load.
        for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
        for (const name of names) if (!keep.has(name)) await dir.removeEntry(name).catch(() => {});
        this.error = null;
      } catch (e) {
        this.error = errorMessage(e);
      } finally {
        this.status = 'idle';
      }
    });
  }

  /** Storage operations run one after another. */
  #run(fn: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => {});
    return run;
  }
}

export const [getKeeper, setKeeper] = createContext<Keeper>();
