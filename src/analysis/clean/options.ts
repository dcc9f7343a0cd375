/**
 * The cleaning rules an analyst can switch and tune. Defaults follow the 客户分析报告 template
 * and the common pandas recipe for transaction data (drop duplicates, rows without a customer,
 * returns, zero prices): with them, Online Retail gives the numbers every tutorial quotes.
 */
export type OutlierRule = 'sigma' | 'iqr' | 'mean-multiple';
/** fill = median or mode whatever the share; unknown = leave missing, shown as "unknown". */
export type MissingChoice = 'fill' | 'unknown';

export interface CleaningOptions {
  /** Rows that repeat an earlier row of the same file in every column. */
  duplicates: boolean;
  /** Cancellations and returns: an order id with a cancellation prefix, a cancelled/refunded status, or a negative quantity. */
  cancellations: {
    enabled: boolean;
    /** Set the rows aside, or keep them so a customer's revenue is net of returns. */
    mode: 'set-aside' | 'net';
    /** Order-id prefixes that mark a cancellation when followed by a digit (Online Retail: C536379). */
    prefixes: string[];
    /** Status values (any case) that mean cancelled, refunded or returned. */
    statuses: string[];
  };
  /** Rows with quantity <= 0 that are not cancellations (corrections, free items). */
  nonPositiveQuantity: boolean;
  /** Rows with price or amount <= 0 (samples, write-offs). */
  nonPositivePrice: boolean;
  /** Test, adjustment and fee rows recognised by words in the product name or id. */
  testRows: { enabled: boolean; markers: string[] };
  /** Orders whose total is extreme by the chosen rule. */
  outliers: { enabled: boolean; rule: OutlierRule; k: number; action: 'flag' | 'remove' };
  /** Lines without a customer id: kept for order totals, left out of customer analyses. */
  missingCustomer: boolean;
  /** Template rule: under the threshold, fill with median (numbers) or mode (categories); above, "unknown". */
  missingValues: {
    enabled: boolean;
    threshold: number;
    /** Per column ("<table>:<role>", table = dataset id or 'transactions'): the analyst's choice over the rule. */
    overrides: Record<string, MissingChoice>;
  };
  /** Group category variants that differ only in case, spacing, width or punctuation. */
  mergeVariants: boolean;
  /** Customers registered in the customer table who never bought: counted, and left out of behaviour analyses. */
  zombies: boolean;
}

export const DEFAULT_CLEANING: CleaningOptions = {
  duplicates: true,
  cancellations: {
    enabled: true,
    mode: 'set-aside',
    prefixes: ['C'],
    statuses: ['cancelled', 'canceled', 'cancel', 'refunded', 'refund', 'returned', 'return', 'unavailable', '已取消', '取消', '已退款', '退款', '退货', '已退货', '交易关闭'],
  },
  nonPositiveQuantity: true,
  nonPositivePrice: true,
  testRows: { enabled: true, markers: ['test', 'adjust', 'bad debt', '测试', '调整'] },
  outliers: { enabled: true, rule: 'mean-multiple', k: 5, action: 'flag' },
  missingCustomer: true,
  missingValues: { enabled: true, threshold: 0.05, overrides: {} },
  mergeVariants: true,
  zombies: true,
};

/** Why a line is set aside, in the order the rules are checked: a line gets the first that matches. */
export const REASONS = ['duplicate', 'cancellation', 'non-positive-quantity', 'non-positive-price', 'test-row', 'outlier', 'missing-customer'] as const;
export type Reason = (typeof REASONS)[number];

/** Merge partial options (from the UI or a saved setting) over the defaults. */
export function cleaningOptions(partial: Partial<CleaningOptions> = {}): CleaningOptions {
  return {
    ...DEFAULT_CLEANING,
    ...partial,
    cancellations: { ...DEFAULT_CLEANING.cancellations, ...partial.cancellations },
    testRows: { ...DEFAULT_CLEANING.testRows, ...partial.testRows },
    outliers: { ...DEFAULT_CLEANING.outliers, ...partial.outliers },
    missingValues: { ...DEFAULT_CLEANING.missingValues, ...partial.missingValues },
  };
}
