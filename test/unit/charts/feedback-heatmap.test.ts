// Breaks when the themes-by-group heatmap stops showing each group's theme shares as cells in the
// given order, outlining exactly the finding cells, wrapping column labels that would overlap, or
// when its SVG changes (__snapshots__/feedback-heatmap*.svg).
import { describe, expect, it } from 'vitest';
import { cellKey, themeCells, themeHeatmap, wrapLabel, type GroupThemeRow } from '../../../src/charts/feedback-heatmap';
import { HEAT_SCHEME } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';

const pct = (s: number) => `${Math.round(s * 100)}%`;
const THEMES = [
  { id: 'quality', label: 'Quality' },
  { id: 'service', label: 'Customer service' },
  { id: 'returns', label: 'Returns & refunds' },
];
const ROWS: GroupThemeRow[] = [
  { group: 'high', label: 'High risk', comments: 277, themes: { quality: 0.34, service: 0.15, returns: 0.2 } },
  { group: 'medium', label: 'Medium risk', comments: 362, themes: { quality: 0.3, service: 0.15 } },
  { group: 'low', label: 'Low risk', comments: 820, themes: { quality: 0.34, service: 0.16, returns: 0.11 } },
];
const options = {
  themes: THEMES,
  highlight: new Set([cellKey('high', 'returns')]),
  percent: pct,
  groupLabel: (r: GroupThemeRow) => `${r.label} · ${r.comments}`,
  colorLabel: 'Share of the group’s comments',
  width: 600,
};

describe('wrapLabel', () => {
  it.each([
    ['Quality', 'Quality'],
    ['Customer service', 'Customer\nservice'],
    ['Returns & refunds', 'Returns &\nrefunds'],
    ['价格/性价比', '价格/性价比'],
    ['App/网站体验', 'App/\n网站体验'],
    ['功能与推荐', '功能与推荐'],
    ['Verylongsinglewordtheme', 'Verylongsinglewordtheme'],
  ])('%j -> %j', (label, wrapped) => {
    expect(wrapLabel(label)).toBe(wrapped);
  });
});

describe('themeHeatmap spec', () => {
  const spec = themeHeatmap(ROWS, options);

  it('has a cell per group and theme, a missing theme counting 0', () => {
    const cells = themeCells(ROWS, options);
    expect(cells).toHaveLength(9);
    expect(cells.find((c) => c.y === 'medium' && c.x === 'returns')).toMatchObject({ value: 0, text: '0%' });
    expect(spec.x?.domain).toEqual(['quality', 'service', 'returns']);
    expect(spec.y?.domain).toEqual(['high', 'medium', 'low']);
    expect((spec.y?.tickFormat as (g: string) => string)('low')).toBe('Low risk · 820');
    expect(spec.color).toMatchObject({ scheme: HEAT_SCHEME });
  });

  it('outlines exactly the finding cells', () => {
    const marks = spec.marks as { data?: { x: string; y: string }[] }[];
    const outline = marks[marks.length - 1].data!;
    expect(outline.map((c) => cellKey(c.y, c.x))).toEqual([cellKey('high', 'returns')]);
  });

  it('puts the theme names on top, on two lines when they need it', () => {
    expect(spec.x).toMatchObject({ axis: null });
    // Two-line labels are drawn by an axis mark of their own, as two tspans.
    const svg = renderSvg({ ...spec, color: { ...spec.color, legend: false } });
    expect(svg).toMatch(/<tspan[^>]*>Customer<\/tspan><tspan[^>]*>service<\/tspan>/);
    expect(spec.marginTop).toBe(44);
    const short = themeHeatmap(ROWS, { ...options, themes: [{ id: 'quality', label: 'Quality' }] });
    expect(short.marginTop).toBe(28);
  });

  it('renders to the saved SVG', () => {
    // The colour ramp legend draws on a canvas, which linkedom has not: the cells are what is compared.
    const svg = renderSvg({ ...spec, color: { ...spec.color, legend: false } });
    for (const text of ['34%', 'High risk · 277', 'Customer']) expect(svg).toContain(text);
    const result = matchSnapshot(svg, new URL('./__snapshots__/feedback-heatmap.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});
