// Breaks when a source card's row accounting stops balancing (rows in = kept + Σ set aside) or
// hides a reason: every rule for order tables (with its state when it set nothing aside), the
// reasons that apply to customer and other tables, and any reason the engine adds later.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEANING, REASONS } from '../../../src/analysis/clean/options';
import { accountingOf, cancellationTotals, ruleState, ruleTotals } from '../../../src/report/cleaning/accounting';
import { RETAIL, RETAIL_TABLE, SAMPLE } from './fixtures';

describe('accountingOf', () => {
  it('balances Online Retail and lists every rule in precedence order', () => {
    const a = accountingOf(RETAIL_TABLE, DEFAULT_CLEANING, RETAIL.sources[0]);
    expect(a.lines.map((l) => l.reason)).toEqual([...REASONS]);
    expect(a.setAside).toBe(5268 + 10587 + 1176 + 1 + 132185);
    expect(a.kept + a.setAside).toBe(a.rowsIn);
    expect(a.difference).toBe(0);
    expect(a.keptForOrders).toBe(524877);
    expect(a.lines.find((l) => l.reason === 'outlier')).toMatchObject({ rows: 0, state: 'flag' });
    expect(a.lines.find((l) => l.reason === 'duplicate')?.share).toBeCloseTo(5268 / 541909, 12);
  });

  it.each([
    ['d1', ['duplicate', 'missing-customer', 'zombie']],
    ['d2', ['duplicate', 'missing-customer']],
    ['d3', ['duplicate', 'missing-customer']],
  ])('sample table %s lists %j', (id, reasons) => {
    const t = SAMPLE.cleaning.tables.find((x) => x.id === id)!;
    const a = accountingOf(t, DEFAULT_CLEANING, SAMPLE.sources.find((s) => s.id === id));
    expect(a.lines.map((l) => l.reason)).toEqual(reasons);
    expect(a.difference).toBe(0);
    expect(a.transactions).toBe(false);
  });

  it('reports a gap instead of hiding it, and shows reasons it does not know', () => {
    const a = accountingOf({ id: 'x', rowsIn: 10, kept: 5, setAside: { duplicate: 2, zombie: 1 }, matches: null, cancellations: null, keptForOrders: null }, DEFAULT_CLEANING);
    expect(a.lines.map((l) => [l.reason, l.rows])).toEqual([
      ['duplicate', 2],
      ['zombie', 1],
    ]);
    expect(a.difference).toBe(-2);
  });
});

describe('ruleState', () => {
  it.each([
    ['cancellation', { ...DEFAULT_CLEANING, cancellations: { ...DEFAULT_CLEANING.cancellations, mode: 'net' as const } }, 'net'],
    ['cancellation', { ...DEFAULT_CLEANING, cancellations: { ...DEFAULT_CLEANING.cancellations, enabled: false } }, 'off'],
    ['outlier', DEFAULT_CLEANING, 'flag'],
    ['outlier', { ...DEFAULT_CLEANING, outliers: { ...DEFAULT_CLEANING.outliers, action: 'remove' as const } }, 'on'],
    ['duplicate', { ...DEFAULT_CLEANING, duplicates: false }, 'off'],
    ['zombie', DEFAULT_CLEANING, 'on'],
  ] as const)('%s', (reason, options, state) => {
    expect(ruleState(reason, options)).toBe(state);
  });
});

describe('rule totals', () => {
  it('sums matches over order tables and set-aside rows over every table', () => {
    const { matches, setAside } = ruleTotals(SAMPLE.cleaning);
    expect(matches['test-row']).toBe(92);
    expect(setAside).toEqual({ cancellation: 638, 'test-row': 88, zombie: 609, duplicate: 591 });
    expect(cancellationTotals(SAMPLE.cleaning)).toEqual({ prefix: 0, status: 638, orders: 390 });
    expect(cancellationTotals({ ...SAMPLE.cleaning, tables: [] })).toBeNull();
  });
});
