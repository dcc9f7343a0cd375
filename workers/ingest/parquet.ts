import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { CancelledError } from '../cancel';
import type { IngestContext } from './context';
import { LoadFailure } from './errors';
import { RecordSink, cellText } from './records';

/** Rows decoded per step; each step is one await, so Cancel and progress get through. */
const STEP_ROWS = 100_000;

/** Parquet through hyparquet (pure JS, reads from the Blob by ranges, all common codecs). */
export async function readParquet(ctx: IngestContext, blob: Blob, table: string): Promise<RecordSink> {
  const file: AsyncBuffer = {
    byteLength: blob.size,
    slice: (start, end) => blob.slice(start, end).arrayBuffer(),
  };
  let metadata;
  try {
    metadata = await parquetMetadataAsync(file);
  } catch (e) {
    throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
  }
  const top = topLevelNames(metadata.schema);
  const sink = new RecordSink(ctx, table, top);
  const total = Number(metadata.num_rows);
  for (let start = 0; start < total; start += STEP_ROWS) {
    if (ctx.token.cancelled) throw new CancelledError();
    let rows: Record<string, unknown>[];
    try {
      rows = await parquetReadObjects({ file, metadata, rowStart: start, rowEnd: Math.min(total, start + STEP_ROWS), compressors });
    } catch (e) {
      // A valid footer over damaged pages fails only here ("thrift unhandled type", bad codec data).
      throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
    }
    for (const r of rows) await sink.push(top.map((name) => cellText(r[name])));
    ctx.progress({ bytesDone: Math.round((blob.size * Math.min(total, start + STEP_ROWS)) / total) });
  }
  await sink.flush();
  return sink;
}

/** Names of the top-level fields; nested groups come back as one JSON text cell each. */
function topLevelNames(schema: { name: string; num_children?: number }[]): string[] {
  const names: string[] = [];
  let i = 1;
  const skip = (index: number): number => {
    const n = schema[index].num_children ?? 0;
    let next = index + 1;
    for (let c = 0; c < n; c++) next = skip(next);
    return next;
  };
  while (i < schema.length) {
    names.push(schema[i].name);
    i = skip(i);
  }
  return names;
}
