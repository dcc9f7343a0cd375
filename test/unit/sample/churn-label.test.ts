// Breaks when the sample's customer table loses its churn flag, when the flag stops being the
// simulation's truth, or when the churn-drivers regression run on the sample stops finding what
// the simulation built in: referred and in-store customers stay (stay factor 2.2 and 1.6), ad
// and live-stream customers leave (0.5 and 0.55), and buyers who lapsed long ago are the
// churned ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSample, getCatalog } from '../../../src/analysis/sample';
import type { Engine } from '../../../workers/engine';
import type { DriverCoefficient } from '../../../src/analysis/clv/types';
import { openEngine } from '../../support/engine';
import { chapter } from '../../support/chapter';
import { readTable } from './csv-parse';

describe.each(['zh', 'en'] as const)('churn label in the sample (%s)', (locale) => {
  const cat = getCatalog(locale);
  const flag = cat.columns.customers.at(-1)!;

  it('is the last customer column: yes for dropped-out buyers, no for the others, blank for non-buyers', () => {
    const sample = generateSample({ locale });
    const customers = readTable(sample.files[1].text).rows;
    const buyers = new Set(readTable(sample.files[0].text).rows.map((r) => r[cat.columns.orders[0]]));
    const yes = customers.filter((c) => c[flag] === cat.yesNo.yes).length;
    const labelled = customers.filter((c) => c[flag] !== '').length;
    // Orphan buyers (orders without a customer row) are in the summary but not in this table.
    expect(yes).toBeGreaterThan(0.2 * labelled);
    expect(yes).toBeLessThanOrEqual(sample.summary.churnedBuyers);
    for (const c of customers) {
      const id = c[cat.columns.customers[0]];
      if (c[flag] === '') expect(buyers.has(id), id).toBe(false);
      else expect([cat.yesNo.yes, cat.yesNo.no]).toContain(c[flag]);
    }
  });
});

describe('churn drivers on the zh sample', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await openEngine();
  });
  afterAll(() => engine.bindings.reset());

  it('recovers the channels the simulation made loyal or fickle, and recency', async () => {
    const loaded = await engine.loadSample('zh', () => {});
    const mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
    const report = await engine.report(mapping, {}, () => {});
    const clv = chapter(report.clv);
    if (clv.status === 'unavailable') throw new Error(`CLV unavailable: ${clv.reason}`);
    const drivers = clv.drivers;
    if (drivers.status !== 'done') throw new Error(`drivers: ${JSON.stringify(drivers)}`);
    // Dropout is random given the traits, so the label is only partly predictable (0.70 measured).
    expect(drivers.auc.holdout!).toBeGreaterThan(0.65);
    const level = (name: string) =>
      drivers.coefficients.find((c): c is Extract<DriverCoefficient, { kind: 'level' }> => c.kind === 'level' && c.feature === 'channel' && c.level.kind === 'value' && c.level.value === name);
    // Against the baseline channel (the most frequent, 自然搜索, stay 1.0).
    expect(level('老客推荐')!.coefficient).toBeLessThan(0);
    expect(level('线下门店')!.coefficient).toBeLessThan(0);
    expect(level('信息流广告')!.coefficient).toBeGreaterThan(0);
    expect(level('直播带货')!.coefficient).toBeGreaterThan(0);
    const recency = drivers.coefficients.find((c) => c.feature === 'recency')!;
    expect(recency.coefficient).toBeGreaterThan(0);
  });
});
