/**
 * The one line a clusters chapter without clusters shows instead: what would enable it (the
 * value chapter's customer table), or why K-means was skipped on it. Null when there is a clustering.
 */
import { MIN_CUSTOMERS, type ClustersReport } from '../../analysis/clusters/types';
import { formatInteger } from '../../format';
import type { I18n } from '../../i18n/i18n.svelte';

export function clustersMissing(c: ClustersReport | null, i18n: I18n): string | null {
  const { t } = i18n;
  if (c === null) return t('clusters.missing.noValue');
  if (c.skipped === 'no-customers') return t('clusters.missing.noCustomers');
  if (c.skipped === 'too-few-customers') return t('clusters.missing.tooFew', { customers: formatInteger(i18n.locale, c.customers), min: MIN_CUSTOMERS });
  return null;
}
