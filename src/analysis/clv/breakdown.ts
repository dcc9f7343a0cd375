/**
 * CLV by segment, tier, cluster and channel, and how at-risk customers differ from active ones,
 * all from clv_attrs (attrs.ts). Every customer of customer_clv is in every breakdown: customers
 * without a segment, cluster or channel form an "unknown" group, so the groups add up.
 */
import type { Db, Row } from '../db';
import { EIGHT_CLASSES, NAMED_RULES, OTHER_TIER, OTHERS, TIERS, type SchemeId } from '../value/names';
import { ident, literal } from '../sql/ident';
import { SCHEME_COLUMN, type ClvLinks } from './attrs';
import type { BandProfile, ClvBreakdowns, ClvGroup, MixGroup, ProfileGroup, RiskProfile } from './types';

/** Channels shown one by one; the rest are pooled as "other". */
export const TOP_CHANNELS = 10;
export const TOP_CATEGORIES = 8;

const SCHEME_ORDER: Record<SchemeId, string[]> = {
  named: [...NAMED_RULES.map((r) => r.id), OTHERS],
  'eight-class': EIGHT_CLASSES.map((c) => c.id),
  tiers: [...TIERS.map((t) => t.id), OTHER_TIER],
};

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const nn = (v: unknown) => (v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v));

/** Sums and band counts of clv_attrs grouped by one expression (key as text). */
export function groupSql(expr: string): string {
  return `SELECT CAST(${expr} AS VARCHAR) AS key, count(*) AS customers, sum(revenue) AS revenue, sum(clv) AS clv,
      avg(clv) AS mean_clv, avg(p_alive) AS mean_p_alive, sum(value_at_risk) AS var,
      count(*) FILTER (WHERE risk_band = 'high') AS high, count(*) FILTER (WHERE risk_band = 'medium') AS medium,
      count(*) FILTER (WHERE risk_band = 'low') AS low
    FROM clv_attrs GROUP BY 1`;
}

function group(r: Row, kind: ClvGroup['kind'], model: boolean): ClvGroup {
  const customers = n(r.customers);
  return {
    key: kind === 'value' ? String(r.key) : null,
    kind,
    customers,
    revenue: n(r.revenue),
    clv: model ? n(r.clv) : null,
    meanClv: model ? nn(r.mean_clv) : null,
    meanPAlive: model ? nn(r.mean_p_alive) : null,
    valueAtRisk: n(r.var),
    bands: { high: n(r.high), medium: n(r.medium), low: n(r.low) },
    highRiskShare: customers > 0 ? n(r.high) / customers : 0,
  };
}

/** Merges several result rows into one (the pooled "other" group). */
function pool(rows: Row[]): Row {
  const out: Row = { key: null, customers: 0, revenue: 0, clv: 0, var: 0, high: 0, medium: 0, low: 0, mean_clv: null, mean_p_alive: null };
  let clvN = 0;
  let pN = 0;
  let pSum = 0;
  for (const r of rows) {
    for (const k of ['customers', 'revenue', 'clv', 'var', 'high', 'medium', 'low']) out[k] = n(out[k]) + n(r[k]);
    if (r.mean_clv !== null) clvN += n(r.customers);
    if (r.mean_p_alive !== null) {
      pN += n(r.customers);
      pSum += n(r.mean_p_alive) * n(r.customers);
    }
  }
  out.mean_clv = clvN > 0 ? n(out.clv) / clvN : null;
  out.mean_p_alive = pN > 0 ? pSum / pN : null;
  return out;
}

