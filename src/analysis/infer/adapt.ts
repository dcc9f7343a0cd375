/**
 * When the analyst overrides a guess, the column's format must follow: a role whose values need
 * a date or a number gets a format detected for that purpose, and an ambiguous day/month order
 * can be flipped. Inference made the first guess from the same sample; this redoes the part the
 * analyst changed, so the typed SQL never casts text it cannot parse.
 */
import type { ColumnFormat, DateFormat, Role } from '../types';
import { detectDateFormat } from './dates';
import { detectNumberFormat } from './numbers';
import { NUMERIC_ROLES, TIME_ROLES, formatForRole } from './roles';

export type DateOrder = 'YMD' | 'DMY' | 'MDY';

/** The format a column needs for `role`, re-detected from its sample values when the type does not fit. */
export function adaptFormat(role: Role, format: ColumnFormat, values: readonly (string | null)[]): ColumnFormat {
  const present = values.filter((v): v is string => v !== null && v.trim() !== '');
  if (TIME_ROLES.includes(role)) {
    if (format.type === 'date' || format.type === 'timestamp') return format;
    const d = detectDateFormat(present, true);
    // Nothing parses as a date: every value becomes NULL, which the checks report, rather than an error.
    return d ? { type: d.hasTime ? 'timestamp' : 'date', date: d.format } : { type: 'date', date: { style: 'text', order: 'YMD', patterns: ['%Y-%m-%d'], ambiguous: false } };
  }
  if (NUMERIC_ROLES.includes(role)) {
    if (format.type === 'integer' || format.type === 'number') return format;
    const n = detectNumberFormat(present);
    return { type: 'number', number: n?.format ?? { decimal: '.', thousands: '', currency: '', percent: false } };
  }
  return formatForRole(role, format);
}

/** Swap day and month in a text date format (the analyst knows better than an all-ambiguous sample). */
export function withDateOrder(format: ColumnFormat, order: DateOrder): ColumnFormat {
  const d = format.date;
  if (!d || d.style !== 'text' || d.order === order || d.order === 'YMD' || order === 'YMD') return format;
  const date: DateFormat = { ...d, order, ambiguous: false, patterns: d.patterns.map(swapDayMonth) };
  return { ...format, date };
}

function swapDayMonth(pattern: string): string {
  return pattern.replace(/%d|%m/g, (m) => (m === '%d' ? '%m' : '%d'));
}
