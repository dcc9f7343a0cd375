/**
 * Data-quality alerts from profile statistics: a pure function, thresholds named below. Shares
 * are of the table's rows unless said otherwise. `value` carries the share that triggered a
 * share rule, the count for count rules (duplicates, negative), the skewness for 'skewed', and
 * nothing for yes/no rules (constant, unique).
 */
import type { Alert, ColumnProfile } from './types';
import { inferFormat, profile } from '../infer/column-types';
import { detectDateFormat } from '../infer/dates';
import { detectNumberFormat } from '../infer/numbers';
import { profileKind } from './sql';

/** Missing share from which a column is flagged: the template's rule (under 5% fill, from 5% mark "unknown"). */
export const HIGH_MISSING_SHARE = 0.05;
/** Constant: exactly this many distinct non-missing values. */
export const CONSTANT_DISTINCT = 1;
/** Unique: text/id column whose distinct count equals its non-missing count, in tables of at least this many rows. */
export const UNIQUE_MIN_ROWS = 20;
/** High cardinality: text column (not unique) with distinct values above this share of rows... */
export const HIGH_CARDINALITY_SHARE = 0.5;
/** ...and above this many distinct values. */
export const HIGH_CARDINALITY_MIN = 100;
/** Zeros: numeric column with at least this share of rows equal to 0. */
export const ZEROS_SHARE = 0.1;
/** Negative: numeric column with more than this many negative values (any numeric column). */
export const NEGATIVE_MIN = 0;
/** Skewed: |skewness| above this. */
export const SKEWED_ABS = 2;
/** Numbers/dates stored as text: a text column whose sampled values would parse at this share (the inference's own bar). */
export const AS_TEXT_SHARE = 0.9;
/** Mixed types: a number/date column where this share or more of the non-empty values parse... */
export const MIXED_MIN_PARSED = 0.5;
/** ...but less than this share. */
export const MIXED_MAX_PARSED = 0.95;
/**
 * Outliers: 3-sigma count above this share of rows. Note a normal distribution has 0.27% beyond
 * 3 sigma, so with enough rows this flags normal data too; it is the brief's threshold.
 */
export const OUTLIERS_SHARE = 0.001;

/** What the sampled values of a text column would parse as, when a number or date format reads AS_TEXT_SHARE of them. */
export interface AsText {
  kind: 'number' | 'date';
  share: number;
}

/**
 * Would these (sampled, non-empty) values of a text column be numbers or dates? The decision is the
 * inference's own (inferFormat: dates before numbers, digit codes with leading zeros or 16+
 * digits stay ids, yes/no words are booleans), so the alert means "typed as text although the
 * values read as numbers"; the share is what detectDateFormat / detectNumberFormat parse.
 */
export function asTextOf(values: readonly string[]): AsText | null {
  const vals = [...values];
  if (vals.length === 0) return null;
  const type = inferFormat(profile(vals), false).type;
  if (type === 'date' || type === 'timestamp') {
    const share = detectDateFormat(vals)?.share ?? 0;
    return share >= AS_TEXT_SHARE ? { kind: 'date', share } : null;
  }
  if (type === 'integer' || type === 'number') {
    const share = detectNumberFormat(vals)?.share ?? 0;
    return share >= AS_TEXT_SHARE ? { kind: 'number', share } : null;
  }
  return null;
}

export type ColumnStats = Omit<ColumnProfile, 'alerts'>;

/** Alerts of one column, in AlertCode order. */
export function columnAlerts(c: ColumnStats, asText?: AsText | null): Alert[] {
  const out: Alert[] = [];
  const kind = profileKind(c.type);
  const share = (n: number) => (c.rows > 0 ? n / c.rows : 0);
  const present = c.rows - c.missing;
  const unique = (kind === 'text' && c.type !== 'empty') && c.rows >= UNIQUE_MIN_ROWS && present > 0 && !c.distinctApprox && c.distinct === present;

  if (c.rows > 0 && c.missingShare >= HIGH_MISSING_SHARE) out.push({ code: 'high-missing', value: c.missingShare });
  if (c.distinct === CONSTANT_DISTINCT) out.push({ code: 'constant' });
  if (unique) out.push({ code: 'unique' });
  if (c.type === 'text' && !unique && c.distinct > HIGH_CARDINALITY_MIN && share(c.distinct) > HIGH_CARDINALITY_SHARE) {
    out.push({ code: 'high-cardinality', value: share(c.distinct) });
  }
  if (kind === 'number') {
    if (c.zeros !== undefined && c.rows > 0 && share(c.zeros) >= ZEROS_SHARE) out.push({ code: 'zeros', value: share(c.zeros) });
    if (c.negatives !== undefined && c.negatives > NEGATIVE_MIN) out.push({ code: 'negative', value: c.negatives });
    if (c.skewness !== undefined && Math.abs(c.skewness) > SKEWED_ABS) out.push({ code: 'skewed', value: c.skewness });
  }
  if (asText && asText.share >= AS_TEXT_SHARE && (c.type === 'text' || c.type === 'empty')) {
    out.push({ code: asText.kind === 'number' ? 'numbers-as-text' : 'dates-as-text', value: asText.share });
  }
  if ((kind === 'number' || kind === 'date') && c.rows > c.missing && c.parsedShare >= MIXED_MIN_PARSED && c.parsedShare < MIXED_MAX_PARSED) {
    out.push({ code: 'mixed-types', value: c.parsedShare });
  }
  if (c.outliers && c.rows > 0 && share(c.outliers.sigma3) > OUTLIERS_SHARE) out.push({ code: 'outliers', value: share(c.outliers.sigma3) });
  return out;
}

/** Table-level alerts: duplicate rows (value = count). */
export function datasetAlerts(t: { rows: number; duplicateRows: number }): Alert[] {
  return t.duplicateRows > 0 ? [{ code: 'duplicates', value: t.duplicateRows }] : [];
}
