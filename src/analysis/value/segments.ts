/**
 * The per-customer result table `customer_results`: R, F, M, the scores of the chosen method and
 * the customer's segment in each of the three schemes. The report only summarises it; the UI
 * downloads it through customerResultsExportSql.
 *
 * - named: the rules (options.segments.rules) on 1–5 scores, first match wins, else 'others'.
 *   They need five levels: with bins 3/4 or the fixed method the named scheme scores on the
 *   package's own 5-bin quantile edges instead (ScoringPlan.namedEdges, reported).
 * - eight-class: high R = recency_days < basis (fewer days than the mean/median), high F =
 *   orders > basis, high M = revenue > basis; a value equal to the basis is low.
 * - tiers: the template's fixed levels (options.rfm.fixed) whatever the scoring method.
 */
import { literal } from '../sql/ident';
import { EIGHT_CLASSES, OTHER_TIER, OTHERS, TIERS, type NamedRule } from './names';
import type { Bins, FixedThresholds, ScoringMethod } from './options';
import { DIMENSIONS, edgeScoreSql, fixedScoreSql, rankColumnsSql, rankScoreSql, sqlNumber, type Dimension } from './scoring';

export type Edges = Record<Dimension, number[]>;

export interface ScoringPlan {
  method: ScoringMethod;
  bins: Bins;
  /** Package edges (quantile + 1) for the quantile method. */
  edges: Edges | null;
  /** 5-bin package edges for the named scheme when the chosen scores are not 1–5; null = the chosen scores. */
  namedEdges: Edges | null;
  fixed: FixedThresholds;
  meanRevenue: number;
  rules: NamedRule[];
  /** The eight-class basis values (mean or median of recency_days, orders, revenue). */
  eightClass: Record<Dimension, number>;
}

const SHORT: Record<Dimension, string> = { recency: 'r', frequency: 'f', monetary: 'm' };

function scoreSql(plan: ScoringPlan, dim: Dimension): string {
  switch (plan.method) {
    case 'quantile':
      return edgeScoreSql(dim, plan.edges![dim]);
    case 'rank':
      return rankScoreSql(dim, plan.bins);
    case 'fixed':
      return fixedScoreSql(dim, plan.fixed, plan.meanRevenue);
  }
}

export function namedSegmentSql(rules: NamedRule[], r = 'r5', f = 'f5', m = 'm5'): string {
  if (rules.length === 0) return literal(OTHERS);
  const whens = rules.map(
    (x) => `WHEN ${r} BETWEEN ${x.r[0]} AND ${x.r[1]} AND ${f} BETWEEN ${x.f[0]} AND ${x.f[1]} AND ${m} BETWEEN ${x.m[0]} AND ${x.m[1]} THEN ${literal(x.id)}`,
  );
  return `CASE ${whens.join(' ')} ELSE ${literal(OTHERS)} END`;
}

export function eightClassSql(basis: Record<Dimension, number>): string {
  const high: Record<'r' | 'f' | 'm', string> = {
    r: `recency_days < ${sqlNumber(basis.recency)}`,
    f: `orders > ${sqlNumber(basis.frequency)}`,
    m: `revenue > ${sqlNumber(basis.monetary)}`,
  };
  const cond = (k: 'r' | 'f' | 'm', v: 'h' | 'l') => (v === 'h' ? `(${high[k]})` : `NOT (${high[k]})`);
  const whens = EIGHT_CLASSES.map((c) => `WHEN ${cond('r', c.r)} AND ${cond('f', c.f)} AND ${cond('m', c.m)} THEN ${literal(c.id)}`);
  return `CASE ${whens.join(' ')} END`;
}

export function tierSql(): string {
  const whens = TIERS.map((t) => `WHEN r_level = ${t.r} AND f_level = ${t.f} AND m_level = ${t.m} THEN ${literal(t.id)}`);
  return `CASE ${whens.join(' ')} ELSE ${literal(OTHER_TIER)} END`;
}

export function customerResultsSql(plan: ScoringPlan): string {
  const scores = DIMENSIONS.map((d) => `${scoreSql(plan, d)} AS ${SHORT[d]}_score`);
  const named = DIMENSIONS.map((d) => `${plan.namedEdges ? edgeScoreSql(d, plan.namedEdges[d]) : `${SHORT[d]}_score`} AS ${SHORT[d]}5`);
  const levels = DIMENSIONS.map((d) => `${fixedScoreSql(d, plan.fixed, plan.meanRevenue)} AS ${SHORT[d]}_level`);
  const source = plan.method === 'rank' ? `(SELECT *, ${rankColumnsSql()} FROM customers_rfm)` : 'customers_rfm';
  return `CREATE OR REPLACE TABLE customer_results AS
    WITH scored AS (SELECT *, ${scores.join(', ')}, ${levels.join(', ')} FROM ${source}),
    named AS (SELECT *, ${named.join(', ')} FROM scored)
    SELECT customer_id, recency_days, orders AS frequency, revenue AS monetary,
      CAST(r_score AS INTEGER) AS r_score, CAST(f_score AS INTEGER) AS f_score, CAST(m_score AS INTEGER) AS m_score,
      CAST(100 * r_score + 10 * f_score + m_score AS INTEGER) AS rfm_score,
      ${namedSegmentSql(plan.rules)} AS named_segment,
      ${eightClassSql(plan.eightClass)} AS eight_class,
      ${tierSql()} AS tier
    FROM named ORDER BY customer_id`;
}

/** Per-customer results for download, one row per customer in customer_id order. */
export function customerResultsExportSql(): string {
  return `SELECT customer_id, recency_days, frequency, monetary, r_score, f_score, m_score, rfm_score, named_segment, eight_class, tier
    FROM customer_results ORDER BY customer_id`;
}

/** Column of customer_results that holds each scheme's segment id. */
export const SCHEME_COLUMN = { named: 'named_segment', 'eight-class': 'eight_class', tiers: 'tier' } as const;
