/**
 * profileDataset: the column profile of every column of one input table, and its data-quality
 * alerts. Runs the SQL of ./sql.ts through Db and assembles plain JSON; see README.md.
 */
import type { Db, Row, Value } from '../db';
import type { DatasetInput } from '../report';
import { asTextOf, columnAlerts, datasetAlerts, type AsText, type ColumnStats } from './alerts';
import {
  binEdges,
  binPlan,
  columnBatches,
  dropSql,
  duplicatesSql,
  EXACT_DISTINCT_MAX_ROWS,
  exactDistinctSql,
  histogramSql,
  materializeSql,
  outlierLimits,
  outliersSql,
  profileKind,
  statsSql,
  textSampleSql,
  topValuesSql,
  type BinPlan,
  type OutlierSpec,
  type ProfileColumn,
} from './sql';
import type { ColumnProfile, DatasetProfile, HistogramBin } from './types';

export type { AlertCode, Alert, ColumnProfile, DatasetProfile, HistogramBin } from './types';

/**
 * Above the exact limit, text/id columns whose approximate distinct count reaches this share of
 * their values are recounted exactly, so that 'unique' is never a guess. DuckDB's
 * approx_count_distinct is coarse (off by 1-22% on Online Retail's columns), hence the wide margin.
 */
const UNIQUE_CANDIDATE_SHARE = 0.5;

export interface ProfileOptions {
  /** Distinct counts are exact up to this many rows, approximate above (default EXACT_DISTINCT_MAX_ROWS). */
  exactDistinctMaxRows?: number;
}

export async function profileDataset(db: Db, d: DatasetInput, options: ProfileOptions = {}): Promise<DatasetProfile> {
  const [t] = await db.query(duplicatesSql(d.table, d.columns.map((c) => c.name)));
  const rows = count(t.rows);
  const duplicateRows = count(t.duplicates);
  const exact = rows <= (options.exactDistinctMaxRows ?? EXACT_DISTINCT_MAX_ROWS);
  const all: ProfileColumn[] = d.columns.map((c, index) => ({ index, name: c.name, format: c.format, kind: profileKind(c.format.type) }));
  const temp = `_profile_${d.id}`;
  const columns: ColumnProfile[] = [];
  for (const batch of columnBatches(all, rows)) {
    await db.exec(materializeSql(d.table, temp, batch));
    try {
      columns.push(...(await profileBatch(db, d, temp, batch, rows, exact)));
    } finally {
      await db.exec(dropSql(temp)).catch(() => {});
    }
  }
  return { id: d.id, rows, duplicateRows, columns, alerts: datasetAlerts({ rows, duplicateRows }) };
}

