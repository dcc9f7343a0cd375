/**
 * The value type of one column from a sample of its raw text, before any role is known.
 * Order matters: dates before numbers (YYYYMMDD is also an integer), and code-like numbers
 * (`00001`, 18-digit order numbers) become ids, because reading them as DOUBLE would drop
 * the leading zeros or the last digits.
 */
import type { ColumnFormat } from '../types';
import { detectDateFormat } from './dates';
import { detectNumberFormat, parseNumber } from './numbers';
import { FALSE_WORDS, TRUE_WORDS, trimValue } from './text';

export interface Profile {
  /** Trimmed non-empty values, in sample order. */
  values: string[];
  distinct: string[];
  sampled: number;
  missing: number;
}

export function profile(raw: (string | null)[]): Profile {
  const values: string[] = [];
  for (const r of raw) {
    if (r === null) continue;
    const t = trimValue(r);
    if (t !== '') values.push(t);
  }
  return { values, distinct: [...new Set(values)], sampled: raw.length, missing: raw.length - values.length };
}

/** Share a type needs before the column is given it; the rest will read as NULL. */
const MIN_SHARE = 0.9;

const BOOL_WORDS = new Set<string>([...TRUE_WORDS, ...FALSE_WORDS].filter((w) => w !== '1' && w !== '0'));
const DIGITS = /^\d+$/;
const LEADING_ZERO = /^0\d+$/;
const HEX_ID = /^(?:[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const share = (values: string[], ok: (v: string) => boolean) => values.filter(ok).length / values.length;

/**
 * Type and format of a column; `timeHint` when its header talks about time, `idHint` when it names
 * a key exactly (`order_no`, `订单号`). A key's digits can spell a valid YYYYMMDD (order 20240201),
 * and an 8-digit number alone does not make a date; the header then decides.
 */
export function inferFormat(p: Profile, timeHint: boolean, idHint = false): ColumnFormat {
  const v = p.values;
  if (v.length === 0) return { type: 'empty' };
  if (p.distinct.length <= 4 && share(v, (x) => BOOL_WORDS.has(x.toLowerCase())) >= 0.98) return { type: 'boolean' };

  const date = detectDateFormat(v, timeHint);
  const keyDigits = idHint && !timeHint && date?.format.style === 'compact';
  if (date && date.share >= MIN_SHARE && !keyDigits) return { type: date.hasTime ? 'timestamp' : 'date', date: date.format };

  const digits = share(v, (x) => DIGITS.test(x));
  if (digits >= MIN_SHARE && (share(v, (x) => LEADING_ZERO.test(x)) >= 0.05 || v.some((x) => x.length >= 16 && DIGITS.test(x)))) {
    return { type: 'id' };
  }
  const num = detectNumberFormat(v);
  if (num && num.share >= MIN_SHARE) {
    const f = num.format;
    // `17850.0` is written as a float; only values without a fractional part make an integer column.
    const fraction = f.decimal === '.' ? /\.\d/ : /,\d/;
    const integral = !f.percent && !v.some((x) => fraction.test(x) && parseNumber(x, f) !== null);
    return { type: integral ? 'integer' : 'number', number: f };
  }
  if (share(v, (x) => HEX_ID.test(x)) >= MIN_SHARE) return { type: 'id' };
  return { type: 'text' };
}
