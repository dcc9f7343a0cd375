/**
 * The RFM value chapter's generated sentences: how the scores were cut, which segments carry the
 * revenue, where value sits on the R × F grid, what the distributions look like, how concentrated
 * revenue is, and which customers to act on first. Each is a pure function of the Report.
 */
import type { SchemeSummary, SegmentSummary, ValueReportOk } from '../../analysis/value/types';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import { customersText, ordersText, type ValueFormat } from './format';
import { listText } from './profile-findings';
import { scoreRanges, type Dim } from './scoring-view';
import { AT_RISK, BEST, segmentName } from './segments';

/** A mean this much above the median is worth pointing out (a long tail of big spenders). */
const SKEWED = 1.3;
/** Segments this small, and the catch-all ones, are not singled out as "the best". */
const MIN_SEGMENT_CUSTOMERS = 10;
const CATCH_ALL = ['others', 'other'];
/** A catch-all this big means the rules leave many customers unclassified: worth saying. */
const BIG_CATCH_ALL = 0.1;
/** R × F cells with fewer customers than this are too small to call "the most valuable". */
const MIN_CELL_SHARE = 0.01;
const MIN_CELL = 5;

export function leadSummary(v: ValueReportOk): SchemeSummary {
  const s = v.segments;
  return s.lead === 'named' ? s.named : s.lead === 'eight-class' ? s.eightClass : s.tiers;
}

export function scoringFinding(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const s = v.scoring;
  const out: MessagePart[] = [];
  if (s.method === 'quantile') {
    const r = scoreRanges(s, 'recency')!;
    const f = scoreRanges(s, 'frequency')!;
    const m = scoreRanges(s, 'monetary')!;
    out.push(
      ...i18n.parts('value.scoring.finding.quantile', {
        quantiles: listText(fmt.locale, (s.probabilities ?? []).map((p) => fmt.pct(p))),
        top: s.levels,
        recency: fmt.int(r[0].hi),
        frequency: fmt.int(f[f.length - 1].lo),
        monetary: fmt.money(m[m.length - 1].lo),
      }),
    );
  } else if (s.method === 'rank') {
    out.push(...i18n.parts('value.scoring.finding.rank', { levels: s.levels, size: fmt.int(Math.round(v.customers / s.levels)) }));
  } else {
    out.push(
      ...i18n.parts('value.scoring.finding.fixed', {
        near: fmt.int(s.fixed.recencyDays[0]),
        middle: fmt.int(s.fixed.recencyDays[1]),
        low: fmt.num(s.fixed.ordersPerMonth[0]),
        high: fmt.num(s.fixed.ordersPerMonth[1]),
        mLow: fmt.money(s.fixed.monetaryBounds[0]),
        mHigh: fmt.money(s.fixed.monetaryBounds[1]),
      }),
    );
  }
  const empty = (['recency', 'frequency', 'monetary'] as Dim[]).flatMap((d) =>
    v.distributions.scores[d].flatMap((n, i) => (n === 0 ? [`${i18n.t(`value.dim.${d}.short`)}${i + 1}`] : [])),
  );
  if (empty.length) out.push(...i18n.parts('value.scoring.finding.empty', { scores: listText(fmt.locale, empty) }));
  return out;
}

export function segmentsFinding(summary: SchemeSummary, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const live = summary.segments.filter((s) => s.customers > 0 && !CATCH_ALL.includes(s.id));
  const rest = summary.segments.find((s) => CATCH_ALL.includes(s.id) && s.share >= BIG_CATCH_ALL);
  const out: MessagePart[] = [];
  if (live.length === 0) return out;
  const name = (s: SegmentSummary) => segmentName(summary.scheme, s.id, fmt.locale);
  const top = live.reduce((a, s) => (s.revenueShare > a.revenueShare ? s : a));
  const largest = live.reduce((a, s) => (s.customers > a.customers ? s : a));
  out.push(...i18n.parts('value.segments.finding.top', { segment: name(top), revenueShare: fmt.pct(top.revenueShare), share: fmt.pct(top.share) }));
  if (largest !== top) {
    out.push(
      ...i18n.parts('value.segments.finding.largest', {
        segment: name(largest),
        customers: customersText(i18n, fmt, largest.customers),
        share: fmt.pct(largest.share),
        revenueShare: fmt.pct(largest.revenueShare),
      }),
    );
  }
  if (rest) out.push(...i18n.parts('value.segments.finding.unmatched', { share: fmt.pct(rest.share), revenueShare: fmt.pct(rest.revenueShare) }));
  return out;
}

