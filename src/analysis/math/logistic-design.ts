/**
 * The design matrix of a logistic regression: an intercept, numeric features as z-scores
 * (population std, as sklearn's StandardScaler; a constant column becomes 0), and each category
 * one-hot against its most frequent level. Rare levels (fewer than `minLevelCount` rows, or past
 * the `maxLevels` most frequent) are pooled into one "other" level and missing values form an
 * "unknown" level (the baseline is the most frequent real value, never one of these pools), so a column with hundreds of values cannot flood the fit. A category left with
 * a single level says nothing and is dropped (listed in `dropped`).
 */
import { standardize } from './standardize';

export type LevelKey = { kind: 'value'; value: string } | { kind: 'other' } | { kind: 'unknown' };

export type DesignColumn =
  | { kind: 'intercept' }
  | { kind: 'numeric'; name: string; mean: number; std: number }
  | { kind: 'level'; name: string; level: LevelKey; reference: LevelKey; count: number };

export interface NumericFeature {
  name: string;
  values: ArrayLike<number>;
}

export interface CategoricalFeature {
  name: string;
  values: readonly (string | null)[];
}

export interface DesignOptions {
  maxLevels?: number;
  minLevelCount?: number;
}

export interface Design {
  /** Row-major n x d, column 0 all ones. */
  x: Float64Array;
  n: number;
  d: number;
  columns: DesignColumn[];
  /** Categories that ended with one level (or none). */
  dropped: string[];
}

const OTHER: LevelKey = { kind: 'other' };
const UNKNOWN: LevelKey = { kind: 'unknown' };

export function levelId(l: LevelKey): string {
  return l.kind === 'value' ? `v:${l.value}` : l.kind;
}

/** Levels of one category after pooling, most frequent first (ties by id), with a level per row. */
export function categoryLevels(values: readonly (string | null)[], o: Required<DesignOptions>): { levels: { key: LevelKey; count: number }[]; rows: string[] } {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = new Set(ranked.filter(([, c]) => c >= o.minLevelCount).slice(0, o.maxLevels).map(([v]) => v));
  const rows = values.map((v) => levelId(v === null ? UNKNOWN : kept.has(v) ? { kind: 'value', value: v } : OTHER));
  const tally = new Map<string, { key: LevelKey; count: number }>();
  for (let i = 0; i < values.length; i++) {
    const id = rows[i];
    const v = values[i];
    const key: LevelKey = v === null ? UNKNOWN : kept.has(v) ? { kind: 'value', value: v } : OTHER;
    const t = tally.get(id);
    if (t) t.count++;
    else tally.set(id, { key, count: 1 });
  }
  const levels = [...tally.values()].sort((a, b) => b.count - a.count || (levelId(a.key) < levelId(b.key) ? -1 : 1));
  return { levels, rows };
}

export function buildDesign(numeric: NumericFeature[], categorical: CategoricalFeature[], n: number, options: DesignOptions = {}): Design {
  const o = { maxLevels: options.maxLevels ?? 8, minLevelCount: options.minLevelCount ?? 10 };
  const columns: DesignColumn[] = [{ kind: 'intercept' }];
  const dropped: string[] = [];
  const blocks: Float64Array[] = [];
  if (numeric.length > 0) {
    const raw = new Float64Array(n * numeric.length);
    numeric.forEach((f, j) => {
      for (let i = 0; i < n; i++) raw[i * numeric.length + j] = f.values[i];
    });
    const z = standardize(raw, n, numeric.length);
    numeric.forEach((f, j) => {
      columns.push({ kind: 'numeric', name: f.name, mean: z.means[j], std: z.stds[j] });
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) col[i] = z.values[i * numeric.length + j];
      blocks.push(col);
    });
  }
  for (const f of categorical) {
    const { levels, rows } = categoryLevels(f.values, o);
    if (levels.length < 2) {
      dropped.push(f.name);
      continue;
    }
    // The baseline is the most frequent actual value, not a pool of rare or missing ones.
    const reference = (levels.find((l) => l.key.kind === 'value') ?? levels[0]).key;
    for (const l of levels) {
      if (l.key === reference) continue;
      const id = levelId(l.key);
      columns.push({ kind: 'level', name: f.name, level: l.key, reference, count: l.count });
      blocks.push(Float64Array.from(rows, (r) => (r === id ? 1 : 0)));
    }
  }
  const d = columns.length;
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    x[i * d] = 1;
    for (let j = 1; j < d; j++) x[i * d + j] = blocks[j - 1][i];
  }
  return { x, n, d, columns, dropped };
}
