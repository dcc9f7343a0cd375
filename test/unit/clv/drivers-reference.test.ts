// Breaks when the churn-driver regression (src/analysis/clv/drivers.ts on math/logistic.ts and
// math/logistic-design.ts) stops matching scikit-learn 1.2.1's LogisticRegression on the same
// 1,500 simulated buyers: a changed feature transform (log1p of purchases and revenue), a
// different standardisation (population std), another reference level or pooling rule for the
// categories, a penalised intercept, a different seeded holdout, or an AUC that treats ties
// differently. Reference: test/reference/clv/make_drivers_reference.py -> churn_drivers.json.
// Tolerance: 1e-5 on every coefficient against sklearn's Newton solver (both stop at a step or
// gradient near 1e-12 on standardised features, so they agree far closer than this; a wrong design
// column moves a coefficient by more than 0.01), 1e-3 against its default lbfgs (which stops
// earlier, on a relative loss decrease), and 1e-9 on the AUCs (same ranking of the same scores).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { churnDriversOf, driverDesign, inHoldout, type DriverRow } from '../../../src/analysis/clv/drivers';
import { fitLogistic, predictLogistic, rocAuc } from '../../../src/analysis/math/logistic';
import { levelId } from '../../../src/analysis/math/logistic-design';
import type { DriverCoefficient } from '../../../src/analysis/clv/types';

const here = (f: string) => new URL(`../../reference/clv/${f}`, import.meta.url);
const ref = JSON.parse(readFileSync(here('churn_drivers.json'), 'utf8'));
const SEED = 20240607;

function readRows(): DriverRow[] {
  const [header, ...lines] = readFileSync(here('churn_drivers.csv'), 'utf8').trim().split('\n');
  const cols = header.split(',');
  return lines.map((line) => {
    const v = Object.fromEntries(line.split(',').map((x, i) => [cols[i], x]));
    return Object.freeze({
      id: v.id,
      label: Number(v.churn),
      daysSinceLast: Number(v.days_since_last),
      purchases: Number(v.purchases),
      revenue: Number(v.revenue),
      tenureDays: Number(v.tenure_days),
      categories: { channel: v.channel, gender: v.gender === '' ? null : v.gender, segment: v.segment },
    });
  });
}

const rows = readRows();
const CATEGORIES = ['channel', 'gender', 'segment'] as const;

/** The reference's column name of a design column. */
function nameOf(c: DriverCoefficient): string {
  return c.kind === 'numeric' ? c.feature : `${c.feature}=${levelId(c.level)}`;
}

describe('churn drivers vs scikit-learn', () => {
  it('builds the same design columns, in the same order, with the same reference levels', () => {
    const d = driverDesign(rows, [...CATEGORIES]);
    const names = d.columns.slice(1).map((c) => (c.kind === 'numeric' ? c.name : c.kind === 'level' ? `${c.name}=${levelId(c.level)}` : ''));
    expect(names).toEqual(ref.names);
    for (const c of d.columns) if (c.kind === 'level') expect(levelId(c.reference)).toBe(ref.references[c.name].reference);
  });

  it('puts the same customers in the seeded holdout', () => {
    expect(rows.filter((r) => inHoldout(r.id, SEED, 0.3)).length).toBe(ref.holdout);
  });

  it('holds out about 30% also of short ids that differ in their last characters', () => {
    // Binomial(240, 0.3): mean 72, sd 7.1; FNV-1a without the finaliser picked 9.
    const ids = Array.from({ length: 240 }, (_, i) => `K${String(i).padStart(4, '0')}`);
    const held = ids.filter((id) => inHoldout(id, SEED, 0.3)).length;
    expect(held).toBeGreaterThan(50);
    expect(held).toBeLessThan(95);
  });

  it('matches the L2-penalised fit on the training rows and its AUCs', () => {
    const out = churnDriversOf(rows, [...CATEGORIES], { l2: 1, holdoutFraction: 0.3, seed: SEED }, { unlabelled: 0, segmentScheme: null });
    if (out.status !== 'done') throw new Error(out.status);
    expect(out.train).toBe(ref.train);
    expect(out.holdout).toBe(ref.holdout);
    expect(out.churned).toBe(ref.churned);
    expect(out.intercept).toBeCloseTo(ref.penalised.intercept, 5);
    for (const c of out.coefficients) {
      expect(c.coefficient, nameOf(c)).toBeCloseTo(ref.penalised.coefficients[nameOf(c)], 5);
      expect(c.oddsRatio).toBeCloseTo(Math.exp(c.coefficient), 12);
    }
    expect(out.coefficients).toHaveLength(ref.names.length);
    for (const c of out.coefficients) expect(Math.abs(c.coefficient - ref.lbfgs.coefficients[nameOf(c)]), nameOf(c)).toBeLessThan(1e-3);
    expect(Math.abs(out.auc.holdout! - ref.penalised.aucHoldout)).toBeLessThan(1e-9);
    expect(Math.abs(out.auc.training - ref.penalised.aucTraining)).toBeLessThan(1e-9);
    // Largest effect first.
    const sizes = out.coefficients.map((c) => Math.abs(c.coefficient));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('matches the unpenalised fit on all rows', () => {
    const d = driverDesign(rows, [...CATEGORIES]);
    const y = Float64Array.from(rows, (r) => r.label);
    const fit = fitLogistic(d.x, y, d.n, d.d, { l2: 0 });
    expect(fit.converged).toBe(true);
    expect(fit.coefficients[0]).toBeCloseTo(ref.plain.intercept, 5);
    ref.names.forEach((name: string, j: number) => expect(fit.coefficients[j + 1], name).toBeCloseTo(ref.plain.coefficients[name], 5));
    expect(Math.abs(rocAuc(predictLogistic(d.x, d.n, d.d, fit.coefficients), y)! - ref.plain.aucTraining)).toBeLessThan(1e-9);
  });
});
