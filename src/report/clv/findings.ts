/**
 * The CLV chapter's generated findings: one sentence per part (the model's forecast or why there
 * is none, churn risk, the holdout check, the groups worth most and most at risk, how at-risk
 * customers differ, the churn drivers), each with its numbers. Pure functions of the Report.
 */
import type { ClusterSummary } from '../../analysis/clusters/types';
import type { ClvFallbackReason, ClvGroup, ClvReport } from '../../analysis/clv/types';
import type { SchemeId } from '../../analysis/value/names';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import { clvFormat } from './format';
import { driverInline, groupLabel, type Dimension } from './labels';

export type ClvOk = Extract<ClvReport, { status: 'model' | 'fallback' }>;

export interface FindingContext {
  currency: string | null;
  /** The value chapter's lead scheme. */
  scheme: SchemeId;
  clusters?: readonly ClusterSummary[];
}

/** Why no model was fitted, in words with the data's own numbers. */
export function fallbackReasonText(c: ClvOk, reason: ClvFallbackReason, i18n: I18n): string {
  const f = clvFormat(i18n.locale, null);
  switch (reason) {
    case 'too-few-repeat-customers':
      if (c.facts.repeatCustomers === 0) return i18n.t('clv.reason.no-repeat-customers');
      return i18n.t('clv.reason.too-few-repeat-customers', { repeat: f.int(c.facts.repeatCustomers), min: f.int(c.options.minRepeatCustomers) });
    case 'history-too-short':
      return i18n.t('clv.reason.history-too-short', {
        days: f.int(c.facts.historyDays),
        gaps: f.num(c.options.minHistoryGaps, 1),
        gap: f.num(c.facts.medianGapDays ?? 0, 1),
      });
    default:
      return i18n.t(`clv.reason.${reason}`);
  }
}

/** The groups of the lead scheme's breakdown, or of the first one there is. */
export function leadBreakdown(c: ClvOk, scheme: SchemeId): { dimension: Dimension; scheme?: SchemeId; groups: ClvGroup[] } | null {
  const seg = c.breakdowns.segments;
  if (seg[scheme]) return { dimension: scheme === 'tiers' ? 'tier' : 'segment', scheme, groups: seg[scheme]! };
  if (seg.tiers) return { dimension: 'tier', scheme: 'tiers', groups: seg.tiers };
  if (c.breakdowns.cluster) return { dimension: 'cluster', groups: c.breakdowns.cluster };
  if (c.breakdowns.channel) return { dimension: 'channel', groups: c.breakdowns.channel.groups };
  return null;
}

/** Groups big enough to quote: at least 1% of customers and 10 of them. */
function quotable(groups: ClvGroup[], total: number): ClvGroup[] {
  return groups.filter((g) => g.kind === 'value' && g.customers >= Math.max(10, 0.01 * total));
}

export function clvFindings(c: ClvOk, ctx: FindingContext, i18n: I18n): MessagePart[][] {
  const { parts, t } = i18n;
  const f = clvFormat(i18n.locale, ctx.currency);
  const out: MessagePart[][] = [];
  const high = c.bands.find((b) => b.band === 'high')!;
  const o = c.options;

  if (c.status === 'model') {
    out.push(
      parts(c.spendModel === 'gamma-gamma' ? 'clv.finding.model' : 'clv.finding.modelObserved', {
        customers: f.int(c.totals.customers),
        months: o.horizonMonths,
        clv: f.money(c.totals.clv ?? 0),
        rate: f.pct(o.monthlyDiscountRate),
        mean: f.money(c.totals.customers > 0 ? (c.totals.clv ?? 0) / c.totals.customers : 0),
      }),
    );
    out.push(
      parts('clv.finding.risk', {
        share: f.pct(high.customerShare),
        count: f.int(high.customers),
        threshold: f.num(o.thresholds.high, 2),
        varShare: f.pct(high.valueAtRiskShare ?? 0),
        var: f.money(high.valueAtRisk),
      }),
    );
  } else {
    out.push(parts('clv.finding.fallback', { reason: fallbackReasonText(c, c.fallbackReason!, i18n), gap2: f.int(2 * c.fallbackRule!.gapDays) }));
    out.push(parts('clv.finding.riskFallback', { count: f.int(high.customers), share: f.pct(high.customerShare), var: f.money(high.valueAtRisk) }));
  }

  const v = c.validation;
  if (v.status === 'done' && v.totals.actual > 0) {
    const days = Math.round(v.holdoutLength * (c.unit === 'week' ? 7 : 1));
    const err = v.totals.relativeError ?? 0;
    const error = Math.abs(err) < 0.005 ? t('clv.finding.exact') : t(err > 0 ? 'clv.finding.over' : 'clv.finding.under', { pct: f.pct(Math.abs(err)) });
    out.push(parts('clv.finding.validation', { days: f.int(days), expected: f.int(Math.round(v.totals.expected)), actual: f.int(v.totals.actual), error }));
  }

  const lead = leadBreakdown(c, ctx.scheme);
  if (lead) {
    const groups = quotable(lead.groups, c.totals.customers);
    const name = (g: ClvGroup) => groupLabel(lead.dimension, g, { scheme: lead.scheme, clusters: ctx.clusters }, i18n);
    const risky = [...groups].sort((a, b) => b.highRiskShare - a.highRiskShare)[0];
    const dimension = t(`clv.dimension.${lead.dimension}`);
    if (c.status === 'model' && groups.length > 1 && risky) {
      const top = [...groups].sort((a, b) => (b.meanClv ?? 0) - (a.meanClv ?? 0))[0];
      out.push(parts('clv.finding.topGroup', { dimension, group: name(top), mean: f.money(top.meanClv ?? 0), risky: name(risky), share: f.pct(risky.highRiskShare) }));
    } else if (risky && risky.highRiskShare > 0) {
      out.push(parts('clv.finding.riskyGroup', { dimension, risky: name(risky), share: f.pct(risky.highRiskShare) }));
    }
  }

  const p = c.riskProfile;
  const ph = p.groups.find((g) => g.group === 'high')!;
  const pa = p.groups.find((g) => g.group === p.active)!;
  if (ph.customers > 0 && pa.customers > 0 && ph.medianDaysSinceLast !== null && pa.medianDaysSinceLast !== null) {
    const active = t(`clv.profile.activeName.${p.active}`);
    const since = { since: f.int(ph.medianDaysSinceLast), sinceActive: f.int(pa.medianDaysSinceLast), active };
    // Without repeat purchases tenure equals recency: saying both would repeat the numbers.
    const sameAsSince = ph.medianTenureDays === ph.medianDaysSinceLast && pa.medianTenureDays === pa.medianDaysSinceLast;
    out.push(
      sameAsSince
        ? parts('clv.finding.profileSince', since)
        : parts('clv.finding.profile', { ...since, tenure: f.int(ph.medianTenureDays ?? 0), tenureActive: f.int(pa.medianTenureDays ?? 0) }),
    );
  }

  const d = c.drivers;
  if (d.status === 'done' && d.coefficients.length > 0) {
    const top = d.coefficients[0];
    const auc = d.auc.holdout ?? d.auc.training;
    out.push(
      parts(d.auc.holdout !== null ? 'clv.finding.drivers' : 'clv.finding.driversInSample', {
        feature: driverInline(top, d.segmentScheme, i18n),
        odds: f.num(top.oddsRatio, 2),
        auc: f.fixed(auc, 2),
      }),
    );
  }
  return out;
}
