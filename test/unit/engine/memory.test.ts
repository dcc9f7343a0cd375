// Breaks when analyses leak (issue 11): ten analyses in a row in one engine — load the sample
// data, build the full report, export the customer results, remove the data — must leave the
// WebAssembly memory, DuckDB's own memory and the number of tables where the first one left them
// (within 10%). WebAssembly memory never shrinks, so a leak shows as growth after the first run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import { openEngine } from '../../support/engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
}, 60_000);
afterAll(() => engine.bindings.reset());

interface Sample {
  wasmBytes: number;
  duckdbBytes: number;
  tables: number;
}

async function measure(): Promise<Sample> {
  const [mem] = await engine.db.query<{ bytes: number }>('SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE AS bytes FROM duckdb_memory()');
  const [tables] = await engine.db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM duckdb_tables()');
  // The interface type hides the module; the concrete bindings class exposes its WebAssembly heap.
  const heap = (engine.bindings as unknown as { mod: { HEAPU8: Uint8Array } }).mod.HEAPU8;
  return { wasmBytes: heap.length, duckdbBytes: Number(mem.bytes), tables: Number(tables.n) };
}

describe('ten analyses in a row', () => {
  it('leave memory and tables where the first left them', async () => {
    const runs: Sample[] = [];
    for (let i = 0; i < 10; i++) {
      const loaded = await engine.loadSample(i % 2 === 0 ? 'en' : 'zh', () => {});
      const mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
      await engine.report(mapping, {}, () => {});
      await engine.exportCustomers(mapping, {}, 'parquet', 'en');
      for (const d of loaded.datasets) await engine.remove(d.id);
      runs.push(await measure());
    }
    const mb = (b: number) => (b / 2 ** 20).toFixed(1);
    console.log(`memory after each run (MB, wasm / duckdb / tables): ${runs.map((r) => `${mb(r.wasmBytes)}/${mb(r.duckdbBytes)}/${r.tables}`).join('  ')}`);
    // The first two runs warm up both languages' tables; later ones must not grow. Since reading
    // no longer sets a 600 MiB floor, the allocator's own steps show: one more grow of ~29 MiB
    // in the fourth or fifth run, then flat (100 -> 144 -> 172 MiB). A leak of one analysis per
    // run would add hundreds of MiB over the eight runs.
    const base = runs[1];
    const last = runs[9];
    expect(last.wasmBytes).toBeLessThanOrEqual(base.wasmBytes * 1.1 + 48 * 2 ** 20);
    expect(last.duckdbBytes).toBeLessThanOrEqual(base.duckdbBytes * 1.1 + 4 * 2 ** 20);
    expect(last.tables).toBeLessThanOrEqual(base.tables);
  }, 600_000);
});
