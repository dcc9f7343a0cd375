/**
 * The activity finding: typical monthly, weekly and daily actives over complete months, the
 * stickiness ratios with what they mean in weeks, and the peak month. A month only partly in the
 * data would understate every level, so only complete months count (all months when none is).
 */
import type { ActivitySeries, StickinessMonth } from '../../analysis/lifecycle/types';
import type { MessagePart } from '../../i18n/i18n.svelte';
import { formatNumber } from '../../format';
import { formatShareShort, formatShare1, periodName } from './format';
import { joinSentences, words, type Catalog } from './text';

/** ISO weeks starting in an average month: 30.4375 days / 7. */
export const WEEKS_PER_MONTH = 30.4375 / 7;

export interface ActivityLevels {
  months: StickinessMonth[];
  mau: number;
  wau: number;
  dau: number;
  peak: StickinessMonth;
}

export function activityLevels(s: ActivitySeries): ActivityLevels | null {
  const complete = s.months.filter((m) => m.complete);
  const months = complete.length > 0 ? complete : s.months;
  if (months.length === 0) return null;
  const mean = (f: (m: StickinessMonth) => number) => months.reduce((a, m) => a + f(m), 0) / months.length;
  const peak = months.reduce((a, m) => (m.mau > a.mau ? m : a));
  return { months, mau: mean((m) => m.mau), wau: mean((m) => m.meanWau), dau: mean((m) => m.meanDau), peak };
}

export function activityFindingParts(s: ActivitySeries, i18n: Catalog): MessagePart[] {
  const { parts, locale } = i18n;
  const levels = activityLevels(s);
  if (!levels) return [];
  const n = (x: number) => formatNumber(locale, x, x >= 100 ? 0 : 1);
  const sentences: MessagePart[][] = [parts('activity.finding.levels', { mau: n(levels.mau), wau: n(levels.wau), dau: n(levels.dau) })];
  if (s.wauMau !== null && s.dauMau !== null) {
    sentences.push(
      parts('activity.finding.stickiness', {
        wauMau: formatShareShort(locale, s.wauMau),
        dauMau: formatShare1(locale, s.dauMau),
        weeks: formatNumber(locale, s.wauMau * WEEKS_PER_MONTH, 1),
      }),
    );
  }
  if (levels.months.length > 1) {
    sentences.push(words(parts('activity.finding.peak', { peak: levels.peak.mau, month: periodName(locale, levels.peak.month, 'month') }), 'month'));
  }
  return joinSentences(locale, sentences);
}
