// Breaks when reading a CSV costs memory out of proportion to the file again. The WebAssembly
// memory never shrinks, so whatever one read_csv insert allocates is a floor under everything a
// tab can hold afterwards: with a 16 MB line limit DuckDB sized its buffers at hundreds of MB and
// every file over one chunk left the engine at 622+ MiB before any analysis (docs/performance.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import { fromText, openEngine } from '../../support/engine';
import { generateTransactionsCsv } from '../../../src/analysis/sample/generate';
import { readerSizes } from '../../../workers/ingest/text';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
}, 60_000);
afterAll(() => engine.bindings.reset());

const MiB = 2 ** 20;

describe('reading large text', () => {
  it('holds a few chunks, not hundreds of MB of reader buffers', async () => {
    const text = [...generateTransactionsCsv({ rows: 200_000, seed: 7 })].join('');
    expect(text.length).toBeGreaterThan(24 * MiB); // three 8 MB chunks at least
    const loaded = await engine.load([fromText('orders.csv', text)], () => {});
    expect(loaded.errors).toEqual([]);
    expect(loaded.datasets[0].rows).toBe(200_000);
    // 27 MB of CSV read into plain tables: 90 MiB here, 802 MiB with the old buffers.
    console.log(`WebAssembly memory after reading: ${Math.round(engine.wasmBytes()! / MiB)} MiB`);
    expect(engine.wasmBytes()!).toBeLessThan(300 * MiB);
  }, 300_000);

  it('still takes a record longer than DuckDB’s default 2 MB line limit', async () => {
    const long = 'x'.repeat(3 * MiB);
    const text = `id,comment\n1,short\n2,"${long}"\n3,after\n`;
    const loaded = await engine.load([fromText('long.csv', text)], () => {});
    expect(loaded.errors).toEqual([]);
    const d = loaded.datasets[0];
    expect(d.rows).toBe(3);
    const [r] = await engine.db.query<{ n: number }>(`SELECT length(comment) AS n FROM ${d.table} WHERE id = '2'`);
    expect(Number(r.n)).toBe(long.length);
  }, 120_000);

  it('sizes the line limit and buffer to the chunk', () => {
    expect(readerSizes(8 * MiB)).toEqual({ maxLine: 8 * MiB + 1, buffer: 8 * MiB + 1 });
    expect(readerSizes(100)).toEqual({ maxLine: MiB, buffer: MiB });
  });
});
