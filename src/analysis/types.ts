/**
 * Shared vocabulary of the analysis layer: what a column means (role), how its raw text is
 * parsed (format), and what kind of table a file is. Every raw table in DuckDB holds VARCHAR
 * columns exactly as read; these descriptions say how to turn them into typed values.
 */

/** What a column means to the analysis. `ignore` = not used. */
export const ROLES = [
  'customer_id', // the key that links orders, customers, events and feedback
  'person_id', // a person-level key when customer_id is per account/order (Olist's customer_unique_id)
  'order_id',
  'order_time',
  'paid_time',
  'quantity',
  'unit_price',
  'amount', // line or order amount (gross)
  'paid_amount', // amount actually paid (实付金额)
  'refund_amount',
  'discount',
  'product_id',
  'product_name',
  'category',
  'channel',
  'country',
  'region',
  'city',
  'gender',
  'age',
  'birth_date',
  'signup_time',
  'payment_method',
  'membership_level',
  'status', // order status: paid, cancelled, delivered ...
  'event_type',
  'event_time',
  'feedback_text',
  'feedback_time', // when a review or ticket was written
  'rating',
  'churn_label',
  'ignore',
] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of input table. */
export const FILE_KINDS = ['orders', 'customers', 'events', 'feedback', 'products', 'other'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** How numbers are written in a column. */
export interface NumberFormat {
  decimal: '.' | ',';
  /** Thousands separator seen in the values, '' if none. */
  thousands: '' | ',' | '.' | ' ' | "'";
  /** Currency symbol or code seen in the values (¥ ￥ $ € £ ...), '' if none. */
  currency: string;
  /** Values end in % and are divided by 100. */
  percent: boolean;
}

/** How dates or timestamps are written in a column. */
export type DateFormat =
  | {
      style: 'text';
      /** Field order of the date part; decided from the values when ambiguous. */
      order: 'YMD' | 'DMY' | 'MDY';
      /** DuckDB strptime formats, tried in order (first that parses wins). */
      patterns: string[];
      /** True when the order could not be decided from the values (all parts <= 12). */
      ambiguous: boolean;
    }
  | { style: 'compact' } // YYYYMMDD
  | { style: 'excel-serial' } // days since 1899-12-30
  | { style: 'epoch-seconds' }
  | { style: 'epoch-millis' };

/** The value type of a column after inference. */
export type ValueType = 'empty' | 'text' | 'id' | 'integer' | 'number' | 'date' | 'timestamp' | 'boolean';

export interface ColumnFormat {
  type: ValueType;
  number?: NumberFormat;
  date?: DateFormat;
}

/** Inference result for one column, from a sample of its raw values. */
export interface ColumnInference {
  name: string;
  format: ColumnFormat;
  role: Role;
  /** 0..1: how sure the role guess is (header match > value pattern > fallback). */
  confidence: number;
  /** Sample size and counts the decision was made on. */
  sampled: number;
  missing: number;
  distinct: number;
}

/** A column of a raw table as the user confirmed it. */
export interface ColumnMapping {
  /** Column name in the raw table (as in the file, de-duplicated). */
  name: string;
  role: Role;
  format: ColumnFormat;
}
