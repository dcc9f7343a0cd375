/**
 * The cleaning rules as the rules panel lists them: in the order the engine applies them (a line
 * is set aside by the first enabled rule that matches), with the reason each one records, and
 * small pure helpers to read and change one rule of a CleaningOptions.
 */
import { DEFAULT_CLEANING, type CleaningOptions, type OutlierRule, type Reason } from '../../analysis/clean/options';

export type RuleKey = keyof CleaningOptions;

export interface RuleDef {
  key: RuleKey;
  /** The reason lines set aside by this rule carry; rules that set nothing aside have none. */
  reason?: Reason | 'zombie';
}

export const RULES: readonly RuleDef[] = [
  { key: 'duplicates', reason: 'duplicate' },
  { key: 'cancellations', reason: 'cancellation' },
  { key: 'nonPositiveQuantity', reason: 'non-positive-quantity' },
  { key: 'nonPositivePrice', reason: 'non-positive-price' },
  { key: 'testRows', reason: 'test-row' },
  { key: 'outliers', reason: 'outlier' },
  { key: 'missingCustomer', reason: 'missing-customer' },
  { key: 'missingValues' },
  { key: 'mergeVariants' },
  { key: 'zombies', reason: 'zombie' },
];

/** The k each outlier rule starts from: 3σ, Tukey's 1.5 × IQR, the template's 5 × the mean. */
export const OUTLIER_K: Record<OutlierRule, number> = { sigma: 3, iqr: 1.5, 'mean-multiple': 5 };
/** IQR fences are conventional at 1.5 (outliers) and 3 (far out). */
export const IQR_K = [1.5, 3] as const;

export function isEnabled(o: CleaningOptions, key: RuleKey): boolean {
  const v = o[key];
  return typeof v === 'boolean' ? v : v.enabled;
}

export function setEnabled(o: CleaningOptions, key: RuleKey, on: boolean): CleaningOptions {
  const v = o[key];
  return { ...o, [key]: typeof v === 'boolean' ? on : { ...v, enabled: on } };
}

export function isDefault(o: CleaningOptions, key: RuleKey): boolean {
  return JSON.stringify(o[key]) === JSON.stringify(DEFAULT_CLEANING[key]);
}

export function allDefault(o: CleaningOptions): boolean {
  return RULES.every((r) => isDefault(o, r.key));
}

/** A typed list ("C, A" or "取消，退款"): split on commas (ASCII or Chinese), semicolons and new lines. */
export function parseList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,，、;；\n]/)) {
    const v = part.trim();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

export function formatList(list: readonly string[]): string {
  return list.join(', ');
}

/** Switching the outlier rule starts from that rule's usual k. */
export function withOutlierRule(o: CleaningOptions, rule: OutlierRule): CleaningOptions {
  return { ...o, outliers: { ...o.outliers, rule, k: OUTLIER_K[rule] } };
}
