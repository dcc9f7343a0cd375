import type { CleaningOptions, Reason } from './options';

/** One input table's row accounting: rowsIn = kept + Σ setAside. */
export interface TableAccounting {
  id: string;
  rowsIn: number;
  kept: number;
  /** Lines set aside, by the first rule that matched them. */
  setAside: Partial<Record<Reason | 'zombie', number>>;
  /** Lines each rule matches on its own, before precedence (transaction tables only). */
  matches: Partial<Record<Reason, number>> | null;
  /** How the cancellation lines were recognised (a line can match several ways), and their orders. */
  cancellations: { prefix: number; status: number; orders: number } | null;
  /** Kept for order-level totals (kept + lines set aside only for lacking a customer). */
  keptForOrders: number | null;
}

export interface VariantGroup {
  column: 'category' | 'channel' | 'payment_method' | 'status';
  /** The value the group is merged into: its most frequent spelling. */
  canonical: string;
  variants: { value: string; rows: number }[];
}

export interface MissingPlan {
  table: string;
  column: string;
  role: string;
  missing: number;
  share: number;
  action: 'fill-median' | 'fill-mode' | 'unknown' | 'none';
  /** The action came from the analyst's per-column choice rather than the threshold. */
  overridden: boolean;
  fill: string | number | null;
}

export interface CleaningReport {
  options: CleaningOptions;
  /** Whether the order-id prefix marked cancellations here (it is ignored when most ids carry it). */
  prefixApplied: boolean;
  tables: TableAccounting[];
  /** lo/hi: the smallest and largest flagged order totals; cutoff: the rule's own bounds (null = unbounded). */
  outliers: { orders: number; lines: number; lo: number | null; hi: number | null; cutoff: { lo: number | null; hi: number | null } };
  variants: VariantGroup[];
  missing: MissingPlan[];
  /** Registered customers with no kept purchase; null without a customer table. */
  zombies: number | null;
  /** Lines and revenue the customer analyses use, and those the order totals use. */
  customerLines: number;
  orderLines: number;
}