/** Known values in `order` (others after them by size), then unknown. */
function ordered(rows: Row[], model: boolean, order?: string[]): ClvGroup[] {
  const known = rows.filter((r) => r.key !== null);
  const rank = (k: string) => {
    const i = order ? order.indexOf(k) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  known.sort((a, b) => rank(String(a.key)) - rank(String(b.key)) || n(b.customers) - n(a.customers) || (String(a.key) < String(b.key) ? -1 : 1));
  const out = known.map((r) => group(r, 'value', model));
  const unknown = rows.find((r) => r.key === null);
  if (unknown) out.push(group(unknown, 'unknown', model));
  return out;
}

export async function clvBreakdowns(db: Db, links: ClvLinks, model: boolean): Promise<ClvBreakdowns> {
  const segments: ClvBreakdowns['segments'] = {};
  for (const s of links.schemes) segments[s] = ordered(await db.query(groupSql(ident(SCHEME_COLUMN[s]))), model, SCHEME_ORDER[s]);
  let cluster: ClvGroup[] | null = null;
  if (links.clusters) {
    const rows = await db.query(groupSql('cluster'));
    const order = rows.filter((r) => r.key !== null).map((r) => String(r.key)).sort((a, b) => Number(a) - Number(b));
    cluster = ordered(rows, model, order);
  }
  let channel: ClvBreakdowns['channel'] = null;
  if (links.channel) {
    const rows = await db.query(groupSql('channel'));
    const known = rows.filter((r) => r.key !== null).sort((a, b) => n(b.customers) - n(a.customers) || (String(a.key) < String(b.key) ? -1 : 1));
    const groups = known.slice(0, TOP_CHANNELS).map((r) => group(r, 'value', model));
    if (known.length > TOP_CHANNELS) groups.push(group(pool(known.slice(TOP_CHANNELS)), 'other', model));
    const unknown = rows.find((r) => r.key === null);
    if (unknown) groups.push(group(unknown, 'unknown', model));
    channel = { source: links.channel, groups };
  }
  return { segments, cluster, channel };
}

/** Profile groups: the bands, with a model the low band split into repeat and one-time buyers. */
function groupExpr(model: boolean): string {
  return model
    ? `CASE WHEN purchases <= 1 THEN 'one-time' WHEN risk_band = 'low' THEN 'low-repeat' ELSE risk_band END`
    : 'risk_band';
}

export function bandProfileSql(model: boolean): string {
  return `SELECT ${groupExpr(model)} AS grp, count(*) AS customers, avg(tenure_days) AS tenure_mean, quantile_cont(tenure_days, 0.5) AS tenure_median,
      quantile_cont(days_since_last, 0.5) AS since_median, avg(purchases) AS purchases_mean,
      avg(CASE WHEN purchases > 1 THEN 1 ELSE 0 END) AS repeat_share,
      avg(revenue) AS revenue_mean, quantile_cont(revenue, 0.5) AS revenue_median
    FROM clv_attrs GROUP BY 1`;
}

/** High-risk and active customers per value of `expr` (clv_attrs). */
export function mixSql(expr: string, model: boolean): string {
  return `SELECT CAST(${expr} AS VARCHAR) AS key, count(*) FILTER (WHERE risk_band = 'high') AS high,
      count(*) FILTER (WHERE ${activeExpr(model)}) AS active
    FROM clv_attrs GROUP BY 1`;
}

/** Active = low risk; with a model, low-risk repeat buyers only (see ProfileGroup). */
function activeExpr(model: boolean, alias = ''): string {
  const a = alias ? `${alias}.` : '';
  return model ? `${a}risk_band = 'low' AND ${a}purchases > 1` : `${a}risk_band = 'low'`;
}

/** High-risk and active customers who bought in each of the most bought categories, up to the observation end. */
export function categoryMixSql(end: string, model: boolean, top = TOP_CATEGORIES): string {
  return `WITH bought AS (
      SELECT DISTINCT t.customer_id, t.category FROM tx_clean AS t
      WHERE t.category IS NOT NULL AND NOT coalesce(t._netted, false) AND t.order_time IS NOT NULL
        AND CAST(t.order_time AS DATE) <= DATE ${literal(end)}
    ),
    top AS (SELECT category FROM bought GROUP BY category ORDER BY count(*) DESC, category LIMIT ${top})
    SELECT b.category AS key, count(*) FILTER (WHERE a.risk_band = 'high') AS high,
      count(*) FILTER (WHERE ${activeExpr(model, 'a')}) AS active,
      count(*) AS customers
    FROM bought AS b JOIN top USING (category) JOIN clv_attrs AS a ON a.customer_id = b.customer_id
    GROUP BY 1 ORDER BY customers DESC, key`;
}

const mixGroup = (r: Row, kind: MixGroup['kind']): MixGroup => ({ key: kind === 'value' ? String(r.key) : null, kind, high: n(r.high), active: n(r.active) });

/** Values in `order` (or by size), the unknown group last; with `top`, the rest pooled as other. */
function mixGroups(rows: Row[], order?: string[], top?: number): MixGroup[] {
  const known = rows.filter((r) => r.key !== null);
  const rank = (k: string) => {
    const i = order ? order.indexOf(k) : -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const size = (r: Row) => n(r.high) + n(r.active);
  known.sort((a, b) => rank(String(a.key)) - rank(String(b.key)) || size(b) - size(a) || (String(a.key) < String(b.key) ? -1 : 1));
  const shown = top === undefined ? known : known.slice(0, top);
  const out = shown.map((r) => mixGroup(r, 'value'));
  if (top !== undefined && known.length > top) {
    const rest = known.slice(top);
    out.push({ key: null, kind: 'other', high: rest.reduce((t, r) => t + n(r.high), 0), active: rest.reduce((t, r) => t + n(r.active), 0) });
  }
  const unknown = rows.find((r) => r.key === null);
  if (unknown) out.push(mixGroup(unknown, 'unknown'));
  return out;
}

const PROFILE_GROUPS: Record<'model' | 'fallback', ProfileGroup[]> = {
  model: ['high', 'medium', 'low-repeat', 'one-time'],
  fallback: ['high', 'medium', 'low'],
};

export async function riskProfile(db: Db, links: ClvLinks, end: string, model: boolean): Promise<RiskProfile> {
  const rows = await db.query(bandProfileSql(model));
  const by = new Map(rows.map((r) => [String(r.grp), r]));
  const groups: BandProfile[] = PROFILE_GROUPS[model ? 'model' : 'fallback'].map((group) => {
    const r = by.get(group);
    return {
      group,
      customers: n(r?.customers),
      meanTenureDays: nn(r?.tenure_mean),
      medianTenureDays: nn(r?.tenure_median),
      medianDaysSinceLast: nn(r?.since_median),
      meanPurchases: nn(r?.purchases_mean),
      repeatShare: nn(r?.repeat_share),
      meanRevenue: nn(r?.revenue_mean),
      medianRevenue: nn(r?.revenue_median),
    };
  });
  const active = model ? 'low-repeat' : 'low';
  const segments: RiskProfile['mixes']['segments'] = {};
  for (const s of links.schemes) segments[s] = mixGroups(await db.query(mixSql(ident(SCHEME_COLUMN[s]), model)), SCHEME_ORDER[s]);
  let cluster: MixGroup[] | null = null;
  if (links.clusters) {
    const k = await db.query(mixSql('cluster', model));
    cluster = mixGroups(k, k.filter((r) => r.key !== null).map((r) => String(r.key)).sort((a, b) => Number(a) - Number(b)));
  }
  return {
    active,
    highCustomers: groups.find((g) => g.group === 'high')!.customers,
    activeCustomers: groups.find((g) => g.group === active)!.customers,
    groups,
    mixes: {
      channel: links.channel ? mixGroups(await db.query(mixSql('channel', model)), undefined, TOP_CHANNELS) : null,
      segments,
      cluster,
      category: links.categories ? mixGroups(await db.query(categoryMixSql(end, model))) : null,
    },
  };
}
