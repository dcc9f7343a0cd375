// Issue 10 (5): the command line must produce the browser's Report. The browser side is the
// worker's Engine on DuckDB-WASM in Node (the build the page runs); the CLI side is the path
// `clientele report` takes (cli/report.ts: the same Engine over native DuckDB through
// @duckdb/node-api). Any divergence fails with the list of paths that differ.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/analysis/report';
import type { DatasetInfo, LoadResult } from '../../../workers/protocol';
import type { Engine } from '../../../workers/engine';
import { openEngine, sourceFiles } from '../../support/engine';
import { defaultSettings, reportOf, type Source } from '../../../cli/report';
import { defaultMapping } from '../../../cli/mapping';
import { differences } from './compare';

/**
 * Relative tolerance for numbers. With one thread both engines add floats in the same order and
 * the Reports are identical today (the test passes with 0). The tolerance is for what may
 * legitimately move the last bits without being a divergence: the two builds are compiled
 * differently (wasm vs x86-64, emscripten's musl libm vs the system's), so exp/log/pow or a
 * vectorised sum may round differently by an ulp, and float addition is not associative. 1e-9 is
 * far above that noise and far below any figure the report shows.
 * Not tested here: more than one native thread. DuckDB's parallel aggregation then sums DOUBLEs
 * in another order (measured on the en sample with 2 threads: channel revenue 71528.15000000015
 * vs ...18, relative 4e-16), and that noise was enough to change the Gamma-Gamma optimizer's
 * stop message ("gradient below tolerance" vs "no further decrease"), so the CLI defaults to one
 * thread (cli/README.md).
 */
const TOLERANCE = 1e-9;

/**
 * Fields removed before comparing, with why. The Report itself has none: it is deterministic by
 * design (src/analysis/report.ts: no timestamps, no ids of runs, no engine or bundle names;
 * methodology holds the analysis SQL, which both engines receive identically; dataset ids are
 * d1, d2... in both because each side starts from a fresh engine). The per-dataset load
 * information differs only by its wall-clock timings.
 */
const REPORT_FIELDS_THAT_DIFFER: readonly string[] = [];
const DATASET_FIELDS_THAT_DIFFER = ['timings'] as const; // how long reading took: machine time

const engines: Engine[] = [];
afterAll(() => {
  for (const e of engines) e.bindings.reset();
});

/** The browser's Report: a fresh WASM engine (dataset ids from d1), default mapping and settings. */
async function browserReport(source: Source, load: (e: Engine) => Promise<LoadResult>): Promise<{ report: Report; datasets: DatasetInfo[] }> {
  const engine = await openEngine();
  engines.push(engine);
  const loaded = await load(engine);
  const report = await engine.report(defaultMapping(loaded.datasets), defaultSettings(source), () => {});
  return { report: asJson(report), datasets: loaded.datasets };
}

/** What report.json holds: the Report through JSON (as the app's download writes it). */
function asJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function withoutFields<T extends object>(v: T, fields: readonly string[]): T {
  const copy = { ...v } as Record<string, unknown>;
  for (const f of fields) delete copy[f];
  return copy as T;
}

function expectSame(browser: Report, cli: Report): void {
  const diff = differences(withoutFields(browser, REPORT_FIELDS_THAT_DIFFER), withoutFields(cli, REPORT_FIELDS_THAT_DIFFER), TOLERANCE);
  expect(diff, `the CLI's Report differs from the browser's at:\n${diff.join('\n')}`).toEqual([]);
}

function expectSameDatasets(browser: DatasetInfo[], cli: DatasetInfo[]): void {
  const strip = (ds: DatasetInfo[]) => ds.map((d) => withoutFields(d, DATASET_FIELDS_THAT_DIFFER));
  const diff = differences(strip(browser), strip(cli), 0);
  expect(diff, `the CLI loaded the files differently:\n${diff.join('\n')}`).toEqual([]);
}

