// Breaks when an alert threshold moves or flips its boundary (>= versus >), when an alert fires on
// the wrong column type, or when the numbers-as-text / dates-as-text check stops following the
// inference's own rules (digit codes with leading zeros stay ids, yes/no stays boolean).
import { describe, expect, it } from 'vitest';
import { asTextOf, columnAlerts, datasetAlerts, type ColumnStats } from '../../../src/analysis/profile/alerts';

const base: ColumnStats = { name: 'c', role: 'ignore', type: 'text', rows: 200, missing: 0, missingShare: 0, distinct: 50, parsedShare: 1 };
const codes = (s: Partial<ColumnStats>, asText?: Parameters<typeof columnAlerts>[1]) => columnAlerts({ ...base, ...s }, asText).map((a) => a.code);
const num = (s: Partial<ColumnStats>) => codes({ type: 'number', zeros: 0, negatives: 0, ...s });

describe('column alerts', () => {
  it('high-missing from 5% of rows', () => {
    expect(columnAlerts({ ...base, missing: 10, missingShare: 0.05 })).toEqual([{ code: 'high-missing', value: 0.05 }]);
    expect(codes({ missing: 9, missingShare: 0.045 })).toEqual([]);
  });

  it('constant: exactly one distinct value; an all-missing column is only high-missing', () => {
    expect(codes({ distinct: 1 })).toEqual(['constant']);
    expect(codes({ distinct: 0, missing: 200, missingShare: 1 })).toEqual(['high-missing']);
  });

  it('unique: text and id columns of 20 rows or more, not when distinct is approximate', () => {
    expect(codes({ rows: 20, distinct: 20 })).toEqual(['unique']);
    expect(codes({ rows: 19, distinct: 19 })).toEqual([]);
    expect(codes({ type: 'id', rows: 30, missing: 10, missingShare: 1 / 3, distinct: 20 })).toEqual(['high-missing', 'unique']);
    expect(codes({ type: 'integer', rows: 30, distinct: 30 })).toEqual([]);
    expect(codes({ rows: 30, distinct: 30, distinctApprox: true })).toEqual([]);
  });

  it('high-cardinality: text, over 50% of rows and over 100 values, not unique', () => {
    expect(columnAlerts({ ...base, distinct: 101 })).toEqual([{ code: 'high-cardinality', value: 101 / 200 }]);
    expect(codes({ distinct: 100 })).toEqual([]); // 50% exactly is not over
    expect(codes({ rows: 1000, distinct: 500 })).toEqual([]);
    expect(codes({ type: 'id', distinct: 150 })).toEqual([]);
  });

  it('zeros from 10%, any negative, |skewness| over 2', () => {
    expect(num({ zeros: 20 })).toEqual(['zeros']);
    expect(num({ zeros: 19 })).toEqual([]);
    expect(columnAlerts({ ...base, type: 'integer', zeros: 0, negatives: 1 })).toEqual([{ code: 'negative', value: 1 }]);
    expect(num({ skewness: 2 })).toEqual([]);
    expect(num({ skewness: 2.01 })).toEqual(['skewed']);
    expect(num({ skewness: -3 })).toEqual(['skewed']);
  });

  it('mixed types: 50% to under 95% parsed, on number and date columns only', () => {
    expect(num({ parsedShare: 0.5 })).toEqual(['mixed-types']);
    expect(num({ parsedShare: 0.949 })).toEqual(['mixed-types']);
    expect(num({ parsedShare: 0.95 })).toEqual([]);
    expect(num({ parsedShare: 0.49 })).toEqual([]);
    expect(codes({ type: 'timestamp', parsedShare: 0.8 })).toEqual(['mixed-types']);
    expect(codes({ type: 'boolean', parsedShare: 0.8 })).toEqual([]);
  });

  it('outliers: 3-sigma count over 0.1% of rows', () => {
    const o = (sigma3: number) => num({ rows: 10_000, outliers: { sigma3, iqr15: 0, iqr3: 0 } });
    expect(o(10)).toEqual([]);
    expect(o(11)).toEqual(['outliers']);
  });

  it('numbers/dates as text: only on text columns, from a 90% parse share', () => {
    expect(columnAlerts(base, { kind: 'number', share: 0.9 })).toEqual([{ code: 'numbers-as-text', value: 0.9 }]);
    expect(codes({}, { kind: 'date', share: 1 })).toEqual(['dates-as-text']);
    expect(codes({}, { kind: 'date', share: 0.89 })).toEqual([]);
    expect(codes({ type: 'id' }, { kind: 'number', share: 1 })).toEqual([]);
  });

  it('several alerts come in a fixed order', () => {
    expect(num({ missing: 20, missingShare: 0.1, zeros: 30, negatives: 3, skewness: 5, parsedShare: 0.6, outliers: { sigma3: 5, iqr15: 9, iqr3: 7 } })).toEqual([
      'high-missing',
      'zeros',
      'negative',
      'skewed',
      'mixed-types',
      'outliers',
    ]);
  });
});

describe('asTextOf: what the sampled values of a text column would be', () => {
  const n = (k: number, f: (i: number) => string) => Array.from({ length: k }, (_, i) => f(i));
  it('numbers, with separators and currency', () => {
    expect(asTextOf(['1,200.50', '$3.10', '42', '7'])).toEqual({ kind: 'number', share: 1 });
    expect(asTextOf([...n(9, (i) => String(i * 3.5)), 'n/a'])).toEqual({ kind: 'number', share: 0.9 });
    expect(asTextOf([...n(8, (i) => String(i)), 'n/a', '?'])).toBeNull();
  });
  it('dates before numbers: YYYYMMDD reads as dates', () => {
    expect(asTextOf(['2024-01-05', '2024-02-11 10:00:00', '2024-03-01'])).toEqual({ kind: 'date', share: 1 });
    expect(asTextOf(n(10, (i) => `202401${String(i + 10)}`))).toEqual({ kind: 'date', share: 1 });
  });
  it('codes with leading zeros, yes/no words, free text, nothing: no alert', () => {
    expect(asTextOf(['00123', '04567', '10001', '00999'])).toBeNull();
    expect(asTextOf(['yes', 'no', 'no'])).toBeNull();
    expect(asTextOf(['red', 'green'])).toBeNull();
    expect(asTextOf([])).toBeNull();
  });
});

describe('dataset alerts', () => {
  it('duplicates carry their count', () => {
    expect(datasetAlerts({ rows: 10, duplicateRows: 2 })).toEqual([{ code: 'duplicates', value: 2 }]);
    expect(datasetAlerts({ rows: 10, duplicateRows: 0 })).toEqual([]);
  });
});
