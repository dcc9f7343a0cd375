/**
 * The rows of the action plan, derived from the report: one per segment of the lead scheme (its
 * recommended action, the customers and revenue at stake), then the plan's cross-chapter actions
 * when their data exists — win back the high-value customers at risk (CLV chapter), fix the
 * biggest complaint (feedback), put budget on the channel whose customers are worth most
 * (channels). Rows are ordered by the value at stake, largest first.
 *
 * Pure: texts come through the i18n functions passed in; the analyst's edits are applied by the
 * chapter (plan-edits.svelte.ts), not here.
 */
import type { ChapterFailure, Report } from '../../analysis/report';
import type { SchemeId } from '../../analysis/value/names';
import type { SchemeSummary } from '../../analysis/value/types';
import type { I18n } from '../../i18n/i18n.svelte';
import type { PlainKey } from '../../i18n/types';
import { themeName } from '../feedback/names';
import { failureOf } from '../chapter-state';
import { AT_RISK, BEST, segmentName } from '../value/segments';

/** What an action aims at; it decides the default metric to watch. */
export type Intent = 'retain' | 'grow' | 'activate' | 'win-back' | 'fix' | 'invest';

export interface PlanRow {
  /** Stable across recomputations of the same report, so edits stay with their row. */
  id: string;
  intent: Intent;
  /** The chapter the row comes from (anchor #chapter-<id>). */
  chapter: string;
  target: string;
  customers: number | null;
  /** Money at stake: the segment's revenue, the value at risk, the channel's revenue. */
  value: number | null;
  /** Default action text; for segment rows the value chapter's recommendation (editable there too). */
  action: string;
  segment: { scheme: SchemeId; id: string } | null;
  metric: string;
}

const METRIC: Record<Intent, PlainKey> = {
  retain: 'actions.metric.retain',
  grow: 'actions.metric.grow',
  activate: 'actions.metric.activate',
  'win-back': 'actions.metric.winBack',
  fix: 'actions.metric.fix',
  invest: 'actions.metric.invest',
};

/** Segments that are neither best nor slipping: growth when recent, activation otherwise. */
const GROW: Record<SchemeId, readonly string[]> = {
  named: ['potential_loyalist', 'promising', 'new_customers'],
  'eight-class': ['important_develop', 'general_value', 'general_develop'],
  tiers: ['growth'],
};

export function intentOf(scheme: SchemeId, id: string): Intent {
  if (BEST[scheme].includes(id)) return 'retain';
  if (AT_RISK[scheme].includes(id)) return 'win-back';
  if (GROW[scheme].includes(id)) return 'grow';
  return 'activate';
}

function computed<T>(part: T | ChapterFailure | null): T | null {
  return part !== null && failureOf(part) === null ? (part as T) : null;
}

export interface PlanTexts {
  /** The recommendation in force for a segment (the analyst's edit or the default). */
  recommendation(scheme: SchemeId, id: string): string;
}

export function planRows(report: Report, i18n: I18n, texts: PlanTexts): PlanRow[] {
  const { t, locale } = i18n;
  const rows: PlanRow[] = [];
  const value = computed(report.value);
  if (value && value.status === 'ok') {
    const scheme = value.segments.lead;
    const summary: SchemeSummary = scheme === 'eight-class' ? value.segments.eightClass : scheme === 'named' ? value.segments.named : value.segments.tiers;
    for (const s of summary.segments) {
      if (s.customers === 0) continue;
      const intent = intentOf(scheme, s.id);
      rows.push({
        id: `segment:${scheme}:${s.id}`,
        intent,
        chapter: 'value',
        target: segmentName(scheme, s.id, locale),
        customers: s.customers,
        value: s.revenue,
        action: texts.recommendation(scheme, s.id),
        segment: { scheme, id: s.id },
        metric: t(METRIC[intent]),
      });
    }
  }

  const clv = computed(report.clv);
  if (clv && (clv.status === 'model' || clv.status === 'fallback')) {
    const high = clv.bands.find((b) => b.band === 'high');
    if (high && high.customers > 0) {
      rows.push({
        id: 'clv:high-risk',
        intent: 'win-back',
        chapter: 'clv',
        target: t('actions.target.highRisk'),
        customers: high.customers,
        value: high.valueAtRisk,
        action: t('actions.action.highRisk'),
        segment: null,
        metric: t(METRIC['win-back']),
      });
    }
  }

  const feedback = computed(report.feedback);
  if (feedback && feedback.comments > 0) {
    const worst = [...feedback.themes].sort((a, b) => b.sentiment.negative - a.sentiment.negative || a.id.localeCompare(b.id))[0];
    if (worst && worst.sentiment.negative > 0) {
      const theme = themeName(worst.id, i18n);
      rows.push({
        id: `feedback:${worst.id}`,
        intent: 'fix',
        chapter: 'feedback',
        target: t('actions.target.complaint', { theme }),
        customers: null,
        value: null,
        action: t('actions.action.complaint', { theme }),
        segment: null,
        metric: t(METRIC.fix),
      });
    }
  }

  const lifecycle = computed(report.lifecycle);
  const channels = lifecycle?.channels;
  if (channels && channels.status === 'ok') {
    const best = channels.channels.find((c) => c.verdict === 'high-value' && c.channel !== null);
    if (best) {
      rows.push({
        id: `channel:${best.channel}`,
        intent: 'invest',
        chapter: 'channels',
        target: t('actions.target.channel', { channel: best.channel! }),
        customers: best.customers,
        value: best.revenue,
        action: t('actions.action.channel', { channel: best.channel! }),
        segment: null,
        metric: t(METRIC.invest),
      });
    }
  }
  // Largest stake first; rows without a money value (feedback) after those with one, stable otherwise.
  return rows.sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}
