/** The lifetime value and churn chapter of the Report: plain JSON, no bigint, no NaN (null instead). */
import type { ClvOptions } from './options';
import type { LevelKey } from '../math/logistic-design';
import type { SchemeId } from '../value/names';

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

/** One group of a CLV breakdown (a segment, tier, cluster or channel). */
export interface ClvGroup {
  /** Segment id, cluster number (as text) or channel value; null for the pooled rows. */
  key: string | null;
  /** 'other': the channels past the ten largest, pooled; 'unknown': no value (no match, missing). */
  kind: 'value' | 'other' | 'unknown';
  customers: number;
  revenue: number;
  /** Model only (null in fallback). */
  clv: number | null;
  meanClv: number | null;
  meanPAlive: number | null;
  valueAtRisk: number;
  /** Customers per risk band. */
  bands: Record<RiskBand, number>;
  highRiskShare: number;
}

export interface ClvBreakdowns {
  /** One list per segment scheme of the value chapter (customer_results); empty when it did not run. */
  segments: Partial<Record<SchemeId, ClvGroup[]>>;
  /** By k-means cluster (customer_clusters), in cluster order; null without clusters. */
  cluster: ClvGroup[] | null;
  /** By channel: the customer table's, else each buyer's first purchase line's; ten largest + other + unknown. */
  channel: { source: 'customers' | 'first-order'; groups: ClvGroup[] } | null;
}

/**
 * Groups of the risk profile: the bands, except that with a model the low band is split into
 * repeat buyers ("low-repeat") and one-time buyers ("one-time"): BG/NBD gives everyone who bought
 * once P(alive) = 1, so lumping them with active repeat buyers would blur every comparison.
 */
export type ProfileGroup = 'high' | 'medium' | 'low' | 'low-repeat' | 'one-time';

/** How the customers of one profile group look. Days are calendar days to the observation end. */
export interface BandProfile {
  group: ProfileGroup;
  customers: number;
  /** Tenure: days from the first purchase to the observation end. */
  meanTenureDays: number | null;
  medianTenureDays: number | null;
  medianDaysSinceLast: number | null;
  /** Purchase periods (days, or weeks) per customer. */
  meanPurchases: number | null;
  repeatShare: number | null;
  meanRevenue: number | null;
  medianRevenue: number | null;
}

/** High-risk and active customers in one group of an attribute (counts). */
export interface MixGroup {
  key: string | null;
  kind: 'value' | 'other' | 'unknown';
  high: number;
  active: number;
}

/** How at-risk customers differ from active ones. */
export interface RiskProfile {
  /** Who counts as active: low-risk customers; with a model, low-risk repeat buyers. */
  active: 'low' | 'low-repeat';
  highCustomers: number;
  activeCustomers: number;
  /** Model: high, medium, low-repeat, one-time; fallback: high, medium, low. */
  groups: BandProfile[];
  /**
   * The mix of high-risk and active customers by channel (ten largest + other + unknown), by
   * segment of each scheme, by cluster, and by category (a customer counts in every category
   * bought up to the observation end; the eight most bought). Null / absent when not available.
   */
  mixes: {
    channel: MixGroup[] | null;
    segments: Partial<Record<SchemeId, MixGroup[]>>;
    cluster: MixGroup[] | null;
    category: MixGroup[] | null;
  };
}

export type DriverFeature = 'recency' | 'frequency' | 'monetary' | 'tenure' | 'channel' | 'segment' | 'gender' | 'membership_level' | 'region';

export type DriverCoefficient =
  | {
      kind: 'numeric';
      feature: 'recency' | 'frequency' | 'monetary' | 'tenure';
      /** The feature before standardising: days, log(1 + purchase periods), log(1 + revenue). */
      transform: 'days' | 'log1p';
      /** Mean and standard deviation of the transformed feature: the coefficient is per one standard deviation. */
      mean: number;
      std: number;
      coefficient: number;
      oddsRatio: number;
    }
  | {
      kind: 'level';
      feature: 'channel' | 'segment' | 'gender' | 'membership_level' | 'region';
      level: LevelKey;
      /** The most frequent level, the baseline the coefficient compares with. */
      reference: LevelKey;
      /** Labelled customers at this level. */
      count: number;
      coefficient: number;
      oddsRatio: number;
    };

/** too-few-labelled: under 50 labelled buyers, or under 10 of either class to fit on; separated: the features split the classes perfectly (no finite coefficients). */
export type ChurnDriversUnavailable = 'too-few-labelled' | 'one-class' | 'not-converged' | 'separated';

/** Logistic regression of the customer table's churn label (1 = churned) on R, F, M, tenure and categories. */
export type ChurnDrivers =
  | { status: 'no-label' }
  | { status: 'unavailable'; reason: ChurnDriversUnavailable; labelled: number; churned: number }
  | {
      status: 'done';
      /** Buyers with a readable label; buyers without one are left out. */
      labelled: number;
      churned: number;
      unlabelled: number;
      /** The segment scheme used as a category (null when no segments). */
      segmentScheme: SchemeId | null;
      /** Rows the model was fitted on and the seeded holdout it was scored on. */
      train: number;
      holdout: number;
      /** AUC on the holdout (null when it lacks either class) and on the training rows. */
      auc: { holdout: number | null; training: number };
      l2: number;
      logLikelihood: number;
      nullLogLikelihood: number;
      iterations: number;
      intercept: number;
      /** Sorted by |coefficient|, largest first. */
      coefficients: DriverCoefficient[];
      /** Categories with a single level among the labelled customers (nothing to compare). */
      dropped: DriverFeature[];
    };

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
      breakdowns: ClvBreakdowns;
      riskProfile: RiskProfile;
      drivers: ChurnDrivers;
      /** Each column of customer_clv as a formula (language-neutral). */
      definitions: Record<string, string>;
    };