export function tableFinding(summary: SchemeSummary, v: ValueReportOk, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const live = summary.segments.filter((s) => s.customers >= MIN_SEGMENT_CUSTOMERS && s.meanMonetary !== null && !CATCH_ALL.includes(s.id));
  if (live.length === 0 || v.customers === 0) return [];
  const mean = v.revenue / v.customers;
  const best = live.reduce((a, s) => (s.meanMonetary! > a.meanMonetary! ? s : a));
  return i18n.parts('value.table.finding', {
    segment: segmentName(summary.scheme, best.id, fmt.locale),
    money: fmt.money(best.meanMonetary!),
    times: fmt.num(mean > 0 ? best.meanMonetary! / mean : 0),
    overall: fmt.money(mean),
    orders: ordersText(i18n, fmt, best.meanFrequency ?? 0),
    recency: fmt.int(Math.round(best.meanRecency ?? 0)),
  });
}

export function heatmapFinding(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const min = Math.max(MIN_CELL, v.customers * MIN_CELL_SHARE);
  const cells = v.heatmap.cells.filter((c) => c.customers >= min && c.meanMonetary !== null);
  if (cells.length === 0 || v.customers === 0) return [];
  const best = cells.reduce((a, c) => (c.meanMonetary! > a.meanMonetary! ? c : a));
  const mean = v.revenue / v.customers;
  const out = i18n.parts('value.heatmap.finding', {
    r: best.r,
    f: best.f,
    customers: customersText(i18n, fmt, best.customers),
    money: fmt.money(best.meanMonetary!),
    times: fmt.num(mean > 0 ? best.meanMonetary! / mean : 0),
  });
  // Frequent buyers who have not come back lately: the top F row's weakest R.
  const L = v.heatmap.levels;
  const lapsed = v.heatmap.cells.find((c) => c.r === 1 && c.f === L);
  if (lapsed && lapsed.customers > 0) out.push(...i18n.parts('value.heatmap.findingLapsed', { customers: customersText(i18n, fmt, lapsed.customers), f: L }));
  return out;
}

export function distributionsFinding(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const r = v.scoring.range;
  const out = i18n.parts('value.distributions.finding', {
    recency: fmt.int(Math.round(r.recency.median)),
    frequency: ordersText(i18n, fmt, r.frequency.median),
    monetary: fmt.money(r.monetary.median),
  });
  if (r.monetary.median > 0 && r.monetary.mean >= r.monetary.median * SKEWED) {
    out.push(...i18n.parts('value.distributions.findingSkew', { mean: fmt.money(r.monetary.mean) }));
  }
  return out;
}

export function giniWord(gini: number): 'high' | 'moderate' | 'low' {
  return gini >= 0.6 ? 'high' : gini >= 0.4 ? 'moderate' : 'low';
}

export function concentrationFinding(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const p = v.pareto;
  const at = (share: number) => p.top.find((t) => Math.abs(t.customerShare - share) < 1e-9);
  const t20 = at(0.2);
  const t1 = at(0.01);
  const out = i18n.parts('value.concentration.finding', {
    customers: fmt.int(t20?.customers ?? 0),
    share: fmt.pct(p.top20RevenueShare),
  });
  if (t1) out.push(...i18n.parts('value.concentration.findingTop1', { customers: customersText(i18n, fmt, t1.customers), share: fmt.pct(t1.revenueShare) }));
  out.push(...i18n.parts(`value.concentration.gini.${giniWord(p.gini)}`, { gini: fmt.num(p.gini, 2) }));
  return out;
}

export function recommendationsFinding(summary: SchemeSummary, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  const name = (s: SegmentSummary) => segmentName(summary.scheme, s.id, fmt.locale);
  const pick = (ids: readonly string[]) => summary.segments.filter((s) => ids.includes(s.id) && s.customers > 0);
  const out: MessagePart[] = [];
  const best = pick(BEST[summary.scheme]);
  if (best.length) {
    out.push(
      ...i18n.parts('value.rec.finding.protect', {
        segments: listText(fmt.locale, best.map(name)),
        customers: customersText(i18n, fmt, sum(best, 'customers')),
        revenue: fmt.money(sum(best, 'revenue')),
        share: fmt.pct(sum(best, 'revenueShare')),
      }),
    );
  }
  const risk = pick(AT_RISK[summary.scheme]);
  if (risk.length) {
    out.push(
      ...i18n.parts('value.rec.finding.winBack', {
        segments: listText(fmt.locale, risk.map(name)),
        customers: customersText(i18n, fmt, sum(risk, 'customers')),
        revenue: fmt.money(sum(risk, 'revenue')),
        share: fmt.pct(sum(risk, 'revenueShare')),
      }),
    );
  }
  return out;
}

function sum(list: SegmentSummary[], k: 'customers' | 'revenue' | 'revenueShare'): number {
  return list.reduce((s, x) => s + x[k], 0);
}
