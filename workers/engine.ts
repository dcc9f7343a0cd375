/**
 * The engine behind the worker API: owns the DuckDB connection, the loaded datasets and the
 * cancel flag. It knows nothing about comlink or the DOM, so Node tests drive exactly this class
 * on the same DuckDB-WASM build the browser runs.
 */
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/browser-blocking';
import { runReport, type ReportSettings, type RunProgress } from '../src/analysis/pipeline';
import type { DatasetInput, Report } from '../src/analysis/report';
import { typedSql } from '../src/analysis/sql/typed';
import { linkChecks, linkSql } from '../src/analysis/sql/links';
import { validateInputs } from '../src/analysis/validate';
import { generateSample } from '../src/analysis/sample/generate';
import { ident, literal } from '../src/analysis/sql/ident';
import { adaptFormat } from '../src/analysis/infer/adapt';
import { setAsideRowsSql, type RowsReason } from '../src/analysis/clean/rows';
import { toCsv } from '../src/analysis/export/csv';
import { customerExportColumns, customerExportSql, exportPartsOf } from '../src/analysis/export/customers';
import { rowsToParquet } from './export/parquet';
import { arrowToRows } from './arrow-rows';
import { CACHE_TABLE, MEMO_TABLE, forgetMemoSql, forgetSql } from '../src/analysis/sql/cache';
import { BindingsDb } from './bindings-db';
import { CancelledError, type CancelToken } from './cancel';
import { LOCKDOWN_SQL } from './lockdown';
import type { DatasetInfo, LinkStat, LoadError, LoadProgress, LoadResult, MappedDataset, ProgressCallback, ReloadOptions, SourceFile } from './protocol';
import { LoadFailure, isOutOfMemory } from './ingest/errors';
import { baseName, groupFiles, type FileGroup } from './ingest/group';
import { readGroup } from './ingest/read-group';
import { COMPACT_ABOVE_TEXT_BYTES, textBytesOf } from '../src/analysis/capacity';
import { understand } from './ingest/understand';

interface Loaded {
  info: DatasetInfo;
  group: FileGroup;
  samples: Record<string, (string | null)[]>;
}

export class Engine {
  readonly db: BindingsDb;
  private datasets = new Map<string, Loaded>();
  private counter = 0;
  private buffers = 0;
  private token: CancelToken = { cancelled: false };
  /** The last completed report and what it was made from; null while a run is under way or after a load. */
  private lastRun: { key: string; report: Report } | null = null;

  /** Whether tables now live in the compressed catalog (see compactIfLarge). */
  private compact = false;

  constructor(
    readonly bindings: DuckDBBindings,
    readonly bundle: string,
    /**
     * Text (bytes) beyond which tables move to a compressed in-memory catalog. The browser's
     * 4 GiB ceiling makes this worth its cost there; native DuckDB (the CLI) spills to disk instead.
     */
    private readonly compactAboveTextBytes = COMPACT_ABOVE_TEXT_BYTES,
  ) {
    const conn = bindings.connect().useUnsafe((_b, id) => id);
    this.db = new BindingsDb(bindings, conn, this.token);
  }

  /** Whether the engine has switched to compressed tables (for the bench and the tests). */
  isCompact(): boolean {
    return this.compact;
  }

  /**
   * Size of the WebAssembly memory: it never shrinks, so this is the peak reached so far. Null
   * when DuckDB runs outside this worker (the multi-threaded build) or natively.
   */
  wasmBytes(): number | null {
    return (this.bindings as unknown as { mod?: { HEAPU8: Uint8Array } }).mod?.HEAPU8.length ?? null;
  }

  async init(): Promise<{ duckdb: string; bundle: string }> {
    for (const stmt of LOCKDOWN_SQL) await this.db.exec(stmt);
    return { duckdb: this.bindings.getVersion(), bundle: this.bundle };
  }

  cancel(): void {
    this.token.cancelled = true;
  }

  private begin(): CancelToken {
    this.token = { cancelled: false };
    this.db.token = this.token;
    return this.token;
  }

