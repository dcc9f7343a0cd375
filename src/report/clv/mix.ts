/**
 * The attribute mixes of high-risk and active customers, for the dumbbell chart: for each group,
 * its share of the high-risk customers and of the active ones (Report: riskProfile.mixes). For
 * channels, segments and clusters the groups add up to 100% per side; for categories a customer
 * counts in every category bought, so they add up to more.
 */
import type { MixGroup } from '../../analysis/clv/types';
import type { SchemeId } from '../../analysis/value/names';
import type { MixRow } from '../../charts/clv-mix';
import type { I18n } from '../../i18n/i18n.svelte';
import type { ClvOk, FindingContext } from './findings';
import { groupLabel, type Dimension } from './labels';

export type MixDimension = 'channel' | 'category' | 'segment' | 'tier' | 'cluster';

/** Groups shown: the largest by high-risk plus active customers. */
const MAX_ROWS = 10;

function rows(groups: MixGroup[], c: ClvOk, label: (g: MixGroup) => string): MixRow[] {
  const { highCustomers: high, activeCustomers: active } = c.riskProfile;
  return groups
    .filter((g) => g.high + g.active > 0)
    .map((g, i) => ({ key: `${i}`, label: label(g), high: g.high / high, active: g.active / active, size: g.high + g.active }))
    .sort((a, b) => b.size - a.size)
    .slice(0, MAX_ROWS)
    .map(({ size: _size, ...r }) => r);
}

export function mixViews(c: ClvOk, ctx: FindingContext, i18n: I18n): { dimension: MixDimension; rows: MixRow[] }[] {
  const p = c.riskProfile;
  if (p.highCustomers === 0 || p.activeCustomers === 0) return [];
  const name = (dimension: Dimension, scheme?: SchemeId) => (g: MixGroup) => groupLabel(dimension, g, { scheme, clusters: ctx.clusters }, i18n);
  const out: { dimension: MixDimension; rows: MixRow[] }[] = [];
  if (p.mixes.channel) out.push({ dimension: 'channel', rows: rows(p.mixes.channel, c, name('channel')) });
  if (p.mixes.category) out.push({ dimension: 'category', rows: rows(p.mixes.category, c, (g) => g.key ?? '') });
  const lead = ctx.scheme;
  if (lead !== 'tiers' && p.mixes.segments[lead]) out.push({ dimension: 'segment', rows: rows(p.mixes.segments[lead]!, c, name('segment', lead)) });
  if (p.mixes.segments.tiers) out.push({ dimension: 'tier', rows: rows(p.mixes.segments.tiers, c, name('tier', 'tiers')) });
  if (p.mixes.cluster) out.push({ dimension: 'cluster', rows: rows(p.mixes.cluster, c, name('cluster')) });
  return out.filter((v) => v.rows.length > 0);
}
