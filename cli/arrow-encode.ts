/**
 * A native result as Arrow IPC stream bytes, for the worker's BindingsDb, which decodes every
 * result with tableFromIPC + arrowToRows. The values are already the plain values of the WASM
 * Db (cli/values.ts); each column gets the Arrow type that arrowToRows hands back unchanged:
 * numbers as Float64, integers beyond 2^53 as Int64/Uint64 (arrowToRows keeps them bigint),
 * text as Utf8, booleans as Bool. The round trip is lossless, so rows read through the Engine
 * equal rows read through NativeDb.
 */
import {
  Bool,
  Field,
  Float64,
  Int64,
  RecordBatch,
  Schema,
  Struct,
  Table,
  Uint64,
  Utf8,
  makeData,
  tableToIPC,
  type Data,
  type DataType,
} from 'apache-arrow';
import type { Value } from '../src/analysis/db';
import type { NativeResult } from './native-db';

const INT64_MAX = 2n ** 63n - 1n;

export function encodeResult(r: NativeResult): Uint8Array {
  const types = r.columns.map(arrowType);
  const fields = r.names.map((name, c) => new Field(name, types[c], true));
  const children = r.columns.map((values, c) => columnData(values, types[c]));
  const data = makeData({ type: new Struct(fields), length: r.rows, nullCount: 0, children });
  return tableToIPC(new Table([new RecordBatch(new Schema(fields), data)]), 'stream');
}

/**
 * One column's Arrow data, written straight into typed arrays: Arrow's generic builders cost
 * several microseconds a value, which made a 20,000-customer result take 0.3 s to encode.
 */
function columnData(values: Value[], type: DataType): Data {
  const length = values.length;
  const valid = new Uint8Array((length + 7) >> 3);
  let nullCount = 0;
  for (let i = 0; i < length; i++) {
    if (values[i] === null) nullCount++;
    else valid[i >> 3] |= 1 << (i & 7);
  }
  const nullBitmap = nullCount > 0 ? valid : undefined;
  if (type instanceof Float64) {
    const data = new Float64Array(length);
    for (let i = 0; i < length; i++) data[i] = (values[i] as number | null) ?? 0;
    return makeData({ type, length, nullCount, nullBitmap, data });
  }
  if (type instanceof Int64 || type instanceof Uint64) {
    const data = type instanceof Int64 ? new BigInt64Array(length) : new BigUint64Array(length);
    for (let i = 0; i < length; i++) {
      const v = values[i];
      data[i] = v === null ? 0n : BigInt(v as number | bigint);
    }
    return makeData({ type, length, nullCount, nullBitmap, data });
  }
  if (type instanceof Bool) {
    const data = new Uint8Array((length + 7) >> 3);
    for (let i = 0; i < length; i++) if (values[i] === true) data[i >> 3] |= 1 << (i & 7);
    return makeData({ type, length, nullCount, nullBitmap, data });
  }
  // Utf8: one byte buffer (3 bytes per UTF-16 unit at most) and offsets.
  let bound = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v !== null) bound += (v as string).length * 3;
  }
  const buffer = Buffer.alloc(bound);
  const valueOffsets = new Int32Array(length + 1);
  let total = 0;
  for (let i = 0; i < length; i++) {
    const v = values[i];
    if (v !== null) total += buffer.write(v as string, total, 'utf8');
    valueOffsets[i + 1] = total;
  }
  return makeData({ type: type as Utf8, length, nullCount, nullBitmap, valueOffsets, data: buffer.subarray(0, total) });
}

function arrowType(values: Value[]): DataType {
  let kind: 'none' | 'number' | 'bigint' | 'string' | 'boolean' = 'none';
  let unsigned = false;
  for (const v of values) {
    if (v === null) continue;
    if (typeof v === 'bigint') {
      kind = 'bigint';
      if (v > INT64_MAX) unsigned = true;
    } else if (typeof v === 'string') return new Utf8();
    else if (typeof v === 'boolean') return new Bool();
    else if (kind === 'none') kind = 'number';
  }
  if (kind === 'bigint') return unsigned ? new Uint64() : new Int64();
  if (kind === 'number') return new Float64();
  return new Utf8(); // all null: any type reads back as null
}
