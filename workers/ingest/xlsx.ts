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
 * stale). The first sheet with data is read unless the user picks another; the first non-empty
 * row is the header.
 */
export async function readXlsx(ctx: IngestContext, blob: Blob, table: string, wanted?: string): Promise<Workbook> {
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    const bytes = await blob.arrayBuffer();
    sheets = (await withSteadyClock(() => readExcelFile(bytes))) as never;
  } catch (e) {
    throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
  }
  const names = sheets.map((s) => s.sheet);
  // "Has data" means a non-blank cell: a cover sheet of formatted empty cells comes back as rows
  // of nulls, and choosing it would hide the data on the next sheet.
  const chosen = wanted ? sheets.find((s) => s.sheet === wanted) : (sheets.find((s) => s.data.some(filled)) ?? sheets[0]);
  if (!chosen) throw new LoadFailure('no-sheet', wanted);
  const rows = chosen.data.filter(filled);
  if (rows.length === 0) throw new LoadFailure('no-sheet', chosen.sheet);
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
  return { sink, sheets: names, sheet: chosen.sheet };
}

function filled(row: unknown[]): boolean {
  return row.some((c) => c !== null && c !== undefined && c !== '');
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
