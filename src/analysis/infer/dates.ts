/**
 * Recognise how a column writes its dates and read them the way the engine will.
 * Text layouts become DuckDB strptime patterns; numeric encodings (YYYYMMDD, Excel serial days,
 * Unix epochs) are styles of their own. Plain integers look like serials and epochs, so those two
 * need a header that talks about time; otherwise an id or amount column would turn into dates.
 */
import type { DateFormat } from '../types';
import { datePatternOf, patternOf, shapeOf, type Family, type Shape } from './date-shapes';
import { microsToMs, strptime } from './strptime';
import { trimValue } from './text';

export type DetectedDate = { format: DateFormat; hasTime: boolean; share: number };

/**
 * Day 0 of Excel serials as spreadsheets read them: right from 1900-03-01 (serial 61) on, since
 * Excel counts a phantom 1900-02-29; detection only accepts serials from 20000 (1954) anyway.
 */
export const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Upper bounds that keep every branch inside DuckDB's TIMESTAMP range (year 9999). */
export const EXCEL_MAX = 2958466;
export const EPOCH_SECONDS_MAX = 253402300800;
export const EPOCH_MILLIS_MAX = 253402300800000;

const DECIMAL = /^\d+(\.\d+)?$/;
const INTEGER = /^\d+$/;
const COMPACT = /^\d{8}$/;

/** Epoch milliseconds (wall clock as UTC), or null when the value does not fit the format. */
export function parseDate(text: string, format: DateFormat): number | null {
  const micros = parseDateMicros(trimValue(text), format);
  return micros === null ? null : microsToMs(micros);
}

function parseDateMicros(t: string, format: DateFormat): bigint | null {
  switch (format.style) {
    case 'text':
      for (const p of format.patterns) {
        const r = strptime(t, p);
        if (r !== null) return r;
      }
      return null;
    case 'compact':
      return COMPACT.test(t) ? strptime(t, '%Y%m%d') : null;
    case 'excel-serial': {
      if (!DECIMAL.test(t) || Number(t) > EXCEL_MAX) return null;
      return BigInt(Math.round(Number(t) * 86400000) + EXCEL_EPOCH_MS) * 1000n;
    }
    case 'epoch-seconds':
      if (!DECIMAL.test(t) || Number(t) > EPOCH_SECONDS_MAX) return null;
      return BigInt(Math.round(Number(t) * 1e6));
    case 'epoch-millis':
      if (!INTEGER.test(t) || Number(t) > EPOCH_MILLIS_MAX) return null;
      return BigInt(t) * 1000n;
  }
}

/**
 * Decide the format from a sample of non-empty values. `share` is the fraction of the sample the
 * format reads (numeric styles: the fraction inside the plausible range). Returns null below half.
 */
export function detectDateFormat(values: string[], headerHint = false): DetectedDate | null {
  const vals = values.map(trimValue).filter((v) => v !== '');
  if (vals.length === 0) return null;
  const text = detectText(vals);
  const numeric = detectNumeric(vals, headerHint);
  const best = numeric && (!text || numeric.share > text.share) ? numeric : text;
  if (!best || best.share < 0.5) return null;
  // An 8-digit integer column is only a date column when nearly every value is a valid date.
  if (best.format.style === 'compact' && !headerHint && best.share < 0.95) return null;
  return best;
}

function detectText(vals: string[]): DetectedDate | null {
  const shapes = vals.map(shapeOf).filter((s): s is Shape => s !== null);
  if (shapes.length === 0) return null;
  const counts = new Map<Family, number>();
  for (const s of shapes) counts.set(s.family, (counts.get(s.family) ?? 0) + 1);
  const family = [...counts].sort((x, y) => y[1] - x[1])[0][0];
  const yearLast = shapes.filter((s) => s.family === 'year-last');
  const guess = yearLast.length > 0 ? fieldOrder(yearLast) : null;
  const dmy = guess?.order ?? 'DMY';

  // One pattern per layout seen, most frequent first; then the date-only fallbacks.
  const seen = new Map<string, number>();
  for (const s of shapes) seen.set(patternOf(s, dmy), (seen.get(patternOf(s, dmy)) ?? 0) + 1);
  const patterns = [...seen].sort((x, y) => y[1] - x[1]).map(([p]) => p);
  for (const s of shapes) {
    const d = datePatternOf(s, dmy);
    if (!patterns.includes(d)) patterns.push(d);
  }
  const format: DateFormat =
    family === 'year-last' && guess
      ? { style: 'text', order: guess.order, patterns, ambiguous: guess.ambiguous }
      : { style: 'text', order: 'YMD', patterns, ambiguous: false };
  const hasTime = shapes.some((s) => s.time !== '');
  return { format, hasTime, share: shareOf(vals, format) };
}

/**
 * Day-first or month-first from the values: a first field above 12 can only be a day (DMY), a
 * second field above 12 likewise (MDY); conflicting values go with the majority. With no such
 * value the order cannot be known; the default follows the separator's usual convention (US
 * slashes, European dots and dashes).
 */
function fieldOrder(members: Shape[]): { order: 'DMY' | 'MDY'; ambiguous: boolean } {
  const dayFirst = members.filter((s) => s.a > 12).length;
  const monthFirst = members.filter((s) => s.b > 12).length;
  if (dayFirst > monthFirst) return { order: 'DMY', ambiguous: false };
  if (monthFirst > dayFirst) return { order: 'MDY', ambiguous: false };
  const slashes = members.filter((s) => s.sep === '/').length;
  return { order: slashes * 2 > members.length ? 'MDY' : 'DMY', ambiguous: true };
}

function detectNumeric(vals: string[], headerHint: boolean): DetectedDate | null {
  const inRange = (lo: number, hi: number, re: RegExp) => (v: string) => re.test(v) && +v >= lo && +v <= hi;
  const year = (y: number) => Date.UTC(y, 0, 1) / 1000;
  const compact: DateFormat = { style: 'compact' };
  const compactOk = (v: string) => COMPACT.test(v) && +v >= 19000101 && +v <= 21001231 && parseDate(v, compact) !== null;
  const candidates: Array<[DateFormat, boolean, (v: string) => boolean]> = [
    [compact, false, compactOk],
  ];
  if (headerHint) {
    candidates.push(
      [{ style: 'excel-serial' }, vals.some((v) => v.includes('.')), inRange(20000, 80000, DECIMAL)],
      [{ style: 'epoch-seconds' }, true, inRange(year(1990), year(2100), /^\d{10}(\.\d+)?$/)],
      [{ style: 'epoch-millis' }, true, inRange(year(1990) * 1000, year(2100) * 1000, /^\d{13}$/)],
    );
  }
  let best: DetectedDate | null = null;
  for (const [format, hasTime, ok] of candidates) {
    const share = vals.filter(ok).length / vals.length;
    if (share > 0 && (!best || share > best.share)) best = { format, hasTime, share };
  }
  return best;
}

function shareOf(vals: string[], format: DateFormat): number {
  return vals.filter((v) => parseDate(v, format) !== null).length / vals.length;
}
