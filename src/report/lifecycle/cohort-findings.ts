/**
 * The cohort chapter's finding: how many customers come back, how many are lost by the two
 * churn horizons, which cohort churned fastest against the one that held best (or that they
 * churn alike), and what a customer is worth by the long horizon. Cohorts too small to compare
 * are left out of the comparison (cohort-metrics.ts, comparableCohorts).
 */
import type { Cohort } from '../../analysis/lifecycle/types';
import type { MessagePart } from '../../i18n/i18n.svelte';
import { averageCurve, comparableCohorts, type CohortsOk } from './cohort-metrics';
import { formatShareShort, money, periodName } from './format';
import { atPeriod, joinSentences, words, type Catalog } from './text';

/** Below this gap between the fastest and the slowest churn (5 percentage points) cohorts "churn alike". */
export const SIMILAR_CHURN = 0.05;

export interface CohortComparison {
  horizon: 'short' | 'long';
  k: number;
  worst: Cohort;
  best: Cohort;
  similar: boolean;
  /** The worst cohort is the youngest compared: it had the fewest periods in which to come back. */
  youngest: boolean;
}

/**
 * The fastest- and slowest-churning comparable cohorts, at the long horizon when two have reached
 * it. A cohort whose horizon period is the last, partly observed one is not judged: its customers
 * have had only part of that period to buy again (the executive summary skips it too).
 */
export function compareCohorts(r: CohortsOk): CohortComparison | null {
  const { cohorts } = comparableCohorts(r.cohorts);
  for (const horizon of ['long', 'short'] as const) {
    const churn = (c: Cohort) => (horizon === 'long' ? c.churnLong : c.churnShort);
    const cut = (c: Cohort) => c.partial || (r.lastPeriodPartial && c.active.length - 1 === r.horizons[horizon]);
    const measured = cohorts.filter((c) => churn(c) !== null && !cut(c));
    if (measured.length < 2) continue;
    // Earliest cohort wins a tie: the ranking is stable whatever order ties come in.
    let worst = measured[0];
    let best = measured[0];
    for (const c of measured) {
      if (churn(c)! > churn(worst)!) worst = c;
      if (churn(c)! < churn(best)!) best = c;
    }
    const youngest = measured.reduce((a, c) => (c.period > a.period ? c : a)).period === worst.period;
    return { horizon, k: r.horizons[horizon], worst, best, similar: churn(worst)! - churn(best)! < SIMILAR_CHURN, youngest };
  }
  return null;
}

export function cohortFindingParts(r: CohortsOk, i18n: Catalog, currency: string | null): MessagePart[] {
  const { parts, locale } = i18n;
  const pct = (x: number) => formatShareShort(locale, x);
  const at = (k: number) => atPeriod(i18n, r.period, k);
  const sentences: MessagePart[][] = [];

  const next = r.average.find((p) => p.k === 1);
  if (!next) return parts(r.period === 'week' ? 'cohorts.finding.single.week' : 'cohorts.finding.single.month');
  sentences.push(parts(r.period === 'week' ? 'cohorts.finding.repeat.week' : 'cohorts.finding.repeat.month', { share: pct(next.retention) }));

  const { short, long } = r.churn;
  if (short !== null && long !== null) {
    sentences.push(words(parts('cohorts.finding.churn', { short: at(r.horizons.short), churnShort: pct(short), long: at(r.horizons.long), churnLong: pct(long) }), 'short', 'long'));
  } else if (short !== null) {
    sentences.push(words(parts('cohorts.finding.churnShort', { short: at(r.horizons.short), churnShort: pct(short) }), 'short'));
  }

  const cmp = compareCohorts(r);
  if (cmp) {
    const churn = (c: Cohort) => pct((cmp.horizon === 'long' ? c.churnLong : c.churnShort)!);
    if (cmp.similar) {
      sentences.push(words(parts('cohorts.finding.similar', { lo: churn(cmp.best), hi: churn(cmp.worst), at: at(cmp.k) }), 'at'));
    } else {
      const name = (c: Cohort) => (r.period === 'week' ? i18n.t('lifecycle.weekOf', { date: periodName(locale, c.period, 'week') }) : periodName(locale, c.period, 'month'));
      sentences.push(
        words(parts('cohorts.finding.worse', { worst: name(cmp.worst), worstChurn: churn(cmp.worst), at: at(cmp.k), bestChurn: churn(cmp.best), best: name(cmp.best) }), 'worst', 'best', 'at'),
      );
      if (cmp.youngest) sentences.push(parts('cohorts.finding.youngCaveat'));
    }
  }

  const value = averageCurve(r, 'cumulativeRevenue');
  const k = Math.min(r.horizons.long, value.length - 1);
  if (k >= 1) {
    const key = r.period === 'week' ? 'cohorts.finding.value.week' : 'cohorts.finding.value.month';
    sentences.push(words(parts(key, { first: money(locale, value[0].value, currency), total: money(locale, value[k].value, currency), at: at(k) }), 'at'));
  }
  return joinSentences(locale, sentences);
}
