/**
 * Names and orders for what the feedback Report carries as ids: themes (the built-in nine have
 * catalog names; a user's own theme is shown by the id they typed) and the groups of a link
 * (named segments and tiers from SEGMENT_NAMES, churn-risk bands from the catalog).
 */
import type { FeedbackLink } from '../../analysis/feedback/types';
import { THEME_IDS, type ThemeId } from '../../analysis/feedback/types';
import { NAMED_RULES, OTHER_TIER, OTHERS, SEGMENT_NAMES, TIERS } from '../../analysis/value/names';
import type { I18n } from '../../i18n/i18n.svelte';

export const isBuiltinTheme = (id: string): id is ThemeId => (THEME_IDS as readonly string[]).includes(id);

export function themeName(id: string, i18n: I18n): string {
  return isBuiltinTheme(id) ? i18n.t(`feedback.theme.${id}`) : id;
}

export type LinkKind = 'segment' | 'tier' | 'band';

/** Which grouping a link is, or null for a column this chapter does not know how to name. */
export function linkKind(link: Pick<FeedbackLink, 'table' | 'column'>): LinkKind | null {
  if (link.column === 'named_segment') return 'segment';
  if (link.column === 'tier') return 'tier';
  if (link.column === 'risk_band' || link.column === 'churn_band') return 'band';
  return null;
}

/** Churn risk first: the question the chapter answers is which themes come with losing customers. */
export const LINK_ORDER: readonly LinkKind[] = ['band', 'segment', 'tier'];

const BANDS = ['high', 'medium', 'low'] as const;
const GROUP_ORDER: Record<LinkKind, readonly string[]> = {
  segment: [...NAMED_RULES.map((r) => r.id), OTHERS],
  tier: [...TIERS.map((t) => t.id), OTHER_TIER],
  band: BANDS,
};

export function groupName(kind: LinkKind, id: string, i18n: I18n): string {
  if (kind === 'band') return (BANDS as readonly string[]).includes(id) ? i18n.t(`feedback.band.${id as (typeof BANDS)[number]}`) : id;
  const names = SEGMENT_NAMES[kind === 'segment' ? 'named' : 'tiers'][id];
  return names ? names[i18n.lang] : id;
}

/** Groups in their meaningful order (best segment first, high risk first); unknown ids last, by name. */
export function groupRank(kind: LinkKind, id: string): number {
  const i = GROUP_ORDER[kind].indexOf(id);
  return i === -1 ? GROUP_ORDER[kind].length : i;
}

export function sortGroups<T extends { group: string }>(kind: LinkKind, groups: readonly T[]): T[] {
  return [...groups].sort((a, b) => groupRank(kind, a.group) - groupRank(kind, b.group) || (a.group < b.group ? -1 : 1));
}
