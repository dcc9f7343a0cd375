/**
 * The column profile of an input table, as a profiling tool (pandas-profiling / ydata) shows it,
 * plus data-quality alerts. Plain JSON: no bigint, no Date, no NaN or Infinity (absent instead).
 */
import type { Role, ValueType } from '../types';

export type AlertCode =
  | 'duplicates'
  | 'high-missing'
  | 'constant'
  | 'unique'
  | 'high-cardinality'
  | 'zeros'
  | 'negative'
  | 'skewed'
  | 'numbers-as-text'
  | 'dates-as-text'
  | 'mixed-types'
  | 'outliers';

export interface Alert {
  code: AlertCode;
  /** The share (0..1) or count that triggered it; see alerts.ts for which one each code carries. */
  value?: number;
}

export interface HistogramBin {
  x0: number;
  x1: number;
  count: number;
}

export interface ColumnProfile {
  name: string;
  role: Role;
  type: ValueType;
  /** Rows of the table. */
  rows: number;
  /** Raw cells that are NULL or only blanks. */
  missing: number;
  missingShare: number;
  /** Distinct non-missing parsed values (trimmed text, normalised ids, numbers, timestamps). */
  distinct: number;
  /** True when `distinct` is approx_count_distinct (HyperLogLog), see sql.ts EXACT_DISTINCT_MAX_ROWS. */
  distinctApprox?: true;
  // numbers (integer, number), over the values that parse
  min?: number;
  max?: number;
  mean?: number;
  median?: number;
  /** First and third quartile (quantile_cont: linear interpolation, like numpy). */
  q1?: number;
  q3?: number;
  /** Population standard deviation (stddev_pop). */
  std?: number;
  zeros?: number;
  negatives?: number;
  /** Adjusted Fisher-Pearson sample skewness (DuckDB skewness(), pandas skew()); absent below 3 values. */
  skewness?: number;
  // dates (date, timestamp): wall-clock ISO strings, YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS
  earliest?: string;
  latest?: string;
  /** text, id, boolean (and untyped 'empty') columns: up to 5 most frequent values, ties by value. */
  top?: { value: string; count: number }[];
  /** Numbers: value bins; dates: epoch-ms bins (wall clock read as UTC). Bins are [x0, x1), the last closed. */
  histogram?: HistogramBin[];
  /** The histogram's bins are equal in log(value) (strongly right-skewed positive numbers). */
  logBins?: true;
  /** Share of non-empty raw values that parse under the detected format (1 for text). */
  parsedShare: number;
  outliers?: { sigma3: number; iqr15: number; iqr3: number };
  alerts: Alert[];
}

export interface DatasetProfile {
  id: string;
  rows: number;
  /** Rows minus distinct rows over all raw columns (raw text compared as written). */
  duplicateRows: number;
  columns: ColumnProfile[];
  /** Table-level alerts (duplicates). */
  alerts: Alert[];
}
