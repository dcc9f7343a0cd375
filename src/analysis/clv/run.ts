/**
 * The lifetime value and churn step of runReport (issue 7): BTYD summary in SQL from tx_clean,
 * BG/NBD + Gamma-Gamma fits in TypeScript (src/analysis/math), per-customer results in the DuckDB
 * table `customer_clv`, and the ClvReport. See README.md beside this file.
 */
import type { Db, Row } from '../db';
import { conditionalPurchasesIfAlive, expectedPurchases, probabilityAlive, type BgnbdParams } from '../math/bgnbd';
import { DAYS_PER_MONTH } from '../math/clv';
import type { ClvOptions } from './options';
import { UNIT_DAYS } from './options';
import { bgnbdDiagnostics, fitPurchases, gate, num, predict, type Summary } from './predict';
import { btydSummarySql, clvFactsSql, clvPeriodsSql, gapsSql, unitsPerPeriod } from './summary';
import type {
  AtRiskCustomer, BandSummary, ClvDataFacts, ClvMatrix, ClvReport, ClvValidation, FallbackRule,
  FrequencyValidationRow, HistogramBin, RiskBand, TrackingPoint,
} from './types';
import { writeColumns } from '../sql/write-columns';
import { clvAttrsSql, discoverLinks, type ClvContext } from './attrs';
import { clvBreakdowns, riskProfile } from './breakdown';
import { churnDrivers } from './drivers';

export const CLV_DEFINITIONS: Record<string, string> = {
  purchase_period: 'a day (or ISO week) with at least one tx_clean line that is not a netted cancellation, dated on or before the observation end',
  frequency: 'distinct purchase periods - 1 (BTYD x)',
  recency: '(last purchase period - first purchase period) in model units (BTYD t_x: age at last purchase)',
  T: '(observation end - first purchase period) in model units; purchases on the end date count',
  monetary: 'mean over repeat purchase periods of the period\'s summed revenue; 0 without repeats (Gamma-Gamma m)',
  revenue: 'sum(revenue) of all lines up to the observation end, netted cancellations included',
  days_since_last: 'observation end - date of last purchase, calendar days',
  p_alive: 'BG/NBD P(alive | x, t_x, T)',
  purchases_30d: 'BG/NBD E[Y(t) | x, t_x, T], t = 30 days in model units (also 90d, 365d)',
  expected_spend: 'Gamma-Gamma E[M | x, m] (population mean for x = 0); observed mean spend when Gamma-Gamma is not usable',
  clv: 'sum over months k = 1..H of expected_spend x (E[Y(k months)] - E[Y(k-1 months)]) / (1 + d)^k, month = 30.4375 days',
  risk_band: 'model: high if p_alive < thresholds.high, medium if < thresholds.medium, else low; fallback: days_since_last against the gap G',
  value_at_risk: 'model: revenue x (1 - p_alive); fallback: revenue of high-band customers, 0 otherwise',
  clv_at_risk: 'clv x (1 - p_alive) (model only)',
};

const DAY_MS = 86_400_000;
const ORIGIN_MS = Date.UTC(1970, 0, 5);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const periodOf = (o: ClvOptions, iso: string) => {
  const d = Math.round((msOf(iso) - ORIGIN_MS) / DAY_MS);
  return o.period === 'day' ? d : Math.floor(d / 7);
};
/** ISO date of the last day of period p. */
const periodEnd = (o: ClvOptions, p: number) => isoOf(ORIGIN_MS + (o.period === 'day' ? p : 7 * p + 6) * DAY_MS);
const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const nn = (v: unknown) => (v === null || v === undefined ? null : num(Number(v)));

async function readSummary(db: Db, table: string): Promise<Summary & { hold: Float64Array; p0: Float64Array }> {
  const rows = await db.query(`SELECT frequency, recency, T, monetary, revenue, holdout_frequency, p0 FROM ${table} ORDER BY idx`);
  const len = rows.length;
  const s = {
    n: len, x: new Float64Array(len), tx: new Float64Array(len), T: new Float64Array(len), m: new Float64Array(len),
    revenue: new Float64Array(len), hold: new Float64Array(len), p0: new Float64Array(len),
  };
  for (let i = 0; i < len; i++) {
    const r = rows[i];
    s.x[i] = n(r.frequency);
    s.tx[i] = n(r.recency);
    s.T[i] = n(r.T);
    s.m[i] = n(r.monetary);
    s.revenue[i] = n(r.revenue);
    s.hold[i] = n(r.holdout_frequency);
    s.p0[i] = n(r.p0);
  }
  return s;
}

