/**
 * Names and colours of what the CLV chapter shows: risk bands, the groups of a breakdown
 * (segment names from the shared dictionary, clusters as the clusters chapter names them,
 * channel values as written in the data), and the churn drivers' features and levels.
 */
import type { ClusterSummary } from '../../analysis/clusters/types';
import type { ClvGroup, DriverCoefficient, ProfileGroup, RiskBand } from '../../analysis/clv/types';
import type { LevelKey } from '../../analysis/math/logistic-design';
import { SEGMENT_NAMES, type SchemeId } from '../../analysis/value/names';
import { CATEGORICAL, NEUTRAL, RISK_COLORS, clusterColor, segmentColor } from '../../charts/palette';
import type { I18n } from '../../i18n/i18n.svelte';
import { clusterName, clusterNumber } from '../clusters/names';

export type Dimension = 'segment' | 'tier' | 'cluster' | 'channel';

export function bandLabel(band: RiskBand, i18n: I18n): string {
  return i18n.t(`clv.band.${band}`);
}

export function bandColor(band: RiskBand): string {
  return RISK_COLORS[band];
}

/** Profile groups: the bands' colours; one-time buyers (low risk by construction) neutral. */
export function profileColor(group: ProfileGroup): string {
  if (group === 'one-time') return NEUTRAL;
  return RISK_COLORS[group === 'low-repeat' ? 'low' : group];
}

export function segmentName(scheme: SchemeId, id: string, i18n: I18n): string {
  return SEGMENT_NAMES[scheme][id]?.[i18n.lang] ?? id;
}

export interface GroupContext {
  /** The scheme of a segment / tier breakdown. */
  scheme?: SchemeId;
  /** The clusters chapter's summaries, to name clusters as it does. */
  clusters?: readonly ClusterSummary[];
}

export function groupLabel(dimension: Dimension, g: Pick<ClvGroup, 'key' | 'kind'>, ctx: GroupContext, i18n: I18n): string {
  if (g.kind === 'other') return i18n.t('clv.group.other');
  if (g.kind === 'unknown') return i18n.t(dimension === 'channel' ? 'clv.group.unknown' : 'clv.group.unmatched');
  const key = g.key!;
  if ((dimension === 'segment' || dimension === 'tier') && ctx.scheme) return segmentName(ctx.scheme, key, i18n);
  if (dimension === 'cluster') {
    const k = Number(key);
    const summary = ctx.clusters?.find((c) => c.cluster === k);
    const n = i18n.t('clv.group.cluster', { n: clusterNumber(k) });
    return summary ? `${n} · ${clusterName(summary.levels, i18n)}` : n;
  }
  return key;
}

/** The shared palette: segments and tiers by meaning, clusters by number, channels in order. */
export function groupColor(dimension: Dimension, g: Pick<ClvGroup, 'key' | 'kind'>, index: number, scheme?: SchemeId): string {
  if (g.kind !== 'value') return NEUTRAL;
  if ((dimension === 'segment' || dimension === 'tier') && scheme) return segmentColor(scheme, g.key!);
  if (dimension === 'cluster') return clusterColor(Number(g.key));
  return CATEGORICAL[index % CATEGORICAL.length];
}

function levelName(feature: string, level: LevelKey, scheme: SchemeId | null, i18n: I18n): string {
  if (level.kind === 'other') return i18n.t('clv.group.other');
  if (level.kind === 'unknown') return i18n.t('clv.group.unknown');
  if (feature === 'segment' && scheme) return segmentName(scheme, level.value, i18n);
  return level.value;
}

/** "Recency (days since last purchase)" or "Channel: app (vs web)". */
export function driverLabel(c: DriverCoefficient, scheme: SchemeId | null, i18n: I18n): string {
  if (c.kind === 'numeric') return i18n.t(`clv.driver.feature.${c.feature}`);
  return i18n.t('clv.driver.level', {
    feature: i18n.t(`clv.driver.feature.${c.feature}`),
    level: levelName(c.feature, c.level, scheme, i18n),
    reference: levelName(c.feature, c.reference, scheme, i18n),
  });
}

/** Short label for charts: "Channel: app". */
export function driverShortLabel(c: DriverCoefficient, scheme: SchemeId | null, i18n: I18n): string {
  if (c.kind === 'numeric') return i18n.t(`clv.driver.short.${c.feature}`);
  return i18n.t('clv.driver.levelShort', { feature: i18n.t(`clv.driver.feature.${c.feature}`), level: levelName(c.feature, c.level, scheme, i18n) });
}

/** The driver inside a sentence: "recency (days since the last purchase)", "channel “store” (against “web”)". */
export function driverInline(c: DriverCoefficient, scheme: SchemeId | null, i18n: I18n): string {
  if (c.kind === 'numeric') return i18n.t(`clv.driver.inline.${c.feature}`);
  return i18n.t('clv.driver.inlineLevel', {
    feature: i18n.t(`clv.driver.inlineFeature.${c.feature}`),
    level: levelName(c.feature, c.level, scheme, i18n),
    reference: levelName(c.feature, c.reference, scheme, i18n),
  });
}
