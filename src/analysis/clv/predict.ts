/**
 * Model fits and per-customer predictions on typed arrays (no SQL here): the gates that decide
 * whether the data support a fit, BG/NBD + Gamma-Gamma via src/analysis/math, and CLV.
 */
import { conditionalPurchasesIfAlive, fitBgnbd, probabilityAlive, type BgnbdFit, type BgnbdParams } from '../math/bgnbd';
import { conditionalExpectedSpend, fitGammaGamma, type GammaGammaFit } from '../math/gamma-gamma';
import { customerLifetimeValues, DAYS_PER_MONTH } from '../math/clv';
import type { ClvOptions } from './options';
import { UNIT_DAYS } from './options';
import type { BgnbdDiagnostics, ClvFallbackReason, GammaGammaDiagnostics, SpendFallbackReason } from './types';

export interface Summary {
  n: number;
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  m: Float64Array;
  revenue: Float64Array;
}

/** Finite or null, for plain JSON. */
export const num = (v: number): number | null => (Number.isFinite(v) ? v : null);

export function bgnbdDiagnostics(f: BgnbdFit): BgnbdDiagnostics {
  const { r, alpha, a, b, logLikelihood, converged, degenerate, iterations, message, customers } = f;
  return { r, alpha, a, b, logLikelihood, converged, degenerate, iterations, message, customers };
}

function ggDiagnostics(f: GammaGammaFit): GammaGammaDiagnostics {
  const { p, q, gamma, logLikelihood, converged, degenerate, iterations, message, customers, skipped } = f;
  return { p: num(p) ?? 0, q: num(q) ?? 0, gamma: num(gamma) ?? 0, logLikelihood: num(logLikelihood) ?? 0, converged, degenerate, iterations, message, customers, skipped };
}

export interface GateFacts {
  repeatCustomers: number;
  historyDays: number;
  medianGapDays: number | null;
}

/** The data-support checks made before any fit; null = go ahead. */
export function gate(f: GateFacts, o: ClvOptions): ClvFallbackReason | null {
  if (f.repeatCustomers < o.minRepeatCustomers) return 'too-few-repeat-customers';
  if (f.medianGapDays !== null && f.historyDays < o.minHistoryGaps * f.medianGapDays) return 'history-too-short';
  return null;
}

/** BG/NBD fit, and the reason it cannot be used (null when it can). */
export function fitPurchases(s: Summary, o: ClvOptions): { fit: BgnbdFit; reason: ClvFallbackReason | null } {
  const fit = fitBgnbd({ x: s.x, tx: s.tx, T: s.T }, { penalizer: o.penalizer });
  const finite = [fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood].every(Number.isFinite);
  const reason = !fit.converged || !finite ? 'bgnbd-not-converged' : fit.degenerate ? 'bgnbd-degenerate' : null;
  return { fit, reason };
}

export interface Predictions {
  pAlive: Float64Array;
  p30: Float64Array;
  p90: Float64Array;
  p365: Float64Array;
  spend: Float64Array;
  clv: Float64Array;
  gammaGamma: GammaGammaDiagnostics | null;
  spendModel: 'gamma-gamma' | 'observed-mean';
  spendReason: SpendFallbackReason | null;
}

/** Per-customer predictions from a usable BG/NBD fit; Gamma-Gamma when it fits, else the observed mean spend. */
export function predict(s: Summary, bg: BgnbdParams, o: ClvOptions): Predictions {
  const { n, x, tx, T, m } = s;
  const unitDays = UNIT_DAYS[o.unit];
  const pAlive = new Float64Array(n);
  const p30 = new Float64Array(n);
  const p90 = new Float64Array(n);
  const p365 = new Float64Array(n);
  const times = [30 / unitDays, 90 / unitDays, 365 / unitDays];
  const cache = new Map<string, Float64Array>();
  for (let i = 0; i < n; i++) {
    const key = `${x[i]}:${T[i]}`;
    let c = cache.get(key);
    if (!c) cache.set(key, (c = conditionalPurchasesIfAlive(bg, times, x[i], T[i])));
    const alive = probabilityAlive(bg, x[i], tx[i], T[i]);
    pAlive[i] = alive;
    p30[i] = alive * c[0];
    p90[i] = alive * c[1];
    p365[i] = alive * c[2];
  }
  // Gamma-Gamma on repeat customers with a positive mean repeat spend.
  let repeatPositive = 0;
  for (let i = 0; i < n; i++) if (x[i] > 0 && m[i] > 0) repeatPositive++;
  let gg: GammaGammaFit | null = null;
  let spendReason: SpendFallbackReason | null = null;
  if (repeatPositive < o.minRepeatCustomers) spendReason = 'too-few-repeat-customers';
  else {
    gg = fitGammaGamma({ x, m }, { penalizer: o.penalizer });
    if (!gg.converged || ![gg.p, gg.q, gg.gamma].every(Number.isFinite)) spendReason = 'gamma-gamma-not-converged';
    else if (gg.degenerate) spendReason = 'gamma-gamma-degenerate';
    else if (!(gg.q > 1)) spendReason = 'gamma-gamma-no-finite-mean';
  }
  const spend = new Float64Array(n);
  if (gg && spendReason === null) {
    for (let i = 0; i < n; i++) spend[i] = conditionalExpectedSpend(gg, m[i] > 0 ? x[i] : 0, m[i]);
  } else {
    // Observed mean spend per purchase period: the repeat mean, else revenue over purchase periods.
    for (let i = 0; i < n; i++) spend[i] = x[i] > 0 && m[i] > 0 ? m[i] : Math.max(0, s.revenue[i] / (x[i] + 1));
  }
  const clv = customerLifetimeValues(bg, { x, tx, T }, spend, {
    horizonMonths: o.horizonMonths,
    monthlyDiscountRate: o.monthlyDiscountRate,
    unitsPerMonth: DAYS_PER_MONTH / unitDays,
  });
  return {
    pAlive, p30, p90, p365, spend, clv,
    gammaGamma: gg ? ggDiagnostics(gg) : null,
    spendModel: spendReason === null ? 'gamma-gamma' : 'observed-mean',
    spendReason,
  };
}
