/**
 * Quoting for SQL built from user-supplied names and values. Column names come straight from
 * users' files (Chinese, spaces, quotes, trailing blanks), so every identifier and literal that
 * reaches DuckDB passes through here.
 */

/** A double-quoted identifier: `a"b` -> `"a""b"`. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * A single-quoted string literal: `it's` -> `'it''s'`. SQL text cannot hold a NUL character (the
 * parser stops there), so a value with one is spelled as pieces joined by chr(0).
 */
export function literal(value: string): string {
  const quoted = (s: string) => `'${s.replaceAll("'", "''")}'`;
  return value.includes('\0') ? `(${value.split('\0').map(quoted).join(' || chr(0) || ')})` : quoted(value);
}

/** A list literal of strings: ['a', 'b']. */
export function literalList(values: readonly string[]): string {
  return `[${values.map(literal).join(', ')}]`;
}
