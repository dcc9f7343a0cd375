// Breaks when the CLV-by-group bars (src/charts/clv-bars.ts) stop using the colours the caller
// gives (the shared segment palette), lose their labels or value texts, or change their order.
import { describe, expect, it } from 'vitest';
import { clvBars, type ClvBarRow } from '../../../src/charts/clv-bars';
import { segmentColor } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';

const ROWS: ClvBarRow[] = Object.freeze([
  { key: '0', label: '冠军客户', color: segmentColor('named', 'champions'), value: 262.59 },
  { key: '1', label: '潜在忠诚客户', color: segmentColor('named', 'potential_loyalist'), value: 84.39 },
  { key: '2', label: '有流失风险客户', color: segmentColor('named', 'at_risk'), value: 15.97 },
  { key: '3', label: '其他', color: segmentColor('named', 'others'), value: 0 },
]) as ClvBarRow[];

describe('clvBars', () => {
  const spec = clvBars(ROWS, { format: (n) => `¥${n.toFixed(0)}`, xLabel: '人均预测 CLV', title: () => '' });

  it('keeps the order and labels, with an identity colour scale', () => {
    expect(spec.y?.domain).toEqual(['0', '1', '2', '3']);
    const tick = spec.y?.tickFormat as (k: string) => string;
    expect(ROWS.map((r) => tick(r.key))).toEqual(ROWS.map((r) => r.label));
    expect(spec.color?.type).toBe('identity');
    expect(spec.height).toBe(4 * 26 + 44);
  });

  it('paints each bar in its segment colour and writes its value', () => {
    const svg = renderSvg({ ...spec, width: 640 });
    for (const r of ROWS) expect(svg).toContain(`fill="${r.color}"`);
    expect(svg).toContain('¥263');
    expect(svg).toContain('冠军客户');
  });

  it('renders to the saved SVG', () => {
    const result = matchSnapshot(renderSvg({ ...spec, width: 640 }), new URL('./__snapshots__/clv-bars-zh.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});
