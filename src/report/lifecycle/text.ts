/**
 * Pieces the lifecycle findings and tables share: sentences joined the way each language joins
 * them, words filled into a message but not emphasised as numbers, and the names of steps,
 * channels, horizons and durations.
 */
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import type { CohortPeriod } from '../../analysis/lifecycle/options';
import { durationParts } from './format';

export type Catalog = Pick<I18n, 'parts' | 't' | 'locale'>;

/** Values that are words (a cohort, a channel, a step), not numbers: shown as plain text. */
export function words(parts: MessagePart[], ...names: string[]): MessagePart[] {
  return parts.map((p) => (p.name !== undefined && names.includes(p.name) ? { ...p, value: false } : p));
}

/** Sentences of one finding: a space between English sentences, none between Chinese ones. */
export function joinSentences(locale: string, sentences: MessagePart[][]): MessagePart[] {
  const gap = locale.startsWith('zh') ? '' : ' ';
  return sentences.flatMap((s, i) => (i > 0 && gap ? [{ text: gap, value: false }, ...s] : s));
}

/** "month 6" / "第 6 个月", "week 26" / "第 26 周". */
export function atPeriod(i18n: Catalog, unit: CohortPeriod, k: number): string {
  return unit === 'week' ? i18n.t('lifecycle.at.week', { k }) : i18n.t('lifecycle.at.month', { k });
}

/** "6 months" / "6 个月". */
export function horizonText(i18n: Catalog, unit: CohortPeriod, n: number): string {
  return unit === 'week' ? i18n.t('lifecycle.horizon.week', { n }) : i18n.t('lifecycle.horizon.month', { n });
}

/** The column heading of long-horizon retention: "6-month retention" / "6 个月留存率". */
export function retentionHeading(i18n: Catalog, unit: CohortPeriod, n: number): string {
  return unit === 'week' ? i18n.t('channels.col.retention.week', { n }) : i18n.t('channels.col.retention.month', { n });
}

/** Seconds as "2.7 min" / "2.7 分钟". */
export function durationText(i18n: Catalog, seconds: number): string {
  const { value, unit } = durationParts(seconds);
  const n = new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }).format(value);
  return i18n.t(`lifecycle.duration.${unit}`, { n });
}

const KNOWN_STEPS = ['view', 'cart', 'order', 'pay', 'paid', 'delivered'] as const;
type KnownStep = (typeof KNOWN_STEPS)[number];

/** A funnel step's name: the default steps are translated, a step the user defined keeps its key. */
export function stepName(i18n: Catalog, key: string): string {
  return (KNOWN_STEPS as readonly string[]).includes(key) ? i18n.t(`funnel.step.${key as KnownStep}`) : key;
}

/** A channel value from the data, or "(no channel)" for customers without one. */
export function channelName(i18n: Catalog, channel: string | null): string {
  return channel ?? i18n.t('lifecycle.noChannel');
}

/** Definitions the chapters show (the keys of Report.lifecycle.definitions, plus orders). */
export const DEFINITION_KEYS = [
  'purchase',
  'cohort',
  'period_k',
  'last_period',
  'reached_k',
  'return_on',
  'retention',
  'average_curve',
  'revenue_retention',
  'cumulative_revenue',
  'orders',
  'churn',
  'channel',
  'conversion_30d',
  'retention_long',
  'funnel',
  'funnel_time',
  'order_status_funnel',
  'activity',
  'stickiness',
] as const;

export type DefinitionKey = (typeof DEFINITION_KEYS)[number];
