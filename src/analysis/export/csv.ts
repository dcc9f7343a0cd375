/**
 * CSV for spreadsheets: UTF-8 with a BOM (so Excel opens Chinese text correctly), every field
 * quoted when it needs to be, and cells that a spreadsheet would run as a formula (= + - @, tab,
 * carriage return at the start) neutralised with a leading apostrophe, as OWASP recommends for
 * CSV injection. Numbers are written as numbers: a negative amount is data, not a formula.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let s = value;
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV document with a BOM and CRLF line ends (what Excel writes and expects). */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [csvLine(header), ...rows.map(csvLine)];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
