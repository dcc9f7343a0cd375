/**
 * The benchmark's large mode (issue 10, part 5): files beyond a browser tab, through the command
 * line's path only (cli/report.ts: the worker's Engine and runReport on native DuckDB). No
 * browser pass and no ratio: the point is whether and how fast the command line gets through,
 * and at what memory. Peak memory is the process's peak resident set (VmHWM), which includes
 * native DuckDB's buffers; what DuckDB spilled to its temp folder is not counted there.
 */
import { readFileSync } from 'node:fs';
import type { LoadProgress } from '../workers/protocol';
import type { RunProgress } from '../src/analysis/pipeline';
import { removeTempFoldersOnSignal, type StatementTrace } from '../cli/native-bindings';
import { nativePass, type NativeRun } from './native';

export interface LargeRun {
  mode: 'large';
  rows: number;
  bytes: number;
  threads: number;
  generate_ms: number;
  total_ms: number;
  peak_rss_bytes: number | null;
  native: NativeRun;
}

export async function largePass(files: string | string[], threads: number): Promise<Omit<LargeRun, 'rows' | 'bytes' | 'generate_ms'>> {
  removeTempFoldersOnSignal(); // a stopped run would leave DuckDB's spill files (tens of GB)
  const t0 = performance.now();
  const watch = statementWatch();
  const native = await nativePass(files, threads, { onLoad: logLoad(), onReport: logReport(t0), trace: watch.trace }).finally(watch.stop);
  return { mode: 'large', threads, total_ms: Math.round(performance.now() - t0), peak_rss_bytes: peakRss(), native };
}

export function printLarge(run: LargeRun): void {
  const n = run.native;
  const gb = (b: number) => `${(b / 1e9).toFixed(1)} GB`;
  console.log(`\nlarge mode: command line on native DuckDB, ${run.threads} thread(s)`);
  console.log(`file                       ${run.rows.toLocaleString('en')} rows, ${gb(run.bytes)}`);
  console.log(`generate CSV               ${run.generate_ms ? `${run.generate_ms} ms` : 'cached'}`);
  console.log(`read into DuckDB           ${n.read_ms} ms   (${n.rows.toLocaleString('en')} rows)`);
  console.log(`understand columns         ${n.understand_ms} ms`);
  console.log(`report                     ${n.report_ms} ms`);
  for (const s of n.steps) console.log(`  report step: ${s.step.padEnd(24)} ${`${s.ms} ms`.padStart(10)}   (${s.sql_ms} ms in SQL)`);
  console.log(`file to report             ${run.total_ms} ms`);
  console.log(`peak resident memory       ${run.peak_rss_bytes === null ? '-' : `${Math.round(run.peak_rss_bytes / 2 ** 20)} MiB`}`);
}

/** The process's peak resident set, from Linux's /proc (null elsewhere). */
function peakRss(): number | null {
  return procKb('/proc/self/status', 'VmHWM');
}

/** A `key: N kB` line of a Linux /proc file, in bytes; null where there is no such file. */
function procKb(file: string, key: string): number | null {
  try {
    const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync(file, 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const SLOW_STATEMENT_MS = 5_000;
const WATCH_EVERY_MS = 30_000;

/**
 * On stderr: each statement slower than 5 s when it ends, and every 30 s the process's resident
 * memory, the machine's available memory and the statement under way. A run that dies without
 * a word (as the first 100M-line run did) then leaves where it was and how close memory was.
 */
function statementWatch(): { trace: StatementTrace; stop: () => void } {
  let current: { sql: string; since: number } | null = null;
  const head = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 140);
  const gib = (b: number | null) => (b === null ? '-' : `${(b / 2 ** 30).toFixed(1)} GiB`);
  const timer = setInterval(() => {
    const running = current ? `${((performance.now() - current.since) / 1000).toFixed(0)} s in: ${head(current.sql)}` : 'idle';
    console.error(`  [memory] resident ${gib(procKb('/proc/self/status', 'VmRSS'))}, machine available ${gib(procKb('/proc/meminfo', 'MemAvailable'))}; ${running}`);
  }, WATCH_EVERY_MS);
  timer.unref();
  return {
    trace: {
      start: (sql) => (current = { sql, since: performance.now() }),
      end: (sql, ms, rows) => {
        current = null;
        if (ms >= SLOW_STATEMENT_MS) console.error(`  [sql] ${(ms / 1000).toFixed(1)} s, ${rows.toLocaleString('en')} rows: ${head(sql)}`);
      },
    },
    stop: () => clearInterval(timer),
  };
}

/** A line on stderr per 5% read, so an hour-long run shows it is alive. */
function logLoad(): (p: LoadProgress) => void {
  let shown = -1;
  return (p) => {
    const pct = p.bytesTotal ? Math.floor((p.bytesDone / p.bytesTotal) * 20) * 5 : 0;
    if (p.phase === 'reading' && pct !== shown) {
      shown = pct;
      console.error(`  reading ${pct}% (${p.rows.toLocaleString('en')} rows)`);
    } else if (p.phase !== 'reading' && shown !== -2) {
      shown = -2;
      console.error(`  ${p.phase}`);
    }
  };
}

function logReport(t0: number): (p: RunProgress) => void {
  return (p) => {
    if (p.done < p.total) console.error(`  ${((performance.now() - t0) / 1000).toFixed(0)} s  report step ${p.done + 1}/${p.total}: ${p.step}`);
  };
}
