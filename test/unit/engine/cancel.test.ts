// Breaks when Cancel during a load stops working: the promise must resolve (not hang, not
// reject) with code 'cancelled' for the file, return no dataset for it, leave no raw or rejects
// table behind in DuckDB, and leave the engine able to load again. Also checks that the
// progress a load reports moves forward. Runs the worker's Engine in Node on the same DuckDB-WASM
// build the browser uses, on a 300,000-line CSV from the seeded sample generator (~40 MB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTransactionsCsv } from '../../../src/analysis/sample/generate';
import { BindingsDb } from '../../../workers/bindings-db';
import type { Engine } from '../../../workers/engine';
import type { LoadProgress, SourceFile } from '../../../workers/protocol';
import { openEngine } from '../../support/engine';
import { file } from '../../fixtures/formats/build';

const ROWS = 300_000;
let engine: Engine;
let big: SourceFile;
/** A second connection to the same database: the engine's own refuses queries once cancelled. */
let side: BindingsDb;

beforeAll(async () => {
  engine = await openEngine();
  side = new BindingsDb(engine.bindings, engine.bindings.connect().useUnsafe((_b, id) => id));
  big = { path: 'transactions.csv', blob: new Blob([...generateTransactionsCsv({ rows: ROWS, seed: 11, chunkRows: 50_000 })]) };
});
afterAll(() => engine.bindings.reset());

/** Tables a load makes: raw_dN and its rejects tables (the engine keeps a cache table of its own). */
async function tableCount(): Promise<number> {
  const [r] = await side.query<{ n: number }>("SELECT count(*) AS n FROM duckdb_tables() WHERE starts_with(table_name, 'raw_')");
  return Number(r.n);
}

const small = () => file('small.csv', 'order_id,customer_id,amount\n1,C1,10\n2,C2,20\n');

describe('cancel during a load', () => {
  it('after the first progress report: cancelled, no dataset, no table left', async () => {
    expect(await tableCount()).toBe(0);
    const seen: LoadProgress[] = [];
    const result = await engine.load([big], (p) => {
      seen.push(p);
      // As the UI's Cancel arrives: a message handled after the worker yields, not inside the call.
      if (seen.length === 1) setTimeout(() => engine.cancel(), 0);
    });
    expect(result.datasets).toEqual([]);
    expect(result.errors).toEqual([{ file: 'transactions.csv', code: 'cancelled' }]);
    expect(seen.at(-1)?.phase).toBe('done');
    expect(await tableCount()).toBe(0);
  });

  it('once rows are being inserted: same outcome', async () => {
    let cancelledAt = -1;
    const result = await engine.load([big], (p) => {
      if (cancelledAt < 0 && p.rows > 0) {
        cancelledAt = p.rows;
        engine.cancel();
      }
    });
    expect(cancelledAt).toBeGreaterThan(0);
    expect(cancelledAt).toBeLessThan(ROWS);
    expect(result).toEqual({ datasets: [], errors: [{ file: 'transactions.csv', code: 'cancelled' }] });
    expect(await tableCount()).toBe(0);
  });

  it('files loaded before the cancel stay; the rest are cancelled', async () => {
    let cancelling = false;
    const result = await engine.load([small(), big, file('z-after.csv', 'a,b\n1,2\n')], (p) => {
      if (p.file === 'transactions.csv' && !cancelling) (cancelling = true), setTimeout(() => engine.cancel(), 0);
    });
    expect(result.datasets.map((d) => [d.name, d.rows])).toEqual([['small.csv', 2]]);
    expect(result.errors).toEqual([
      { file: 'transactions.csv', code: 'cancelled' },
      { file: 'z-after.csv', code: 'cancelled' },
    ]);
    expect(await tableCount()).toBe(1);
    await engine.remove(result.datasets[0].id);
    expect(await tableCount()).toBe(0);
  });

  it('afterwards a new load works', async () => {
    const result = await engine.load([small()], () => {});
    expect(result.errors).toEqual([]);
    expect(result.datasets.map((d) => d.rows)).toEqual([2]);
    const rows = await engine.db.query(`SELECT customer_id FROM "${result.datasets[0].table}"`);
    expect(rows.map((r) => r.customer_id)).toEqual(['C1', 'C2']);
    await engine.remove(result.datasets[0].id);
  });

  // Regression guard (this was broken in workers/ingest/context.ts blobChunks + workers/ingest/text.ts readHead): blobChunks ends
  // silently when the token is cancelled, so a Cancel that lands before the first slice is read
  // looks like a file with no bytes, and the load reports 'empty' ("the file is empty") instead
  // of 'cancelled'. Fix: throw CancelledError in blobChunks (and let readAllText in
  // read-group.ts rethrow it instead of wrapping it as 'corrupt').
  it('cancel inside the first progress callback is still "cancelled"', async () => {
    let first = true;
    const result = await engine.load([big], () => {
      if (first) (first = false), engine.cancel();
    });
    expect(result.errors).toEqual([{ file: 'transactions.csv', code: 'cancelled' }]);
    expect(await tableCount()).toBe(0);
  });
});

describe('progress', () => {
  // Regression guard (this was broken in workers/engine.ts load, `bytesDone: bytesBefore + (p.bytesDone ?? 0)`): a report that
  // carries only `rows` (every insert) resets bytesDone to the start of the dataset, so the
  // progress bar jumps back to 0 after each 8 MB read. Same for fileIndex, which the text reader
  // never sends, so a folder of 305 files shows "file 1 of 305" throughout. Fix: keep the
  // previous value when the field is absent (`p.bytesDone === undefined ? state.bytesDone : ...`).
  it('bytesDone never goes backwards and ends at bytesTotal', async () => {
    const seen: LoadProgress[] = [];
    // 17 MB: three 8 MB reads, enough to see the reports between them.
    const part = { path: 'part.csv', blob: big.blob.slice(0, 17 << 20) };
    const result = await engine.load([small(), part], (p) => seen.push(p));
    expect(result.errors).toEqual([]);
    for (let i = 1; i < seen.length; i++) expect(seen[i].bytesDone, `report ${i}`).toBeGreaterThanOrEqual(seen[i - 1].bytesDone);
    expect(seen.at(-1)).toMatchObject({ phase: 'done', bytesDone: seen[0].bytesTotal });
    for (const d of result.datasets) await engine.remove(d.id);
  });
});
