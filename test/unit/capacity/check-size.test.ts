// Breaks when the size check stops warning before a drop that would exhaust the engine's memory,
// or starts warning on files the benchmark showed to fit. The anchors are measurements
// (src/analysis/capacity.ts): plain tables at 100k and 1M order lines (14 and 135 MB) peaked at
// 186 and 1,037 MiB of WebAssembly memory; compressed tables, which the engine uses above 160 MB
// of text, at 869 MiB for 3M lines (406 MB) and 1,358 MiB for 6M (812 MB), and 12M lines
// (1,624 MB) completed; 30M lines (3 GB and more) cannot fit in 4 GiB.
import { describe, expect, it } from 'vitest';
import { checkSize, COMPACT_ABOVE_TEXT_BYTES, memoryFor, nativeCompactAbove, textPerByte } from '../../../src/analysis/capacity';

const MB = 1e6;
const MiB = 2 ** 20;

describe('checkSize', () => {
  it('lets the sizes measured to complete through', () => {
    for (const size of [135, 406, 812, 1624]) expect(checkSize([{ name: 'orders.csv', size: size * MB }]).fits).toBe(true);
  });

  it('predicts the measured peaks within 10%, plain below the compression threshold and compressed above', () => {
    expect(135 * MB).toBeLessThan(COMPACT_ABOVE_TEXT_BYTES);
    const peak = (mb: number) => checkSize([{ name: 'a.csv', size: mb * MB }]).neededBytes;
    expect(peak(13.5) / (186 * MiB)).toBeCloseTo(1, 1);
    expect(peak(135) / (1037 * MiB)).toBeCloseTo(1, 1);
    expect(peak(406) / (869 * MiB)).toBeCloseTo(1, 1);
    expect(peak(812) / (1358 * MiB)).toBeCloseTo(1, 1);
  });

  it('warns before 30M lines, and says how much text fits: about 20M lines of the bench file', () => {
    const c = checkSize([{ name: 'transactions.csv', size: 3000 * MB }]);
    expect(c.fits).toBe(false);
    expect(c.maxTextBytes).toBeGreaterThan(1624 * MB);
    expect(c.maxTextBytes).toBeLessThan(3000 * MB);
    expect(c.maxOrderLines / 1e6).toBeCloseTo(19.75, 1);
  });

  it('judges compressed files by the text they unpack to, and counts what is already loaded', () => {
    expect(textPerByte('Online Retail.csv.GZ')).toBe(5);
    expect(checkSize([{ name: 'orders.csv.gz', size: 600 * MB }]).fits).toBe(false);
    expect(checkSize([{ name: 'orders.csv', size: 600 * MB }]).fits).toBe(true);
    expect(checkSize([{ name: 'more.csv', size: 1500 * MB }], 1500 * MB).fits).toBe(false);
    expect(checkSize([{ name: 'more.csv', size: 1500 * MB }]).fits).toBe(true);
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