  async load(files: SourceFile[], onProgress: ProgressCallback<LoadProgress>): Promise<LoadResult> {
    const token = this.begin();
    await this.compactIfLarge(files);
    const { groups, failures } = await groupFiles(files);
    const errors: LoadError[] = failures.map((f) => ({ file: f.file, code: f.error.code, detail: f.error.message }));
    const datasets: DatasetInfo[] = [];
    const bytesTotal = files.reduce((n, f) => n + f.blob.size, 0);
    const state: LoadProgress = { phase: 'reading', file: '', fileIndex: 0, fileCount: files.length, bytesDone: 0, bytesTotal, rows: 0 };
    let bytesBefore = 0;
    let filesBefore = 0;
    let rowsBefore = 0;
    const queue = [...groups];
    while (queue.length > 0) {
      const group = queue.shift()!;
      if (token.cancelled) {
        errors.push({ file: group.name, code: 'cancelled' });
        continue;
      }
      const id = `d${++this.counter}`;
      try {
        const { info, split, failed } = await this.readDataset(id, group, {}, (p) => {
          // Readers report only what changed; a field they leave out keeps its last value.
          if (p.phase) state.phase = p.phase;
          if (p.file !== undefined) {
            state.file = p.file;
            const index = group.files.findIndex((f) => f.path === p.file);
            if (index >= 0) state.fileIndex = filesBefore + index;
          }
          if (p.bytesDone !== undefined) state.bytesDone = bytesBefore + p.bytesDone;
          if (p.rows !== undefined) state.rows = rowsBefore + p.rows;
          onProgress({ ...state });
        });
        datasets.push(info);
        rowsBefore += info.rows;
        errors.push(...failed.map((f) => ({ file: f.file, code: f.error.code, detail: f.error.message })));
        queue.unshift(...split);
      } catch (e) {
        errors.push(...this.describeFailure(group, e));
      }
      bytesBefore += group.files.reduce((n, f) => n + f.blob.size, 0);
      filesBefore += group.files.length;
    }
    onProgress({ ...state, phase: 'done', bytesDone: bytesTotal });
    return { datasets, errors };
  }

  async loadSample(locale: 'zh' | 'en', onProgress: ProgressCallback<LoadProgress>): Promise<LoadResult> {
    const sample = generateSample({ locale });
    const files = sample.files.map((f) => ({ path: f.name, blob: new Blob([f.text], { type: 'text/csv' }) }));
    const result = await this.load(files, onProgress);
    // The generator knows what each file is; the classifier is only a guess for user files.
    for (const d of result.datasets) {
      const kind = sample.files.find((f) => f.name === d.name)?.kind;
      if (kind) d.kind = kind;
    }
    return result;
  }

  async reload(id: string, options: ReloadOptions, onProgress: ProgressCallback<LoadProgress>): Promise<LoadResult> {
    this.begin();
    const loaded = this.datasets.get(id);
    if (!loaded) return { datasets: [], errors: [{ file: id, code: 'failed', detail: 'unknown dataset' }] };
    try {
      const { info } = await this.readDataset(id, loaded.group, options, (p) =>
        onProgress({ phase: 'reading', file: loaded.group.name, fileIndex: 0, fileCount: loaded.group.files.length, bytesDone: 0, bytesTotal: loaded.info.bytes, rows: 0, ...p }),
      );
      return { datasets: [info], errors: [] };
    } catch (e) {
      return { datasets: [], errors: this.describeFailure(loaded.group, e) };
    }
  }

  async remove(id: string): Promise<void> {
    const loaded = this.datasets.get(id);
    if (!loaded) return;
    this.datasets.delete(id);
    await this.dropTables(loaded.info.table);
  }

  async check(mapping: MappedDataset[]): Promise<{ links: LinkStat[]; problems: ReturnType<typeof validateInputs> }> {
    this.begin();
    const inputs = this.inputs(mapping);
    for (const d of inputs) for (const sql of typedSql(d, 'view')) await this.db.exec(sql);
    const links: LinkStat[] = [];
    for (const check of linkChecks(inputs)) {
      const [r] = await this.db.query<{ total: number; matched: number }>(linkSql(check, inputs));
      links.push({ ...check, total: Number(r.total), matched: Number(r.matched) });
    }
    return { links, problems: validateInputs(inputs) };
  }

  async report(mapping: MappedDataset[], options: ReportSettings, onProgress: ProgressCallback<RunProgress>): Promise<Report> {
    this.begin();
    // The per-customer tables are rewritten step by step: until this run ends they match no report.
    this.lastRun = null;
    const report = await runReport(this.db, { datasets: this.inputs(mapping) }, options, onProgress);
    this.lastRun = { key: runKey(mapping, options), report };
    return report;
  }

  /**
   * The customer-level results (R, F, M, scores, segments, cluster, CLV) as CSV text or Parquet
   * bytes. They are read from the tables of the last completed report when it was made from this
   * mapping and these settings; otherwise (a cancelled rebuild left them half-written) the report
   * is computed again first, so the file always matches the numbers on screen.
   */
  async exportCustomers(
    mapping: MappedDataset[],
    options: ReportSettings,
    format: 'csv' | 'parquet',
    lang: 'zh' | 'en',
  ): Promise<{ data: string | Uint8Array; rows: number }> {
    const key = runKey(mapping, options);
    const report = this.lastRun?.key === key ? this.lastRun.report : await this.report(mapping, options, () => {});
    this.begin();
    const parts = exportPartsOf(report);
    if (!parts) throw new Error('no-customer-results');
    const columns = customerExportColumns(parts);
    const rows = arrowToRows(await this.db.arrow(customerExportSql(parts, lang)));
    if (format === 'parquet') return { data: rowsToParquet(columns, rows), rows: rows.length };
    const header = columns.map((c) => c.name);
    return { data: toCsv(header, rows.map((r) => header.map((h) => plainCell(r[h])))), rows: rows.length };
  }

