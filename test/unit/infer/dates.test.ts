// Breaks when a date style is no longer recognised, day and month swap, an integer column turns
// into dates without a time-like header, or the JS reader stops matching DuckDB's strptime rules.
import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDate } from '../../../src/analysis/infer/dates';
import type { DateFormat } from '../../../src/analysis/types';
import { DATE_CASES } from './cases';

describe('parseDate', () => {
  for (const c of DATE_CASES) {
    it(c.name, () => {
      for (const [input, expected] of c.rows) {
        const got = parseDate(input, c.format);
        if (expected === null || got === null) expect([input, got]).toEqual([input, expected]);
        else expect(Math.abs(got - expected), input).toBeLessThan(1e-6);
      }
    });
  }
});

type Expect = { format: DateFormat; hasTime: boolean; share?: number };
const text = (order: 'YMD' | 'DMY' | 'MDY', patterns: string[], ambiguous = false): DateFormat => ({
  style: 'text',
  order,
  patterns,
  ambiguous,
});

const DETECT: Array<[string, string[], boolean, Expect]> = [
  ['ISO date', ['2004-12-20', '2005-05-02', '2004-03-06'], false, { format: text('YMD', ['%Y-%m-%d']), hasTime: false }],
  [
    'ISO date-time (Olist, Online Retail)',
    ['2017-10-02 10:56:33', '2017-11-18 19:28:06', '2010-12-01 08:26:00'],
    false,
    { format: text('YMD', ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d']), hasTime: true },
  ],
  [
    'ISO T with milliseconds and Z',
    ['2011-01-02T08:26:00.123Z', '2011-01-03T09:00:00.000Z', '2011-01-04T10:00:00Z'],
    false,
    { format: text('YMD', ['%Y-%m-%dT%H:%M:%S.%fZ', '%Y-%m-%dT%H:%M:%SZ', '%Y-%m-%d']), hasTime: true },
  ],
  [
    'Y/M/D single digits mixing date-only values',
    ['2023/1/5 9:03', '2023/1/6 10:15', '2023/2/1'],
    false,
    { format: text('YMD', ['%Y/%m/%d %H:%M', '%Y/%m/%d']), hasTime: true },
  ],
  ['D.M.Y, ambiguous -> day first', ['05.01.2023', '06.02.2023'], false, { format: text('DMY', ['%d.%m.%Y'], true), hasTime: false }],
  ['D.M.Y decided by a day > 12', ['05.01.2023', '25.02.2023'], false, { format: text('DMY', ['%d.%m.%Y']), hasTime: false }],
  [
    'M/D/Y (Kaggle Online Retail) decided by a second field > 12',
    ['12/1/2010 8:26', '12/1/2010 8:28', '1/12/2011 17:06', '12/13/2010 9:00'],
    false,
    { format: text('MDY', ['%m/%d/%Y %H:%M', '%m/%d/%Y']), hasTime: true },
  ],
  [
    'slashes all <= 12 -> month first, ambiguous',
    ['1/12/2010 08:26 PM', '2/11/2010 09:00 AM'],
    false,
    { format: text('MDY', ['%m/%d/%Y %I:%M %p', '%m/%d/%Y'], true), hasTime: true },
  ],
  ['D/M/Y decided by a first field > 12', ['25/12/2020', '1/2/2020', '13/1/2021'], false, { format: text('DMY', ['%d/%m/%Y']), hasTime: false }],
  ['dashes with year last -> day first', ['01-05-2023', '02-06-2023'], false, { format: text('DMY', ['%d-%m-%Y'], true), hasTime: false }],
  ['two-digit year', ['1/5/23', '12/25/22'], false, { format: text('MDY', ['%m/%d/%y']), hasTime: false }],
  [
    'Chinese 年月日 with and without time',
    ['2023年1月5日', '2023年1月5日 14:03', '2023年12月31日 9:00'],
    false,
    { format: text('YMD', ['%Y年%m月%d日 %H:%M', '%Y年%m月%d日']), hasTime: true },
  ],
  ['compact YYYYMMDD (CDNOW)', ['19970101', '19970112', '19970102', '19970330'], false, { format: { style: 'compact' }, hasTime: false }],
  ['Excel serials with a time header', ['40179', '40180.5', '43000'], true, { format: { style: 'excel-serial' }, hasTime: true }],
  ['Excel whole days', ['40179', '40180', '43000'], true, { format: { style: 'excel-serial' }, hasTime: false }],
  ['epoch seconds with a time header', ['1293956760', '1300000000', '1500000000'], true, { format: { style: 'epoch-seconds' }, hasTime: true }],
  ['epoch millis with a time header', ['1293956760123', '1500000000000'], true, { format: { style: 'epoch-millis' }, hasTime: true }],
  ['a bad value lowers the share', ['2011-01-02', '2011-01-03', 'soon', '2011-02-30'], false, { format: text('YMD', ['%Y-%m-%d']), hasTime: false, share: 0.5 }],
];

describe('detectDateFormat', () => {
  for (const [name, values, hint, expected] of DETECT) {
    it(name, () => {
      const r = detectDateFormat(values, hint);
      expect(r).not.toBeNull();
      expect(r!.format).toEqual(expected.format);
      expect(r!.hasTime).toBe(expected.hasTime);
      expect(r!.share).toBeCloseTo(expected.share ?? 1, 5);
    });
  }

  it('keeps plain integer columns out of dates without a time header', () => {
    expect(detectDateFormat(['40179', '40180', '43000'])).toBeNull();
    expect(detectDateFormat(['1293956760', '1300000000'])).toBeNull();
    expect(detectDateFormat(['1293956760123', '1500000000000'])).toBeNull();
    expect(detectDateFormat(['1', '2', '3', '17850'], true)).toBeNull();
    // 8-digit order numbers: not valid dates, or too few of them
    expect(detectDateFormat(['20230001', '20230002', '20230003'])).toBeNull();
    expect(detectDateFormat(['19970101', '12345678', '87654321'])).toBeNull();
  });

  it('ignores what is not a date', () => {
    expect(detectDateFormat(['abc', 'WHITE METAL LANTERN'])).toBeNull();
    expect(detectDateFormat(['2.55', '3.39'])).toBeNull();
    expect(detectDateFormat([])).toBeNull();
  });

  it('parses every value of a detected sample', () => {
    const values = ['2023/1/5 9:03', '2023/1/6', '2023/12/31 23:59'];
    const r = detectDateFormat(values)!;
    expect(values.map((v) => parseDate(v, r.format))).toEqual([
      Date.UTC(2023, 0, 5, 9, 3),
      Date.UTC(2023, 0, 6),
      Date.UTC(2023, 11, 31, 23, 59),
    ]);
  });
});
