// Breaks when the monthly sentiment chart stops stacking positive / neutral / negative per month
// in the palette's colours, labels months so densely that they overlap, or when its SVG changes
// (__snapshots__/feedback-sentiment.svg).
import { describe, expect, it } from 'vitest';
import { monthSentimentBars, monthTickEvery, type MonthSentimentRow } from '../../../src/charts/feedback-sentiment';
import { SENTIMENT_COLORS } from '../../../src/charts/palette';
import { labelWidth } from '../../../src/charts/text-width';
import { matchSnapshot, renderSvg } from './render';

const months = Array.from({ length: 18 }, (_, i) => `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
const ROWS: MonthSentimentRow[] = months.map((month, i) => ({ month, sentiment: { positive: 20 + i * 5, neutral: 2, negative: 10 + (i % 4) * 6 } }));
const label = (m: string) => {
  const [y, mo] = m.split('-');
  return `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(mo) - 1]} ${y}`;
};
const options = { monthLabel: label, count: (n: number) => String(n), sentimentLabel: (s: string) => s, width: 560 };

describe('monthTickEvery', () => {
  it.each([
    [['Jan 2024', 'Feb 2024'], 400, 1],
    [months.map(label), 500, 3],
    [months.map(label), 1000, 2],
    [[], 500, 1],
  ] as [string[], number, number][])('%j in %i px -> every %i', (labels, width, every) => {
    expect(monthTickEvery(labels, width)).toBe(every);
  });

  it('never lets two labels overlap', () => {
    const labels = months.map(label);
    for (const width of [200, 320, 480, 640, 900]) {
      const every = monthTickEvery(labels, width);
      expect((width / labels.length) * every).toBeGreaterThanOrEqual(labelWidth(labels, 12) + 12);
    }
  });
});

describe('monthSentimentBars spec', () => {
  const spec = monthSentimentBars(ROWS, options);

  it('has one band per month in order and labels only some of them', () => {
    expect(spec.x?.domain).toEqual(months);
    const ticks = spec.x?.ticks as string[];
    expect(ticks[0]).toBe('2024-01');
    expect(ticks.length).toBeLessThan(months.length);
    expect(spec.color?.range).toEqual([SENTIMENT_COLORS.positive, SENTIMENT_COLORS.neutral, SENTIMENT_COLORS.negative]);
  });

  it('stacks three parts per month', () => {
    const bars = (spec.marks as { data?: unknown[] }[])[0];
    expect(bars.data).toHaveLength(months.length * 3);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg(spec);
    expect(svg).toContain('Jan 2024');
    const result = matchSnapshot(svg, new URL('./__snapshots__/feedback-sentiment.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});
