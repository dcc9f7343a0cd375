/**
 * Options of the lifetime value and churn step (issue 7). Every default is stated here and echoed
 * in the Report (ClvReport.options), so a number can always be traced to the settings behind it.
 */

/** How purchases are grouped: one purchase per customer per day (default) or per ISO week (Monday start). */
export type ClvPeriod = 'day' | 'week';
/** The unit recency, T and the BG/NBD alpha are expressed in. A weekly period forces weeks. */
export type ClvUnit = 'day' | 'week';

export interface ClvValidationOptions {
  /** off: no holdout run; fraction: the last `holdoutFraction` of the span; date: calibration ends on `calibrationEnd`. */
  mode: 'off' | 'fraction' | 'date';
  holdoutFraction: number;
  /** ISO date; purchases dated on it belong to the calibration period. */
  calibrationEnd: string | null;
}

export interface ClvOptions {
  period: ClvPeriod;
  unit: ClvUnit;
  /** ISO date ending observation (purchases on it count, T is measured to it); null = last purchase date in tx_clean. */
  observationEnd: string | null;
  horizonMonths: number;
  monthlyDiscountRate: number;
  /** Churn-risk band by P(alive): < high is "high", < medium is "medium", otherwise "low". */
  thresholds: { high: number; medium: number };
  /** L2 penalty of the BG/NBD and Gamma-Gamma fits (lifetimes' convention; 0 = plain maximum likelihood). */
  penalizer: number;
  /** Fewer repeat customers than this: no model fit, rule-based churn instead. */
  minRepeatCustomers: number;
  /** Observed history (first purchase in the data to observation end) must be at least this many median gaps. */
  minHistoryGaps: number;
  validation: ClvValidationOptions;
  /** Rule-based fallback: gap G used when fewer than 20 inter-purchase gaps exist (days). */
  fallbackGapDays: number;
  drivers: ChurnDriverOptions;
}

/** The churn-driver regression (when the customer table has a churn label). */
export interface ChurnDriverOptions {
  /** L2 penalty on the standardised coefficients (scikit-learn's C = 1 / l2); 0 = none. */
  l2: number;
  /** Share of labelled customers held out to score the AUC, chosen by a seeded hash of the customer id. */
  holdoutFraction: number;
  seed: number;
}

export type ClvSettings = Partial<Omit<ClvOptions, 'thresholds' | 'validation' | 'drivers'>> & {
  thresholds?: Partial<ClvOptions['thresholds']>;
  validation?: Partial<ClvValidationOptions>;
  drivers?: Partial<ChurnDriverOptions>;
};

export const DEFAULT_CLV: ClvOptions = {
  period: 'day',
  unit: 'day',
  observationEnd: null,
  horizonMonths: 12,
  monthlyDiscountRate: 0.01,
  thresholds: { high: 0.3, medium: 0.7 },
  penalizer: 0,
  minRepeatCustomers: 20,
  minHistoryGaps: 2,
  validation: { mode: 'fraction', holdoutFraction: 0.25, calibrationEnd: null },
  fallbackGapDays: 90,
  drivers: { l2: 1, holdoutFraction: 0.3, seed: 20240607 },
};

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function clvOptions(s: ClvSettings = {}): ClvOptions {
  const o: ClvOptions = {
    ...DEFAULT_CLV,
    ...s,
    thresholds: { ...DEFAULT_CLV.thresholds, ...s.thresholds },
    validation: { ...DEFAULT_CLV.validation, ...s.validation },
    drivers: { ...DEFAULT_CLV.drivers, ...s.drivers },
  };
  if (o.period === 'week') o.unit = 'week';
  if (o.observationEnd !== null && !ISO.test(o.observationEnd)) throw new RangeError(`CLV: observationEnd ${o.observationEnd}`);
  const v = o.validation;
  if (v.mode === 'date' && !(v.calibrationEnd && ISO.test(v.calibrationEnd))) {
    throw new RangeError(`CLV: validation.calibrationEnd ${v.calibrationEnd}`);
  }
  if (!(v.holdoutFraction > 0 && v.holdoutFraction < 1)) throw new RangeError(`CLV: holdoutFraction ${v.holdoutFraction}`);
  const { high, medium } = o.thresholds;
  if (!(high >= 0 && high <= medium && medium <= 1)) throw new RangeError(`CLV: thresholds ${high} / ${medium}`);
  if (!(Number.isInteger(o.horizonMonths) && o.horizonMonths >= 1)) throw new RangeError(`CLV: horizonMonths ${o.horizonMonths}`);
  if (!(o.monthlyDiscountRate > -1)) throw new RangeError(`CLV: monthlyDiscountRate ${o.monthlyDiscountRate}`);
  if (!(o.penalizer >= 0)) throw new RangeError(`CLV: penalizer ${o.penalizer}`);
  if (!(o.fallbackGapDays > 0)) throw new RangeError(`CLV: fallbackGapDays ${o.fallbackGapDays}`);
  const d = o.drivers;
  if (!(d.l2 >= 0)) throw new RangeError(`CLV: drivers.l2 ${d.l2}`);
  if (!(d.holdoutFraction >= 0 && d.holdoutFraction < 1)) throw new RangeError(`CLV: drivers.holdoutFraction ${d.holdoutFraction}`);
  if (!Number.isInteger(d.seed)) throw new RangeError(`CLV: drivers.seed ${d.seed}`);
  return o;
}

/** Days per model unit and per period. */
export const UNIT_DAYS: Record<ClvUnit, number> = { day: 1, week: 7 };
