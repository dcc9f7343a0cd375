// Breaks when the row-accounting waterfall stops adding up (a step that does not start where the
// previous one ended, a total not drawn from zero), when its order, labels or value texts change,
// or when its rendered SVG changes (test/unit/charts/__snapshots__/*.svg; a -changed copy is written
// beside a snapshot that no longer matches: look at both, then replace the snapshot if the change is right).
import { describe, expect, it } from 'vitest';
import { waterfall, waterfallBars, type WaterfallRow } from '../../../src/charts/waterfall';
import { labelWidth, textWidth } from '../../../src/charts/text-width';
import { matchSnapshot, renderSvg } from './render';

const int = (n: number) => new Intl.NumberFormat('en').format(n);

/** Online Retail with the default rules (test/reference/cleaning/reference.json). */
const RETAIL: WaterfallRow[] = Object.freeze([
  { key: 'in', label: 'Rows in', value: 541909, kind: 'total' },
  { key: 'duplicate', label: 'Duplicate rows', value: 5268, kind: 'step' },
  { key: 'cancellation', label: 'Cancellations and returns', value: 10587, kind: 'step' },
  { key: 'non-positive-price', label: 'Zero or negative price', value: 1176, kind: 'step' },
  { key: 'test-row', label: 'Test or adjustment rows', value: 1, kind: 'step' },
  { key: 'missing-customer', label: 'No customer ID', value: 132185, kind: 'step' },
  { key: 'kept', label: 'Kept', value: 392692, kind: 'total' },
]) as WaterfallRow[];

describe('waterfallBars', () => {
  it.each([
    ['nothing set aside', [{ key: 'in', label: 'in', value: 10, kind: 'total' }, { key: 'kept', label: 'kept', value: 10, kind: 'total' }], [[0, 10], [0, 10]]],
    ['one step', [{ key: 'in', label: 'in', value: 10, kind: 'total' }, { key: 'a', label: 'a', value: 3, kind: 'step' }, { key: 'kept', label: 'kept', value: 7, kind: 'total' }], [[0, 10], [7, 10], [0, 7]]],
    ['steps run down', [{ key: 'in', label: 'in', value: 10, kind: 'total' }, { key: 'a', label: 'a', value: 3, kind: 'step' }, { key: 'b', label: 'b', value: 5, kind: 'step' }], [[0, 10], [7, 10], [2, 7]]],
    ['a zero step', [{ key: 'in', label: 'in', value: 4, kind: 'total' }, { key: 'a', label: 'a', value: 0, kind: 'step' }], [[0, 4], [4, 4]]],
  ] as [string, WaterfallRow[], [number, number][]][])('%s', (_, rows, expected) => {
    expect(waterfallBars(rows).map((b) => [b.x1, b.x2])).toEqual(expected);
  });

  it('ends a balanced accounting exactly at the kept total', () => {
    const bars = waterfallBars(RETAIL);
    const lastStep = bars[bars.length - 2];
    expect(lastStep.x1).toBe(392692);
    expect(bars[bars.length - 1]).toMatchObject({ x1: 0, x2: 392692 });
  });
});

describe('waterfall spec', () => {
  const spec = waterfall(RETAIL, { format: int });

  it('lists the steps top to bottom in accounting order, labelled', () => {
    expect(spec.y?.domain).toEqual(RETAIL.map((r) => r.key));
    const tickFormat = spec.y?.tickFormat as (k: string) => string;
    expect(RETAIL.map((r) => tickFormat(r.key))).toEqual(RETAIL.map((r) => r.label));
    expect(spec.x?.domain).toEqual([0, 541909]);
  });

  it('draws totals and steps as separate bar marks, and a value label per row', () => {
    const marks = spec.marks as { data?: unknown[] }[];
    expect(marks).toHaveLength(4);
    expect((marks[0].data as WaterfallRow[]).map((b) => b.key)).toEqual(['in', 'kept']);
    expect((marks[1].data as WaterfallRow[]).map((b) => b.key)).toEqual(['duplicate', 'cancellation', 'non-positive-price', 'test-row', 'missing-customer']);
    expect(marks[2].data).toHaveLength(RETAIL.length);
  });

  it('grows with the rows and leaves room for the labels', () => {
    expect(spec.height).toBe(RETAIL.length * 26 + 28);
    expect(spec.marginLeft).toBe(labelWidth(RETAIL.map((r) => r.label), 12) + 16);
    expect(waterfall(RETAIL.slice(0, 2), { format: int }).height).toBeLessThan(spec.height!);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 720 });
    for (const text of ['541,909', '−5,268', '−1', '−132,185', '392,692', 'Cancellations and returns']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/waterfall-online-retail.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });

  it('renders Chinese labels with room for them', () => {
    const zh = RETAIL.map((r, i) => ({ ...r, label: ['读入行数', '重复行', '取消/退货订单', '价格为零或负数', '测试或调整行', '缺少客户ID', '保留'][i] }));
    const spec = waterfall(zh, { format: int });
    expect(spec.marginLeft).toBe(textWidth('价格为零或负数', 12) + 16);
    const result = matchSnapshot(renderSvg({ ...spec, width: 720 }), new URL('./__snapshots__/waterfall-online-retail-zh.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});

describe('textWidth', () => {
  it.each([
    ['', 0],
    ['Kept', Math.ceil(4 * 0.6 * 12)],
    ['保留', 24],
    ['缺少客户ID', Math.ceil((4 + 2 * 0.6) * 12)],
  ])('%j', (text, width) => {
    expect(textWidth(text, 12)).toBe(width);
  });
});