/**
 * `onSql` sees every statement run (the methodology log). `ctx` says which of the earlier
 * chapters' tables belong to this report (attrs.ts); without it, whatever exists is joined.
 */
export async function runClv(inner: Db, options: ClvOptions, onSql: (sql: string) => void = () => {}, ctx: ClvContext = {}): Promise<ClvReport> {
  const db: Db = {
    query: (sql) => (onSql(sql), inner.query(sql)),
    exec: (sql) => (onSql(sql), inner.exec(sql)),
  };
  const append = inner.appendColumns?.bind(inner);
  if (append) {
    // The methodology says where the rows come from instead of listing every number.
    db.appendColumns = (table, columns) => {
      const rows = Object.values(columns)[0]?.length ?? 0;
      onSql(`-- ${rows} rows of (${Object.keys(columns).join(', ')}) computed in TypeScript (src/analysis/clv/predict.ts), appended to ${table}`);
      return append(table, columns);
    };
  }
  const o = options;
  const [f] = await db.query(clvFactsSql());
  if (n(f.lines) === 0) return { status: 'unavailable', reason: 'no-customers', options: o };
  if (n(f.dated) === 0 || f.last_day === null) return { status: 'unavailable', reason: 'no-order-time', options: o };
  const end = o.observationEnd ?? String(f.last_day);
  await db.exec(clvPeriodsSql(o.period, end));
  await db.exec(btydSummarySql('clv_summary', o.period, o.unit, end));
  const s = await readSummary(db, 'clv_summary');
  if (s.n === 0) return { status: 'unavailable', reason: 'no-customers', options: o };
  const [g] = await db.query(gapsSql(end, o.period));
  const [first] = await db.query(`SELECT CAST(min(first_day) AS VARCHAR) AS d FROM clv_summary`);
  const firstPurchase = String(first.d);
  let repeatCustomers = 0;
  for (let i = 0; i < s.n; i++) if (s.x[i] > 0) repeatCustomers++;
  const facts: ClvDataFacts = {
    customers: s.n,
    repeatCustomers,
    firstPurchase,
    observationEnd: end,
    historyDays: Math.round((msOf(end) - msOf(firstPurchase)) / DAY_MS),
    medianGapDays: nn(g.median),
    p90GapDays: nn(g.p90),
    gaps: n(g.gaps),
  };

  let reason = gate(facts, o);
  let bg: ReturnType<typeof fitPurchases>['fit'] | null = null;
  if (reason === null) {
    const fit = fitPurchases(s, o);
    bg = fit.fit;
    reason = fit.reason;
  }
  const unitsPerMonth = DAYS_PER_MONTH / UNIT_DAYS[o.unit];
  const common = { options: o, unit: o.unit, unitsPerMonth, facts, bgnbd: bg ? bgnbdDiagnostics(bg) : null, definitions: CLV_DEFINITIONS };
  // A validation that cannot be computed is reported as such; it must not take the chapter down.
  const validation: ClvValidation = await validate(db, o, end, firstPurchase, facts).catch(() => ({
    status: 'unavailable' as const,
    calibrationEnd: end,
    reason: 'prediction-failed' as const,
  }));

  let pr: ReturnType<typeof predict> | null = null;
  if (reason === null && bg) {
    try {
      pr = predict(s, bg, o);
    } catch {
      // Parameters at the edge of their range can make E[Y(t)] unevaluable for some customers:
      // fall back to the rule rather than report numbers for some customers and not others.
      reason = 'prediction-failed';
    }
  }
  if (reason === null && bg && pr) {
    await writeColumns(db, 'clv_values', {
      p_alive: pr.pAlive, purchases_30d: pr.p30, purchases_90d: pr.p90, purchases_365d: pr.p365,
      expected_spend: pr.spend, clv: pr.clv,
    }, s.n);
    const { high, medium } = o.thresholds;
    await db.exec(`CREATE OR REPLACE TABLE customer_clv AS
      SELECT s.customer_id, s.first_day AS first_purchase, s.last_day AS last_purchase, s.frequency, s.recency, s.T,
        s.monetary, s.revenue, s.days_since_last, v.p_alive, v.purchases_30d, v.purchases_90d, v.purchases_365d,
        v.expected_spend, v.clv,
        CASE WHEN v.p_alive < ${high} THEN 'high' WHEN v.p_alive < ${medium} THEN 'medium' ELSE 'low' END AS risk_band,
        s.revenue * (1 - v.p_alive) AS value_at_risk, v.clv * (1 - v.p_alive) AS clv_at_risk
      FROM clv_summary AS s JOIN clv_values AS v ON v.idx = s.idx ORDER BY s.idx`);
    const joined = await joinedViews(db, o, end, ctx, true);
    return {
      ...common,
      status: 'model',
      fallbackReason: null,
      fallbackRule: null,
      gammaGamma: pr.gammaGamma,
      spendModel: pr.spendModel,
      spendFallbackReason: pr.spendReason,
      validation,
      clvHistogram: histogram(pr.clv),
      ...(await aggregates(db, true)),
      matrix: await matrix(db, s),
      ...joined,
    };
  }

  // Rule-based churn: days since the last purchase against G = the 90th percentile of all
  // inter-purchase gaps (at least 20 gaps), else the stated default.
  const rule: FallbackRule = facts.gaps >= 20 && facts.p90GapDays !== null && facts.p90GapDays > 0
    ? { gapDays: facts.p90GapDays, gapSource: 'p90-gap', rule: 'high: days_since_last > 2 G; medium: > G; low otherwise' }
    : { gapDays: o.fallbackGapDays, gapSource: 'default', rule: 'high: days_since_last > 2 G; medium: > G; low otherwise' };
  const G = rule.gapDays;
  await db.exec(`CREATE OR REPLACE TABLE customer_clv AS
    SELECT s.customer_id, s.first_day AS first_purchase, s.last_day AS last_purchase, s.frequency, s.recency, s.T,
      s.monetary, s.revenue, s.days_since_last, CAST(NULL AS DOUBLE) AS p_alive, CAST(NULL AS DOUBLE) AS purchases_30d,
      CAST(NULL AS DOUBLE) AS purchases_90d, CAST(NULL AS DOUBLE) AS purchases_365d, CAST(NULL AS DOUBLE) AS expected_spend,
      CAST(NULL AS DOUBLE) AS clv, b.risk_band,
      CASE WHEN b.risk_band = 'high' THEN s.revenue ELSE 0 END AS value_at_risk, CAST(NULL AS DOUBLE) AS clv_at_risk
    FROM clv_summary AS s, LATERAL (SELECT CASE WHEN s.days_since_last > ${2 * G} THEN 'high'
      WHEN s.days_since_last > ${G} THEN 'medium' ELSE 'low' END AS risk_band) AS b
    ORDER BY s.idx`);
  const joined = await joinedViews(db, o, end, ctx, false);
  return {
    ...common,
    status: 'fallback',
    fallbackReason: reason,
    fallbackRule: rule,
    gammaGamma: null,
    spendModel: null,
    spendFallbackReason: null,
    validation,
    clvHistogram: null,
    ...(await aggregates(db, false)),
    matrix: null,
    ...joined,
  };
}

