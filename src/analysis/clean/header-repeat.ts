/**
 * The header line repeated as a record: two exports pasted into one file carry the header again
 * mid-file, a copy of the file's first line that is no data (an order "order_id" of customer
 * "customer_id" otherwise). Cleaning sets such lines aside as duplicates (duplicatesSql), and
 * column understanding leaves them out of its sample, so one rule exists twice, in SQL and in JS.
 *
 * A line repeats the header when every filled cell is its column's name, with at least two such
 * cells and at least half the columns: one cell that happens to equal its header (a status
 * "status") is data. Empty cells are allowed because blank header names were made up (column5)
 * and read back as nothing; the first cell may start with the BOM of the second export. The first
 * 64 columns are enough evidence and keep the check cheap on a file of 2,000 columns.
 */
import { ident, literal } from '../sql/ident';

const BOM = '\uFEFF';
const CELLS_COMPARED = 64;

function compared(names: string[]): { names: string[]; needed: number } | null {
  const first = names.slice(0, CELLS_COMPARED);
  if (first.length < 2) return null;
  return { names: first, needed: Math.max(2, Math.ceil(first.length / 2)) };
}

/** SQL condition on a raw table's row. Lists, not a chain of ANDs, keep the expression flat. */
export function repeatsHeaderSql(names: string[]): string {
  const c = compared(names);
  if (!c) return 'false';
  const cells = c.names.map((name, i) => (i === 0 ? `ltrim(${ident(name)}, ${literal(BOM)})` : ident(name)));
  const filledOrName = cells.map((cell, i) => `coalesce(${cell}, ${literal(c.names[i])})`);
  return `[${filledOrName.join(', ')}] = [${c.names.map(literal).join(', ')}] AND list_count([${cells.join(', ')}]) >= ${c.needed}`;
}

/** The same test on one row of raw cells by column name (null or absent = empty). */
export function repeatsHeader(row: Record<string, unknown>, names: string[]): boolean {
  const c = compared(names);
  if (!c) return false;
  let filled = 0;
  for (let i = 0; i < c.names.length; i++) {
    const raw = row[c.names[i]];
    if (raw === null || raw === undefined) continue;
    const text = String(raw);
    const cell = i === 0 ? text.replace(/^\uFEFF+/, '') : text;
    if (cell !== c.names[i]) return false;
    filled++;
  }
  return filled >= c.needed;
}
