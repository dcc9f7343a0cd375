/**
 * The funnel's finding: how many of those who start reach the last step within the window, the
 * step that loses the most people, the slowest step, and the spread between channels. For the
 * order-status funnel: how many orders were paid and delivered.
 */
import type { FunnelBreakdown, FunnelReport, FunnelStep } from '../../analysis/lifecycle/types';
import type { MessagePart } from '../../i18n/i18n.svelte';
import { formatShare1 } from './format';
import { channelName, durationText, joinSentences, stepName, words, type Catalog } from './text';

export type EventFunnel = Extract<FunnelReport, { status: 'ok'; kind: 'events' }>;
export type StatusFunnel = Extract<FunnelReport, { status: 'ok'; kind: 'order-status' }>;

/** Channels with fewer starters than this are left out of the spread (a rate of 2 people says little). */
export const MIN_BREAKDOWN_PEOPLE = 30;

/** The step after which the most people (as a share of the previous step) did not continue. */
export function largestDrop(steps: readonly FunnelStep[]): { from: FunnelStep; to: FunnelStep } | null {
  let best: { from: FunnelStep; to: FunnelStep } | null = null;
  for (let i = 1; i < steps.length; i++) {
    const rate = steps[i].fromPrevious;
    if (rate === null || steps[i - 1].people === 0) continue;
    if (best === null || rate < best.to.fromPrevious!) best = { from: steps[i - 1], to: steps[i] };
  }
  return best;
}

/** The step with the longest median time from the previous one. */
export function slowestStep(steps: readonly FunnelStep[]): { from: FunnelStep; to: FunnelStep } | null {
  let best: { from: FunnelStep; to: FunnelStep } | null = null;
  for (let i = 1; i < steps.length; i++) {
    const s = steps[i].medianSeconds;
    if (s === null) continue;
    if (best === null || s > best.to.medianSeconds!) best = { from: steps[i - 1], to: steps[i] };
  }
  return best;
}

/** Channels (with a name and enough starters) at the lowest and highest overall conversion. */
export function breakdownRange(breakdown: readonly FunnelBreakdown[]): { lo: FunnelBreakdown; hi: FunnelBreakdown } | null {
  const rate = (b: FunnelBreakdown) => b.steps.at(-1)?.fromStart ?? null;
  const pool = breakdown.filter((b) => b.channel !== null && b.steps[0]?.people >= MIN_BREAKDOWN_PEOPLE && rate(b) !== null);
  if (pool.length < 2) return null;
  const lo = pool.reduce((a, b) => (rate(b)! < rate(a)! ? b : a));
  const hi = pool.reduce((a, b) => (rate(b)! > rate(a)! ? b : a));
  return { lo, hi };
}

export function funnelFindingParts(f: EventFunnel, i18n: Catalog): MessagePart[] {
  const { parts, locale } = i18n;
  const pct = (x: number) => formatShare1(locale, x);
  const name = (s: FunnelStep) => stepName(i18n, s.key);
  const first = f.steps[0];
  const last = f.steps[f.steps.length - 1];
  if (!first || first.people === 0) return words(parts('funnel.finding.none', { first: first ? name(first) : '' }), 'first');

  const sentences: MessagePart[][] = [];
  sentences.push(
    words(
      parts('funnel.finding.overall', { start: first.people, first: name(first), end: last.people, rate: pct(last.people / first.people), last: name(last), days: f.windowDays }),
      'first',
      'last',
    ),
  );
  const drop = largestDrop(f.steps);
  if (drop && drop.to.dropOff > 0) {
    sentences.push(words(parts('funnel.finding.drop', { from: name(drop.from), to: name(drop.to), dropOff: drop.to.dropOff, rate: pct(drop.to.dropOff / drop.from.people) }), 'from', 'to'));
  }
  const slow = slowestStep(f.steps);
  if (slow) sentences.push(words(parts('funnel.finding.slowest', { from: name(slow.from), to: name(slow.to), time: durationText(i18n, slow.to.medianSeconds!) }), 'from', 'to'));
  const range = breakdownRange(f.breakdown);
  if (range) {
    sentences.push(
      words(
        parts('funnel.finding.breakdown', {
          lo: pct(range.lo.steps.at(-1)!.fromStart!),
          loName: channelName(i18n, range.lo.channel),
          hi: pct(range.hi.steps.at(-1)!.fromStart!),
          hiName: channelName(i18n, range.hi.channel),
          last: name(last),
        }),
        'loName',
        'hiName',
        'last',
      ),
    );
  }
  return joinSentences(locale, sentences);
}

export function statusFindingParts(f: StatusFunnel, i18n: Catalog): MessagePart[] {
  const { parts, locale } = i18n;
  const pct = (x: number) => formatShare1(locale, x);
  const [ordered, paid, delivered] = f.steps;
  if (!ordered || ordered.people === 0 || !paid) return [];
  const base = { orders: ordered.people, paid: paid.people, paidRate: pct(paid.people / ordered.people) };
  return delivered
    ? parts('funnel.status.finding', { ...base, delivered: delivered.people, deliveredRate: pct(delivered.people / ordered.people) })
    : parts('funnel.status.findingPaid', base);
}
