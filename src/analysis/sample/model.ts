/**
 * The simulated world behind the CSV files, and the parameters of the behaviour model in one
 * place. The simulation keeps the true state (who churned and when, which orders went wrong) so
 * that feedback can follow from it and tests can check what the analyses should find.
 */

/** Defaults of generateSample: 3,000 customers over the 18 months before `end` (exclusive). */
export const SAMPLE_DEFAULTS = {
  locale: 'zh' as 'zh' | 'en',
  seed: 20240601,
  customers: 3000,
  months: 18,
  end: '2025-07-01',
};

/** Feedback themes; every comment is about one or two of them. */
export const THEMES = [
  'delivery',
  'service',
  'price',
  'quality',
  'features',
  'returns',
  'payment',
  'packaging',
  'app',
] as const;
export type Theme = (typeof THEMES)[number];

export const PARAMS = {
  /** Registered customers who never order. */
  neverBoughtShare: 0.15,
  /** Extra buyers whose customer row is missing (accounts deleted before the export). */
  orphanShare: 0.01,
  /** New customers per day grow by this factor from the first to the last day. */
  acquisitionGrowth: 2.2,
  /** BG/NBD: purchase rate per day ~ Gamma(r, scale 1/alpha). */
  r: 0.75,
  alpha: 55,
  /** BG/NBD: dropout probability after each purchase ~ Beta(a, b), before channel effects. */
  a: 1.1,
  b: 2.6,
  /** Gamma-Gamma: order value ~ Gamma(p, rate nu), nu ~ Gamma(q, rate gamma). */
  p: 6,
  q: 4,
  /** Chance that an order goes wrong (late, broken, wrong size ...), before channel effects. */
  trouble: 0.08,
  /** After a bad experience the odds of staying are multiplied by this. */
  troubleStay: 0.35,
  /** Orders whose line quantity is a bulk outlier (office or reseller purchase). */
  bulkShare: 0.003,
} as const;

export type Gender = 'f' | 'm' | 'x';

export interface Product {
  sku: string;
  name: string;
  category: number;
  /** Shelf price in cents. */
  price: number;
}

export interface SimCustomer {
  /** Sequence number by signup time, the basis of the id. */
  no: number;
  id: string;
  gender: Gender;
  age: number;
  city: number;
  channel: number;
  signup: number;
  /** Time of the first order; undefined for registered customers who never bought. */
  firstOrder?: number;
  /** Deliberate orphan: orders exist but the customer row is left out of the customers file. */
  orphan: boolean;
  /** What the export hides: gender, age or city missing in the customers file. */
  hidden: { gender: boolean; age: boolean; city: boolean };
  /** Purchases per day while alive. */
  rate: number;
  /** Probability of dropping out after a purchase. */
  dropout: number;
  /** Gamma-Gamma rate: mean order value = p / nu. */
  nu: number;
  categoryWeights: number[];
  payment: number;
  orders: SimOrder[];
  /** Time of the purchase after which the customer dropped out; undefined = still alive. */
  churnedAt?: number;
}

export type OrderStatus = 'completed' | 'shipped' | 'paid' | 'cancelled' | 'refunded';

export interface SimLine {
  product: Product;
  quantity: number;
  /** quantity x price, in cents. */
  amount: number;
  /** This line's share of the order's coupon, in cents. */
  discount: number;
}

export interface SimOrder {
  id: string;
  customer: SimCustomer;
  time: number;
  channel: number;
  payment: number;
  lines: SimLine[];
  status: OrderStatus;
  /** Bad experience and what it was about; null = went fine. */
  trouble: Theme | null;
}
