/**
 * DuckDB values from @duckdb/node-api -> the plain values the analysis layer expects (see
 * src/analysis/db.ts). The browser gets its rows through Arrow (workers/arrow-rows.ts); every
 * rule here reproduces what that path yields for the same DuckDB type, down to the arithmetic,
 * so a Report made on native DuckDB can be compared with the browser's number for number.
 */
import {
  DuckDBBlobValue,
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBListValue,
  DuckDBArrayValue,
  DuckDBStructValue,
  DuckDBMapValue,
  DuckDBTimeValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
  DuckDBTypeId,
  type DuckDBType,
  type DuckDBValue,
} from '@duckdb/node-api';
import type { Value } from '../src/analysis/db';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const DAY_MS = 86_400_000;

/** One cell, as workers/arrow-rows.ts would hand it over for the same DuckDB type. */
export function plainValue(v: DuckDBValue, type: DuckDBType): Value {
  if (v === null || v === undefined) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BOOLEAN:
      return Boolean(v);
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
      // Arrow Int64/Uint64 -> bigint -> number when it fits (arrow-rows' rule).
      return safeInteger(v as bigint);
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.BIGNUM:
      // DuckDB-WASM exports 128-bit integers as DOUBLE (measured: 2^60+1 arrives as 2^60).
      return Number(v as bigint);
    case DuckDBTypeId.DECIMAL: {
      // Arrow Decimal128 -> arrow-rows divides the scaled integer by 10^scale; so do we.
      const d = v as DuckDBDecimalValue;
      return Number(d.value) / 10 ** d.scale;
    }
    case DuckDBTypeId.DATE:
      // Arrow DateDay: days * 86,400,000.
      return (v as DuckDBDateValue).days * DAY_MS;
    case DuckDBTypeId.TIMESTAMP:
      return divide((v as DuckDBTimestampValue).micros, 1000n);
    case DuckDBTypeId.TIMESTAMP_TZ:
      return divide((v as DuckDBTimestampTZValue).micros, 1000n);
    case DuckDBTypeId.TIMESTAMP_S:
      return 1000 * Number((v as DuckDBTimestampSecondsValue).seconds);
    case DuckDBTypeId.TIMESTAMP_MS:
      return Number((v as DuckDBTimestampMillisecondsValue).millis);
    case DuckDBTypeId.TIMESTAMP_NS:
      return divide((v as DuckDBTimestampNanosecondsValue).nanos, 1_000_000n);
    case DuckDBTypeId.TIME:
      // Arrow Time64[us] -> bigint micros -> number.
      return safeInteger((v as DuckDBTimeValue).micros);
    case DuckDBTypeId.TINYINT:
    case DuckDBTypeId.SMALLINT:
    case DuckDBTypeId.INTEGER:
    case DuckDBTypeId.UTINYINT:
    case DuckDBTypeId.USMALLINT:
    case DuckDBTypeId.UINTEGER:
    case DuckDBTypeId.FLOAT:
    case DuckDBTypeId.DOUBLE:
      return v as number;
    case DuckDBTypeId.VARCHAR:
      return v as string;
    case DuckDBTypeId.BLOB:
      // Arrow Binary -> Uint8Array -> String(): the bytes as comma-separated numbers. node-api
      // hands a Buffer, whose String() would decode it as UTF-8 instead.
      return Array.prototype.join.call((v as DuckDBBlobValue).bytes, ',');
    case DuckDBTypeId.LIST:
    case DuckDBTypeId.ARRAY:
      // Arrow List -> Vector -> String(): "[a,b]". No analysis query returns a list today.
      return `[${(v as DuckDBListValue | DuckDBArrayValue).items.map((x) => nestedText(x)).join(',')}]`;
    case DuckDBTypeId.STRUCT:
    case DuckDBTypeId.MAP:
      return structText(v as DuckDBStructValue | DuckDBMapValue);
    default:
      // ENUM, UUID, INTERVAL, BIT, TIME_TZ...: text. Not used by the analysis.
      return String(v);
  }
}

/** Arrow's getTimestampMicrosecond / Nanosecond: quotient plus remainder / divisor, as numbers. */
function divide(n: bigint, divisor: bigint): number {
  return Number(n / divisor) + Number(n % divisor) / Number(divisor);
}

function safeInteger(v: bigint | number): number | bigint {
  if (typeof v === 'number') return v;
  return v <= MAX_SAFE && v >= MIN_SAFE ? Number(v) : v;
}

function nestedText(v: DuckDBValue): string {
  if (v === null) return 'null';
  return String(v);
}

/** Arrow StructRow's toString: {"key": value, ...} with strings quoted. */
function structText(v: DuckDBStructValue | DuckDBMapValue): string {
  const entries: [string, DuckDBValue][] =
    v instanceof DuckDBStructValue ? Object.entries(v.entries) : v.entries.map((e) => [String(e.key), e.value]);
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}: ${typeof x === 'string' ? JSON.stringify(x) : nestedText(x)}`).join(', ')}}`;
}
