/**
 * The executive summary: the handful of findings a manager should read first, picked from the
 * whole report by rules. Each rule looks at one chapter's numbers, words a finding (a catalog
 * sentence with those numbers) and gives it a weight on a common 0–1 scale of "how much of the
 * business this concerns" — a share of revenue, of value at risk, a gap in churn. The summary
 * shows the heaviest ones, most important first, each linked to its chapter.
 *
 * Rules that lack their data (no CLV fit, no channels, no feedback) simply yield nothing.
 */
import type { ChapterFailure, Report } from '../../analysis/report';
import { failureOf } from '../chapter-state';
import { themeName } from '../feedback/names';
import type { SchemeId } from '../../analysis/value/names';
import { SEGMENT_NAMES } from '../../analysis/value/names';
import { formatDate, formatMoney, formatMonth, formatPercent } from '../../format';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';

export interface SummaryFinding {
  /** Stable id of the rule that made it (tests and anchors). */
  rule: string;
  /** The chapter it is drawn from (its anchor is #chapter-<id>). */
  chapter: string;
  weight: number;
  parts: MessagePart[];
}

/** At most this many findings: a summary is read in a minute. */
export const SUMMARY_SIZE = 7;

type Rule = (report: Report, i18n: I18n) => Omit<SummaryFinding, 'rule'> | null;

/** A chapter's part of the Report when it was computed; null when it failed or is absent. */
function ok<T>(part: T | ChapterFailure | null): T | null {
  return part !== null && failureOf(part) === null ? (part as T) : null;
}

function money(report: Report, i18n: I18n, n: number): string {
  return formatMoney(i18n.locale, n, report.overview.currency);
}

function pct(i18n: I18n, share: number): string {
  return formatPercent(i18n.locale, share);
}

function segmentName(scheme: SchemeId, id: string, i18n: I18n): string {
  return SEGMENT_NAMES[scheme][id]?.[i18n.lang] ?? id;
}

