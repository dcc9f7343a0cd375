/**
 * Input tables shared by the JS parser tests and the SQL agreement test: every row is checked once
 * against its expected value in JS (numbers/dates tests) and once against the engine
 * (parse-sql.test.ts), so JS and SQL cannot drift apart unnoticed.
 */
import type { DateFormat, NumberFormat } from '../../../src/analysis/types';

export const nf = (p: Partial<NumberFormat> = {}): NumberFormat => ({
  decimal: '.',
  thousands: '',
  currency: '',
  percent: false,
  ...p,
});

export interface NumberCase {
  name: string;
  format: NumberFormat;
  rows: Array<[string, number | null]>;
}

export const NUMBER_CASES: NumberCase[] = [
  {
    name: 'plain dot decimal',
    format: nf(),
    rows: [
      ['2.55', 2.55], ['17850.0', 17850], [' 6 ', 6], ['-3', -3], ['+4', 4], ['.5', 0.5], ['5.', 5], ['1e3', 1000],
      ['1,234', null], ['abc', null], ['', null], ['1.2.3', null], ['0x10', null], ['Infinity', null], ['nan', null],
      ['(3.20)', -3.2], ['7-', -7], ['--7', null], ['(-7)', null], ['1e999', null], ['00012', 12], ['12%', null],
      ['¥12', null], ['1 234', 1234], ['\u00a012.5\u3000', 12.5], ['9'.repeat(400), null], ['-' + '9'.repeat(400), null],
    ],
  },
  {
    name: 'thousands comma',
    format: nf({ thousands: ',' }),
    rows: [
      ['1,234', 1234], ['1,234,567.89', 1234567.89], ['12,345', 12345], ['999', 999], ['1234', 1234],
      ['1,2,3', null], ['12,34', null], ['(1,234.50)', -1234.5], ['-1,000', -1000],
    ],
  },
  {
    name: 'decimal comma, dot thousands (European)',
    format: nf({ decimal: ',', thousands: '.' }),
    rows: [['1.234,56', 1234.56], ['1,5', 1.5], ['1.234', 1234], ['12,50 ', 12.5], ['1.2', null], ['3.20', null]],
  },
  {
    name: 'decimal comma, no grouping',
    format: nf({ decimal: ',' }),
    rows: [['1,5', 1.5], ['1,234', 1.234], ['1.5', null], ['-0,25', -0.25]],
  },
  {
    name: 'Swiss apostrophe',
    format: nf({ thousands: "'" }),
    rows: [["1'234.50", 1234.5], ["12'345", 12345], ['12.5', 12.5], ["1'23", null]],
  },
  {
    name: 'currency prefix and suffix',
    format: nf({ thousands: ',', currency: '¥' }),
    rows: [
      ['¥12.50', 12.5], ['￥1,299', 1299], ['12.5元', 12.5], ['$ 3.20', 3.2], ['US$5', 5], ['RMB 88', 88], ['88 usd', 88],
      ['-¥5', -5], ['¥-5', -5], ['(¥5.00)', -5], ['€7', 7], ['£7', 7], ['¥', null], ['¥¥', null],
    ],
  },
  {
    name: 'percent',
    format: nf({ percent: true }),
    rows: [['12%', 0.12], ['12.5 %', 0.125], ['-3%', -0.03], ['50', 0.5], ['12％', 0.12], ['%', null], ['1%%', null]],
  },
];

export interface DateCase {
  name: string;
  format: DateFormat;
  rows: Array<[string, number | null]>;
}

const T = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h, mi, s, ms);
const text = (order: 'YMD' | 'DMY' | 'MDY', patterns: string[]): DateFormat => ({ style: 'text', order, patterns, ambiguous: false });

