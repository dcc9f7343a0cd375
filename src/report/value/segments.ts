/**
 * Segment names and groups as the value chapters show them. Names come from the one shared
 * dictionary (SEGMENT_NAMES) so the report, the exports and the other chapters agree; a segment
 * of a user-made rule has no entry and is shown by its id.
 */
import { SEGMENT_NAMES, type SchemeId } from '../../analysis/value/names';
import type { Locale } from '../../i18n/types';

export function segmentName(scheme: SchemeId, id: string, locale: Locale): string {
  const names = SEGMENT_NAMES[scheme][id];
  if (!names) return id;
  return locale === 'zh-CN' ? names.zh : names.en;
}

/** Segments whose customers are slipping away: the win-back audience of each scheme. */
export const AT_RISK: Record<SchemeId, readonly string[]> = {
  named: ['cant_lose_them', 'at_risk', 'about_to_sleep', 'lost'],
  'eight-class': ['important_keep', 'important_win_back', 'general_win_back'],
  tiers: ['churn_risk'],
};

/** Segments that carry the business: the audience to protect. */
export const BEST: Record<SchemeId, readonly string[]> = {
  named: ['champions', 'loyal_customers'],
  'eight-class': ['important_value'],
  tiers: ['vip'],
};

export const SCHEMES: readonly SchemeId[] = ['named', 'eight-class', 'tiers'];
