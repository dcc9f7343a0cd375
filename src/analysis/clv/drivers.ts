/**
 * Churn drivers: when the customer table carries a churn label, a logistic regression of it
 * (1 = churned) on the buyer's R, F, M and tenure and on the categories at hand (channel, the
 * lead segment, gender, membership level, region). Only buyers (customer_clv) with a readable
 * label take part.
 *
 * Features (numeric ones standardised, so each coefficient is per one standard deviation):
 *   recency    days since the last purchase (to the observation end)
 *   frequency  log(1 + purchase periods)     - logs tame the long right tail of both
 *   monetary   log(1 + max(0, revenue))
 *   tenure     days from the first purchase to the observation end
 * Categories are one-hot against their most frequent level (math/logistic-design.ts).
 *
 * The fit uses the customers outside a seeded holdout (hash of the customer id, so a customer's
 * side does not depend on row order); the AUC is reported on the holdout and on the training
 * rows. Standardising and level pooling use all labelled rows (no label enters them).
 */
import type { Db } from '../db';
import { buildDesign, type CategoricalFeature, type Design, type NumericFeature } from '../math/logistic-design';
import { fitLogistic, predictLogistic, rocAuc } from '../math/logistic';
import { hash32 } from '../sample/random';
import type { SchemeId } from '../value/names';
import { SCHEME_COLUMN, type ClvContext, type ClvLinks } from './attrs';
import type { ChurnDriverOptions } from './options';
import type { ChurnDrivers, DriverCoefficient, DriverFeature } from './types';

/** Below these the regression is not run: too few labels to say anything. */
export const MIN_LABELLED = 50;
export const MIN_PER_CLASS = 10;
/** The holdout AUC needs a few customers of each class. */
const MIN_HOLDOUT_PER_CLASS = 5;

export interface DriverRow {
  id: string;
  label: number;
  daysSinceLast: number;
  purchases: number;
  revenue: number;
  tenureDays: number;
  categories: Partial<Record<DriverFeature, string | null>>;
}

const NUMERIC: { feature: 'recency' | 'frequency' | 'monetary' | 'tenure'; transform: 'days' | 'log1p'; value: (r: DriverRow) => number }[] = [
  { feature: 'recency', transform: 'days', value: (r) => r.daysSinceLast },
  { feature: 'frequency', transform: 'log1p', value: (r) => Math.log1p(r.purchases) },
  { feature: 'monetary', transform: 'log1p', value: (r) => Math.log1p(Math.max(0, r.revenue)) },
  { feature: 'tenure', transform: 'days', value: (r) => r.tenureDays },
];

/** The design of the driver regression from per-customer rows (shared with the reference test). */
export function driverDesign(rows: DriverRow[], categories: DriverFeature[]): Design {
  const numeric: NumericFeature[] = NUMERIC.map((f) => ({ name: f.feature, values: rows.map(f.value) }));
  const categorical: CategoricalFeature[] = categories.map((c) => ({ name: c, values: rows.map((r) => r.categories[c] ?? null) }));
  return buildDesign(numeric, categorical, rows.length);
}

/**
 * murmur3's 32-bit finaliser. FNV-1a alone leaves the top bits of ids that differ only in their
 * last characters (K0001, K0002 ...) nearly equal, and the holdout test reads the top bits: on 240
 * such ids it picked 4% instead of 30%.
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** True when a customer is in the holdout: a seeded hash of its id, uniform on [0, 1). */
export function inHoldout(id: string, seed: number, fraction: number): boolean {
  return fmix32(hash32(`${seed}:${id}`)) / 2 ** 32 < fraction;
}

function rowsOf(design: Design, keep: (i: number) => boolean): { x: Float64Array; idx: number[] } {
  const idx: number[] = [];
  for (let i = 0; i < design.n; i++) if (keep(i)) idx.push(i);
  const x = new Float64Array(idx.length * design.d);
  idx.forEach((i, k) => x.set(design.x.subarray(i * design.d, (i + 1) * design.d), k * design.d));
  return { x, idx };
}