export const DATE_CASES: DateCase[] = [
  {
    name: 'ISO date and date-time',
    format: text('YMD', ['%Y-%m-%d %H:%M:%S', '%Y-%m-%d']),
    rows: [
      ['2011-01-02 08:26:00', T(2011, 1, 2, 8, 26)], ['2011-01-02', T(2011, 1, 2)], ['2011-1-2 8:6:7', T(2011, 1, 2, 8, 6, 7)],
      [' 2011-01-02 ', T(2011, 1, 2)], ['2011-01-02  08:26:00', T(2011, 1, 2, 8, 26)], ['2011-02-30', null],
      ['2011-01-02 24:00:00', null], ['2011-01-02 08:26', null], ['2011/01/02', null], ['', null], ['2000-02-29', T(2000, 2, 29)],
      ['1900-02-29', null], ['0099-01-01', -59042995200000], ['2011-01-02\u00a0', T(2011, 1, 2)],
    ],
  },
  {
    name: 'ISO with T, fraction and Z',
    format: text('YMD', ['%Y-%m-%dT%H:%M:%S.%fZ', '%Y-%m-%dT%H:%M:%SZ', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d']),
    rows: [
      ['2011-01-02T08:26:00.123Z', T(2011, 1, 2, 8, 26, 0, 123)], ['2011-01-02T08:26:00Z', T(2011, 1, 2, 8, 26)],
      ['2011-01-02T08:26:00', T(2011, 1, 2, 8, 26)], ['2011-01-02T08:26:00.1Z', T(2011, 1, 2, 8, 26, 0, 100)],
      ['2011-01-02T08:26:00.123456Z', T(2011, 1, 2, 8, 26) + 123.456], ['2011-01-02T08:26:00.1234567Z', null],
      ['2011-01-02t08:26:00', null], ['2011-01-02T08:26:00z', null], ['2011-01-02T08:26:00+08:00', null],
    ],
  },
  {
    name: 'Y/M/D with single digits',
    format: text('YMD', ['%Y/%m/%d %H:%M', '%Y/%m/%d']),
    rows: [['2023/1/5 9:03', T(2023, 1, 5, 9, 3)], ['2023/1/5', T(2023, 1, 5)], ['2023/12/31 23:59', T(2023, 12, 31, 23, 59)], ['2023/13/1', null]],
  },
  {
    name: 'D.M.Y',
    format: text('DMY', ['%d.%m.%Y']),
    rows: [['05.01.2023', T(2023, 1, 5)], ['5.1.2023', T(2023, 1, 5)], ['31.12.2023', T(2023, 12, 31)], ['12.31.2023', null]],
  },
  {
    name: 'M/D/Y 24h (Kaggle Online Retail)',
    format: text('MDY', ['%m/%d/%Y %H:%M', '%m/%d/%Y']),
    rows: [['12/1/2010 8:26', T(2010, 12, 1, 8, 26)], ['1/12/2011 17:06', T(2011, 1, 12, 17, 6)], ['12/9/2011', T(2011, 12, 9)], ['13/1/2011 8:00', null]],
  },
  {
    name: 'M/D/Y with AM/PM',
    format: text('MDY', ['%m/%d/%Y %I:%M %p', '%m/%d/%Y %I:%M:%S %p', '%m/%d/%Y %I:%M%p', '%m/%d/%Y']),
    rows: [
      ['1/12/2010 08:26 PM', T(2010, 1, 12, 20, 26)], ['1/12/2010 8:26 am', T(2010, 1, 12, 8, 26)], ['1/12/2010 12:05 AM', T(2010, 1, 12, 0, 5)],
      ['1/12/2010 12:05 PM', T(2010, 1, 12, 12, 5)], ['1/12/2010 8:26:33 PM', T(2010, 1, 12, 20, 26, 33)], ['1/12/2010 08:26PM', T(2010, 1, 12, 20, 26)],
      ['1/12/2010 13:26 PM', null], ['1/12/2010 0:26 AM', null], ['1/12/2010 8:26 P', null],
    ],
  },
  {
    name: 'D/M/Y',
    format: text('DMY', ['%d/%m/%Y %H:%M', '%d/%m/%Y']),
    rows: [['25/12/2020 10:00', T(2020, 12, 25, 10)], ['1/2/2020', T(2020, 2, 1)], ['12/25/2020', null]],
  },
  {
    name: 'D-M-Y and two-digit years',
    format: text('DMY', ['%d-%m-%Y', '%m/%d/%y']),
    rows: [['01-05-2023', T(2023, 5, 1)], ['1/5/23', T(2023, 1, 5)], ['1/5/68', T(2068, 1, 5)], ['1/5/69', T(1969, 1, 5)], ['1/5/2023', null]],
  },
  {
    name: 'Chinese',
    format: text('YMD', ['%Y年%m月%d日 %H:%M', '%Y年%m月%d日%H:%M', '%Y年%m月%d日']),
    rows: [['2023年1月5日', T(2023, 1, 5)], ['2023年1月5日 14:03', T(2023, 1, 5, 14, 3)], ['2023年01月05日14:03', T(2023, 1, 5, 14, 3)], ['2023年2月30日', null]],
  },
  {
    name: 'compact YYYYMMDD',
    format: { style: 'compact' },
    rows: [['19970101', T(1997, 1, 1)], [' 19980630 ', T(1998, 6, 30)], ['19970230', null], ['1997011', null], ['199701011', null], ['1997-01-01', null]],
  },
  {
    name: 'Excel serial days',
    format: { style: 'excel-serial' },
    rows: [
      ['40179', T(2010, 1, 1)], ['40179.5', T(2010, 1, 1, 12)], ['40179.3541666667', T(2010, 1, 1, 8, 30)], ['45000.25', T(2023, 3, 15, 6)],
      ['-1', null], ['1e4', null], ['99999999', null], ['abc', null],
    ],
  },
  {
    name: 'epoch seconds',
    format: { style: 'epoch-seconds' },
    rows: [['1293956760', T(2011, 1, 2, 8, 26)], ['1293956760.5', T(2011, 1, 2, 8, 26, 0, 500)], ['99999999999999', null], ['-5', null]],
  },
  {
    name: 'epoch milliseconds',
    format: { style: 'epoch-millis' },
    rows: [['1293956760123', T(2011, 1, 2, 8, 26, 0, 123)], ['1293956760123.5', null], ['99999999999999999999', null]],
  },
];
