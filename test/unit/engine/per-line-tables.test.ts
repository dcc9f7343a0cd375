// Breaks when a report keeps a copy of every order line it no longer needs. On large files memory
// is what stops a tab (docs/performance.md), and each per-line table kept after its last reader
// costs as much as the data: after a report the raw lines, their typed columns and the cleaning's
// verdict per line (tx_flagged, which the row downloads and later chapters read) remain, and the
// intermediate copies made on the way (tx_flags, lc_lines) are dropped once read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import { openEngine } from '../../support/engine';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
}, 60_000);
afterAll(() => engine.bindings.reset());

describe('tables after a report', () => {
  it('keep the order lines as read, typed and judged, not the copies made on the way', async () => {
    const loaded = await engine.loadSample('en', () => {});
    const mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
    const report = await engine.report(mapping, {}, () => {});
    const lines = report.overview.linesIn;
    expect(lines).toBeGreaterThan(1000);
    const tx = loaded.datasets.find((d) => d.kind === 'orders')!;
    const tables = (await engine.db.query<{ name: string }>(`SELECT table_name AS name FROM duckdb_tables()`)).map((t) => t.name);
    // The order lines' own copies: as read, typed, and the cleaning's verdict on each.
    expect(tables).toEqual(expect.arrayContaining([tx.table, `typed_${tx.id}`, 'tx_flagged']));
    // The intermediate copies the cleaning and the cohorts made on the way are gone.
    expect(tables).not.toContain('tx_flags');
    expect(tables).not.toContain('lc_lines');
    // The chapters that read the dropped intermediates still came out whole.
    expect(report.lifecycle).toMatchObject({ cohorts: { status: 'ok' }, channels: { status: 'ok' } });
    expect(report.cleaning.outliers.orders).toBeGreaterThanOrEqual(0);
  }, 300_000);
});
