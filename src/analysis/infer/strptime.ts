/**
 * A JS twin of DuckDB 1.4's strptime for the handful of specifiers dates.ts generates, so the
 * preview can parse exactly what `try_strptime(value, pattern)` will parse in the engine.
 * Behaviour copied from the engine (checked in test/unit/infer/parse-sql.test.ts):
 * - numeric fields read 1..2 digits (%Y up to 4, %f up to 6), so `2023/1/5` fits `%Y/%m/%d`;
 * - a blank in the pattern matches one or more blanks (space, tab, CR, LF, VT, FF), none fails;
 * - blanks before and after the whole value are ignored; anything else left over fails;
 * - letters are literal and case-sensitive (`T`, `Z`), except %p (AM/PM in any case);
 * - impossible dates (Feb 30, hour 24, minute 60, second 60, %I 0 or 13) fail.
 * Results are epoch microseconds (wall clock read as UTC) as bigint, so no precision is lost.
 */

const BLANK = /[ \t\n\v\f\r]/;

const WIDTH: Record<string, number> = { Y: 4, y: 2, m: 2, d: 2, H: 2, I: 2, M: 2, S: 2, f: 6 };

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Epoch microseconds -> the number the Arrow reader hands back for a TIMESTAMP (ms, fractional). */
export function microsToMs(micros: bigint): number {
  return Number(micros / 1000n) + Number(micros % 1000n) / 1000;
}

/** Parse `text` with one DuckDB strptime pattern; null when DuckDB would return NULL. */
export function strptime(text: string, pattern: string): bigint | null {
  let i = 0;
  const n = text.length;
  while (i < n && BLANK.test(text[i])) i++;
  const f: Record<string, number> = {};
  let pm: boolean | null = null;
  for (let p = 0; p < pattern.length; p++) {
    const c = pattern[p];
    if (BLANK.test(c)) {
      while (p + 1 < pattern.length && BLANK.test(pattern[p + 1])) p++;
      if (i >= n || !BLANK.test(text[i])) return null;
      while (i < n && BLANK.test(text[i])) i++;
    } else if (c === '%' && pattern[p + 1] !== '%') {
      const spec = pattern[++p];
      if (spec === 'p') {
        const ap = text.slice(i, i + 2).toLowerCase();
        if (ap !== 'am' && ap !== 'pm') return null;
        pm = ap === 'pm';
        i += 2;
        continue;
      }
      const width = WIDTH[spec];
      if (width === undefined) throw new Error(`strptime twin: unsupported %${spec}`);
      const start = i;
      while (i < n && i - start < width && text[i] >= '0' && text[i] <= '9') i++;
      if (i === start) return null;
      const digits = text.slice(start, i);
      f[spec] = spec === 'f' ? Number(digits.padEnd(6, '0')) : Number(digits);
    } else {
      if (c === '%') p++; // %% is a literal percent sign
      if (text[i] !== c) return null;
      i++;
    }
  }
  while (i < n && BLANK.test(text[i])) i++;
  if (i !== n) return null;
  return compose(f, pm);
}

function compose(f: Record<string, number>, pm: boolean | null): bigint | null {
  const year = f.Y ?? (f.y !== undefined ? (f.y < 69 ? 2000 + f.y : 1900 + f.y) : 1900);
  const month = f.m ?? 1;
  const day = f.d ?? 1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  let hour = f.H ?? 0;
  if (f.I !== undefined) {
    if (f.I < 1 || f.I > 12) return null;
    hour = f.I % 12;
  } else if (hour > 23) return null;
  if (pm !== null) {
    if (f.I === undefined && hour > 12) return null;
    if (pm && hour < 12) hour += 12;
  }
  const minute = f.M ?? 0;
  const second = f.S ?? 0;
  if (minute > 59 || second > 59) return null;
  const secs = BigInt(daysFromCivil(year, month, day)) * 86400n + BigInt(hour * 3600 + minute * 60 + second);
  return secs * 1_000_000n + BigInt(f.f ?? 0);
}
