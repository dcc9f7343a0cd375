/**
 * Derived tables that depend only on their defining SQL (typed tables, duplicate lists) are
 * rebuilt only when that SQL changes, so switching a cleaning rule re-runs the cleaning and the
 * chapters, not the parsing of every raw value. The defining SQL is kept in a small table; the
 * engine forgets an entry when it replaces the raw table underneath (reload, remove).
 */
import type { Db } from '../db';
import { literal } from './ident';

export const CACHE_TABLE = '_clientele_derived';

export function forgetSql(name: string): string {
  return `DELETE FROM ${CACHE_TABLE} WHERE name = ${literal(name)}`;
}

/**
 * Run `sql` (which creates `name`) unless the same SQL already created it. Returns whether it ran.
 * `statements`, when given, are what builds the table (the same result in slices, sql/slices.ts).
 */
export async function createOnce(db: Db, name: string, sql: string, statements: readonly string[] = [sql]): Promise<boolean> {
  await db.exec(`CREATE TABLE IF NOT EXISTS ${CACHE_TABLE} (name VARCHAR PRIMARY KEY, sql VARCHAR)`);
  const [row] = await db.query<{ sql: string }>(`SELECT sql FROM ${CACHE_TABLE} WHERE name = ${literal(name)}`);
  if (row && row.sql === sql) return false;
  // A half-built table must not pass for a whole one: forget the entry until the last slice is in.
  if (row) await db.exec(forgetSql(name));
  for (const s of statements) await db.exec(s);
  await db.exec(`INSERT OR REPLACE INTO ${CACHE_TABLE} VALUES (${literal(name)}, ${literal(sql)})`);
  return true;
}

export const MEMO_TABLE = '_clientele_memo';

/**
 * A JSON result kept in the database under a name, reused while its key (the inputs that
 * decide it) is unchanged: column profiles cost seconds and depend only on the raw table and
 * the columns' formats, not on cleaning rules.
 */
export async function memo<T>(db: Db, name: string, key: string, compute: () => Promise<T>): Promise<T> {
  await db.exec(`CREATE TABLE IF NOT EXISTS ${MEMO_TABLE} (name VARCHAR PRIMARY KEY, key VARCHAR, value VARCHAR)`);
  const [row] = await db.query<{ key: string; value: string }>(`SELECT key, value FROM ${MEMO_TABLE} WHERE name = ${literal(name)}`);
  if (row && row.key === key) return JSON.parse(row.value) as T;
  const value = await compute();
  await db.exec(`INSERT OR REPLACE INTO ${MEMO_TABLE} VALUES (${literal(name)}, ${literal(key)}, ${literal(JSON.stringify(value))})`);
  return value;
}

export function forgetMemoSql(prefix: string): string {
  return `DELETE FROM ${MEMO_TABLE} WHERE starts_with(name, ${literal(prefix)})`;
}
