// Breaks when an exported CSV stops opening correctly in Excel (BOM, quoting) or lets a cell
// run as a formula (CSV injection).
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/analysis/export/csv';

describe('csv export', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['客户, 张三', '"客户, 张三"'],
  ])('%j -> %j', (input, out) => {
    expect(csvCell(input)).toBe(out);
  });

  it('writes numbers as numbers, even negative ones', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(null)).toBe('');
  });

  it('starts with a BOM and ends lines with CRLF', () => {
    expect(toCsv(['a', '名称'], [[1, '值']])).toBe('\uFEFFa,名称\r\n1,值\r\n');
  });
});
