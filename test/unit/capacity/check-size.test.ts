// Breaks when the size check stops warning before a drop that would exhaust the engine's memory,
// or starts warning on files the benchmark showed to fit. The anchors are the benchmark's
// measurements (src/analysis/capacity.ts): 1M order lines (135 MB) and 3M (405 MB) completed,
// peaking at 1,283 and 3,366 MiB of WebAssembly memory; 20M lines (1.3 GB) cannot fit in 4 GiB.
import { describe, expect, it } from 'vitest';
import { checkSize, textPerByte } from '../../../src/analysis/capacity';

const MB = 1e6;

describe('checkSize', () => {
  it('lets the sizes measured to complete through', () => {
    expect(checkSize([{ name: 'orders.csv', size: 135 * MB }]).fits).toBe(true);
    expect(checkSize([{ name: 'orders.csv', size: 405 * MB }]).fits).toBe(true);
  });

  it('predicts the measured peaks within 10%', () => {
    expect(checkSize([{ name: 'a.csv', size: 135 * MB }]).neededBytes / (1283 * 2 ** 20)).toBeCloseTo(1, 1);
    expect(checkSize([{ name: 'a.csv', size: 405.6 * MB }]).neededBytes / (3366 * 2 ** 20)).toBeCloseTo(1, 1);
  });

  it('warns before 20M lines, and says how much text fits', () => {
    const c = checkSize([{ name: 'transactions.csv', size: 1300 * MB }]);
    expect(c.fits).toBe(false);
    expect(c.maxTextBytes).toBeGreaterThan(405 * MB);
    expect(c.maxTextBytes).toBeLessThan(600 * MB);
  });

  it('judges compressed files by the text they unpack to, and counts what is already loaded', () => {
    expect(textPerByte('Online Retail.csv.GZ')).toBe(5);
    expect(checkSize([{ name: 'orders.csv.gz', size: 120 * MB }]).fits).toBe(false);
    expect(checkSize([{ name: 'orders.csv', size: 120 * MB }]).fits).toBe(true);
    expect(checkSize([{ name: 'more.csv', size: 120 * MB }], 400 * MB).fits).toBe(false);
  });
});