/** CLV and risk by segment, tier, cluster and channel; how bands differ; churn drivers (attrs.ts, breakdown.ts, drivers.ts). */
async function joinedViews(db: Db, o: ClvOptions, end: string, ctx: ClvContext, model: boolean) {
  const links = await discoverLinks(db, ctx);
  await db.exec(clvAttrsSql(links, end));
  return {
    breakdowns: await clvBreakdowns(db, links, model),
    riskProfile: await riskProfile(db, links, end, model),
    drivers: await churnDrivers(db, links, ctx, o.drivers),
  };
}

const BANDS: RiskBand[] = ['high', 'medium', 'low'];

async function aggregates(db: Db, model: boolean) {
  const rows = await db.query(`SELECT risk_band, count(*) AS customers, sum(revenue) AS revenue, sum(value_at_risk) AS var,
      sum(clv) AS clv, avg(clv) AS mean_clv, sum(clv_at_risk) AS clv_at_risk
    FROM customer_clv GROUP BY risk_band`);
  const by = new Map(rows.map((r) => [String(r.risk_band), r]));
  const customers = rows.reduce((t, r) => t + n(r.customers), 0);
  const varTotal = rows.reduce((t, r) => t + n(r.var), 0);
  const bands: BandSummary[] = BANDS.map((band) => {
    const r = by.get(band) ?? ({} as Row);
    return {
      band,
      customers: n(r.customers),
      customerShare: customers > 0 ? n(r.customers) / customers : 0,
      revenue: n(r.revenue),
      valueAtRisk: n(r.var),
      valueAtRiskShare: varTotal > 0 ? n(r.var) / varTotal : null,
      clv: model ? n(r.clv) : null,
      meanClv: model ? nn(r.mean_clv) : null,
      clvAtRisk: model ? n(r.clv_at_risk) : null,
    };
  });
  const top = await db.query(`SELECT CAST(customer_id AS VARCHAR) AS id, revenue, clv, p_alive, value_at_risk, days_since_last, risk_band
    FROM customer_clv ORDER BY value_at_risk DESC, revenue DESC, id LIMIT 50`);
  const topAtRisk: AtRiskCustomer[] = top.map((r) => ({
    customerId: String(r.id),
    revenue: n(r.revenue),
    clv: nn(r.clv),
    pAlive: nn(r.p_alive),
    valueAtRisk: n(r.value_at_risk),
    daysSinceLast: n(r.days_since_last),
    band: String(r.risk_band) as RiskBand,
  }));
  return {
    totals: {
      customers,
      revenue: rows.reduce((t, r) => t + n(r.revenue), 0),
      clv: model ? rows.reduce((t, r) => t + n(r.clv), 0) : null,
      valueAtRisk: varTotal,
    },
    bands,
    topAtRisk,
  };
}

