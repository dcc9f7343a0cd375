import readExcelFile from 'read-excel-file/universal';
import type { IngestContext } from './context';
import { LoadFailure } from './errors';
import { RecordSink, cellText } from './records';

export interface Workbook {
  sink: RecordSink;
  sheets: string[];
  sheet: string;
}

/**
 * .xlsx through read-excel-file (maintained, small, no advisories; the `xlsx` package on npm is
 * stale). The sheet that holds a table is read unless the user picks another; the header is the
 * first row as wide as the table, below any title rows.
 */
export async function readXlsx(ctx: IngestContext, blob: Blob, table: string, wanted?: string): Promise<Workbook> {
  let sheets: Sheet[];
  try {
    const bytes = await blob.arrayBuffer();
    sheets = (await withSteadyClock(() => readExcelFile(bytes))) as never;
  } catch (e) {
    throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
  }
  const chosen = wanted ? sheets.find((s) => s.sheet === wanted) : defaultSheet(sheets);
  if (!chosen) throw new LoadFailure('no-sheet', wanted);
  const filledRows = chosen.data.filter((r) => r.some(isFilled));
  if (filledRows.length === 0) throw new LoadFailure('no-sheet', chosen.sheet);
  const rows = filledRows.slice(headerRow(filledRows));
  // A loop, not Math.max(...lengths): spreading more than ~120k arguments overflows the stack,
  // and a sheet may have up to 1,048,576 rows.
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const header = Array.from({ length: width }, (_, i) => cellText(rows[0][i]) ?? '');
  const sink = new RecordSink(ctx, table, header);
  for (const r of rows.slice(1)) {
    await sink.push(Array.from({ length: width }, (_, i) => cellText(excelDate(r[i]))));
  }
  await sink.flush();
  return { sink, sheets: sheets.map((s) => s.sheet), sheet: chosen.sheet };
}

interface Sheet {
  sheet: string;
  data: unknown[][];
}

const isFilled = (c: unknown) => c !== null && c !== undefined && c !== '';

function filledCells(row: unknown[]): number {
  let n = 0;
  for (const c of row) if (isFilled(c)) n++;
  return n;
}

/** A row of a table rather than a line of text: two filled cells (stops looking at the second). */
function isTableRow(row: unknown[]): boolean {
  let n = 0;
  for (const c of row) if (isFilled(c) && ++n === 2) return true;
  return false;
}

/**
 * The sheet with the most rows of two filled cells or more: a cover or notes sheet (a title, a
 * line of text) has few or none, the data has many. Ties go to the earlier sheet. Without any
 * such row, the first sheet with a non-blank cell: a cover sheet of formatted empty cells comes
 * back as rows of nulls, and choosing it would hide the data on the next sheet.
 */
function defaultSheet(sheets: Sheet[]): Sheet | undefined {
  let best: Sheet | undefined;
  let bestRows = 0;
  for (const s of sheets) {
    let rows = 0;
    for (const r of s.data) if (isTableRow(r)) rows++;
    if (rows > bestRows) [best, bestRows] = [s, rows];
  }
  return best ?? sheets.find((s) => s.data.some((r) => r.some(isFilled))) ?? sheets[0];
}

/** Title and group rows above the header of a report-style sheet; more would be no title block. */
const MAX_TITLE_ROWS = 10;
/** Rows looked at to learn how wide the table is. */
const WIDTH_SAMPLE = 200;
/** Share of the table's width a header fills: a blank name or two is allowed. */
const HEADER_WIDTH_SHARE = 0.8;

/**
 * Index of the header among the filled rows: the first row about as wide as the table (filling
 * HEADER_WIDTH_SHARE of the cells most rows fill). A merged title spans its cells but fills only
 * the first, a merged group row (Order / Customer / Money) fills one cell per group: both are
 * narrower, and skipped. Rows are skipped only for a header of text labels; a number or date
 * there means data (below a header with many blank names), and the first row stays the header.
 */
function headerRow(rows: unknown[][]): number {
  const width = typicalWidth(rows.slice(0, WIDTH_SAMPLE));
  const limit = Math.min(rows.length, MAX_TITLE_ROWS + 1);
  for (let i = 0; i < limit; i++) {
    if (filledCells(rows[i]) < width * HEADER_WIDTH_SHARE) continue;
    const below = rows.slice(i + 1, i + 1 + WIDTH_SAMPLE);
    return i === 0 || isLabelRow(rows[i], below) ? i : 0;
  }
  return 0;
}

/**
 * Column names: text only, and none of them found again in its column below (a data row of
 * text cells, say a currency or a city, repeats). Otherwise the row is data, not the header.
 */
function isLabelRow(row: unknown[], below: unknown[][]): boolean {
  if (!row.every((c) => !isFilled(c) || typeof c === 'string')) return false;
  return row.every((c, col) => !isFilled(c) || !below.some((r) => r[col] === c));
}

/** The most common count of filled cells per row; ties go to the wider. */
function typicalWidth(rows: unknown[][]): number {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const n = filledCells(r);
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let width = 0;
  let seen = 0;
  for (const [n, times] of counts) if (times > seen || (times === seen && n > width)) [width, seen] = [n, times];
  return width;
}

/**
 * read-excel-file turns a date's serial number (days as a float) into milliseconds with
 * Math.floor, so float error makes 08:26:00 arrive as 08:25:59.999. Excel writes times to whole
 * seconds almost always; a value 1 ms short of a whole second is that floor, not real data.
 */
function excelDate(v: unknown): unknown {
  if (!(v instanceof Date)) return v;
  const t = v.getTime();
  return ((t % 1000) + 1000) % 1000 === 999 ? new Date(t + 1) : v;
}

/**
 * read-excel-file parses sheet XML in chunks, halves the chunk whenever one took over 7 ms by
 * Date.now(), recurses once per chunk and concatenates all rows so far after each. apache-arrow
 * (loaded in this worker) defines Symbol.isConcatSpreadable, which turns V8's Array#concat into
 * its slow path; chunks then get slower, hence smaller, hence more: a 30,000-row sheet took 90 s
 * and failed with "Maximum call stack size exceeded". With the clock held still, chunks only
 * grow (64 KB, 128 KB, ...), a few dozen at most, and the result does not depend on CPU speed.
 */
async function withSteadyClock<T>(read: () => Promise<T>): Promise<T> {
  const now = Date.now;
  const still = now();
  Date.now = () => still;
  try {
    return await read();
  } finally {
    Date.now = now;
  }
}
