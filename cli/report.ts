/**
 * Files (or the built-in sample) -> Report on native DuckDB, the way the app makes it when the
 * analyst accepts every guess: load, default mapping, default settings, runReport.
 */
import type { ReportSettings, RunProgress } from '../src/analysis/pipeline';
import type { Report } from '../src/analysis/report';
import { DEFAULT_CLEANING } from '../src/analysis/clean/options';
import type { DatasetInfo, LoadError, LoadProgress } from '../workers/protocol';
import { openNativeEngine } from './engine';
import type { StatementTrace } from './native-bindings';
import { sourceFiles } from './files';
import { SAMPLE_CURRENCY, defaultMapping } from './mapping';

export type Source = { files: string[] } | { sample: 'zh' | 'en' };

export interface ReportRun {
  report: Report;
  datasets: DatasetInfo[];
  errors: LoadError[];
  /** Wall-clock milliseconds per stage: load (read + understand), report, and each report step. */
  timings: StageTimings;
}

export interface StageTimings {
  loadMs: number;
  readMs: number;
  understandMs: number;
  /** Parts of readMs and understandMs spent in DuckDB statements. */
  readSqlMs: number;
  understandSqlMs: number;
  reportMs: number;
  /**
   * Report steps in the order they ran (RunProgress.step), with the time until the next one and
   * the part of it spent in DuckDB statements (the rest is JS: k-means, model fits, inference).
   */
  steps: { step: string; ms: number; sqlMs: number }[];
  /** Part of reportMs spent re-encoding native results as Arrow for the Engine (not DuckDB work). */
  encodeMs: number;
}

export interface RunOptions {
  threads?: number;
  /** Text (bytes) beyond which tables are kept compressed (Engine's compactIfLarge); default never. */
  compactAboveTextBytes?: number;
  /** ISO code for money without a symbol; default: the sample's, or detected from the data. */
  currency?: string | null;
  onLoad?: (p: LoadProgress) => void;
  onReport?: (p: RunProgress) => void;
  /** Sees every statement as it starts and ends (bench large mode). */
  trace?: StatementTrace;
  /** Called once the files are read, before the report starts. */
  onLoaded?: (datasets: DatasetInfo[], errors: LoadError[]) => void;
}

/** The app's settings for a new report: default cleaning, currency as the app would set it. */
export function defaultSettings(source: Source, currency?: string | null): ReportSettings {
  const fallback = 'sample' in source ? SAMPLE_CURRENCY[source.sample] : null;
  return { currency: currency ?? fallback, cleaning: DEFAULT_CLEANING };
}

export async function reportOf(source: Source, options: RunOptions = {}): Promise<ReportRun> {
  const native = await openNativeEngine({ threads: options.threads, compactAboveTextBytes: options.compactAboveTextBytes, trace: options.trace });
  try {
    const { engine, bindings } = native;
    // DuckDB time while reading vs while understanding, split where the load reports its phase.
    const loadSql = { reading: 0, understanding: 0 };
    let phase: 'reading' | 'understanding' = 'reading';
    let mark = bindings.queryMs;
    const switchTo = (next: 'reading' | 'understanding') => {
      loadSql[phase] += bindings.queryMs - mark;
      mark = bindings.queryMs;
      phase = next;
    };
    const onLoad = (p: LoadProgress) => {
      switchTo(p.phase === 'understanding' ? 'understanding' : 'reading');
      options.onLoad?.(p);
    };
    const t0 = performance.now();
    const loaded = 'sample' in source ? await engine.loadSample(source.sample, onLoad) : await engine.load(await sourceFiles(source.files), onLoad);
    switchTo('reading');
    const loadMs = performance.now() - t0;
    if (loaded.datasets.length === 0) {
      const why = loaded.errors.map((e) => `${e.file}: ${e.code}${e.detail ? ` (${e.detail})` : ''}`).join('; ');
      throw new Error(`no file could be read${why ? `: ${why}` : ''}`);
    }
    options.onLoaded?.(loaded.datasets, loaded.errors);
    const steps: { step: string; ms: number; sqlMs: number; at: number; sqlAt: number }[] = [];
    const encodeBefore = bindings.encodeMs;
    const t1 = performance.now();
    const report = await engine.report(defaultMapping(loaded.datasets), defaultSettings(source, options.currency), (p) => {
      const now = performance.now();
      const last = steps.at(-1);
      if (last) {
        last.ms = now - last.at;
        last.sqlMs = bindings.queryMs - last.sqlAt;
      }
      if (p.step !== 'done') steps.push({ step: p.step, ms: 0, sqlMs: 0, at: now, sqlAt: bindings.queryMs });
      options.onReport?.(p);
    });
    const reportMs = performance.now() - t1;
    return {
      report,
      datasets: loaded.datasets,
      errors: loaded.errors,
      timings: {
        loadMs,
        readMs: sum(loaded.datasets.map((d) => d.timings.readMs)),
        understandMs: sum(loaded.datasets.map((d) => d.timings.understandMs)),
        readSqlMs: loadSql.reading,
        understandSqlMs: loadSql.understanding,
        reportMs,
        steps: steps.map(({ step, ms, sqlMs }) => ({ step, ms, sqlMs })),
        encodeMs: bindings.encodeMs - encodeBefore,
      },
    };
  } finally {
    await native.close();
  }
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
