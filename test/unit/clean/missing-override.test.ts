// Breaks when the analyst's per-column choice for missing values stops overriding the template's
// threshold rule (under 5% missing: fill; otherwise "unknown"), or when the choice does not reach
// the data the chapters read (customers_clean).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { MissingPlan } from '../../../src/analysis/clean/report';
import { DEFAULT_CLEANING } from '../../../src/analysis/clean/options';
import { openEngine } from '../../support/engine';

let engine: Engine;
let mapping: MappedDataset[];
beforeAll(async () => {
  engine = await openEngine();
  const loaded = await engine.loadSample('en', () => {});
  mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
}, 120_000);
afterAll(() => engine.bindings.reset());

const key = (p: MissingPlan) => `${p.table}:${p.column}`;

describe('missing values, per column', () => {
  it('follow the threshold by default and the analyst when asked', async () => {
    const base = await engine.report(mapping, {}, () => {});
    const filled = base.cleaning.missing.find((p) => p.action.startsWith('fill') && p.table !== 'transactions')!;
    expect(filled, 'the sample has a customer attribute under 5% missing').toBeDefined();
    expect(filled.overridden).toBe(false);
    expect(filled.share).toBeLessThan(DEFAULT_CLEANING.missingValues.threshold);

    const overrides = { [key(filled)]: 'unknown' as const };
    const report = await engine.report(mapping, { cleaning: { missingValues: { ...DEFAULT_CLEANING.missingValues, overrides } } }, () => {});
    const plan = report.cleaning.missing.find((p) => key(p) === key(filled))!;
    expect(plan).toMatchObject({ action: 'unknown', overridden: true, fill: null, missing: filled.missing });
    // The customers the chapters read keep the gaps instead of the filled value.
    const [{ n }] = await engine.db.query<{ n: number }>(`SELECT count(*) - count("${filled.column}") AS n FROM customers_clean`);
    expect(Number(n)).toBe(filled.missing);
  });
});
