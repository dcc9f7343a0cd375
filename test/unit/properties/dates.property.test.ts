// Breaks when parseDate, detectDateFormat, strptime or the shape reader throws on some cell, when
// detection emits a pattern the strptime twin cannot run, when a date written in a supported
// layout (ISO, slashes, dots, day-first, month-first, two-digit years, 12-hour clock, T…Z with
// milliseconds, 年月日, YYYYMMDD, Excel serials, epoch seconds and milliseconds) no longer reads
// back as the same instant, or when an impossible date (2023-02-30) reads as a shifted one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePatternOf, patternOf, shapeOf } from '../../../src/analysis/infer/date-shapes';
import { detectDateFormat, parseDate } from '../../../src/analysis/infer/dates';
import { daysInMonth, microsToMs, strptime } from '../../../src/analysis/infer/strptime';
import { trimValue } from '../../../src/analysis/infer/text';
import type { DateFormat } from '../../../src/analysis/types';
import {
  DATE_LAYOUTS,
  SEED,
  anyCell,
  dateColumn,
  dateFormatArb,
  dateish,
  datesFor,
  hugeString,
  partsOf,
  patternArb,
  truncate,
  type Parts,
} from './arbitraries';

const SPECIFIERS = /%(.)/g;
const SUPPORTED = new Set(['Y', 'y', 'm', 'd', 'H', 'I', 'M', 'S', 'f', 'p', '%']);

/** Every specifier in a pattern is one the strptime twin (and dates.ts) knows. */
function supported(pattern: string): boolean {
  return [...pattern.matchAll(SPECIFIERS)].every((m) => SUPPORTED.has(m[1])) && !/(^|[^%])(%%)*%$/.test(pattern);
}

const isInstantOrNull = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

/** Same instant to the microsecond (parseDate returns fractional milliseconds). */
const sameInstant = (a: number | null, b: number) => a !== null && Math.abs(a - b) < 1e-6;

