/**
 * What the customer profile chapter shows, worked out from the Report: each attribute that exists
 * as a bar chart with its finding, each that does not as one line saying why. Pure, so the
 * component only lays it out.
 */
import type { CustomerProfile, Part, PartUnavailable, ValueReportOk } from '../../analysis/value/types';
import type { BarRow } from '../../charts/bars';
import type { ChartTable } from '../../charts/plot-chart.svelte';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import type { PlainKey } from '../../i18n/types';
import type { ValueFormat } from './format';
import { groupBars, groupRows, groupTable } from './groups';
import { profileFinding, type ProfilePartId } from './profile-findings';

export interface ProfilePartView {
  id: ProfilePartId;
  title: string;
  bars: BarRow[];
  table: ChartTable;
  finding: MessagePart[];
  note: string | null;
}

export interface ProfileView {
  /** The whole chapter cannot be drawn: why, in one line. */
  missing: string | null;
  parts: ProfilePartView[];
  unavailable: { id: string; text: string }[];
}

const PARTS: { id: ProfilePartId; pick: (p: CustomerProfile) => Part; title: PlainKey; column: PlainKey }[] = [
  { id: 'age', pick: (p) => p.ageBands, title: 'value.profile.age', column: 'value.profile.column.age' },
  { id: 'gender', pick: (p) => p.gender, title: 'value.profile.gender', column: 'value.profile.column.gender' },
  { id: 'regions', pick: (p) => p.regions, title: 'value.profile.regions', column: 'value.profile.column.regions' },
  { id: 'cities', pick: (p) => p.cities, title: 'value.profile.cities', column: 'value.profile.column.cities' },
  { id: 'countries', pick: (p) => p.countries, title: 'value.profile.countries', column: 'value.profile.column.countries' },
  { id: 'channel', pick: (p) => p.acquisitionChannel, title: 'value.profile.channel', column: 'value.profile.column.channel' },
  { id: 'membership', pick: (p) => p.membershipLevel, title: 'value.profile.membership', column: 'value.profile.column.membership' },
];

/** Country is not one of the template's attributes: shown when the data has it, silent otherwise. */
const OPTIONAL: ProfilePartId[] = ['countries'];

export function profileView(v: ValueReportOk, fmt: ValueFormat, i18n: I18n): ProfileView {
  const t = i18n.t;
  const p = v.profile;
  const noTable = p.matched === null;
  // Without a customer table the chapter can still show what the orders carry (channel, country…).
  if (noTable && !PARTS.some((x) => x.pick(p).available)) {
    const reason = PARTS.map((x) => x.pick(p)).find((x): x is { available: false; reason: PartUnavailable } => !x.available)?.reason;
    return { missing: t(reason === 'no-customer-id' ? 'value.profile.missingUnlinked' : 'value.profile.missing'), parts: [], unavailable: [] };
  }
  const parts: ProfilePartView[] = [];
  const unavailable: { id: string; text: string }[] = [];
  for (const def of PARTS) {
    const part = def.pick(p);
    if (!part.available) {
      if (OPTIONAL.includes(def.id) && part.reason !== 'no-values') continue;
      unavailable.push({ id: def.id, text: t('value.part.missing', { part: t(def.title), reason: reasonText(part.reason, t(def.column), i18n) }) });
      continue;
    }
    const label = def.id === 'age' ? (k: string) => t(`value.age.${k}` as PlainKey) : (k: string) => k;
    const rows = groupRows(part, i18n, label);
    parts.push({
      id: def.id,
      title: t(def.title),
      bars: groupBars({ rows, measure: 'count', extra: 'per-customer' }, fmt),
      table: groupTable(rows, fmt, i18n, 'customers'),
      finding: profileFinding(def.id, part, fmt, i18n, label),
      note: partNote(def.id, v, i18n),
    });
  }
  return { missing: null, parts, unavailable };
}

export function reasonText(reason: PartUnavailable, column: string, i18n: I18n): string {
  return i18n.t(`value.part.${reason}`, { column });
}

function partNote(id: ProfilePartId, v: ValueReportOk, i18n: I18n): string | null {
  const t = i18n.t;
  if (id === 'age' && v.profile.ageBands.basis) return t(`value.profile.ageBasis.${v.profile.ageBands.basis}`);
  if (id === 'channel' && v.profile.acquisitionChannel.available && v.profile.acquisitionChannel.source === 'first-order') return t('value.profile.channelFirstOrder');
  const place = id === 'regions' ? v.profile.regions : id === 'cities' ? v.profile.cities : id === 'countries' ? v.profile.countries : null;
  if (place?.available && place.source === 'first-order') return t('value.profile.placeFirstOrder');
  return null;
}