const RULES: Record<string, Rule> = {
  /** Revenue concentration: the weight is the top fifth's share of revenue. */
  concentration(report, i18n) {
    const v = ok(report.value);
    if (!v || v.status !== 'ok' || v.customers < 5) return null;
    const p = v.pareto;
    return {
      chapter: 'value',
      weight: p.top20RevenueShare,
      parts: i18n.parts('summary.concentration', { share: pct(i18n, p.top20RevenueShare), gini: p.gini.toFixed(2) }),
    };
  },

  /** The lead scheme's segment that carries most revenue. */
  leadSegment(report, i18n) {
    const v = ok(report.value);
    if (!v || v.status !== 'ok') return null;
    const scheme = v.segments.lead;
    const summary = scheme === 'eight-class' ? v.segments.eightClass : scheme === 'named' ? v.segments.named : v.segments.tiers;
    const top = [...summary.segments].sort((a, b) => b.revenue - a.revenue)[0];
    if (!top || top.revenue <= 0) return null;
    return {
      chapter: 'value',
      // What matters is how lopsided it is: revenue share beyond the customer share.
      weight: Math.max(0, top.revenueShare - top.share) + 0.2,
      parts: i18n.parts('summary.leadSegment', {
        segment: segmentName(scheme, top.id, i18n),
        customers: pct(i18n, top.share),
        revenue: pct(i18n, top.revenueShare),
      }),
    };
  },

  /** Value at risk of churn (model or rule): its share of historical revenue. */
  atRisk(report, i18n) {
    const c = ok(report.clv);
    if (!c || (c.status !== 'model' && c.status !== 'fallback')) return null;
    const high = c.bands.find((b) => b.band === 'high');
    if (!high || high.customers === 0 || c.totals.revenue <= 0) return null;
    const share = c.totals.valueAtRisk / c.totals.revenue;
    return {
      chapter: 'clv',
      weight: Math.min(1, share * 1.5),
      parts: i18n.parts(c.status === 'model' ? 'summary.atRisk.model' : 'summary.atRisk.rule', {
        customers: high.customers,
        customerShare: pct(i18n, high.customerShare),
        value: money(report, i18n, c.totals.valueAtRisk),
        share: pct(i18n, share),
      }),
    };
  },

  /** Predicted lifetime value over the horizon (model only). */
  futureValue(report, i18n) {
    const c = ok(report.clv);
    if (!c || c.status !== 'model' || c.totals.clv === null || c.totals.revenue <= 0) return null;
    return {
      chapter: 'clv',
      weight: 0.3,
      parts: i18n.parts('summary.futureValue', {
        months: c.options.horizonMonths,
        clv: money(report, i18n, c.totals.clv),
        customers: c.totals.customers,
      }),
    };
  },

  /** Best against worst cohort at the long churn horizon (cohorts of at least 30 customers). */
  cohorts(report, i18n) {
    const l = ok(report.lifecycle);
    const c = l ? l.cohorts : null;
    if (!c || c.status !== 'ok') return null;
    const h = c.horizons.long;
    // A cohort is judged only when its horizon period is fully observed: the last data period is
    // often cut short, and its "not bought again" is then too high.
    const lastIndex = (x: (typeof c.cohorts)[number]) => x.active.length - 1;
    const judged = c.cohorts.filter(
      (x) => x.churnLong !== null && x.size >= 30 && !x.partial && !(c.lastPeriodPartial && lastIndex(x) === h),
    );
    if (judged.length < 2) return null;
    const sorted = [...judged].sort((a, b) => a.churnLong! - b.churnLong! || a.period.localeCompare(b.period));
    const best = sorted[0];
    const worst = sorted[sorted.length - 1];
    const gap = worst.churnLong! - best.churnLong!;
    const period = (p: string) => (c.period === 'month' ? formatMonth(i18n.locale, p) : formatDate(i18n.locale, p));
    if (gap < 0.05) return null;
    return {
      chapter: 'cohorts',
      weight: Math.min(1, gap * 2),
      parts: i18n.parts(c.period === 'week' ? 'summary.cohorts.week' : 'summary.cohorts.month', {
        worst: period(worst.period),
        worstChurn: pct(i18n, worst.churnLong!),
        best: period(best.period),
        bestChurn: pct(i18n, best.churnLong!),
        horizon: c.horizons.long,
      }),
    };
  },

  /** The channel whose customers are worth most against the average. */
  channel(report, i18n) {
    const l = ok(report.lifecycle);
    const ch = l ? l.channels : null;
    if (!ch || ch.status !== 'ok' || ch.average.revenuePerCustomer <= 0) return null;
    const judged = ch.channels.filter((x) => x.verdict !== 'too-few' && x.channel !== null);
    if (judged.length < 2) return null;
    const best = [...judged].sort((a, b) => b.revenuePerCustomer - a.revenuePerCustomer)[0];
    const lift = best.revenuePerCustomer / ch.average.revenuePerCustomer - 1;
    if (lift < 0.1) return null;
    return {
      chapter: 'channels',
      weight: Math.min(1, lift / 2) * best.share + 0.15,
      parts: i18n.parts('summary.channel', {
        channel: best.channel!,
        value: money(report, i18n, best.revenuePerCustomer),
        lift: pct(i18n, lift),
      }),
    };
  },

  /** Repeat-purchase rate: low repeat is a finding in itself. */
  repeat(report, i18n) {
    const v = ok(report.value);
    if (!v || v.status !== 'ok' || v.customers < 5) return null;
    const rate = v.behaviour.repeatRate;
    return {
      chapter: 'behaviour',
      weight: 0.5 * (1 - rate) + 0.1,
      parts: i18n.parts('summary.repeat', {
        rate: pct(i18n, rate),
        median: v.behaviour.gaps.medianDays === null ? '—' : Math.round(v.behaviour.gaps.medianDays),
      }),
    };
  },

  /** The feedback theme with the largest share of negative comments among all comments. */
  complaint(report, i18n) {
    const f = ok(report.feedback);
    if (!f || f.comments < 20) return null;
    const worst = [...f.themes].sort((a, b) => b.sentiment.negative - a.sentiment.negative || a.id.localeCompare(b.id))[0];
    if (!worst || worst.sentiment.negative === 0) return null;
    const negativeShare = worst.sentiment.negative / f.comments;
    return {
      chapter: 'feedback',
      weight: Math.min(1, negativeShare * 2),
      parts: i18n.parts('summary.complaint', {
        theme: themeName(worst.id, i18n),
        share: pct(i18n, worst.share),
        negative: pct(i18n, worst.sentiment.negative / Math.max(1, worst.comments)),
      }),
    };
  },
};

export function summaryFindings(report: Report, i18n: I18n): SummaryFinding[] {
  const out: SummaryFinding[] = [];
  for (const [rule, make] of Object.entries(RULES)) {
    let f: Omit<SummaryFinding, 'rule'> | null = null;
    try {
      f = make(report, i18n);
    } catch {
      // A rule must never take the summary down with it; its chapter shows the problem.
      f = null;
    }
    if (f) out.push({ rule, ...f });
  }
  // Heaviest first; equal weights keep the rules' order (stable sort), so the result is deterministic.
  return out.sort((a, b) => b.weight - a.weight).slice(0, SUMMARY_SIZE);
}
