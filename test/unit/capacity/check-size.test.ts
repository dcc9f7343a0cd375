// Breaks when the size check stops warning before a drop that would exhaust the engine's memory,
// or starts warning on files the benchmark showed to fit. The anchors are measurements
// (src/analysis/capacity.ts): plain tables at 1M order lines (135 MB) peaked at 1,283 MiB of
// WebAssembly memory; compressed tables, which the engine uses above 160 MB of text, at 1,255 MiB
// for 3M lines (406 MB) and 2,422 MiB for 6M (812 MB); 20M lines (1.3 GB) cannot fit in 4 GiB.
import { describe, expect, it } from 'vitest';
import { checkSize, COMPACT_ABOVE_TEXT_BYTES, memoryFor, nativeCompactAbove, textPerByte } from '../../../src/analysis/capacity';

const MB = 1e6;
const MiB = 2 ** 20;

describe('checkSize', () => {
  it('lets the sizes measured to complete through', () => {
    for (const size of [135, 406, 812]) expect(checkSize([{ name: 'orders.csv', size: size * MB }]).fits).toBe(true);
  });

  it('predicts the measured peaks within 10%, plain below the compression threshold and compressed above', () => {
    expect(135 * MB).toBeLessThan(COMPACT_ABOVE_TEXT_BYTES);
    expect(checkSize([{ name: 'a.csv', size: 135 * MB }]).neededBytes / (1283 * MiB)).toBeCloseTo(1, 1);
    expect(checkSize([{ name: 'a.csv', size: 406 * MB }]).neededBytes / (1255 * MiB)).toBeCloseTo(1, 1);
    expect(checkSize([{ name: 'a.csv', size: 812 * MB }]).neededBytes / (2422 * MiB)).toBeCloseTo(1, 1);
  });

  it('never predicts less than reading a large file takes', () => {
    expect(memoryFor(COMPACT_ABOVE_TEXT_BYTES + 1)).toBeGreaterThanOrEqual(802 * MiB);
  });

  it('warns before 20M lines, and says how much text fits', () => {
    const c = checkSize([{ name: 'transactions.csv', size: 1300 * MB }]);
    expect(c.fits).toBe(false);
    expect(c.maxTextBytes).toBeGreaterThan(812 * MB);
    expect(c.maxTextBytes).toBeLessThan(1300 * MB);
  });

  it('judges compressed files by the text they unpack to, and counts what is already loaded', () => {
    expect(textPerByte('Online Retail.csv.GZ')).toBe(5);
    expect(checkSize([{ name: 'orders.csv.gz', size: 300 * MB }]).fits).toBe(false);
    expect(checkSize([{ name: 'orders.csv', size: 300 * MB }]).fits).toBe(true);
    expect(checkSize([{ name: 'more.csv', size: 500 * MB }], 800 * MB).fits).toBe(false);
  });
});

describe('nativeCompactAbove (the command line)', () => {
  it('keeps the bench file of 1M lines plain and compresses the 20M-line one on a 24 GB machine, as measured', () => {
    const limit = nativeCompactAbove(24e9);
    expect(135 * MB).toBeLessThan(limit); // plain is ~45% faster there
    expect(2707 * MB).toBeGreaterThan(limit); // plain filled 18.5 GiB; compressed 6.9 GiB and sooner
    expect(nativeCompactAbove(64e9)).toBeGreaterThan(limit);
  });
});
