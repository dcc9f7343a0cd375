/**
 * How a single date-like value is laid out, and the DuckDB strptime pattern that reads it.
 * A column often mixes layouts (`2023/1/5 9:03` next to `2023/1/5`), so every value is read on its
 * own and dates.ts keeps one pattern per layout it saw.
 */

export type Family = 'ymd' | 'year-last' | 'cn';

export interface Shape {
  family: Family;
  /** Separator between date fields: - / . (cn: 年). */
  sep: string;
  /** First two date fields as numbers (year-last: the two candidates for day and month). */
  a: number;
  b: number;
  /** Two-digit year (year-last only). */
  shortYear: boolean;
  /** Time part as a pattern suffix (`' %H:%M:%S'`, `'T%H:%M:%S.%fZ'`, `''`). */
  time: string;
}

// hour:minute[:second[.fraction]] [AM|PM] [Z]; the fraction is capped at the 6 digits %f reads.
const TIME = '(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,6}))?)?(?:([ \\t]*)([AaPp][Mm]))?(Z)?';
const YMD = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:(T|[ \\t]+)${TIME})?$`);
const YEAR_LAST = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:([ \\t]+)${TIME})?$`);
const CN = new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:([ \\t]*)${TIME})?$`);

/** Read the layout of one trimmed value, or null when it is not a date we know. */
export function shapeOf(value: string): Shape | null {
  let m = YMD.exec(value);
  if (m) return { family: 'ymd', sep: m[2], a: +m[3], b: +m[4], shortYear: false, time: timeOf(m, 5) };
  m = YEAR_LAST.exec(value);
  if (m) {
    const shortYear = m[4].length === 2;
    return { family: 'year-last', sep: m[2], a: +m[1], b: +m[3], shortYear, time: timeOf(m, 5) };
  }
  m = CN.exec(value);
  if (m) return { family: 'cn', sep: '年', a: +m[2], b: +m[3], shortYear: false, time: timeOf(m, 4) };
  return null;
}

/** Groups from index k: separator, hour, minute, second, fraction, AM/PM blank, AM/PM, Z. */
function timeOf(m: RegExpExecArray, k: number): string {
  if (m[k + 1] === undefined) return '';
  const sep = m[k] === 'T' ? 'T' : m[k] === '' ? '' : ' ';
  const ampm = m[k + 6] !== undefined;
  let t = `${sep}${ampm ? '%I' : '%H'}:%M`;
  if (m[k + 3] !== undefined) t += ':%S';
  if (m[k + 4] !== undefined) t += '.%f';
  if (ampm) t += `${m[k + 5] === '' ? '' : ' '}%p`;
  if (m[k + 7] !== undefined) t += 'Z';
  return t;
}

/** The strptime pattern for a layout, once the field order is known. */
export function patternOf(shape: Shape, order: 'YMD' | 'DMY' | 'MDY'): string {
  const s = shape.sep;
  let date: string;
  if (shape.family === 'cn') date = '%Y年%m月%d日';
  else if (shape.family === 'ymd') date = `%Y${s}%m${s}%d`;
  else {
    const y = shape.shortYear ? '%y' : '%Y';
    date = order === 'MDY' ? `%m${s}%d${s}${y}` : `%d${s}%m${s}${y}`;
  }
  return date + shape.time;
}

/** The same layout without its time, so date-only cells in a timestamp column still parse. */
export function datePatternOf(shape: Shape, order: 'YMD' | 'DMY' | 'MDY'): string {
  return patternOf({ ...shape, time: '' }, order);
}
