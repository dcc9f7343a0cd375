/**
 * CSV writing (RFC 4180): a field is quoted only when it holds a comma, a double quote or a line
 * break, and quotes inside are doubled. Rows end in "\n". Money is written from integer cents so
 * no floating-point residue (0.30000000000000004) ever reaches a file.
 */

export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

/** Header line plus rows, each line terminated by "\n". */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const out: string[] = [csvRow(header)];
  for (const r of rows) out.push(csvRow(r));
  return out.join('\n') + '\n';
}

/** 12345 cents -> "123.45"; negative values keep their sign. */
export function money(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  const frac = abs % 100;
  return `${sign}${Math.floor(abs / 100)}.${frac < 10 ? '0' : ''}${frac}`;
}
