/**
 * A strict RFC 4180 reader for the tests: independent of the app's ingest code, so a quoting bug in
 * the generator cannot be hidden by the same bug in the reader.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
        afterQuote = true;
      }
      continue;
    }
    if (ch === '"') {
      if (field !== '' || afterQuote) throw new Error(`stray quote at offset ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      afterQuote = false;
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      afterQuote = false;
    } else {
      if (afterQuote) throw new Error(`text after closing quote at offset ${i}`);
      field += ch;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('last line has no line break');
  return rows;
}

/** Header and rows as objects keyed by header name. */
export function readTable(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...body] = parseCsv(text);
  for (const r of body) if (r.length !== header.length) throw new Error(`row has ${r.length} fields: ${r.join('|')}`);
  return { header, rows: body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}