  async exportRows(mapping: MappedDataset[], dataset: string, reason: RowsReason): Promise<{ csv: string; rows: number }> {
    this.begin();
    const inputs = this.inputs(mapping);
    const d = inputs.find((x) => x.id === dataset);
    if (!d) throw new Error(`unknown dataset ${dataset}`);
    const table = await this.db.arrow(setAsideRowsSql(d, reason, inputs));
    const header = table.schema.fields.map((f) => f.name);
    const rows = arrowToRows(table).map((r) => header.map((h) => plainCell(r[h])));
    return { csv: toCsv(header, rows), rows: rows.length };
  }

  private inputs(mapping: MappedDataset[]): DatasetInput[] {
    return mapping.map((m) => {
      const loaded = this.datasets.get(m.id);
      if (!loaded) throw new Error(`unknown dataset ${m.id}`);
      const { info } = loaded;
      // An overridden role may need another parse format than the one guessed for the old role.
      const columns = m.columns.map((c) => ({ ...c, format: adaptFormat(c.role, c.format, loaded.samples[c.name] ?? []) }));
      return { id: info.id, name: info.name, table: info.table, kind: m.kind, files: info.files.map((f) => f.path), rows: info.rows, columns };
    });
  }

  private async readDataset(
    id: string,
    group: FileGroup,
    options: ReloadOptions,
    progress: (p: Partial<LoadProgress>) => void,
  ): Promise<{ info: DatasetInfo; split: FileGroup[]; failed: { file: string; error: LoadFailure }[] }> {
    const final = `raw_${id}`;
    // A reload reads into a staging table and swaps it in only when it succeeded, so a failed
    // reload (a wrong encoding, a missing sheet) leaves the dataset as it was.
    const replacing = this.datasets.has(id);
    const table = replacing ? `${final}_next` : final;
    const started = performance.now();
    try {
      const read = await readGroup(
        { db: this.db, bindings: this.bindings, conn: this.db.conn, token: this.token, progress, nextBufferName: () => `chunk_${++this.buffers}` },
        group,
        table,
        options,
      );
      if (replacing) await this.swapIn(table, final);
      progress({ phase: 'understanding' });
      const readMs = performance.now() - started;
      const u = await understand(this.db, final, read.header, group.name);
      // A folder whose other files were split off is just its one remaining file.
      const name = group.files.length > 1 && read.files.length === 1 ? baseName(read.files[0].path) : group.name;
      const info: DatasetInfo = {
        id,
        name,
        table: final,
        format: group.format,
        compressed: group.sniffed.some((s) => s.compressed),
        files: read.files,
        bytes: read.files.reduce((n, f) => n + f.bytes, 0),
        rows: read.rows,
        encoding: read.encoding,
        csv: read.csv,
        sheets: read.sheets,
        sheet: read.sheet,
        kind: u.kind,
        kindConfidence: u.kindConfidence,
        columns: u.columns,
        preview: u.preview,
        timings: { readMs: Math.round(readMs), understandMs: Math.round(performance.now() - started - readMs) },
      };
      const keep = group.files.map((f) => read.files.some((r) => r.path === f.path));
      const kept: FileGroup = { ...group, name, files: group.files.filter((_f, i) => keep[i]), sniffed: group.sniffed.filter((_s, i) => keep[i]) };
      this.datasets.set(id, { info, group: kept, samples: u.samples });
      return { info, split: read.split, failed: read.failed };
    } catch (e) {
      await this.dropTables(table).catch(() => {});
      throw e;
    }
  }

