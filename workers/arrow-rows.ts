import type { Table } from 'apache-arrow';
import type { Row, Value } from '../src/analysis/db';

/**
 * Arrow result -> plain rows that survive structuredClone and JSON.
 * DuckDB hands BIGINT as bigint and DECIMAL as scaled integers; the analysis wants numbers.
 * Integers beyond 2^53 stay bigint so nothing is silently rounded.
 */
export function arrowToRows<T extends Row = Row>(table: Table): T[] {
  const fields = table.schema.fields;
  const columns = fields.map((f) => table.getChild(f.name));
  const scales = fields.map((f) => decimalScale(f.type));
  const rows: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Row = {};
    for (let c = 0; c < fields.length; c++) {
      row[fields[c].name] = toPlain(columns[c]?.get(i), scales[c]);
    }
    rows[i] = row as T;
  }
  return rows;
}

function decimalScale(type: unknown): number | null {
  const t = type as { typeId?: number; scale?: number };
  // Type.Decimal === 7 in apache-arrow's enum
  return t.typeId === 7 ? (t.scale ?? 0) : null;
}

function toPlain(v: unknown, scale: number | null): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') {
    if (v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= BigInt(Number.MIN_SAFE_INTEGER)) return Number(v);
    return v;
  }
  if (scale !== null && v instanceof Uint32Array) return decimalToNumber(v, scale);
  if (v instanceof Date) return v.getTime();
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** A 128-bit little-endian two's-complement integer in four uint32 words, divided by 10^scale. */
function decimalToNumber(words: Uint32Array, scale: number): number {
  let big = 0n;
  for (let i = words.length - 1; i >= 0; i--) big = (big << 32n) | BigInt(words[i]);
  const bits = BigInt(words.length * 32);
  if (big >> (bits - 1n)) big -= 1n << bits;
  return Number(big) / 10 ** scale;
}
