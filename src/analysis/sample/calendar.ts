/**
 * Time for the sample: the observation window, a day-by-day demand curve (season, weekday and
 * the big shopping festivals of each locale) and an hour-of-day curve. All times are "wall clock"
 * milliseconds handled with UTC getters only, so output never depends on the machine's time zone.
 */
import type { Locale } from './catalog';
import { cumulativeIndex, intRange, type Rng } from './random';

export const DAY = 86_400_000;

/** 'YYYY-MM-DD' -> milliseconds at 00:00 (UTC wall clock). */
export function parseDate(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`expected an ISO date (YYYY-MM-DD), got ${JSON.stringify(iso)}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function addMonths(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate());
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + n;

export function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** 'YYYY-MM-DD HH:MM:SS', the form both Chinese exports and ISO 8601 (with a space) accept. */
export function formatDateTime(ms: number): string {
  const d = new Date(ms);
  return `${formatDate(ms)} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
}

// Chinese New Year: logistics stop for a week around it, so demand dips.
const SPRING_FESTIVAL: Record<number, string> = {
  2019: '02-05', 2020: '01-25', 2021: '02-12', 2022: '02-01', 2023: '01-22', 2024: '02-10',
  2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03',
};

const MONTH_ZH = [0.95, 0.85, 1, 1, 1, 1.1, 0.95, 0.95, 1, 1, 1.2, 1.1];
const MONTH_EN = [1.05, 0.85, 0.95, 0.95, 0.95, 0.95, 0.95, 0.9, 0.95, 1, 1.25, 1.3];

/** Multiplier of demand on the festival days of the locale (1 on ordinary days). */
function festival(locale: Locale, ms: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  if (locale === 'zh') {
    if (m === 11 && day === 11) return 7; // 双11
    if (m === 11 && day === 10) return 2.5;
    if (m === 11 && day === 12) return 1.5;
    if ((m === 10 && day >= 24) || (m === 11 && day < 10)) return 1.4; // 预售
    if (m === 6 && day === 18) return 4.5; // 618
    if (m === 6 && day < 18) return 1.3;
    if (m === 12 && day === 12) return 2.2; // 双12
    if (m === 3 && day === 8) return 1.8; // 女王节
    const cny = SPRING_FESTIVAL[y];
    if (cny) {
      const offset = Math.round((ms - Date.UTC(y, Number(cny.slice(0, 2)) - 1, Number(cny.slice(3)))) / DAY);
      if (offset >= -4 && offset <= 6) return 0.45;
    }
    return 1;
  }
  // Black Friday: the day after the fourth Thursday of November, then Cyber Monday.
  const nov1 = new Date(Date.UTC(y, 10, 1)).getUTCDay();
  const thanksgiving = 1 + ((4 - nov1 + 7) % 7) + 21;
  if (m === 11 || (m === 12 && day <= 3)) {
    const offset = Math.round((ms - Date.UTC(y, 10, thanksgiving + 1)) / DAY);
    if (offset === 0) return 6;
    if (offset === 3) return 4; // Cyber Monday
    if (offset === -1 || offset === 1 || offset === 2) return 1.8;
    if (offset >= -7 && offset < -1) return 1.3; // early deals
  }
  if (m === 12) {
    if (day === 25) return 0.25;
    if (day === 24) return 0.6;
    if (day === 26) return 3; // Boxing Day
    if (day > 26) return 1.4;
    if (day <= 18) return 1.2; // Christmas shopping
  }
  if (m === 1 && day <= 10) return 1.3; // January sales
  return 1;
}

export interface Calendar {
  start: number;
  /** Exclusive end of the window (00:00 of the day after the last day). */
  end: number;
  days: number;
  /** Demand multiplier per day, mean about 1 over a year. */
  demand: Float64Array;
  /** Days on which a festival raises demand, so discounts and stocking-up are likelier. */
  promo: Uint8Array;
  maxDemand: number;
  hourWeights: readonly number[];
}

// Chinese shoppers peak late in the evening; UK shoppers at lunch and after dinner.
const HOURS_ZH = [1.2, 0.6, 0.3, 0.15, 0.1, 0.15, 0.3, 0.6, 0.9, 1.1, 1.3, 1.3, 1.5, 1.3, 1.2, 1.2, 1.2, 1.3, 1.4, 1.7, 2.1, 2.4, 2.2, 1.7];
const HOURS_EN = [0.5, 0.25, 0.12, 0.08, 0.08, 0.15, 0.4, 0.8, 1.1, 1.2, 1.3, 1.4, 1.7, 1.6, 1.3, 1.2, 1.2, 1.3, 1.5, 1.9, 2.1, 1.9, 1.4, 0.9];

export function buildCalendar(locale: Locale, start: number, end: number): Calendar {
  const days = Math.round((end - start) / DAY);
  const demand = new Float64Array(days);
  const promo = new Uint8Array(days);
  const months = locale === 'zh' ? MONTH_ZH : MONTH_EN;
  let maxDemand = 0;
  for (let i = 0; i < days; i++) {
    const ms = start + i * DAY;
    const d = new Date(ms);
    const weekday = d.getUTCDay();
    const fest = festival(locale, ms);
    const value = months[d.getUTCMonth()] * (weekday === 0 || weekday === 6 ? 1.1 : 0.96) * fest;
    demand[i] = value;
    promo[i] = fest > 1.25 ? 1 : 0;
    if (value > maxDemand) maxDemand = value;
  }
  return { start, end, days, demand, promo, maxDemand, hourWeights: locale === 'zh' ? HOURS_ZH : HOURS_EN };
}

/** Day index of a time within the generated period. */
export function dayOf(cal: Calendar, ms: number): number {
  return Math.min(cal.days - 1, Math.max(0, Math.floor((ms - cal.start) / DAY)));
}

const cumulativeCache = new WeakMap<readonly number[], number[]>();

/**
 * A time of day on the given day, drawn from the hour curve. On 11-11 a third of the day's
 * orders land in the first hour, when the 双11 sale opens at midnight.
 */
export function timeOnDay(rng: Rng, cal: Calendar, day: number): number {
  let cum = cumulativeCache.get(cal.hourWeights);
  if (!cum) {
    let s = 0;
    cum = cal.hourWeights.map((w) => (s += w));
    cumulativeCache.set(cal.hourWeights, cum);
  }
  const dayMs = cal.start + day * DAY;
  const d = new Date(dayMs);
  const midnightRush = cal.hourWeights === HOURS_ZH && d.getUTCMonth() === 10 && d.getUTCDate() === 11;
  const hour = midnightRush && rng.next() < 0.33 ? 0 : cumulativeIndex(rng, cum);
  return dayMs + hour * 3_600_000 + intRange(rng, 0, 3599) * 1000;
}
