import { ident } from './ident';

/**
 * One 64-bit hash over every raw column of a row. Two rows equal in every column (NULLs equal)
 * have the same hash, so only rows whose hash occurs more than once can be duplicates: grouping
 * by this hash (16 bytes a row) finds them at a fraction of the time and memory of a DISTINCT or
 * a window over the whole text of every row. Collisions only add candidates, which the exact
 * comparison that follows then tells apart, so counts stay exact.
 */
export function rowHashSql(columns: readonly string[]): string {
  return `hash(${columns.map(ident).join(', ')})`;
}
