/**
 * The customer profile's generated sentences: per attribute, the largest group (or the top three
 * of a long list) with its share of customers and of revenue, and the group that spends most
 * per customer when that is a different one worth mentioning.
 */
import type { Breakdown, CustomerProfile, Group } from '../../analysis/value/types';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import type { ValueFormat } from './format';
import { perUnit } from './groups';

export type ProfilePartId = 'age' | 'gender' | 'regions' | 'cities' | 'countries' | 'channel' | 'membership';

/** Groups with fewer customers than this are too small for "spends the most" to mean much. */
const MIN_SHARE = 0.05;
const MIN_COUNT = 10;
/** Only a clearly higher spend per customer is worth a sentence. */
const NOTABLE = 1.1;
const TOP_LISTS: ProfilePartId[] = ['regions', 'cities', 'countries'];

export function listText(locale: string, items: string[]): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export function profileFinding(id: ProfilePartId, b: Breakdown, fmt: ValueFormat, i18n: I18n, label: (key: string) => string = (k) => k): MessagePart[] {
  const { parts } = i18n;
  const known = b.groups.filter((g) => g.count > 0);
  if (known.length === 0) return parts('value.profile.finding.allUnknown');
  const largest = known.reduce((a, g) => (g.count > a.count ? g : a));
  const out: MessagePart[] = [];
  if (TOP_LISTS.includes(id) && known.length >= 3) {
    const top = [...known].sort((a, b) => b.count - a.count).slice(0, 3);
    out.push(
      ...parts('value.profile.finding.top3', {
        groups: listText(fmt.locale, top.map((g) => label(g.key))),
        share: fmt.pct(sum(top, 'share')),
        revenueShare: fmt.pct(sum(top, 'revenueShare')),
      }),
    );
  } else {
    const key = id === 'age' ? 'value.profile.finding.largestAge' : id === 'channel' ? 'value.profile.finding.largestChannel' : 'value.profile.finding.largest';
    out.push(...parts(key, { group: label(largest.key), share: fmt.pct(largest.share), revenueShare: fmt.pct(largest.revenueShare) }));
  }
  const all = [...b.groups, ...(b.other ? [b.other] : []), ...(b.unknown ? [b.unknown] : [])];
  const customers = sum(all, 'count');
  const overall = customers > 0 ? sum(all, 'revenue') / customers : 0;
  const best = bestSpender(known);
  if (best && overall > 0 && perUnit(best)! >= overall * NOTABLE) {
    const money = fmt.money(perUnit(best)!);
    if (best === largest && !TOP_LISTS.includes(id)) out.push(...parts('value.profile.finding.perCustomerSame', { money, overall: fmt.money(overall) }));
    else out.push(...parts('value.profile.finding.perCustomer', { group: label(best.key), money, overall: fmt.money(overall) }));
  }
  return out;
}

/** The group with the highest revenue per customer among those big enough to count. */
export function bestSpender(groups: readonly Group[]): Group | null {
  const total = groups.reduce((s, g) => s + g.count, 0);
  const big = groups.filter((g) => g.count >= MIN_COUNT && g.count / total >= MIN_SHARE);
  if (big.length === 0) return null;
  return big.reduce((a, g) => (perUnit(g)! > perUnit(a)! ? g : a));
}

/** How many buying customers the customer table describes. */
export function coverageFinding(profile: CustomerProfile, customers: number, fmt: ValueFormat, i18n: I18n): MessagePart[] {
  if (profile.matched === null) return i18n.parts('value.profile.finding.noTable');
  const matched = profile.matched;
  if (matched === customers) return i18n.parts('value.profile.finding.coverageAll', { customers: fmt.int(customers) });
  return i18n.parts('value.profile.finding.coverage', { matched: fmt.int(matched), customers: fmt.int(customers), share: fmt.pct(customers ? matched / customers : 0) });
}

function sum<K extends 'share' | 'revenueShare' | 'count' | 'revenue'>(groups: readonly Group[], k: K): number {
  return groups.reduce((s, g) => s + g[k], 0);
}
