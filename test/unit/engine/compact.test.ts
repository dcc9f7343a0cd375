// Issue 10 (3): above COMPACT_ABOVE_TEXT_BYTES the engine moves its tables to a compressed
// in-memory catalog before reading more. Storage must not change a single number: the Report
// over compressed tables equals the one over plain tables, whether the switch happens before
// the first file or between two loads (the first dataset is then copied over).
import { afterAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../workers/engine';
import type { SourceFile } from '../../../workers/protocol';
import { generateSample } from '../../../src/analysis/sample/generate';
import { defaultMapping } from '../../../cli/mapping';
import { defaultSettings } from '../../../cli/report';
import { openBindings } from '../../support/wasm-db';
import { fromText } from '../../support/engine';

const engines: Engine[] = [];
afterAll(() => {
  for (const e of engines) e.bindings.reset();
});

async function engineCompactingAbove(bytes: number): Promise<Engine> {
  const engine = new Engine(await openBindings(), 'eh', bytes);
  await engine.init();
  engines.push(engine);
  return engine;
}

const sample = generateSample({ locale: 'en' }).files.map((f) => fromText(f.name, f.text));
const [orders, ...others] = sample;
const settings = defaultSettings({ sample: 'en' });

/** Load in two steps (orders, then the rest), as an analyst adding files would, and report. */
async function reportOf(engine: Engine): Promise<unknown> {
  const first = await engine.load([orders], () => {});
  const second = await engine.load(others as SourceFile[], () => {});
  const datasets = [...first.datasets, ...second.datasets];
  const report = await engine.report(defaultMapping(datasets), settings, () => {});
  return JSON.parse(JSON.stringify(report));
}

describe('compressed tables for large data', () => {
  it('give the same Report, switched on before the first file or between two loads', async () => {
    const plain = await engineCompactingAbove(Infinity);
    const fromStart = await engineCompactingAbove(0);
    const midway = await engineCompactingAbove(orders.blob.size + 1);

    const expected = await reportOf(plain);
    expect(plain.isCompact()).toBe(false);
    expect(await reportOf(fromStart)).toEqual(expected);
    expect(fromStart.isCompact()).toBe(true);
    expect(await reportOf(midway)).toEqual(expected);
    expect(midway.isCompact()).toBe(true);
  });

  it('keep the data in the compressed catalog and nothing behind in the default one', async () => {
    const engine = await engineCompactingAbove(orders.blob.size + 1);
    await engine.load([orders], () => {});
    expect(engine.isCompact()).toBe(false);
    await engine.load(others as SourceFile[], () => {});
    const rows = await engine.db.query<{ db: string; n: number }>(
      `SELECT database_name AS db, count(*)::INTEGER AS n FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary GROUP BY ALL ORDER BY db`,
    );
    expect(rows.map((r) => r.db)).toEqual(['packed']);
    expect(rows[0].n).toBeGreaterThanOrEqual(4); // the four raw tables at least
    // New tables go there too (how much smaller they are is measured by the bench, not here:
    // DuckDB compresses whole row groups, which a sample this small does not fill).
    const [{ current }] = await engine.db.query<{ current: string }>('SELECT current_database() AS current');
    expect(current).toBe('packed');
  });

  it('a load cancelled while switching leaves the engine plain and usable', async () => {
    const engine = await engineCompactingAbove(0);
    const cancelled = engine.load([orders], () => {});
    engine.cancel();
    await expect(cancelled).rejects.toThrow();
    expect(engine.isCompact()).toBe(false);
    const again = await engine.load([orders], () => {});
    expect(again.datasets).toHaveLength(1);
    expect(engine.isCompact()).toBe(true);
  });
});
