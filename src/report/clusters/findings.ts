/**
 * The clusters chapter's generated findings, each a sentence with its numbers: how many clusters
 * and why that k, which cluster carries the revenue, what the largest cluster is, which RFM segment
 * the revenue cluster mostly is, and how well separated the clusters are (Kaufman & Rousseeuw's
 * reading of the mean silhouette: above 0.70 strong, above 0.50 reasonable, above 0.25 weak).
 */
import type { ClustersReport, ClusterSummary } from '../../analysis/clusters/types';
import type { SchemeId } from '../../analysis/value/names';
import { formatMoney, formatPercent } from '../../format';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import { countText, formatScore } from './format';
import { clusterName, clusterNumber } from './names';
import { segmentName } from './crosstab';

export interface FindingContext {
  currency: string | null;
  /** The lead scheme the cross-tab was made with. */
  scheme: SchemeId;
}

export type Quality = 'strong' | 'reasonable' | 'weak' | 'none';

export function silhouetteQuality(s: number): Quality {
  return s > 0.7 ? 'strong' : s > 0.5 ? 'reasonable' : s > 0.25 ? 'weak' : 'none';
}

export function silhouetteOf(c: ClustersReport, k: number | null): number | null {
  return c.scores.find((s) => s.k === k)?.silhouette ?? null;
}

function maxBy<T>(items: readonly T[], value: (t: T) => number): T {
  return items.reduce((best, x) => (value(x) > value(best) ? x : best));
}

/** One list of message parts per finding, in reading order; empty for a skipped clustering. */
export function clusterFindings(c: ClustersReport, ctx: FindingContext, i18n: I18n): MessagePart[][] {
  if (c.skipped || c.k === null || c.clusters.length === 0) return [];
  const { parts, locale } = i18n;
  const pct = (x: number) => formatPercent(locale, x);
  const score = (x: number) => formatScore(locale, x);
  const named = (s: ClusterSummary) => ({ n: clusterNumber(s.cluster), name: clusterName(s.levels, i18n) });
  const out: MessagePart[][] = [];

  const silhouette = silhouetteOf(c, c.k);
  const sil = silhouette === null ? '–' : score(silhouette);
  if (c.chosenBy === 'user') {
    const first = parts('clusters.finding.user', { k: c.k, customers: c.customers, silhouette: sil });
    const best = c.silhouetteK;
    const bestSil = silhouetteOf(c, best);
    if (best !== null && best !== c.k && bestSil !== null) first.push(...parts('clusters.finding.userBest', { best, bestSilhouette: score(bestSil) }));
    else if (best === c.k) first.push(...parts('clusters.finding.userSame'));
    out.push(first);
  } else {
    const ks = c.scores.map((s) => s.k);
    out.push(parts('clusters.finding.auto', { customers: c.customers, k: c.k, silhouette: sil, kMin: Math.min(...ks), kMax: Math.max(...ks) }));
  }

  const top = maxBy(c.clusters, (s) => s.revenueShare);
  out.push(
    parts('clusters.finding.revenue', {
      ...named(top),
      revenueShare: pct(top.revenueShare),
      customerShare: pct(top.customerShare),
      orders: countText(i18n, 'clusters.count.orders', top.medianOrders),
      revenue: formatMoney(locale, top.medianRevenue, ctx.currency),
      days: countText(i18n, 'clusters.count.days', top.medianRecencyDays),
    }),
  );

  const largest = maxBy(c.clusters, (s) => s.customers);
  if (largest.cluster !== top.cluster) {
    const key = largest.revenueShare < largest.customerShare ? 'clusters.finding.largest' : 'clusters.finding.largestEven';
    out.push(
      parts(key, {
        ...named(largest),
        customerShare: pct(largest.customerShare),
        revenueShare: pct(largest.revenueShare),
        days: countText(i18n, 'clusters.count.days', largest.medianRecencyDays),
      }),
    );
  }

  const inTop = c.crossTab.filter((x) => x.cluster === top.cluster && x.customers > 0);
  if (inTop.length > 0) {
    const main = maxBy(inTop, (x) => x.customers);
    out.push(parts('clusters.finding.segment', { n: clusterNumber(top.cluster), segment: segmentName(ctx.scheme, main.segment, i18n.lang), share: pct(main.customers / top.customers) }));
  }

  if (silhouette !== null) out.push(parts(`clusters.finding.quality.${silhouetteQuality(silhouette)}`, { silhouette: sil }));
  return out;
}
