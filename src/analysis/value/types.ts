/**
 * The value chapter of the Report: customers, RFM scores and segments, concentration, profile and
 * behaviour. Plain JSON: numbers, strings, booleans and null (no bigint, Date, NaN or Infinity);
 * a share whose denominator is 0 is 0. Nothing per customer: that is `customer_results` in DuckDB.
 */
import type { SchemeId } from './names';
import type { FixedThresholds, ScoringMethod } from './options';
import type { Dimension } from './scoring';

export interface HistogramBin {
  x0: number;
  /** Exclusive, except the last bin of a continuous measure, which includes its x1. */
  x1: number;
  count: number;
}

export interface Histogram {
  bins: HistogramBin[];
  /** Values below the first bin and above the last (the range is clipped to the 1st–99th percentile). */
  below: number;
  above: number;
  min: number;
  max: number;
}

export interface ValueDefinitions {
  /** Where the analysis date came from. */
  analysisDate: 'day-after-last-transaction' | 'option';
  /** How orders are counted: distinct order ids, one line = one order, or both (lines without an id). */
  orders: 'order_id' | 'rows' | 'order_id-or-row';
  /** Whether netted cancellations reduce revenue (cleaning option cancellations.mode = 'net'). */
  returnsNetted: boolean;
  daysPerMonth: number;
  /** Each column of customers_rfm as a formula over tx_clean (language-neutral; the UI words it). */
  formulas: Record<string, string>;
}

export type Edges = Record<Dimension, number[]>;

export interface RfmScoring {
  method: ScoringMethod;
  /** Score levels: bins for quantile and rank, 3 for fixed. */
  levels: number;
  /** Interior quantile probabilities (quantile method), e.g. [0.2, 0.4, 0.6, 0.8]. */
  probabilities: number[] | null;
  /** Raw type-7 quantiles, and the edges used (quantiles + 1, the rfm package's rule). */
  quantiles: Edges | null;
  edges: Edges | null;
  /** Rank method: ties broken by value, then customer_id. */
  rankOrder: 'value, customer_id' | null;
  /** The fixed thresholds in force (tiers always use them; the fixed method scores with them). */
  fixed: FixedThresholds & { meanMonetary: number; monetaryBounds: [number, number] };
  /** Scores the named segments use: the chosen ones when they have 5 levels, else 5-bin quantile edges. */
  named: { scores: 'chosen' | 'quantile-5'; edges: Edges | null };
  range: Record<Dimension, { min: number; max: number; mean: number; median: number }>;
}

export interface SegmentSummary {
  id: string;
  customers: number;
  share: number;
  revenue: number;
  revenueShare: number;
  orders: number;
  /** revenue / orders; null without orders. */
  aov: number | null;
  /** Means of recency_days, orders and revenue; null for an empty segment. */
  meanRecency: number | null;
  meanFrequency: number | null;
  meanMonetary: number | null;
}

export interface SchemeSummary {
  scheme: SchemeId;
  /** Every segment of the scheme in its defined order, empty ones included. */
  segments: SegmentSummary[];
}

export interface HeatmapCell {
  r: number;
  f: number;
  customers: number;
  meanMonetary: number | null;
}

export interface Pareto {
  /** Lorenz curve, poorest customers first: 101 points at customerShare = 0, 0.01, … 1 (fewer never). */
  lorenz: { customerShare: number; revenueShare: number }[];
  /** Revenue share of the top p of customers by revenue: the ceil(p·n) biggest customers. */
  top: { customerShare: number; customers: number; revenueShare: number }[];
  top20RevenueShare: number;
  /** 2·Σ i·x(i) / (n·Σx) − (n+1)/n over revenue sorted ascending. */
  gini: number;
  /** Customers with revenue <= 0 (only with netted returns); they bend the curve below 0. */
  nonPositive: number;
}

export type PartUnavailable = 'no-customer-table' | 'no-customer-id' | 'no-column' | 'no-values';

export interface Group {
  key: string;
  count: number;
  share: number;
  revenue: number;
  revenueShare: number;
}

export interface Breakdown {
  available: true;
  /** What `count` counts. */
  unit: 'customers' | 'orders';
  source: 'customers' | 'first-order' | 'transactions';
  /** Denominator of `share`: customers, or orders (categories: all orders, as one order can hold several). */
  total: number;
  groups: Group[];
  /** Values beyond the top 10, folded together; null when there are none. */
  other: Group | null;
  /** No value (missing, or a customer absent from the customer table). */
  unknown: Group | null;
}

export type Part = Breakdown | { available: false; reason: PartUnavailable };

export interface CustomerProfile {
  /** Customers of customers_rfm found in the customer table; null without one. */
  matched: number | null;
  /** Bands lt18, 18-24, 25-34, 35-44, 45-54, 55-64, 65+ (always all, in order). */
  ageBands: Part & { basis?: 'birth_date' | 'age' };
  gender: Part;
  regions: Part;
  cities: Part;
  countries: Part;
  /** The customer table's channel, else the channel of the customer's first order. */
  acquisitionChannel: Part;
  membershipLevel: Part;
}

export interface CategoryBySegment {
  scheme: SchemeId;
  /** Top categories overall (the columns), then other and unknown. */
  categories: string[];
  segments: { id: string; revenue: number; shares: number[]; other: number; unknown: number }[];
}

export interface DiscountBySegment {
  id: string;
  orders: number;
  discountedOrders: number;
  share: number;
  /** Mean discount of the lines with discount > 0, in the data's unit; null without any. */
  meanDiscount: number | null;
}

export interface Behaviour {
  aov: Histogram;
  ordersPerCustomer: Histogram;
  repeatCustomers: number;
  repeatRate: number;
  /** Days between consecutive purchase dates of a customer, all customers' gaps pooled. */
  gaps: { gaps: number; customers: number; medianDays: number | null; meanDays: number | null; histogram: Histogram | null };
  categories: Part;
  categoriesBySegment: CategoryBySegment | null;
  paymentMethods: Part;
  /**
   * Orders by ISO weekday (1 = Monday) and hour of their first line, cells with orders only;
   * timeOfDay false = the data has dates only (every order at 00:00), so hours mean nothing.
   */
  weekdayHour: { timeOfDay: boolean; cells: { weekday: number; hour: number; orders: number }[] };
  discount: { scheme: SchemeId; overall: DiscountBySegment; segments: DiscountBySegment[] } | null;
}

export interface ValueReportOk {
  status: 'ok';
  /** ISO date: recency is counted to it. */
  analysisDate: string;
  definitions: ValueDefinitions;
  customers: number;
  orders: number;
  revenue: number;
  excluded: { customers: number; linesAfterAnalysisDate: number };
  scoring: RfmScoring;
  distributions: {
    recency: Histogram;
    frequency: Histogram;
    monetary: Histogram;
    /** Customers per score level 1..levels. */
    scores: Record<Dimension, number[]>;
  };
  segments: {
    lead: SchemeId;
    named: SchemeSummary;
    eightClass: SchemeSummary & { basis: 'mean' | 'median'; thresholds: Record<Dimension, number> };
    tiers: SchemeSummary;
  };
  /** R score × F score of the chosen method: customers and mean monetary per cell (all levels × levels cells). */
  heatmap: { levels: number; cells: HeatmapCell[] };
  pareto: Pareto;
  profile: CustomerProfile;
  behaviour: Behaviour;
}

export type ValueUnavailable = 'no-customer-id' | 'no-order-time' | 'no-revenue' | 'no-customers';

export type ValueReport = ValueReportOk | { status: 'unavailable'; reason: ValueUnavailable };
