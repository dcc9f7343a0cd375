// Breaks when the score table or the score bands stop saying which values get which score: the
// rfm package's rule (lower <= x < upper, recency reversed), whole-number edges (194.6 days means
// "195 or more"), empty scores where two edges coincide, the fixed thresholds (days, orders per
// month, multiples of the mean), or the rank method, which has no value edges.
import { describe, expect, it } from 'vitest';
import type { RfmScoring, ValueReportOk } from '../../../../src/analysis/value/types';
import { rangeText, scoreBands, scoreRanges, scoreRows } from '../../../../src/report/value/scoring-view';
import { clone, en, fixture, fmtFor, zh } from './fixtures';

const { v: zhSample, currency: cny } = fixture('sample-zh');
const { v: retail, currency: gbp } = fixture('retail');
const fen = fmtFor(en, gbp);

describe('scoreRanges (quantile)', () => {
  // Chinese sample edges: R 32 / 96 / 194.6 / 316, F 2 / 2 / 3 / 4.
  const s = zhSample.scoring;

  it('recency: recent customers get the top score, fractional edges round up to whole days', () => {
    expect(scoreRanges(s, 'recency')).toEqual([
      { score: 5, lo: -Infinity, hi: 32 },
      { score: 4, lo: 32, hi: 96 },
      { score: 3, lo: 96, hi: 195 },
      { score: 2, lo: 195, hi: 316 },
      { score: 1, lo: 316, hi: Infinity },
    ]);
  });

  it('frequency: coinciding edges leave a score empty', () => {
    const f = scoreRanges(s, 'frequency')!;
    expect(f.map((r) => [r.score, r.lo, r.hi])).toEqual([
      [1, -Infinity, 2],
      [2, 2, 2],
      [3, 2, 3],
      [4, 3, 4],
      [5, 4, Infinity],
    ]);
    expect(rangeText(f[1], 'frequency', s, fen)).toBeNull();
  });

  it('monetary keeps its fractional edges', () => {
    expect(scoreRanges(s, 'monetary')!.map((r) => r.hi)).toEqual([183, 308, 519, 928.8000000000002, Infinity]);
  });
});

describe('rangeText', () => {
  const s = zhSample.scoring;
  it('clips open ends to the values that occur and writes money ranges', () => {
    const f = fmtFor(zh, cny);
    expect(scoreRanges(s, 'recency')!.map((r) => rangeText(r, 'recency', s, f))).toEqual(['1–31', '32–95', '96–194', '195–315', '≥ 316']);
    expect(scoreRanges(s, 'frequency')!.map((r) => rangeText(r, 'frequency', s, f))).toEqual(['1', null, '2', '3', '≥ 4']);
    expect(scoreRanges(s, 'monetary')!.map((r) => rangeText(r, 'monetary', s, f))).toEqual(['< ¥183.00', '¥183.00–¥308.00', '¥308.00–¥519.00', '¥519.00–¥928.80', '≥ ¥928.80']);
  });
});

describe('fixed thresholds and rank', () => {
  const fixed: RfmScoring = { ...clone(retail.scoring), method: 'fixed', levels: 3, edges: null, quantiles: null };

  it('recency in whole days (near <= 7, middle <= 30), monetary from the mean; frequency is per month', () => {
    expect(scoreRanges(fixed, 'recency')).toEqual([
      { score: 3, lo: -Infinity, hi: 8 },
      { score: 2, lo: 8, hi: 31 },
      { score: 1, lo: 31, hi: Infinity },
    ]);
    expect(scoreRanges(fixed, 'monetary')!.map((r) => r.lo)).toEqual([-Infinity, fixed.fixed.monetaryBounds[0], fixed.fixed.monetaryBounds[1]]);
    expect(scoreRanges(fixed, 'frequency')).toBeNull();
  });

  it('the score table words frequency as orders per month', () => {
    const v: ValueReportOk = { ...clone(retail), scoring: fixed };
    v.distributions.scores = { recency: [10, 20, 30], frequency: [40, 50, 60], monetary: [70, 80, 90] };
    const rows = scoreRows(v, fen, en);
    expect(rows.find((r) => r.dim === 'frequency')!.cells.map((c) => [c.score, c.customers, c.range])).toEqual([
      [1, 40, '≤ 2 per month'],
      [2, 50, '2–5 per month'],
      [3, 60, '≥ 5 per month'],
    ]);
    expect(rows.find((r) => r.dim === 'recency')!.cells.map((c) => c.range)).toEqual(['≥ 31', '8–30', '1–7']);
  });

  it('rank scores have counts but no value ranges or bands', () => {
    const rank: RfmScoring = { ...clone(retail.scoring), method: 'rank', edges: null, quantiles: null };
    expect(scoreRanges(rank, 'recency')).toBeNull();
    expect(scoreBands(rank, 'monetary')).toEqual([]);
    const rows = scoreRows({ ...clone(retail), scoring: rank }, fen, en);
    expect(rows[0].cells.every((c) => c.range === null && c.customers > 0)).toBe(true);
  });
});

describe('scoreBands', () => {
  it('labels each range with its bare score', () => {
    expect(scoreBands(zhSample.scoring, 'recency').map((b) => b.label)).toEqual(['5', '4', '3', '2', '1']);
    expect(scoreBands(zhSample.scoring, 'frequency')[2]).toEqual({ x1: 2, x2: 3, label: '3' });
  });
});
