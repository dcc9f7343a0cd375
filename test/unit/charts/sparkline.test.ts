// Breaks when a column's histogram sparkline draws a bar of the wrong height or place, hides a
// bin that holds a few values among millions, or draws something for an empty histogram.
import { describe, expect, it } from 'vitest';
import { sparkline } from '../../../src/charts/sparkline';
import type { HistogramBin } from '../../../src/analysis/profile/types';

const bins = (counts: number[]): HistogramBin[] => Object.freeze(counts.map((count, i) => ({ x0: i, x1: i + 1, count }))) as HistogramBin[];

describe('sparkline', () => {
  it.each([
    ['no bins', [], ''],
    ['only empty bins', [0, 0], ''],
    ['one full bin', [5], 'M0,0h9v10h-9Z'],
    ['the tallest reaches the top, half is half', [2, 4], 'M0,5h4v5h-4ZM5,0h4v10h-4Z'],
    ['empty bins leave gaps', [4, 0, 4], 'M0,0h2.33v10h-2.33ZM6.67,0h2.33v10h-2.33Z'],
  ])('%s', (_, counts, path) => {
    expect(sparkline(bins(counts as number[]), { width: 10, height: 10 }).path).toBe(path);
  });

  it('keeps a bin of 2 among 500,000 visible (one pixel at least)', () => {
    const { path, max } = sparkline(bins([2, 500000]), { width: 20, height: 24 });
    expect(max).toBe(500000);
    expect(path.startsWith('M0,23h9v1h-9Z')).toBe(true);
  });

  it('does not change its input', () => {
    const input = bins([1, 2, 3]);
    sparkline(input, { width: 30, height: 10 });
    expect(input.map((b) => b.count)).toEqual([1, 2, 3]);
  });
});