describe('never throws', () => {
  it('parseDate, on arbitrary cells under any format the app can hold', () => {
    fc.assert(
      fc.property(anyCell, dateFormatArb, (s, f) => {
        expect(isInstantOrNull(parseDate(s, f))).toBe(true);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('strptime, on arbitrary text and patterns of supported specifiers', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, dateish(20)), patternArb, (s, p) => {
        const r = strptime(s, p);
        expect(r === null || typeof r === 'bigint').toBe(true);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('shapeOf, and the patterns made from a shape only use supported specifiers', () => {
    fc.assert(
      fc.property(fc.oneof(anyCell, dateish(20)), fc.constantFrom('YMD', 'DMY', 'MDY') as fc.Arbitrary<'YMD' | 'DMY' | 'MDY'>, (s, order) => {
        const shape = shapeOf(s.trim());
        if (shape === null) return;
        for (const p of [patternOf(shape, order), datePatternOf(shape, order)]) {
          expect(supported(p), p).toBe(true);
          expect(() => strptime(s, p)).not.toThrow();
        }
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('detectDateFormat, on arbitrary samples; its patterns run and its share is what parseDate reads', () => {
    // Real dates in some layout, mixed with noise in varying proportions, so detection sometimes fires.
    const rendered = fc.constantFrom(...DATE_LAYOUTS).chain((l) => datesFor(l).map((d) => l.render(partsOf(d))));
    const sample = fc.array(fc.oneof(anyCell, dateish(20), dateish(6), rendered), { maxLength: 30 });
    let detected = 0;
    fc.assert(
      fc.property(sample, fc.boolean(), (vals, hint) => {
        const d = detectDateFormat(vals, hint);
        if (d === null) return;
        detected++;
        expect(d.share).toBeGreaterThanOrEqual(0.5);
        expect(d.share).toBeLessThanOrEqual(1);
        if (d.format.style === 'text') {
          expect(d.format.patterns.length).toBeGreaterThan(0);
          for (const p of d.format.patterns) expect(supported(p), p).toBe(true);
          // Text styles report the share parseDate reads (numeric ones report the plausible range).
          const present = vals.map(trimValue).filter((v) => v !== '');
          const ok = present.filter((v) => parseDate(v, d.format) !== null).length;
          expect(d.share).toBeCloseTo(ok / present.length, 12);
        }
        for (const v of vals) expect(isInstantOrNull(parseDate(v, d.format))).toBe(true);
      }),
      { seed: SEED, numRuns: 1500 },
    );
    expect(detected, 'samples detected as dates').toBeGreaterThan(50);
  });

  it('on very long strings', () => {
    fc.assert(
      fc.property(hugeString, dateFormatArb, fc.boolean(), (s, f, hint) => {
        expect(isInstantOrNull(parseDate(s, f))).toBe(true);
        const d = detectDateFormat([s, s.slice(0, 100)], hint);
        if (d) expect(d.share).toBeLessThanOrEqual(1);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});

describe('dates round-trip', () => {
  it('a date written in a layout reads back, under the layout’s format, as the same instant', () => {
    const arb = fc.constantFrom(...DATE_LAYOUTS).chain((l) => fc.tuple(fc.constant(l), datesFor(l)));
    fc.assert(
      fc.property(arb, ([l, date]) => {
        const p = partsOf(date);
        const text = l.render(p);
        const want = truncate(p, l.precision);
        const got = parseDate(text, l.format);
        expect(sameInstant(got, want), `${l.name}: ${text} -> ${got}, want ${want} (${new Date(want).toISOString()})`).toBe(true);
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('blanks around a value do not change it', () => {
    const arb = fc.constantFrom(...DATE_LAYOUTS).chain((l) => fc.tuple(fc.constant(l), datesFor(l)));
    const blank = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '\ufeff', '\u202f');
    fc.assert(
      fc.property(arb, blank, blank, ([l, date], a, b) => {
        const text = l.render(partsOf(date));
        expect(parseDate(a + text + b, l.format)).toBe(parseDate(text, l.format));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('a sample in one layout is detected and every value reads back as the instant written', () => {
    fc.assert(
      fc.property(dateColumn(1, 20), ({ layout, dates }) => {
        const parts = dates.map(partsOf);
        const texts = parts.map(layout.render);
        const d = detectDateFormat(texts, layout.hint);
        expect(d, `${layout.name}: ${JSON.stringify(texts)}`).not.toBeNull();
        const f = d!.format;
        expect(f.style).toBe(layout.format.style);
        expect(d!.hasTime).toBe(layout.precision !== 'day');
        if (f.style === 'text' && layout.order) {
          // Year-last: a day above 12 decides the order; without one the order is a guess, and says so.
          const decisive = parts.some((p) => p.d > 12);
          if (decisive) expect([f.order, f.ambiguous]).toEqual([layout.order, false]);
          else expect(f.ambiguous).toBe(true);
          if (f.order !== layout.order) return;
        }
        parts.forEach((p, i) => {
          const got = parseDate(texts[i], f);
          expect(sameInstant(got, truncate(p, layout.precision)), `${layout.name}: ${texts[i]} under ${JSON.stringify(f)} -> ${got}`).toBe(true);
        });
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('strptime agrees with Date.UTC on every valid calendar date and time', () => {
    const arb = fc.record({
      y: fc.integer({ min: 1, max: 9999 }),
      mo: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
      h: fc.integer({ min: 0, max: 23 }),
      mi: fc.integer({ min: 0, max: 59 }),
      s: fc.integer({ min: 0, max: 59 }),
      us: fc.integer({ min: 0, max: 999_999 }),
    });
    fc.assert(
      fc.property(arb, (p) => {
        fc.pre(p.d <= daysInMonth(p.y, p.mo));
        const text = `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}.${String(p.us).padStart(6, '0')}`;
        const got = strptime(text, '%Y-%m-%d %H:%M:%S.%f');
        const utc = new Date(0);
        utc.setUTCFullYear(p.y, p.mo - 1, p.d);
        utc.setUTCHours(p.h, p.mi, p.s, 0);
        expect(got === null ? null : microsToMs(got), text).toBe(utc.getTime() + p.us / 1000);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });
});

describe('impossible dates give null, never a shifted date', () => {
  /** A day past the end of its month (2023-02-30, 2023-04-31), or a month past 12. */
  const impossible = fc.oneof(
    fc
      .record({ y: fc.integer({ min: 1900, max: 2100 }), mo: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 29, max: 31 }) })
      .filter((p) => p.d > daysInMonth(p.y, p.mo)),
    fc.record({ y: fc.integer({ min: 1900, max: 2100 }), mo: fc.integer({ min: 13, max: 99 }), d: fc.integer({ min: 13, max: 31 }) }),
    fc.record({ y: fc.integer({ min: 1900, max: 2100 }), mo: fc.integer({ min: 1, max: 12 }), d: fc.constant(0) }),
  );
  const time = fc.record({ h: fc.integer({ min: 0, max: 23 }), mi: fc.integer({ min: 0, max: 59 }), s: fc.integer({ min: 0, max: 59 }), ms: fc.integer({ min: 0, max: 999 }) });

  it('under every layout’s format (text and YYYYMMDD)', () => {
    // Layouts that write fields as text; serials and epochs cannot spell an impossible date.
    const layouts = DATE_LAYOUTS.filter((l) => l.format.style === 'text' || l.format.style === 'compact');
    fc.assert(
      fc.property(fc.constantFrom(...layouts), impossible, time, (l, ymd, t) => {
        const p: Parts = { ...ymd, ...t };
        const text = l.render(p);
        expect([text, parseDate(text, l.format)]).toEqual([text, null]);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('a column of impossible dates is not detected as dates', () => {
    const layouts = DATE_LAYOUTS.filter((l) => l.format.style === 'text' || l.format.style === 'compact');
    fc.assert(
      fc.property(fc.constantFrom(...layouts), fc.array(fc.tuple(impossible, time), { minLength: 1, maxLength: 10 }), fc.boolean(), (l, rows, hint) => {
        const texts = rows.map(([ymd, t]) => l.render({ ...ymd, ...t }));
        const d = detectDateFormat(texts, hint);
        expect(d, JSON.stringify(texts)).toBeNull();
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('the ISO reading of an impossible date is null in every text format that could claim it', () => {
    const fmt = (...patterns: string[]): DateFormat => ({ style: 'text', order: 'YMD', patterns, ambiguous: false });
    expect(parseDate('2023-02-30', fmt('%Y-%m-%d'))).toBeNull();
    expect(parseDate('2023-02-30 10:00:00', fmt('%Y-%m-%d %H:%M:%S', '%Y-%m-%d'))).toBeNull();
    expect(parseDate('20230230', { style: 'compact' })).toBeNull();
    expect(detectDateFormat(['2023-02-30', '2023-02-31', '2023-04-31'])).toBeNull();
  });
});
