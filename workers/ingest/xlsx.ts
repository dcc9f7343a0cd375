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
    sheets = (await readExcelFile(await blob.arrayBuffer())) as never;
  } catch (e) {
    throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
  }
  const names = sheets.map((s) => s.sheet);
  const chosen = wanted ? sheets.find((s) => s.sheet === wanted) : (sheets.find((s) => s.data.length > 0) ?? sheets[0]);
  if (!chosen) throw new LoadFailure('no-sheet', wanted);
  const rows = chosen.data.filter((r) => r.some((c) => c !== null && c !== undefined && c !== ''));
  if (rows.length === 0) throw new LoadFailure('no-sheet', chosen.sheet);
  const width = Math.max(...rows.map((r) => r.length));
  const header = Array.from({ length: width }, (_, i) => cellText(rows[0][i]) ?? '');
  const sink = new RecordSink(ctx, table, header);
  for (const r of rows.slice(1)) {
    await sink.push(Array.from({ length: width }, (_, i) => cellText(r[i])));
  }
  await sink.flush();
  return { sink, sheets: names, sheet: chosen.sheet };
}
