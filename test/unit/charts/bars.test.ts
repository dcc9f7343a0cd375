// Breaks when the breakdown bars (customer profile, categories, payment methods, discounts) lose
// their order, label the wrong row, stop greying "other"/"not recorded", drop the extra column or
// its heading, let a long label push the bars out of the chart, or render a different SVG
// (test/unit/charts/__snapshots__; a -changed copy is written beside a snapshot that no longer matches).
import { describe, expect, it } from 'vitest';
import { bars, fitLabel, MAX_LABEL_WIDTH, MUTED, type BarRow } from '../../../src/charts/bars';
import { textWidth } from '../../../src/charts/text-width';
import { matchSnapshot, renderSvg } from './render';

const ROWS: BarRow[] = Object.freeze([
  { key: 'value:0', label: '25–34', value: 0.39, text: '39% · 958', extra: '£751.59' },
  { key: 'value:1', label: '35–44', value: 0.27, text: '27% · 665', extra: '£783.57' },
  { key: 'value:2', label: '65 and over', value: 0.0004, text: '< 0.1% · 1', extra: '£864.00' },
  { key: 'unknown:3', label: 'Not recorded', value: 0.012, text: '1.2% · 29', muted: true, extra: '£479.34' },
]) as BarRow[];

type Mark = { data?: unknown[]; ariaLabel?: string };
const marks = (spec: ReturnType<typeof bars>) => spec.marks as unknown as Mark[];

describe('fitLabel', () => {
  it('keeps a label that fits', () => {
    expect(fitLabel('London')).toBe('London');
  });

  it('cuts a long label with an ellipsis within the maximum width', () => {
    const long = 'Yorkshire and the Humber, including the North Lincolnshire coast';
    const cut = fitLabel(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(MAX_LABEL_WIDTH);
  });

  it('counts Chinese characters as full width', () => {
    const cut = fitLabel('内蒙古自治区呼和浩特市赛罕区大学西街经济技术开发区', 150, 12);
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(150);
    expect(cut).toMatch(/^内蒙古.*…$/);
  });
});

describe('bars spec', () => {
  const spec = bars(ROWS, { extraLabel: 'Per customer' });

  it('lists the rows top to bottom in the given order, by label', () => {
    expect(spec.y?.domain).toEqual(ROWS.map((r) => r.key));
    const format = spec.y?.tickFormat as (k: string) => string;
    expect(ROWS.map((r) => format(r.key))).toEqual(['25–34', '35–44', '65 and over', 'Not recorded']);
    expect(spec.x?.domain).toEqual([0, 0.39]);
  });

  it('greys the muted rows and colours the others', () => {
    const svg = renderSvg({ ...spec, width: 420 });
    expect(svg.match(/<rect[^>]*fill="var\(--border-strong\)"/g)).toHaveLength(1);
    expect(svg.match(/<rect[^>]*fill="var\(--accent\)"/g)).toHaveLength(3);
    const red = renderSvg({ ...bars([{ ...ROWS[0], color: '#e15759' }], {}), width: 420 });
    expect(red).toMatch(/<rect[^>]*fill="#e15759"/);
  });

  it('leaves room for the labels, the value texts and the extra column', () => {
    expect(spec.marginLeft).toBe(textWidth('Not recorded', 12) + 12);
    expect(spec.marginRight).toBeGreaterThan(textWidth('< 0.1% · 1', 12) + textWidth('Per customer', 12));
    const plain = bars(ROWS.map(({ extra: _, ...r }) => r), {});
    expect(plain.marginRight).toBe(textWidth('< 0.1% · 1', 12) + 14);
    expect(plain.height).toBeLessThan(spec.height!);
  });

  it('grows by one row height per group', () => {
    expect(bars(ROWS.slice(0, 2), {}).height! + 2 * 24).toBe(bars(ROWS, {}).height);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 420 });
    for (const text of ['39% · 958', '£751.59', 'Per customer', 'Not recorded', '65 and over']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/bars-age.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});