/** 20 equal bins from 0 (or the minimum) to the 99th percentile, plus one bin up to the maximum. */
export function histogram(values: Float64Array, bins = 20): HistogramBin[] {
  const v = Float64Array.from(values).filter(Number.isFinite).sort();
  if (v.length === 0) return [];
  const lo = Math.min(0, v[0]);
  const hi = v[Math.min(v.length - 1, Math.floor(0.99 * (v.length - 1)))];
  const max = v[v.length - 1];
  if (!(hi > lo)) return [{ from: lo, to: max, customers: v.length }];
  const w = (hi - lo) / bins;
  const out: HistogramBin[] = Array.from({ length: bins }, (_, k) => ({ from: lo + k * w, to: lo + (k + 1) * w, customers: 0 }));
  if (max > hi) out.push({ from: hi, to: max, customers: 0 });
  for (const x of v) {
    const k = x >= hi ? (max > hi && x > hi ? bins : bins - 1) : Math.floor((x - lo) / w);
    out[Math.min(k, out.length - 1)].customers++;
  }
  return out;
}

const MATRIX_X = 20;
const MATRIX_TX_BINS = 20;
const MATRIX_HORIZON_DAYS = 90;

/** Mean expected purchases (next 90 days) and P(alive) per frequency x recency cell of the customers. */
async function matrix(db: Db, s: Summary): Promise<ClvMatrix> {
  let maxT = 0;
  for (let i = 0; i < s.n; i++) maxT = Math.max(maxT, s.T[i]);
  const bins = maxT > 0 ? MATRIX_TX_BINS : 1;
  const w = maxT > 0 ? maxT / bins : 1;
  const rows = await db.query(`SELECT least(frequency, ${MATRIX_X}) AS xb,
      least(CAST(floor(recency / ${w}) AS INTEGER), ${bins - 1}) AS tb,
      count(*) AS customers, avg(purchases_90d) AS e, avg(p_alive) AS pa
    FROM customer_clv GROUP BY ALL`);
  const empty = <T>(v: T) => Array.from({ length: MATRIX_X + 1 }, () => Array.from({ length: bins }, () => v));
  const e = empty<number | null>(null);
  const pa = empty<number | null>(null);
  const c = empty(0);
  for (const r of rows) {
    const i = n(r.xb);
    const j = n(r.tb);
    e[i][j] = nn(r.e);
    pa[i][j] = nn(r.pa);
    c[i][j] = n(r.customers);
  }
  return {
    x: Array.from({ length: MATRIX_X + 1 }, (_, i) => (i === MATRIX_X ? `${MATRIX_X}+` : String(i))),
    txEdges: Array.from({ length: bins + 1 }, (_, j) => j * w),
    expectedPurchases: e,
    pAlive: pa,
    customers: c,
    horizonDays: MATRIX_HORIZON_DAYS,
  };
}

/** Calibration end of the validation run, or null when validation is off. */
export function calibrationEnd(o: ClvOptions, firstPurchase: string, end: string): string | null {
  const v = o.validation;
  if (v.mode === 'off') return null;
  if (v.mode === 'date') return v.calibrationEnd;
  const span = Math.round((msOf(end) - msOf(firstPurchase)) / DAY_MS);
  return isoOf(msOf(firstPurchase) + Math.round((1 - v.holdoutFraction) * span) * DAY_MS);
}