describe('the comparison itself', () => {
  it('catches a changed figure and tolerates last-bit float noise', () => {
    const a = { value: { revenue: 314101.6499999958, rows: [{ n: 1 }] } };
    expect(differences(a, { value: { revenue: 314101.6499999958 * (1 + 1e-12), rows: [{ n: 1 }] } }, TOLERANCE)).toEqual([]);
    expect(differences(a, { value: { revenue: 314101.65 * (1 + 1e-6), rows: [{ n: 1 }] } }, TOLERANCE)).toHaveLength(1);
    expect(differences(a, { value: { revenue: 314101.6499999958, rows: [{ n: 2 }] } }, TOLERANCE)).toEqual(['$.value.rows[0].n: 1 != 2']);
    expect(differences(a, { value: { revenue: 314101.6499999958, rows: [] } }, TOLERANCE)).toEqual(['$.value.rows: length 1 != 0']);
    // Numbers inside text (the methodology's SQL) get the same tolerance; the words do not.
    expect(differences('VALUES (0,43.86147904917701)', 'VALUES (0,43.861479049177134)', TOLERANCE)).toEqual([]);
    expect(differences('VALUES (0,43.86147904917701)', 'VALUES (0,43.87)', TOLERANCE)).toHaveLength(1);
    expect(differences('VALUES (0,43.86147904917701)', 'VALUES [0,43.86147904917701)', TOLERANCE)).toHaveLength(1);
    expect(differences('2024-01-02', '2024-01-03', TOLERANCE)).toHaveLength(1);
  });
});

describe('clientele report gives the browser Report', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`on the ${lang} sample, native DuckDB with one thread`, async () => {
      const source: Source = { sample: lang };
      const browser = await browserReport(source, (e) => e.loadSample(lang, () => {}));
      const cli = await reportOf(source, { threads: 1 });
      expectSameDatasets(browser.datasets, cli.datasets);
      expectSame(browser.report, asJson(cli.report));
    }, 240_000);
  }

  it('on the en sample with compressed tables (what the CLI uses for files large against memory)', async () => {
    const source: Source = { sample: 'en' };
    const browser = await browserReport(source, (e) => e.loadSample('en', () => {}));
    // Threshold 0: the engine moves to the compressed catalog before the first file is read.
    const cli = await reportOf(source, { threads: 1, compactAboveTextBytes: 0 });
    expectSameDatasets(browser.datasets, cli.datasets);
    expectSame(browser.report, asJson(cli.report));
  }, 240_000);

  it('on files from disk: rejected CSV rows, a folder read as one table, JSON through Arrow inserts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'clientele-cli-test-'));
    try {
      const orders = path.join(dir, 'orders');
      writeFileSync(path.join(dir, 'customers.json'), JSON.stringify(customers()));
      // A folder of two monthly files: one dataset. The second has a line with an unclosed
      // quote and a line with too many fields, which read_csv sets aside in the rejects table.
      const header = 'order_id,customer_id,order_time,paid_amount\n';
      const { a, b } = orderLines();
      await import('node:fs/promises').then((fs) => fs.mkdir(orders));
      writeFileSync(path.join(orders, '2024-01.csv'), header + a.join('\n') + '\n');
      writeFileSync(path.join(orders, '2024-02.csv'), header + b.join('\n') + '\nX1,C1,"2024-02-03 10:00:00,5\nX2,C2,2024-02-04 10:00:00,5,7,8\n');
      const locations = [path.join(dir, 'customers.json'), orders];
      const source: Source = { files: locations };
      const browser = await browserReport(source, async (e) => e.load((await Promise.all(locations.map(sourceFiles))).flat(), () => {}));
      const cli = await reportOf(source, { threads: 1 });
      expect(cli.datasets.map((d) => [d.name, d.format, d.rows])).toEqual([
        ['customers.json', 'json', 40],
        ['orders/', 'csv', 120],
      ]);
      expect(cli.datasets[1].csv?.rejected).toBeGreaterThan(0);
      expectSameDatasets(browser.datasets, cli.datasets);
      expectSame(browser.report, asJson(cli.report));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

function customers(): Record<string, string | number>[] {
  const channels = ['web', 'store', 'app'];
  return Array.from({ length: 40 }, (_, i) => ({
    customer_id: `C${i + 1}`,
    signup_time: `2023-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`,
    channel: channels[i % 3],
    age: 20 + (i % 40),
  }));
}

/** 120 orders of 40 customers over two months; amounts with cents so sums are real floats. */
function orderLines(): { a: string[]; b: string[] } {
  const a: string[] = [];
  const b: string[] = [];
  for (let i = 0; i < 120; i++) {
    const month = i < 60 ? '01' : '02';
    const line = `O${i + 1},C${(i * 7) % 40 + 1},2024-${month}-${String((i % 28) + 1).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:15:00,${(10 + ((i * 37) % 250) + 0.1 * (i % 10)).toFixed(2)}`;
    (i < 60 ? a : b).push(line);
  }
  return { a, b };
}
