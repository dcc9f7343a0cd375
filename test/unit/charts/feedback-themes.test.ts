// Breaks when the theme share chart stops splitting each bar by sentiment in proportion to the
// theme's counts (segments that do not add up to the theme's share), changes its order, colours
// or end labels, or when its rendered SVG changes (__snapshots__/feedback-themes*.svg; a -changed
// copy is written beside a snapshot that no longer matches).
import { describe, expect, it } from 'vitest';
import { SENTIMENT_ORDER, themeBars, themeSegments, type ThemeBarRow } from '../../../src/charts/feedback-themes';
import { SENTIMENT_COLORS } from '../../../src/charts/palette';
import { labelWidth } from '../../../src/charts/text-width';
import { matchSnapshot, renderSvg } from './render';

const pct = (s: number) => `${Math.round(s * 100)}%`;
const ROWS: ThemeBarRow[] = Object.freeze([
  { id: 'quality', label: 'Quality', share: 0.33, comments: 501, sentiment: { positive: 337, neutral: 12, negative: 152 } },
  { id: 'delivery', label: 'Delivery', share: 0.28, comments: 422, sentiment: { positive: 279, neutral: 20, negative: 123 } },
  { id: 'returns', label: 'Returns & refunds', share: 0.13, comments: 193, sentiment: { positive: 82, neutral: 3, negative: 108 } },
  { id: 'payment', label: 'Payment', share: 0, comments: 0, sentiment: { positive: 0, neutral: 0, negative: 0 } },
]) as ThemeBarRow[];
const options = { percent: pct, sentimentLabel: (s: string) => s };

describe('themeSegments', () => {
  it('splits each share by sentiment so the parts add up to the share', () => {
    const segs = themeSegments(ROWS);
    expect(segs).toHaveLength(ROWS.length * 3);
    for (const r of ROWS) {
      const parts = segs.filter((s) => s.id === r.id);
      expect(parts.map((p) => p.sentiment)).toEqual([...SENTIMENT_ORDER]);
      expect(parts.reduce((a, p) => a + p.value, 0)).toBeCloseTo(r.share, 12);
    }
    expect(segs.find((s) => s.id === 'returns' && s.sentiment === 'negative')!.ofTheme).toBeCloseTo(108 / 193, 12);
  });

  it('gives a theme without comments empty parts, not NaN', () => {
    expect(themeSegments(ROWS).filter((s) => s.id === 'payment').map((s) => s.value)).toEqual([0, 0, 0]);
  });
});

describe('themeBars spec', () => {
  const spec = themeBars(ROWS, options);

  it('keeps the given order, labels the rows and colours sentiment with the palette', () => {
    expect(spec.y?.domain).toEqual(['quality', 'delivery', 'returns', 'payment']);
    const tick = spec.y?.tickFormat as (id: string) => string;
    expect(ROWS.map((r) => tick(r.id))).toEqual(ROWS.map((r) => r.label));
    expect(spec.color?.domain).toEqual(['positive', 'neutral', 'negative']);
    expect(spec.color?.range).toEqual([SENTIMENT_COLORS.positive, SENTIMENT_COLORS.neutral, SENTIMENT_COLORS.negative]);
    expect(spec.x?.domain).toEqual([0, 0.33]);
  });

  it('leaves room for the labels and the share at each bar end', () => {
    expect(spec.marginLeft).toBe(labelWidth(ROWS.map((r) => r.label), 12) + 12);
    expect(spec.marginRight).toBe(labelWidth(ROWS.map((r) => pct(r.share)), 12) + 16);
    expect(spec.height).toBe(ROWS.length * 28 + 24);
  });

  it('renders to the saved SVG, with the shares written', () => {
    const svg = renderSvg({ ...spec, width: 520 });
    for (const text of ['33%', '28%', '13%', 'Returns &amp; refunds', SENTIMENT_COLORS.negative]) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/feedback-themes.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });

  it('renders Chinese theme names with room for them', () => {
    const zh = ROWS.map((r, i) => ({ ...r, label: ['商品质量', '物流配送', '退换货/退款', '支付'][i] }));
    const spec = themeBars(zh, options);
    expect(spec.marginLeft).toBe(labelWidth(['退换货/退款'], 12) + 12);
    const result = matchSnapshot(renderSvg({ ...spec, width: 520 }), new URL('./__snapshots__/feedback-themes-zh.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});