  /**
   * Large data moves to a compressed in-memory catalog before it is read. DuckDB's in-memory tables
   * are uncompressed by default: at 3M order lines (406 MB of CSV) the engine peaked at 3.3 GiB of
   * WebAssembly memory, near the 4 GiB a tab can have; compressed, 1.2 GiB — at the price of
   * about 45% more time on every statement that writes a table, which is why small data stays
   * where it is (measurements in docs/performance.md). Once compact, always compact: the
   * tables already there are copied over and dropped from the default catalog.
   */
  private async compactIfLarge(files: SourceFile[]): Promise<void> {
    if (this.compact) return;
    const held = [...this.datasets.values()].flatMap((d) => d.info.files.map((f) => ({ name: f.path, size: f.bytes })));
    const incoming = files.map((f) => ({ name: f.path, size: f.blob.size }));
    if (textBytesOf([...held, ...incoming]) <= this.compactAboveTextBytes) return;
    const [{ name: plain }] = await this.db.query<{ name: string }>('SELECT current_database() AS name');
    try {
      await this.db.exec(`ATTACH ':memory:' AS packed (COMPRESS)`);
      await this.db.exec(`COPY FROM DATABASE ${ident(plain)} TO packed`);
      await this.db.exec('USE packed');
    } catch (e) {
      // Cancelled or out of memory half-way: stay where the data is, whole, and let load() report
      // it. The detach must run even when the cancel flag is up (as in dropTables).
      const saved = this.db.token;
      this.db.token = { cancelled: false };
      await this.db.exec('USE ' + ident(plain)).catch(() => {});
      await this.db.exec('DETACH DATABASE IF EXISTS packed').catch(() => {});
      this.db.token = saved;
      throw e;
    }
    this.compact = true;
    const left = await this.db.query<{ kind: string; name: string }>(
      `SELECT 'VIEW' AS kind, view_name AS name FROM duckdb_views() WHERE database_name = ${literal(plain)} AND schema_name = 'main' AND NOT internal
       UNION ALL SELECT 'TABLE', table_name FROM duckdb_tables() WHERE database_name = ${literal(plain)} AND schema_name = 'main'`,
    );
    for (const { kind, name } of left) await this.db.exec(`DROP ${kind} IF EXISTS ${ident(plain)}.main.${ident(name)}`);
  }

  /** Replace a dataset's raw table (and its rejects) by a freshly read one; derived tables go stale. */
  private async swapIn(staging: string, final: string): Promise<void> {
    await this.forgetDerived(final.replace(/^raw_/, ''));
    for (const suffix of ['', '_rejects', '_reject_scans']) {
      await this.db.exec(`DROP TABLE IF EXISTS ${ident(final + suffix)}`);
      const [exists] = await this.db.query<{ n: number }>(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = '${staging + suffix}'`);
      if (Number(exists.n) > 0) await this.db.exec(`ALTER TABLE ${ident(staging + suffix)} RENAME TO ${ident(final + suffix)}`);
    }
  }

  /** Derived tables of a dataset are stale once its raw table is replaced or removed. */
  private async forgetDerived(id: string): Promise<void> {
    this.lastRun = null;
    await this.db.exec(`CREATE TABLE IF NOT EXISTS ${CACHE_TABLE} (name VARCHAR PRIMARY KEY, sql VARCHAR)`);
    for (const name of [`typed_${id}`, `dups_${id}`]) {
      await this.db.exec(forgetSql(name));
      await this.db.exec(`DROP TABLE IF EXISTS ${ident(name)}`);
    }
    await this.db.exec(`CREATE TABLE IF NOT EXISTS ${MEMO_TABLE} (name VARCHAR PRIMARY KEY, key VARCHAR, value VARCHAR)`);
    await this.db.exec(forgetMemoSql(`profile:${id}`));
  }

  private async dropTables(table: string): Promise<void> {
    const saved = this.db.token;
    this.db.token = { cancelled: false };
    try {
      await this.forgetDerived(table.replace(/^raw_/, ''));
      await this.db.exec(`DROP TABLE IF EXISTS ${ident(table)}`);
      await this.db.exec(`DROP TABLE IF EXISTS ${ident(`${table}_rejects`)}`);
      await this.db.exec(`DROP TABLE IF EXISTS ${ident(`${table}_reject_scans`)}`);
    } finally {
      this.db.token = saved;
    }
  }

  private describeFailure(group: FileGroup, e: unknown): LoadError[] {
    const file = group.name;
    if (e instanceof CancelledError) return [{ file, code: 'cancelled' }];
    if (e instanceof LoadFailure) return [{ file, code: e.code, detail: e.message }];
    if (isOutOfMemory(e)) return [{ file, code: 'too-large', detail: String(e) }];
    return [{ file, code: 'failed', detail: e instanceof Error ? e.message : String(e) }];
  }
}

/** What a report run depends on, to tell whether the per-customer tables still belong to it. */
function runKey(mapping: MappedDataset[], options: ReportSettings): string {
  return JSON.stringify([mapping, options]);
}

/** A cell for CSV: integers beyond 2^53 arrive as bigint and are written as their digits. */
function plainCell(v: unknown): string | number | boolean | null {
  if (typeof v === 'bigint') return v.toString();
  if (v === undefined) return null;
  return v as string | number | boolean | null;
}