/** Calibration / holdout: a BG/NBD fit on the calibration summary, checked against the holdout. */
async function validate(db: Db, o: ClvOptions, end: string, firstPurchase: string, facts: ClvDataFacts): Promise<ClvValidation> {
  const calEnd = calibrationEnd(o, firstPurchase, end);
  if (calEnd === null) return { status: 'off' };
  const pc = periodOf(o, calEnd);
  const pe = periodOf(o, end);
  if (!(pc < pe) || calEnd < firstPurchase) return { status: 'unavailable', calibrationEnd: calEnd, reason: 'holdout-empty' };
  await db.exec(btydSummarySql('clv_calibration', o.period, o.unit, calEnd));
  const s = await readSummary(db, 'clv_calibration');
  let repeat = 0;
  for (let i = 0; i < s.n; i++) if (s.x[i] > 0) repeat++;
  const history = Math.round((msOf(calEnd) - msOf(firstPurchase)) / DAY_MS);
  let reason = gate({ repeatCustomers: repeat, historyDays: history, medianGapDays: facts.medianGapDays }, o);
  if (reason) return { status: 'unavailable', calibrationEnd: calEnd, reason };
  const { fit, reason: fitReason } = fitPurchases(s, o);
  reason = fitReason;
  if (reason) return { status: 'unavailable', calibrationEnd: calEnd, reason };
  const fpp = unitsPerPeriod(o.period, o.unit);
  const h = (pe - pc) * fpp;
  // Expected vs actual holdout purchases by calibration frequency 0..6, 7+.
  const groups = Array.from({ length: 8 }, (_, k) => ({ x: k === 7 ? '7+' : String(k), customers: 0, actual: 0, expected: 0 }));
  const cache = new Map<string, number>();
  for (let i = 0; i < s.n; i++) {
    const key = `${s.x[i]}:${s.T[i]}`;
    let c = cache.get(key);
    if (c === undefined) cache.set(key, (c = conditionalPurchasesIfAlive(fit, [h], s.x[i], s.T[i])[0]));
    const row = groups[Math.min(7, s.x[i])];
    row.customers++;
    row.actual += s.hold[i];
    row.expected += c * probabilityAlive(fit, s.x[i], s.tx[i], s.T[i]);
  }
  const byFrequency: FrequencyValidationRow[] = groups;
  const actual = groups.reduce((t, r) => t + r.actual, 0);
  const expected = groups.reduce((t, r) => t + r.expected, 0);
  return {
    status: 'done',
    calibrationEnd: calEnd,
    holdoutEnd: end,
    holdoutLength: h,
    fit: bgnbdDiagnostics(fit),
    customers: s.n,
    byFrequency,
    totals: { actual, expected, relativeError: actual > 0 ? (expected - actual) / actual : null },
    tracking: await tracking(db, o, fit, s.p0, pc, pe),
  };
}

/** Cumulative repeat purchases of the calibration cohort, actual vs sum over customers of E[X(age)]. */
async function tracking(db: Db, o: ClvOptions, fit: BgnbdParams, p0s: Float64Array, pc: number, pe: number): Promise<TrackingPoint[]> {
  const rows = await db.query(`SELECT c.p AS p, count(*) AS n FROM clv_periods AS c
    JOIN clv_calibration AS s ON s.customer_id = c.customer_id WHERE c.purchase AND c.p > s.p0 GROUP BY c.p`);
  const cohorts = new Map<number, number>();
  let start = Infinity;
  for (const p of p0s) {
    cohorts.set(p, (cohorts.get(p) ?? 0) + 1);
    start = Math.min(start, p);
  }
  const span = pe - start;
  let step = o.period === 'day' && span > 180 ? 7 : 1;
  if (span / step > 200) step = Math.ceil(span / 200);
  const grid: number[] = [];
  for (let g = pe; g >= start; g -= step) grid.unshift(g);
  const repeatByPeriod = rows.map((r) => [n(r.p), n(r.n)] as const).sort((a, b) => a[0] - b[0]);
  const fpp = unitsPerPeriod(o.period, o.unit);
  const ex = new Map<number, number>();
  const eAt = (age: number) => {
    let v = ex.get(age);
    if (v === undefined) ex.set(age, (v = expectedPurchases(fit, age * fpp)));
    return v;
  };
  const out: TrackingPoint[] = [];
  let k = 0;
  let cum = 0;
  for (const g of grid) {
    while (k < repeatByPeriod.length && repeatByPeriod[k][0] <= g) cum += repeatByPeriod[k++][1];
    let e = 0;
    for (const [p0, count] of cohorts) if (p0 < g) e += count * eAt(g - p0);
    out.push({ date: periodEnd(o, g), t: (g - start) * fpp, holdout: g > pc, actual: cum, expected: e });
  }
  return out;
}
