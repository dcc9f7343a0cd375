// Breaks when the top-terms chart stops listing terms in rank order with "share · comments" at the
// bar end, ignores its limit, or when its SVG changes (__snapshots__/feedback-terms.svg). Terms are
// user text: one that looks like HTML must come out as escaped text in the SVG.
import { describe, expect, it } from 'vitest';
import { termBars, termRows } from '../../../src/charts/feedback-terms';
import { matchSnapshot, renderSvg } from './render';

const pct = (s: number) => `${(s * 100).toFixed(1)}%`;
const TERMS = [
  { term: '质量', comments: 222, share: 0.147 },
  { term: 'delivery', comments: 127, share: 0.089 },
  { term: '<b>bold</b>', comments: 40, share: 0.027 },
  { term: '包装', comments: 20, share: 0.013 },
];
const options = { percent: pct, count: String, limit: 3 };

describe('termRows', () => {
  it('keeps the rank order, cuts at the limit and writes share and count', () => {
    const rows = termRows(TERMS, options);
    expect(rows.map((r) => r.key)).toEqual(['质量', 'delivery', '<b>bold</b>']);
    expect(rows[0]).toMatchObject({ label: '质量', value: 0.147, text: '14.7% · 222' });
  });
});

describe('termBars spec', () => {
  it('renders to the saved SVG with the HTML-looking term escaped', () => {
    const spec = termBars(TERMS, { ...options, width: 420 });
    expect(spec.y?.domain).toEqual(['质量', 'delivery', '<b>bold</b>']);
    const svg = renderSvg(spec);
    expect(svg).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    const result = matchSnapshot(svg, new URL('./__snapshots__/feedback-terms.svg', import.meta.url));
    expect(result.ok, `the SVG changed: compare ${result.changed}`).toBe(true);
  });
});