/** The regression on prepared rows; the SQL side only reads them. */
export function churnDriversOf(rows: DriverRow[], categories: DriverFeature[], o: ChurnDriverOptions, extra: { unlabelled: number; segmentScheme: SchemeId | null }): ChurnDrivers {
  const labelled = rows.length;
  const churned = rows.reduce((t, r) => t + r.label, 0);
  if (churned === 0 || churned === labelled) return { status: 'unavailable', reason: labelled === 0 ? 'too-few-labelled' : 'one-class', labelled, churned };
  const design = driverDesign(rows, categories);
  const hold = rows.map((r) => inHoldout(r.id, o.seed, o.holdoutFraction));
  const train = rowsOf(design, (i) => !hold[i]);
  const test = rowsOf(design, (i) => hold[i]);
  const yTrain = Float64Array.from(train.idx, (i) => rows[i].label);
  const yTest = Float64Array.from(test.idx, (i) => rows[i].label);
  const trainChurned = yTrain.reduce((t, v) => t + v, 0);
  if (train.idx.length < MIN_LABELLED || Math.min(trainChurned, train.idx.length - trainChurned) < MIN_PER_CLASS) {
    return { status: 'unavailable', reason: 'too-few-labelled', labelled, churned };
  }
  const fit = fitLogistic(train.x, yTrain, train.idx.length, design.d, { l2: o.l2 });
  if (!fit.converged) return { status: 'unavailable', reason: fit.separated ? 'separated' : 'not-converged', labelled, churned };
  const testChurned = yTest.reduce((t, v) => t + v, 0);
  const holdoutAuc =
    Math.min(testChurned, test.idx.length - testChurned) >= MIN_HOLDOUT_PER_CLASS
      ? rocAuc(predictLogistic(test.x, test.idx.length, design.d, fit.coefficients), yTest)
      : null;
  const coefficients: DriverCoefficient[] = [];
  design.columns.forEach((c, j) => {
    const coefficient = fit.coefficients[j];
    const oddsRatio = Math.exp(coefficient);
    if (c.kind === 'numeric') {
      const f = NUMERIC.find((x) => x.feature === c.name)!;
      coefficients.push({ kind: 'numeric', feature: f.feature, transform: f.transform, mean: c.mean, std: c.std, coefficient, oddsRatio });
    } else if (c.kind === 'level') {
      coefficients.push({ kind: 'level', feature: c.name as Exclude<DriverFeature, (typeof NUMERIC)[number]['feature']>, level: c.level, reference: c.reference, count: c.count, coefficient, oddsRatio });
    }
  });
  coefficients.sort((a, b) => Math.abs(b.coefficient) - Math.abs(a.coefficient));
  return {
    status: 'done',
    labelled,
    churned,
    unlabelled: extra.unlabelled,
    segmentScheme: extra.segmentScheme,
    train: train.idx.length,
    holdout: test.idx.length,
    auc: { holdout: holdoutAuc, training: rocAuc(predictLogistic(train.x, train.idx.length, design.d, fit.coefficients), yTrain) ?? 0.5 },
    l2: o.l2,
    logLikelihood: fit.logLikelihood,
    nullLogLikelihood: fit.nullLogLikelihood,
    iterations: fit.iterations,
    intercept: fit.coefficients[0],
    coefficients,
    dropped: design.dropped as DriverFeature[],
  };
}

/** Reads clv_attrs and runs the regression; 'no-label' when the customer table has no churn label. */
export async function churnDrivers(db: Db, links: ClvLinks, ctx: ClvContext, o: ChurnDriverOptions): Promise<ChurnDrivers> {
  if (!links.label) return { status: 'no-label' };
  const scheme: SchemeId | null = links.schemes.includes(ctx.segmentScheme ?? 'named') ? (ctx.segmentScheme ?? 'named') : (links.schemes[0] ?? null);
  const categories: DriverFeature[] = [];
  if (links.channel) categories.push('channel');
  if (scheme) categories.push('segment');
  categories.push(...links.attributes);
  const segment = scheme ? SCHEME_COLUMN[scheme] : 'NULL';
  const data = await db.query(`SELECT customer_id AS id, churn, days_since_last, purchases, revenue, tenure_days,
      channel, ${segment} AS segment, gender, membership_level, region
    FROM clv_attrs ORDER BY customer_id`);
  const rows: DriverRow[] = [];
  let unlabelled = 0;
  for (const r of data) {
    if (r.churn === null) {
      unlabelled++;
      continue;
    }
    const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
    rows.push({
      id: String(r.id),
      label: Number(r.churn),
      daysSinceLast: Number(r.days_since_last),
      purchases: Number(r.purchases),
      revenue: Number(r.revenue),
      tenureDays: Number(r.tenure_days),
      categories: { channel: text(r.channel), segment: text(r.segment), gender: text(r.gender), membership_level: text(r.membership_level), region: text(r.region) },
    });
  }
  if (rows.length < MIN_LABELLED) return { status: 'unavailable', reason: 'too-few-labelled', labelled: rows.length, churned: rows.reduce((t, r) => t + r.label, 0) };
  return churnDriversOf(rows, categories, o, { unlabelled, segmentScheme: scheme });
}
