/** The lifetime value and churn chapter of the Report: plain JSON, no bigint, no NaN (null instead). */
import type { ClvOptions } from './options';

export type RiskBand = 'high' | 'medium' | 'low';

/** Why no model-based prediction is made (status 'fallback') or why the chapter is empty ('unavailable'). */
export type ClvFallbackReason =
  | 'too-few-repeat-customers'
  | 'history-too-short'
  | 'bgnbd-not-converged'
  | 'bgnbd-degenerate'
  /** The fit converged but its predictions could not be evaluated for some customer (extreme parameters). */
  | 'prediction-failed';
export type ClvUnavailableReason = 'no-customers' | 'no-order-time';
/** Why expected spend is the customer's observed mean rather than Gamma-Gamma's. */
export type SpendFallbackReason =
  | 'too-few-repeat-customers'
  | 'gamma-gamma-not-converged'
  | 'gamma-gamma-degenerate'
  | 'gamma-gamma-no-finite-mean';

export interface BgnbdDiagnostics {
  r: number;
  alpha: number;
  a: number;
  b: number;
  logLikelihood: number;
  converged: boolean;
  degenerate: boolean;
  iterations: number;
  message: string;
  customers: number;
}

export interface GammaGammaDiagnostics {
  p: number;
  q: number;
  gamma: number;
  logLikelihood: number;
  converged: boolean;
  degenerate: boolean;
  iterations: number;
  message: string;
  customers: number;
  /** Repeat customers left out because their mean repeat spend is <= 0. */
  skipped: number;
}

export interface ClvDataFacts {
  customers: number;
  repeatCustomers: number;
  /** ISO dates: first purchase in the data, end of observation. */
  firstPurchase: string;
  observationEnd: string;
  historyDays: number;
  /** Median and 90th percentile of the gaps (days) between consecutive purchase periods of a customer; null without gaps. */
  medianGapDays: number | null;
  p90GapDays: number | null;
  gaps: number;
}

export interface FrequencyValidationRow {
  /** Calibration repeat purchases x: "0".."6", "7+". */
  x: string;
  customers: number;
  actual: number;
  expected: number;
}

export interface TrackingPoint {
  /** ISO date: the last day covered by this point. */
  date: string;
  /** Model units since the calibration start. */
  t: number;
  holdout: boolean;
  actual: number;
  expected: number;
}

export type ClvValidation =
  | { status: 'off' }
  | { status: 'unavailable'; calibrationEnd: string; reason: ClvFallbackReason | 'holdout-empty' }
  | {
      status: 'done';
      calibrationEnd: string;
      holdoutEnd: string;
      /** Holdout length in model units. */
      holdoutLength: number;
      fit: BgnbdDiagnostics;
      /** Customers with a first purchase in the calibration period. */
      customers: number;
      byFrequency: FrequencyValidationRow[];
      totals: { actual: number; expected: number; relativeError: number | null };
      /** Cumulative repeat purchases of the calibration cohort, actual vs sum of E[X(age)]. */
      tracking: TrackingPoint[];
    };

export interface HistogramBin {
  from: number;
  to: number;
  customers: number;
}

export interface BandSummary {
  band: RiskBand;
  customers: number;
  customerShare: number;
  revenue: number;
  /** Sum of revenue x (1 - P(alive)) (fallback: revenue of high-band customers). */
  valueAtRisk: number;
  valueAtRiskShare: number | null;
  /** Model only (null in fallback). */
  clv: number | null;
  meanClv: number | null;
  clvAtRisk: number | null;
}

export interface AtRiskCustomer {
  customerId: string;
  revenue: number;
  clv: number | null;
  pAlive: number | null;
  valueAtRisk: number;
  daysSinceLast: number;
  band: RiskBand;
}

export interface ClvMatrix {
  /** Row labels: frequency x = 0..19, "20+". */
  x: string[];
  /** Column bin edges of recency t_x in model units: bin j is [edges[j], edges[j+1]) (last closed). */
  txEdges: number[];
  /** Mean over the customers in each cell; null where no customer falls. */
  expectedPurchases: (number | null)[][];
  pAlive: (number | null)[][];
  customers: number[][];
  /** Horizon of expectedPurchases in days. */
  horizonDays: number;
}

/** Rule-based churn (status 'fallback'): risk from days since the last purchase against a gap G. */
export interface FallbackRule {
  /** G in days and where it came from. */
  gapDays: number;
  gapSource: 'p90-gap' | 'default';
  /** high: days since last > 2 G; medium: > G; low otherwise. */
  rule: string;
}

export type ClvReport =
  | { status: 'unavailable'; reason: ClvUnavailableReason; options: ClvOptions }
  | {
      status: 'model' | 'fallback';
      options: ClvOptions;
      /** Model units: days or weeks (alpha, recency, T, tx bins). */
      unit: 'day' | 'week';
      unitsPerMonth: number;
      facts: ClvDataFacts;
      fallbackReason: ClvFallbackReason | null;
      fallbackRule: FallbackRule | null;
      bgnbd: BgnbdDiagnostics | null;
      gammaGamma: GammaGammaDiagnostics | null;
      spendModel: 'gamma-gamma' | 'observed-mean' | null;
      spendFallbackReason: SpendFallbackReason | null;
      validation: ClvValidation;
      /** Predicted CLV; null in fallback. */
      clvHistogram: HistogramBin[] | null;
      totals: { customers: number; revenue: number; clv: number | null; valueAtRisk: number };
      bands: BandSummary[];
      topAtRisk: AtRiskCustomer[];
      matrix: ClvMatrix | null;
      /** Each column of customer_clv as a formula (language-neutral). */
      definitions: Record<string, string>;
    };
