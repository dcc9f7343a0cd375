/**
 * The benchmark's native pass (issue 10, part 1): the same file through the command line's path
 * (cli/report.ts: the worker's Engine and runReport over native DuckDB via @duckdb/node-api),
 * with one DuckDB thread like the browser's engine. Stage times are measured by the same code
 * as in the browser: read and understand by Engine.readDataset (DatasetInfo.timings), report
 * steps by runReport's progress events.
 */
import { reportOf, type RunOptions } from '../cli/report';

export interface StageTime {
  step: string;
  ms: number;
}

export interface NativeStep extends StageTime {
  /** Part of ms spent in DuckDB statements (native); the rest is JS on Node's V8. */
  sql_ms: number;
}

export interface NativeRun {
  rows: number;
  read_ms: number;
  understand_ms: number;
  /** Parts of read_ms and understand_ms spent in DuckDB statements. */
  read_sql_ms: number;
  understand_sql_ms: number;
  load_ms: number;
  report_ms: number;
  /** Part of report_ms spent re-encoding native results as Arrow for the Engine: not DuckDB's. */
  encode_ms: number;
  /** Report steps in the order they ran (one per dataset for typed and profile). */
  steps: NativeStep[];
}

export async function nativePass(files: string | string[], threads = 1, progress: Pick<RunOptions, 'onLoad' | 'onReport' | 'trace'> = {}): Promise<NativeRun> {
  const run = await reportOf({ files: typeof files === 'string' ? [files] : files }, { threads, ...progress });
  const t = run.timings;
  return {
    rows: run.datasets.reduce((n, d) => n + d.rows, 0),
    read_ms: t.readMs,
    understand_ms: t.understandMs,
    read_sql_ms: Math.round(t.readSqlMs),
    understand_sql_ms: Math.round(t.understandSqlMs),
    load_ms: Math.round(t.loadMs),
    report_ms: Math.round(t.reportMs),
    encode_ms: Math.round(t.encodeMs),
    steps: t.steps.map((s) => ({ step: s.step, ms: Math.round(s.ms), sql_ms: Math.round(s.sqlMs) })),
  };
}

/** Steps of the same name added up (typed and profile run once per dataset), in first-seen order. */
export function byStep<T extends StageTime>(steps: T[], field: (s: T) => number = (s) => s.ms): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of steps) out.set(s.step, (out.get(s.step) ?? 0) + field(s));
  return out;
}

/** browser / native, two decimals; null when native took no measurable time. */
export function ratio(browser: number, native: number): number | null {
  return native > 0 ? Math.round((browser / native) * 100) / 100 : null;
}
