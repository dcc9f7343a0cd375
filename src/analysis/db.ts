/**
 * The one door from the analysis layer to a database. The browser worker implements it on
 * DuckDB-WASM; tests implement it on the same engine in Node. Rows come back as plain objects:
 * BIGINT as number (or bigint beyond 2^53), TIMESTAMP/DATE as epoch milliseconds, DECIMAL as number.
 */
export type Value = string | number | bigint | boolean | null;
export type Row = Record<string, Value>;

export interface Db {
  /** Run a query and return its rows. */
  query<T extends Row = Row>(sql: string): Promise<T[]>;
  /** Run statements that return nothing of interest (DDL, INSERT). */
  exec(sql: string): Promise<void>;
  /**
   * Optional bulk path for numbers computed in TypeScript: append rows, given as one typed array
   * per column (all of one length), to an existing table with exactly these columns in this
   * order. A non-finite number is stored as NULL. Callers fall back to INSERT ... VALUES without it.
   */
  appendColumns?(table: string, columns: Record<string, Int32Array | Float64Array>): Promise<void>;
}
