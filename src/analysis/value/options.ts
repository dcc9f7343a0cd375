/**
 * Options of the value chapter: how R, F and M are scored and which segment scheme leads.
 * Normalised once here (valueOptions, analysisDateOption); the rest of the chapter assumes
 * valid input.
 */
import { NAMED_RULES, type NamedRule, type SchemeId } from './names';

export type ScoringMethod = 'quantile' | 'rank' | 'fixed';
export type Bins = 3 | 4 | 5;
export type Range = [number, number];

/**
 * The report template's thresholds (domain.md). Each pair is [lower, upper]:
 * - recencyDays [7, 30]: near when recency_days <= 7, middle when <= 30, far above;
 * - ordersPerMonth [2, 5]: low when orders per month <= 2, high when >= 5, middle between
 *   (so 2.5/month is middle: the template's "3–4" for whole numbers);
 * - monetaryVsMean [1, 2]: low when revenue < 1 × the mean customer revenue, high when >= 2 ×, middle between.
 */
export interface FixedThresholds {
  recencyDays: Range;
  ordersPerMonth: Range;
  monetaryVsMean: Range;
}

export interface RfmOptions {
  /**
   * quantile: the R `rfm` package (edges = interior type-7 quantiles + 1, ties share a bin);
   * rank: pandas `qcut(rank(method="first"), bins)` with ties broken by value then customer_id;
   * fixed: the template's thresholds, three levels (1 = far/low … 3 = near/high).
   */
  method: ScoringMethod;
  /** Score levels for quantile and rank (fixed always has 3). */
  bins: Bins;
  fixed: FixedThresholds;
}

export interface SegmentOptions {
  /** The scheme the report leads with (and the one behaviour is broken down by). */
  lead: SchemeId;
  /** Named segments on 1–5 scores, checked in order, first match wins, no match = 'others'. */
  rules: NamedRule[];
  /** The eight-class model compares R, F and M with their mean or their median. */
  eightClassBasis: 'mean' | 'median';
}

export interface ValueOptions {
  rfm: RfmOptions;
  segments: SegmentOptions;
}

/** As callers give them: every part optional. */
export interface ValueSettings {
  rfm?: Partial<Omit<RfmOptions, 'fixed'>> & { fixed?: Partial<FixedThresholds> };
  segments?: Partial<SegmentOptions>;
}

export const DEFAULT_FIXED: FixedThresholds = { recencyDays: [7, 30], ordersPerMonth: [2, 5], monetaryVsMean: [1, 2] };

export const DEFAULT_VALUE: ValueOptions = {
  rfm: { method: 'quantile', bins: 5, fixed: DEFAULT_FIXED },
  segments: { lead: 'named', rules: NAMED_RULES, eightClassBasis: 'mean' },
};

const METHODS: ScoringMethod[] = ['quantile', 'rank', 'fixed'];
const LEADS: SchemeId[] = ['named', 'eight-class', 'tiers'];

export function valueOptions(s: ValueSettings = {}): ValueOptions {
  const r = s.rfm ?? {};
  const g = s.segments ?? {};
  const fixed = { ...DEFAULT_FIXED, ...r.fixed };
  return {
    rfm: {
      method: oneOf('rfm.method', r.method, METHODS, DEFAULT_VALUE.rfm.method),
      bins: oneOf('rfm.bins', r.bins, [3, 4, 5] as Bins[], DEFAULT_VALUE.rfm.bins),
      fixed: {
        recencyDays: range('rfm.fixed.recencyDays', fixed.recencyDays),
        ordersPerMonth: range('rfm.fixed.ordersPerMonth', fixed.ordersPerMonth),
        monetaryVsMean: range('rfm.fixed.monetaryVsMean', fixed.monetaryVsMean),
      },
    },
    segments: {
      lead: oneOf('segments.lead', g.lead, LEADS, DEFAULT_VALUE.segments.lead),
      rules: uniqueIds((g.rules ?? NAMED_RULES).map(rule)),
      eightClassBasis: oneOf('segments.eightClassBasis', g.eightClassBasis, ['mean', 'median'] as const, 'mean'),
    },
  };
}

/** An ISO calendar date (YYYY-MM-DD) or null (= the day after the last transaction). */
export function analysisDateOption(v: string | null | undefined): string | null {
  if (v === null || v === undefined || v.trim() === '') return null;
  const s = v.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) {
    throw new RangeError(`analysisDate must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(v)}`);
  }
  return s;
}

function oneOf<T>(name: string, v: T | undefined, allowed: readonly T[], fallback: T): T {
  if (v === undefined) return fallback;
  if (!allowed.includes(v)) throw new RangeError(`${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v;
}

function range(name: string, v: Range): Range {
  const [a, b] = v;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a < 0 || a > b) throw new RangeError(`${name} must be [lower, upper] with 0 <= lower <= upper`);
  return [a, b];
}

function uniqueIds(rules: NamedRule[]): NamedRule[] {
  const seen = new Set<string>();
  for (const r of rules) {
    if (seen.has(r.id)) throw new RangeError(`segment rule id ${JSON.stringify(r.id)} is used twice`);
    seen.add(r.id);
  }
  return rules;
}

function rule(r: NamedRule): NamedRule {
  const ok = (x: [number, number]) => Number.isInteger(x[0]) && Number.isInteger(x[1]) && x[0] >= 1 && x[1] <= 5 && x[0] <= x[1];
  if (!r.id || !ok(r.r) || !ok(r.f) || !ok(r.m)) throw new RangeError(`segment rule ${JSON.stringify(r)} needs an id and score ranges within 1..5`);
  if (r.id === 'others') throw new RangeError(`'others' is the segment of customers no rule matches`);
  return { id: r.id, r: [r.r[0], r.r[1]], f: [r.f[0], r.f[1]], m: [r.m[0], r.m[1]] };
}
