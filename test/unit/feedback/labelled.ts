/**
 * Reads a labelled fixture of test/fixtures/feedback/ (RFC 4180 quoting) into typed rows:
 * labelled.csv (written with the dictionary, optimistic), heldout.csv (labelled before the
 * classifier ever saw it) or third.csv (a second labeller's, see third-split.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface LabelledRow {
  id: number;
  lang: 'zh' | 'en';
  text: string;
  themes: string[];
  sentiment: 'positive' | 'neutral' | 'negative';
  rating: number | null;
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

export function labelledRows(name: 'labelled.csv' | 'heldout.csv' | 'third.csv' | 'fourth.csv' = 'labelled.csv'): LabelledRow[] {
  const file = path.resolve(__dirname, '../../fixtures/feedback', name);
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => header.indexOf(name);
  return rows.map((r) => ({
    id: Number(r[col('id')]),
    lang: r[col('lang')] as 'zh' | 'en',
    text: r[col('text')],
    themes: r[col('themes')] === 'none' ? [] : r[col('themes')].split('|'),
    sentiment: r[col('sentiment')] as LabelledRow['sentiment'],
    rating: r[col('rating')] === '' ? null : Number(r[col('rating')]),
  }));
}
