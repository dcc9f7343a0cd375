/**
 * The RFM scores as the reader needs them: which values get which score (the bin edges, or the
 * fixed thresholds) and how many customers each score holds, and the same ranges as shaded bands
 * over the R, F and M distributions.
 *
 * Edges follow the rfm package: score i when lower_i <= x < upper_i, recency reversed (recent =
 * top score). Recency (days) and frequency (orders) are whole numbers, so an edge of 194.6 days
 * means "195 days or more" and is shown that way.
 */
import type { RfmScoring, ValueReportOk } from '../../analysis/value/types';
import type { HistogramBand } from '../../charts/histogram';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ValueFormat } from './format';

export type Dim = 'recency' | 'frequency' | 'monetary';
export const DIMS: readonly Dim[] = ['recency', 'frequency', 'monetary'];

/** A score's range in ascending value order: [lo, hi) with open ends as ±Infinity. */
export interface ScoreRange {
  score: number;
  lo: number;
  hi: number;
}

const WHOLE: Record<Dim, boolean> = { recency: true, frequency: true, monetary: false };

/** Ranges of each score in value order, or null when the scores have no value edges (rank method; frequency under fixed thresholds, which scores orders per month). */
export function scoreRanges(s: RfmScoring, dim: Dim): ScoreRange[] | null {
  let cuts: number[];
  if (s.method === 'quantile' && s.edges) {
    cuts = s.edges[dim].map((e) => (WHOLE[dim] ? Math.ceil(e) : e));
  } else if (s.method === 'fixed') {
    if (dim === 'frequency') return null;
    // Recency: near when days <= lower, middle when <= upper; as [lo, hi) cuts on whole days.
    cuts = dim === 'recency' ? [s.fixed.recencyDays[0] + 1, s.fixed.recencyDays[1] + 1] : [...s.fixed.monetaryBounds];
  } else {
    return null;
  }
  const levels = cuts.length + 1;
  return Array.from({ length: levels }, (_, j) => ({
    score: dim === 'recency' ? levels - j : j + 1,
    lo: j === 0 ? -Infinity : cuts[j - 1],
    hi: j === levels - 1 ? Infinity : cuts[j],
  }));
}

/** A range as text, clipped to the values that occur: "1–31", "≥ 5", "¥183–¥308", or null when no value can fall in it. */
export function rangeText(r: ScoreRange, dim: Dim, s: RfmScoring, fmt: ValueFormat): string | null {
  const { min, max } = s.range[dim];
  if (WHOLE[dim]) {
    const lo = Math.max(r.lo, Math.ceil(min));
    const hi = Math.min(r.hi - 1, Math.floor(max));
    if (lo > hi) return null;
    if (lo === hi) return fmt.int(lo);
    if (r.hi === Infinity) return `≥ ${fmt.int(lo)}`;
    return `${fmt.int(lo)}–${fmt.int(hi)}`;
  }
  if (r.hi <= r.lo) return null;
  if (r.lo === -Infinity) return `< ${fmt.money(r.hi)}`;
  if (r.hi === Infinity) return `≥ ${fmt.money(r.lo)}`;
  return `${fmt.money(r.lo)}–${fmt.money(r.hi)}`;
}

export interface ScoreCell {
  score: number;
  customers: number;
  range: string | null;
}

/** One row per dimension, scores 1..levels, with the value range and customers of each. */
export function scoreRows(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): { dim: Dim; cells: ScoreCell[] }[] {
  const s = v.scoring;
  return DIMS.map((dim) => {
    const ranges = scoreRanges(s, dim);
    const counts = v.distributions.scores[dim];
    return {
      dim,
      cells: counts.map((customers, i) => {
        const r = ranges?.find((x) => x.score === i + 1);
        const range = r ? rangeText(r, dim, s, fmt) : s.method === 'fixed' && dim === 'frequency' ? perMonthText(i + 1, s, fmt, i18n) : null;
        return { score: i + 1, customers, range };
      }),
    };
  });
}

/** Fixed frequency levels are orders per month: low <= lower, high >= upper, middle between. */
function perMonthText(score: number, s: RfmScoring, fmt: ValueFormat, i18n: I18n): string {
  const [low, high] = s.fixed.ordersPerMonth;
  const range = score === 1 ? `≤ ${fmt.num(low)}` : score === 3 ? `≥ ${fmt.num(high)}` : `${fmt.num(low)}–${fmt.num(high)}`;
  return i18n.t('value.scoring.perMonth', { range });
}

/** Score bands over a distribution, labelled with the bare score (narrow bands have room for a digit only). */
export function scoreBands(s: RfmScoring, dim: Dim): HistogramBand[] {
  const ranges = scoreRanges(s, dim);
  if (!ranges) return [];
  return ranges.map((r) => ({ x1: r.lo, x2: r.hi, label: String(r.score) }));
}
