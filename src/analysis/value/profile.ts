/**
 * Who the buying customers are: attributes of customers_clean (the cleaned customer table)
 * joined to customers_rfm, one row per customer in `customer_attrs`. A customer table row is
 * matched on the same key the transactions use (the person key when the table has one); when
 * it has several rows for a key, the first non-missing value in file order wins.
 * Age: full years at the analysis date from birth_date, else the age column as given; values
 * outside 0–120 count as unknown.
 */
import type { Db } from '../db';
import type { DatasetInput } from '../report';
import { has } from '../model';
import { ident, literal } from '../sql/ident';
import type { Role } from '../types';
import { breakdown, type GroupRow } from './breakdown';
import type { Breakdown, CustomerProfile, Part, PartUnavailable } from './types';

const ATTRIBUTES = ['gender', 'region', 'city', 'country', 'channel', 'membership_level'] as const;

export const AGE_BANDS = [
  { key: 'lt18', below: 18 },
  { key: '18-24', below: 25 },
  { key: '25-34', below: 35 },
  { key: '35-44', below: 45 },
  { key: '45-54', below: 55 },
  { key: '55-64', below: 65 },
  { key: '65+', below: 121 },
];

export interface ProfileSource {
  /** The customer table, when there is one with a customer id. */
  customers: DatasetInput | null;
  /** A customer table exists but has no customer id to link it by. */
  unlinked: boolean;
  /** Whether tx lines carry a channel (for the first-order fallback). */
  txChannel: boolean;
  /** Which places the order lines carry (Online Retail's Country): the fallback without a customer table column. */
  txPlaces?: Partial<Record<Place, boolean>>;
}

const PLACES = ['region', 'city', 'country'] as const;
type Place = (typeof PLACES)[number];

export function customerAttrsSql(src: ProfileSource, analysisDate: string): string {
  const c = src.customers;
  const cols: string[] = [];
  let join = '';
  if (c) {
    const key = has(c, 'person_id') ? 'coalesce(CAST(person_id AS VARCHAR), CAST(customer_id AS VARCHAR))' : 'CAST(customer_id AS VARCHAR)';
    const firstOf = (expr: string, name: string) => `first(${expr} ORDER BY _row) FILTER (WHERE ${expr} IS NOT NULL) AS ${ident(name)}`;
    const aggs = ['true AS matched'];
    for (const r of ATTRIBUTES) if (has(c, r)) aggs.push(firstOf(`CAST(${ident(r)} AS VARCHAR)`, r));
    const age: string[] = [];
    if (has(c, 'birth_date')) age.push(`CAST(date_sub('year', CAST(birth_date AS DATE), DATE ${literal(analysisDate)}) AS DOUBLE)`);
    if (has(c, 'age')) age.push('CAST(age AS DOUBLE)');
    if (age.length) aggs.push(firstOf(age.length > 1 ? `coalesce(${age.join(', ')})` : age[0], 'age_years'));
    join += ` LEFT JOIN (SELECT ${key} AS customer_id, ${aggs.join(', ')} FROM customers_clean WHERE customer_id IS NOT NULL GROUP BY 1) AS a ON a.customer_id = r.customer_id`;
    cols.push('coalesce(a.matched, false) AS matched');
    for (const r of ATTRIBUTES) cols.push(has(c, r) ? `a.${ident(r)}` : `CAST(NULL AS VARCHAR) AS ${ident(r)}`);
    cols.push(age.length ? 'a.age_years' : 'CAST(NULL AS DOUBLE) AS age_years');
  } else {
    cols.push('false AS matched', ...ATTRIBUTES.map((r) => `CAST(NULL AS VARCHAR) AS ${ident(r)}`), 'CAST(NULL AS DOUBLE) AS age_years');
  }
  // The first order's channel and places, for customers the customer table cannot describe.
  const fromOrders = [...(src.txChannel ? ['channel'] : []), ...PLACES.filter((p) => src.txPlaces?.[p])];
  if (fromOrders.length > 0) {
    const firsts = fromOrders.map((r) => `first(${r} ORDER BY order_time, order_key, source, _row) AS ${r}`);
    join += ` LEFT JOIN (SELECT customer_id, ${firsts.join(', ')}
      FROM value_lines WHERE NOT _netted AND order_time IS NOT NULL GROUP BY customer_id) AS fo ON fo.customer_id = r.customer_id`;
  }
  for (const r of ['channel', ...PLACES]) {
    cols.push(fromOrders.includes(r) ? `fo.${r} AS first_order_${r}` : `CAST(NULL AS VARCHAR) AS first_order_${r}`);
  }
  return `CREATE OR REPLACE TABLE customer_attrs AS SELECT r.customer_id, r.revenue, ${cols.join(', ')} FROM customers_rfm AS r${join}`;
}

export function ageBandSql(): string {
  const whens = AGE_BANDS.map((b) => `WHEN age_years < ${b.below} THEN ${literal(b.key)}`);
  return `CASE WHEN age_years IS NULL OR age_years < 0 OR age_years > 120 THEN NULL ${whens.join(' ')} END`;
}

export function attributeGroupsSql(expr: string): string {
  return `SELECT ${expr} AS key, count(*) AS n, sum(revenue) AS revenue FROM customer_attrs GROUP BY 1 ORDER BY n DESC, revenue DESC, key`;
}

export async function customerProfile(db: Db, src: ProfileSource, analysisDate: string): Promise<CustomerProfile> {
  await db.exec(customerAttrsSql(src, analysisDate));
  const c = src.customers;
  const absent: PartUnavailable = src.unlinked ? 'no-customer-id' : 'no-customer-table';
  const part = async (role: Role | null, expr: string, source: Breakdown['source'] = 'customers', order?: string[]): Promise<Part> => {
    if (!c && source === 'customers') return unavailable(absent);
    if (source === 'customers' && role && !has(c!, role)) return unavailable('no-column');
    const rows = await db.query<GroupRow>(attributeGroupsSql(expr));
    if (rows.every((r) => r.key === null)) return { available: false, reason: 'no-values' };
    return breakdown(rows, 'customers', source, order);
  };
  const [m] = await db.query<{ n: number }>(`SELECT count(*) FILTER (WHERE matched) AS n FROM customer_attrs`);
  const hasAge = c !== null && (has(c, 'birth_date') || has(c, 'age'));
  const ageBands: CustomerProfile['ageBands'] = hasAge
    ? { ...(await part(null, ageBandSql(), 'customers', AGE_BANDS.map((b) => b.key))), basis: has(c!, 'birth_date') ? 'birth_date' : 'age' }
    : unavailable(c ? 'no-column' : absent);
  // A place from the customer table when it has the column, else from each customer's first order.
  const place = async (r: Place): Promise<Part> => {
    if (c && has(c, r)) return part(r, r);
    if (src.txPlaces?.[r]) return part(null, `first_order_${r}`, 'first-order');
    return unavailable(c ? 'no-column' : absent);
  };
  let acquisitionChannel: Part;
  if (c && has(c, 'channel')) acquisitionChannel = await part('channel', 'channel');
  else if (src.txChannel) acquisitionChannel = await part('channel', 'first_order_channel', 'first-order');
  else acquisitionChannel = unavailable(c ? 'no-column' : absent);
  return {
    matched: c ? Number(m.n) : null,
    ageBands,
    gender: await part('gender', 'gender'),
    regions: await place('region'),
    cities: await place('city'),
    countries: await place('country'),
    acquisitionChannel,
    membershipLevel: await part('membership_level', 'membership_level'),
  };
}

function unavailable(reason: PartUnavailable): Part {
  return { available: false, reason };
}
