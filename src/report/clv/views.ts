/**
 * Which breakdowns the chapter can offer, in the order it offers them: the lead segment scheme,
 * the tiers (unless they lead), clusters, channel. Each carries the note that qualifies it.
 */
import type { ClvGroup } from '../../analysis/clv/types';
import type { SchemeId } from '../../analysis/value/names';
import type { ClvOk } from './findings';
import type { Dimension } from './labels';

export interface BreakdownView {
  dimension: Dimension;
  scheme?: SchemeId;
  groups: ClvGroup[];
  note?: 'clv.breakdown.channelFirstOrder' | 'clv.breakdown.channelCustomers';
}

export function breakdownViews(c: ClvOk, lead: SchemeId): BreakdownView[] {
  const out: BreakdownView[] = [];
  const seg = c.breakdowns.segments;
  if (lead !== 'tiers' && seg[lead]) out.push({ dimension: 'segment', scheme: lead, groups: seg[lead]! });
  if (seg.tiers) out.push({ dimension: 'tier', scheme: 'tiers', groups: seg.tiers });
  if (c.breakdowns.cluster) out.push({ dimension: 'cluster', groups: c.breakdowns.cluster });
  const ch = c.breakdowns.channel;
  if (ch) out.push({ dimension: 'channel', groups: ch.groups, note: ch.source === 'first-order' ? 'clv.breakdown.channelFirstOrder' : 'clv.breakdown.channelCustomers' });
  return out;
}
