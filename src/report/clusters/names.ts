/**
 * Descriptive cluster names from the levels of the centre (R, F, M against the average customer):
 * "recent, frequent, high spenders" / "近期高频高额". The catalog holds the words and the pattern
 * that joins them, so each language keeps its own word order and punctuation.
 */
import type { ClusterSummary, Level } from '../../analysis/clusters/types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { MessageKey } from '../../i18n/types';

export type Levels = ClusterSummary['levels'];

export interface NameParts {
  recency: MessageKey;
  frequency: MessageKey;
  monetary: MessageKey;
}

/** The catalog keys of the three words, or null when the centre is average on all three. */
export function clusterNameParts(levels: Levels): NameParts | null {
  if (levels.recency === 'mid' && levels.frequency === 'mid' && levels.monetary === 'mid') return null;
  const key = (dimension: keyof Levels, level: Level) => `clusters.name.${dimension}.${level}` as MessageKey;
  return { recency: key('recency', levels.recency), frequency: key('frequency', levels.frequency), monetary: key('monetary', levels.monetary) };
}

export function clusterName(levels: Levels, i18n: I18n): string {
  const { t } = i18n;
  const parts = clusterNameParts(levels);
  if (!parts) return t('clusters.name.average');
  const word = (k: MessageKey) => (t as (key: MessageKey) => string)(k);
  return t('clusters.name.pattern', { r: word(parts.recency), f: word(parts.frequency), m: word(parts.monetary) });
}

/** Clusters are numbered from 1 on screen (the Report counts from 0). */
export function clusterNumber(cluster: number): number {
  return cluster + 1;
}
