/**
 * The UI's handle on the engine worker. The rest of the UI sees a plain EngineApi with ordinary
 * callbacks; only this file knows about comlink. init() starts as soon as this module runs (at
 * page load), so the 30–40 MB of WebAssembly download while the analyst is still picking files.
 */
import * as Comlink from 'comlink';
import type { EngineApi, EngineInfo, LoadProgress, ProgressCallback, RunProgress } from '../../workers/protocol';
import { lossOf, type EngineLoss } from './loss';

export interface EngineClient extends EngineApi {
  /** Settles when the engine has started (or could not start). */
  readonly ready: Promise<EngineInfo>;
  /** Resolves (never rejects) once the started worker died or its WebAssembly became unusable. */
  readonly lost: Promise<EngineLoss>;
  /** Ends the worker for good: after a loss, before a new engine takes over. */
  terminate(): void;
}

export function createEngine(): EngineClient {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), { type: 'module' });
  const remote = Comlink.wrap<EngineApi>(worker);

  // A worker that fails to start (a script error, a blocked module) never answers comlink calls;
  // its 'error' event is the only sign, so it settles `ready` instead of leaving the UI waiting.
  const crashed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (e) => reject(new Error(e.message || 'the engine worker failed to start')), { once: true });
  });
  crashed.catch(() => {});
  const ready = Promise.race([remote.init(), crashed]);
  ready.catch(() => {});

  // After the start, an uncaught error in the worker or a call failing with a WebAssembly trap
  // or an allocation failure means the engine is gone (loss.ts); calls stop waiting on it.
  let declareLost: (loss: EngineLoss) => void = () => {};
  const lost = new Promise<EngineLoss>((resolve) => (declareLost = resolve));
  let gone: EngineLoss | null = null;
  const lose = (loss: EngineLoss) => {
    gone ??= loss;
    declareLost(gone);
  };
  ready.then(
    () =>
      worker.addEventListener('error', (e) => {
        // Handled here: the page shows the loss, so the browser need not report it as uncaught.
        e.preventDefault();
        lose(lossOf(e.message) ?? { kind: 'crash', detail: e.message || 'the engine worker stopped' });
      }),
    () => {},
  );
  const lostError = lost.then((loss) => Promise.reject(new Error(loss.detail)));
  lostError.catch(() => {});

  const progress = <T>(fn: ProgressCallback<T>) => Comlink.proxy((p: T) => fn(p));
  const after = async <T>(call: () => Promise<T>): Promise<T> => {
    await ready;
    if (gone) throw new Error(gone.detail);
    try {
      return await Promise.race([call(), crashed, lostError]);
    } catch (e) {
      const loss = lossOf(e);
      if (loss) lose(loss);
      throw e;
    }
  };

  return {
    ready,
    lost,
    terminate: () => worker.terminate(),
    init: () => ready,
    load: (files, onProgress: ProgressCallback<LoadProgress>) => after(() => remote.load(files, progress(onProgress))),
    loadSample: (locale, onProgress: ProgressCallback<LoadProgress>) => after(() => remote.loadSample(locale, progress(onProgress))),
    reload: (id, options, onProgress: ProgressCallback<LoadProgress>) => after(() => remote.reload(id, options, progress(onProgress))),
    remove: (id) => after(() => remote.remove(id)),
    check: (mapping) => after(() => remote.check(mapping)),
    report: (mapping, options, onProgress: ProgressCallback<RunProgress>) => after(() => remote.report(mapping, options, progress(onProgress))),
    exportRows: (mapping, dataset, reason) => after(() => remote.exportRows(mapping, dataset, reason)),
    exportCustomers: (mapping, options, format, lang) => after(() => remote.exportCustomers(mapping, options, format, lang)),
    cancel: () => {
      // Not queued behind `ready`: a cancel must reach the worker while it is busy.
      remote.cancel().catch(() => {});
    },
  };
}

/** The message of anything thrown across the worker boundary (comlink rethrows Errors by message). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  if (typeof e === 'string') return e;
  return String(e);
}

/** The engine's cancel rejects with a CancelledError, which arrives here as message 'cancelled'. */
export function isCancelled(e: unknown): boolean {
  return e instanceof Error && (e.message === 'cancelled' || e.name === 'CancelledError');
}