async function profileBatch(db: Db, d: DatasetInput, temp: string, batch: ProfileColumn[], rows: number, exact: boolean): Promise<ColumnProfile[]> {
  const [s] = await db.query(statsSql(temp, batch, exact));
  const stats = new Map<number, ColumnStats>();
  const outlierSpecs: OutlierSpec[] = [];
  const plans: BinPlan[] = [];
  const recount: number[] = [];

  for (const c of batch) {
    const i = c.index;
    const role = d.columns[i].role;
    const n = count(s[`n${i}`]);
    const nonEmpty = c.kind === 'text' ? n : count(s[`e${i}`]);
    const missing = rows - nonEmpty;
    let distinct = count(s[`d${i}`]);
    const lo = finite(s[`lo${i}`]);
    const hi = finite(s[`hi${i}`]);
    if (!exact && n > 0) {
      // HyperLogLog cannot say "exactly one value"; min = max can.
      const same = c.kind === 'number' || c.kind === 'date' ? lo !== undefined && lo === hi : s[`k${i}`] === true;
      distinct = same ? 1 : Math.max(2, distinct);
      if (c.kind === 'text' && distinct >= UNIQUE_CANDIDATE_SHARE * n) recount.push(i);
    }
    const p: ColumnStats = {
      name: c.name,
      role,
      type: c.format.type,
      rows,
      missing,
      missingShare: rows > 0 ? missing / rows : 0,
      distinct,
      parsedShare: c.kind === 'text' || nonEmpty === 0 ? 1 : n / nonEmpty,
    };
    if (!exact) p.distinctApprox = true;
    if (c.kind === 'number') {
      const fields = { min: lo, max: hi, mean: finite(s[`mean${i}`]), median: finite(s[`q2_${i}`]), q1: finite(s[`q1_${i}`]), q3: finite(s[`q3_${i}`]), std: finite(s[`sd${i}`]) };
      for (const [k, x] of Object.entries(fields)) if (x !== undefined) (p as unknown as Record<string, number>)[k] = x;
      p.zeros = count(s[`z${i}`]);
      p.negatives = count(s[`neg${i}`]);
      const skew = finite(s[`sk${i}`]);
      if (skew !== undefined) p.skewness = skew;
      if (p.mean !== undefined && p.std !== undefined && p.q1 !== undefined && p.q3 !== undefined) {
        const spec = { index: i, mean: p.mean, sd: p.std, q1: p.q1, q3: p.q3 };
        if (outlierLimits(spec)) outlierSpecs.push(spec);
      }
    } else if (c.kind === 'date') {
      const first = s[`first${i}`];
      const last = s[`last${i}`];
      if (typeof first === 'string') p.earliest = first;
      if (typeof last === 'string') p.latest = last;
    }
    if ((c.kind === 'number' || c.kind === 'date') && lo !== undefined && hi !== undefined) {
      const plan = binPlan(i, c.format.type, lo, hi, p.skewness);
      if (plan) plans.push(plan);
      if (plan?.scale === 'log') p.logBins = true;
    }
    stats.set(i, p);
  }

  if (recount.length > 0) {
    const [r] = await db.query(exactDistinctSql(temp, recount));
    for (const i of recount) {
      const p = stats.get(i)!;
      p.distinct = count(r[`d${i}`]);
      delete p.distinctApprox;
    }
  }

  if (outlierSpecs.length > 0) {
    const [r] = await db.query(outliersSql(temp, outlierSpecs));
    for (const o of outlierSpecs) {
      stats.get(o.index)!.outliers = { sigma3: count(r[`s${o.index}`]), iqr15: count(r[`i${o.index}`]), iqr3: count(r[`j${o.index}`]) };
    }
  }

  if (plans.length > 0) {
    const hist = new Map<number, HistogramBin[]>(plans.map((p) => [p.index, binEdges(p).map(([x0, x1]) => ({ x0, x1, count: 0 }))]));
    for (const r of await db.query(histogramSql(temp, plans))) {
      const bins = hist.get(count(r.c))!;
      const b = count(r.b);
      if (b >= 0 && b < bins.length) bins[b].count += count(r.n);
    }
    for (const [i, bins] of hist) stats.get(i)!.histogram = bins;
  }

  // Top values of text, id and boolean columns; a unique column's are all 1 and are skipped.
  const tops = batch
    .filter((c) => (c.kind === 'text' || c.kind === 'boolean') && count(s[`n${c.index}`]) > 0)
    .filter((c) => {
      const p = stats.get(c.index)!;
      return p.distinctApprox || p.distinct < rows - p.missing;
    })
    .map((c) => c.index);
  if (tops.length > 0) {
    const found = groupRows(await db.query(topValuesSql(temp, tops)));
    for (const i of tops) {
      const list = (found.get(i) ?? []).map((r) => ({ value: String(r.value), count: count(r.n) }));
      stats.get(i)!.top = list.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    }
  }

  const asText = new Map<number, AsText | null>();
  const textual = batch.filter((c) => (c.format.type === 'text' || c.format.type === 'empty') && count(s[`n${c.index}`]) > 0).map((c) => c.index);
  if (textual.length > 0) {
    const found = groupRows(await db.query(textSampleSql(temp, textual)));
    for (const i of textual) asText.set(i, asTextOf((found.get(i) ?? []).map((r) => String(r.value))));
  }

  return batch.map((c) => {
    const p = stats.get(c.index)!;
    return { ...p, alerts: columnAlerts(p, asText.get(c.index)) };
  });
}

function groupRows(rows: Row[]): Map<number, Row[]> {
  const out = new Map<number, Row[]>();
  for (const r of rows) {
    const c = count(r.c);
    const list = out.get(c);
    if (list) list.push(r);
    else out.set(c, [r]);
  }
  return out;
}

function count(v: Value | undefined): number {
  return v === null || v === undefined ? 0 : Number(v);
}

/** A finite number, or undefined (NULL, NaN, ±Infinity never reach the profile). */
function finite(v: Value | undefined): number | undefined {
  if (v === null || v === undefined || typeof v === 'boolean' || typeof v === 'string') return undefined;
  const x = Number(v);
  return Number.isFinite(x) ? x : undefined;
}
