/**
 * The channel chapter's finding: the channel that brings the most valuable customers (against
 * the all-channel average), the channel that brings the most customers and how it is rated when
 * it is another one, and the spread of 30-day conversion when signup dates exist. Channels with
 * too few customers for a verdict, and customers without a channel, are never named as best.
 */
import type { ChannelRow, ChannelsReport } from '../../analysis/lifecycle/types';
import type { CohortPeriod } from '../../analysis/lifecycle/options';
import type { MessagePart } from '../../i18n/i18n.svelte';
import { formatShareShort, money } from './format';
import { channelName, horizonText, joinSentences, words, type Catalog } from './text';

export type ChannelsOk = Extract<ChannelsReport, { status: 'ok' }>;

const judged = (c: ChannelRow) => c.channel !== null && c.verdict !== 'too-few';

/** The channel with the highest revenue per customer among those with a verdict, high-value ones first. */
export function bestChannel(r: ChannelsOk): ChannelRow | null {
  const pool = r.channels.filter(judged);
  const high = pool.filter((c) => c.verdict === 'high-value');
  const from = high.length > 0 ? high : pool;
  return from.reduce<ChannelRow | null>((a, c) => (a === null || c.revenuePerCustomer > a.revenuePerCustomer ? c : a), null);
}

/** Lowest and highest 30-day conversion among channels with registered customers. */
export function conversionRange(r: ChannelsOk): { lo: ChannelRow; hi: ChannelRow } | null {
  const pool = r.channels.filter((c) => c.channel !== null && c.conversion30 !== null && c.verdict !== 'too-few');
  if (pool.length < 2) return null;
  const lo = pool.reduce((a, c) => (c.conversion30! < a.conversion30! ? c : a));
  const hi = pool.reduce((a, c) => (c.conversion30! > a.conversion30! ? c : a));
  return { lo, hi };
}

export function channelFindingParts(r: ChannelsOk, unit: CohortPeriod, i18n: Catalog, currency: string | null): MessagePart[] {
  const { parts, t, locale } = i18n;
  const pct = (x: number) => formatShareShort(locale, x);
  const cash = (x: number) => money(locale, x, currency);
  const horizon = horizonText(i18n, unit, r.rule.horizon);
  const sentences: MessagePart[][] = [];

  const best = bestChannel(r);
  if (best) {
    const avgRet = r.average.retentionLong;
    if (best.retentionLong !== null && avgRet !== null) {
      sentences.push(
        words(
          parts('channels.finding.best', {
            channel: channelName(i18n, best.channel),
            perCustomer: cash(best.revenuePerCustomer),
            average: cash(r.average.revenuePerCustomer),
            retention: pct(best.retentionLong),
            horizon,
            avgRetention: pct(avgRet),
          }),
          'channel',
          'horizon',
        ),
      );
    } else {
      sentences.push(
        words(parts('channels.finding.bestNoRetention', { channel: channelName(i18n, best.channel), perCustomer: cash(best.revenuePerCustomer), average: cash(r.average.revenuePerCustomer) }), 'channel'),
      );
    }
  }

  const named = r.channels.filter((c) => c.channel !== null);
  const largest = named.reduce<ChannelRow | null>((a, c) => (a === null || c.customers > a.customers ? c : a), null);
  if (largest && largest !== best) {
    const verdict = t(`channels.finding.verdictWord.${largest.verdict}`);
    const common = { channel: channelName(i18n, largest.channel), share: pct(largest.share), perCustomer: cash(largest.revenuePerCustomer), verdict };
    sentences.push(
      largest.retentionLong !== null
        ? words(parts('channels.finding.largest', { ...common, retention: pct(largest.retentionLong), horizon }), 'channel', 'horizon', 'verdict')
        : words(parts('channels.finding.largestNoRetention', common), 'channel', 'verdict'),
    );
  }

  const range = conversionRange(r);
  if (range && r.average.conversion30 !== null) {
    sentences.push(
      words(
        parts('channels.finding.conversion', {
          average: pct(r.average.conversion30),
          lo: pct(range.lo.conversion30!),
          loChannel: channelName(i18n, range.lo.channel),
          hi: pct(range.hi.conversion30!),
          hiChannel: channelName(i18n, range.hi.channel),
        }),
        'loChannel',
        'hiChannel',
      ),
    );
  }
  return joinSentences(locale, sentences);
}
