/**
 * Numbers as people write them in exports: `1,234.50`, `1.234,50`, `¥12.5`, `12.5元`, `(3.20)`,
 * `5-`, `12%`. Detection looks at the whole sample because a single value is often ambiguous
 * (`1,234` is a thousand or one-point-two). Parsing is a fixed pipeline that ../sql/parse.ts
 * repeats step by step in SQL, so the steps below are the contract between the two.
 */
import type { NumberFormat } from '../types';
import { WS_JS } from './text';

/**
 * Currency marks removed when a column has a currency. Codes match in any case, by Unicode case
 * folding on both sides: RE2's (?i) folds `ſ` into s and the Kelvin sign into k, and JS does too
 * only with the u flag.
 */
const CURRENCY_SOURCE = 'US\\$|HK\\$|RMB|CNY|USD|EUR|GBP|[¥￥$€£元]';
export const CURRENCY_RE2 = `(?i)${CURRENCY_SOURCE}`;
const CURRENCY_JS = new RegExp(CURRENCY_SOURCE, 'giu');

/** The rewriting steps, in order: [JS regexp, RE2 pattern, replacement ($1 in JS, \1 in RE2)]. */
export const PERCENT_RE2 = '[%％]$';
export const PARENS_RE2 = '^\\((.*)\\)$';
export const TRAILING_MINUS_RE2 = '^([^+-].*)-$';

const WS_G = new RegExp(WS_JS, 'g');
const PERCENT_JS = /[%％]$/;
const PARENS_JS = /^\((.*)\)$/;
const TRAILING_MINUS_JS = /^([^+-].*)-$/;

function escape(ch: string): string {
  return ch === '.' ? '\\.' : ch;
}

/**
 * The shape a value must have once signs, blanks, currency and percent are gone. Grouped integer
 * parts must be grouped properly (`1,2,3` is not a number); blanks are removed before this check,
 * so a blank thousands separator cannot be validated and counts as "no grouping".
 * The same source string is valid in JS and RE2.
 */
export function numberShape(format: NumberFormat): string {
  const d = escape(format.decimal);
  const t = format.thousands;
  const int = t === '' || t === ' ' ? '\\d+' : `(?:\\d+|\\d{1,3}(?:${escape(t)}\\d{3})+)`;
  return `^[+-]?(?:${int}(?:${d}\\d*)?|${d}\\d+)(?:[eE][+-]?\\d+)?$`;
}

const shapes = new Map<string, RegExp>();
function shapeOf(format: NumberFormat): RegExp {
  const key = format.decimal + format.thousands;
  let re = shapes.get(key);
  if (!re) shapes.set(key, (re = new RegExp(numberShape(format))));
  return re;
}

/** Parse one raw value under a format; null when it does not fit. */
export function parseNumber(text: string, format: NumberFormat): number | null {
  return finish(prepare(text, format), format);
}

/** Steps that do not depend on the separators: blanks, currency, percent, sign forms. */
function prepare(text: string, format: Pick<NumberFormat, 'currency' | 'percent'>): string {
  let s = text.replace(WS_G, '');
  if (format.currency !== '') s = s.replace(CURRENCY_JS, '');
  if (format.percent) s = s.replace(PERCENT_JS, '');
  return s.replace(PARENS_JS, '-$1').replace(TRAILING_MINUS_JS, '-$1');
}

function finish(prepared: string, format: NumberFormat): number | null {
  let s = prepared;
  if (!shapeOf(format).test(s)) return null;
  if (format.thousands !== '' && format.thousands !== ' ') s = s.replaceAll(format.thousands, '');
  if (format.decimal === ',') s = s.replace(',', '.');
  let n = Number(s);
  if (!Number.isFinite(n)) return null;
  if (format.percent) n = n / 100;
  return n;
}

/** Separator pairs tried, in the order that wins ties (see detectNumberFormat). */
const CANDIDATES: ReadonlyArray<Pick<NumberFormat, 'decimal' | 'thousands'>> = [
  { decimal: '.', thousands: '' },
  { decimal: '.', thousands: ',' },
  { decimal: ',', thousands: '' },
  { decimal: ',', thousands: '.' },
  { decimal: '.', thousands: "'" },
  { decimal: ',', thousands: "'" },
];

/**
 * Pick the format under which most of the sample parses. Ties are real ambiguity (`1,234` parses
 * both ways); the candidate order settles them: plain before grouped, so `1.5` stays a decimal,
 * and comma-as-thousands before comma-as-decimal, so a sample whose commas are always followed by
 * exactly three digits reads as thousands. One `1,5` in the sample breaks the tie the other way,
 * because it parses only with a decimal comma.
 */
export function detectNumberFormat(values: string[]): { format: NumberFormat; share: number } | null {
  const vals = values.filter((v) => v.trim() !== '');
  if (vals.length === 0) return null;
  const currency = mostCommonCurrency(vals);
  const pct = vals.filter((v) => PERCENT_JS.test(v.replace(WS_G, ''))).length;
  const percent = pct * 2 > vals.length;

  const prepared = vals.map((v) => prepare(v, { currency, percent }));
  let best: { format: NumberFormat; share: number } | null = null;
  for (const c of CANDIDATES) {
    const format: NumberFormat = { ...c, currency, percent };
    const ok = prepared.filter((p) => finish(p, format) !== null).length;
    const share = ok / vals.length;
    if (share > 0 && (best === null || share > best.share)) best = { format, share };
  }
  if (best && best.format.thousands === '' && vals.some((v) => /\d[ \u00a0\u202f]\d{3}(?!\d)/.test(v))) {
    // Blanks never reach the shape check, so a blank separator is only reported, not enforced.
    best.format.thousands = ' ';
  }
  return best;
}

function mostCommonCurrency(vals: string[]): string {
  const counts = new Map<string, number>();
  for (const v of vals) {
    for (const m of v.matchAll(CURRENCY_JS)) {
      const key = m[0].toUpperCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let best = '';
  let n = 0;
  for (const [k, c] of counts) {
    if (c > n) [best, n] = [k, c];
  }
  return best;
}
