// Breaks when the heat grids (R × F by mean spend, segment × category, weekday × hour) lose their
// row or column order, colour an empty cell as if it had a value, leave the shared sequential
// scheme, print dark text on dark cells, or render a different SVG (__snapshots__). The colour
// legend needs a canvas, which Node has not: the SVG is rendered without it.
import { describe, expect, it } from 'vitest';
import { heatExtent, heatmap, textColor, type HeatCell } from '../../../src/charts/heatmap';
import { HEAT_SCHEME } from '../../../src/charts/palette';
import { matchSnapshot, renderSvg } from './render';

/** A 3-level R × F grid: F 2 empty (ties), recent frequent buyers the most valuable. */
const CELLS: HeatCell[] = Object.freeze(
  [3, 2, 1].flatMap((r) =>
    [1, 2, 3].map((f) => {
      const value = f === 2 ? null : 100 * r * f;
      return { x: f, y: r, value, text: value === null ? '—' : `£${value}`, title: `R ${r} × F ${f}` };
    }),
  ),
) as HeatCell[];

const OPTIONS = {
  x: { domain: [1, 2, 3], label: 'F score', tickFormat: (v: string | number) => String(v) },
  y: { domain: [3, 2, 1], label: 'R score', tickFormat: (v: string | number) => String(v) },
  color: { label: 'Mean spend', format: (n: number) => `£${n}` },
};

type Mark = { data: HeatCell[] };

describe('heat colours', () => {
  it('spans zero to the largest value, ignoring empty cells', () => {
    expect(heatExtent(CELLS)).toEqual([0, 900]);
    expect(heatExtent([{ x: 1, y: 1, value: null }])).toEqual([0, 1]);
    expect(heatExtent([{ x: 1, y: 1, value: 5 }, { x: 2, y: 1, value: 5 }])).toEqual([0, 5]);
  });

  it('writes white on dark cells, dark on light ones, grey in empty ones', () => {
    expect(textColor(900, [0, 900])).toBe('#ffffff');
    expect(textColor(100, [0, 900])).toBe('#182026');
    expect(textColor(null, [0, 900])).toBe('var(--text-3)');
  });
});

describe('heatmap spec', () => {
  const spec = heatmap(CELLS, OPTIONS);

  it('keeps the axes in the given order, on the shared scheme', () => {
    expect(spec.x?.domain).toEqual([1, 2, 3]);
    expect(spec.y?.domain).toEqual([3, 2, 1]);
    expect(spec.color).toMatchObject({ scheme: HEAT_SCHEME, domain: [0, 900], legend: true, label: 'Mean spend' });
  });

  it('draws empty cells apart, in the neutral surface colour', () => {
    const [empty, filled, text] = spec.marks as unknown as Mark[];
    expect(empty.data.map((c) => [c.x, c.y])).toEqual([
      [2, 3],
      [2, 2],
      [2, 1],
    ]);
    expect(filled.data).toHaveLength(6);
    expect(text.data).toHaveLength(9);
  });

  it('grows with the rows and puts the y label above them', () => {
    expect(spec.height).toBe(3 * 36 + 32 + 16 + 16);
    expect(spec.y).toMatchObject({ labelAnchor: 'top' });
    expect(heatmap(CELLS, { ...OPTIONS, rowHeight: 50 }).height).toBe(3 * 50 + 64);
  });

  it('renders to the saved SVG', () => {
    const svg = renderSvg({ ...spec, width: 420, color: { ...spec.color, legend: false } });
    for (const text of ['£900', '—', 'F score', 'R score']) expect(svg).toContain(text);
    expect(svg).toContain('fill="#ffffff"');
    const result = matchSnapshot(svg, new URL('./__snapshots__/heatmap-rf.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});
