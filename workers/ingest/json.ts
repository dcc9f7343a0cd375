import { CancelledError } from '../cancel';
import type { IngestContext } from './context';
import { LoadFailure } from './errors';
import { RecordSink, cellText, type Cell } from './records';

type Obj = Record<string, unknown>;

/**
 * JSON (an array of records, or an object holding one) and NDJSON (one record per line).
 * Nested objects become dotted columns one level deep; deeper values and arrays stay JSON text.
 */
export async function readJson(ctx: IngestContext, text: string, table: string, lines: boolean): Promise<RecordSink> {
  const records = lines ? parseLines(text) : parseDocument(text);
  if (records.length === 0) throw new LoadFailure('empty');
  const flat = records.map(flatten);
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of flat) for (const k of Object.keys(r)) if (!seen.has(k)) (seen.add(k), header.push(k));
  // [{}, {}] has records but no fields: a table needs at least one column.
  if (header.length === 0) throw new LoadFailure('json-shape', 'records without fields');
  const sink = new RecordSink(ctx, table, header);
  for (let i = 0; i < flat.length; i++) {
    if (i % 10_000 === 0 && ctx.token.cancelled) throw new CancelledError();
    await sink.push(header.map((h): Cell => cellText(flat[i][h])));
  }
  await sink.flush();
  return sink;
}

function parseDocument(text: string): Obj[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // A file of one record per line saved as .json is common; accept it.
    const asLines = tryLines(text);
    if (asLines) return asLines;
    throw new LoadFailure('corrupt', e instanceof Error ? e.message : String(e));
  }
  if (Array.isArray(doc)) return records(doc);
  if (doc && typeof doc === 'object') {
    const arrays = Object.values(doc as Obj).filter((v) => Array.isArray(v) && v.length > 0 && isObject(v[0]));
    if (arrays.length === 1) return records(arrays[0] as unknown[]);
  }
  throw new LoadFailure('json-shape');
}

function records(items: unknown[]): Obj[] {
  if (!items.every(isObject)) throw new LoadFailure('json-shape');
  return items as Obj[];
}

function parseLines(text: string): Obj[] {
  const out: Obj[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new LoadFailure('corrupt', `line ${i + 1}`);
    }
    if (!isObject(v)) throw new LoadFailure('json-shape', `line ${i + 1}`);
    out.push(v);
  }
  return out;
}

function tryLines(text: string): Obj[] | null {
  try {
    return parseLines(text);
  } catch {
    return null;
  }
}

function isObject(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function flatten(r: Obj): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(r)) {
    if (isObject(v)) for (const [k2, v2] of Object.entries(v)) out[`${k}.${k2}`] = v2;
    else out[k] = v;
  }
  return out;
}
