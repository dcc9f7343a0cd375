/**
 * Calendar periods as integers, so "k periods later" is a subtraction. Timestamps are naive
 * (no ICU in this DuckDB build): periods are wall-clock calendar months and ISO weeks.
 */
import type { CohortPeriod } from './options';

const DAY = 86_400_000;
/** 1900-01-01 was a Monday: week indexes count ISO weeks from it. */
const WEEK_ORIGIN = Date.UTC(1900, 0, 1);

/** SQL for the period index of a TIMESTAMP expression. */
export function periodIndexSql(unit: CohortPeriod, t: string): string {
  if (unit === 'month') return `(year(${t}) * 12 + month(${t}) - 1)`;
  // floor, not integer division: DuckDB's // truncates toward zero for negative days.
  return `CAST(floor(date_diff('day', DATE '1900-01-01', CAST(${t} AS DATE)) / 7) AS BIGINT)`;
}

export function periodLabel(unit: CohortPeriod, index: number): string {
  if (unit === 'month') {
    const y = Math.floor(index / 12);
    return `${String(y).padStart(4, '0')}-${String(index - y * 12 + 1).padStart(2, '0')}`;
  }
  return new Date(WEEK_ORIGIN + index * 7 * DAY).toISOString().slice(0, 10);
}

/** Churn horizons: 3 and 6 months, or the same spans in weeks. */
export function horizons(unit: CohortPeriod): { short: number; long: number } {
  return unit === 'month' ? { short: 3, long: 6 } : { short: 13, long: 26 };
}

/** x / y, or null when y is 0 (the Report carries no NaN). */
export function ratio(x: number, y: number): number | null {
  return y > 0 ? x / y : null;
}
