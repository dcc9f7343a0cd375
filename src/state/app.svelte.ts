/**
 * Everything the three screens share: the loaded datasets with the analyst's corrections, the
 * engine's answers about them, and the report. Engine results are kept in $state.raw (replaced,
 * never mutated), so they stay plain data that can be sent back to the worker as they are.
 *
 * Engine calls run one after another (`#serial`): the worker has one cancel flag, and a check
 * started in the middle of a load would take it over.
 */
import { createContext } from 'svelte';
import type {
  DatasetInfo,
  EngineInfo,
  LinkStat,
  LoadError,
  LoadProgress,
  LoadResult,
  MappedDataset,
  Problem,
  Report,
  ReportSettings,
  RowsReason,
  RunProgress,
  SourceFile,
} from '../../workers/protocol';
import type { EngineClient } from '../engine/client';
import { createEngine, errorMessage, isCancelled } from '../engine/client';
import type { EngineLoss } from '../engine/loss';
import type { TextEncodingName } from '../analysis/ingest/encoding';
import type { FileKind, Role } from '../analysis/types';
import type { DateOrder } from '../analysis/infer/adapt';
import { cleaningOptions, DEFAULT_CLEANING, type CleaningOptions } from '../analysis/clean/options';
import { applyEdits, type DatasetEdit, type DatasetView } from './mapping';
import type { SizeCheck } from '../analysis/capacity';
import { sizeCheckOf } from '../upload/sized-files';

const ABANDON_AFTER_MS = 5000;
/** Orders first, then what enriches them; within a kind, by name. By the engine's guess, so a card does not jump when its kind is changed. */
const KIND_ORDER: FileKind[] = ['orders', 'customers', 'events', 'feedback', 'products', 'other'];

function sortViews(views: DatasetView[]): DatasetView[] {
  return [...views].sort((a, b) => KIND_ORDER.indexOf(a.info.kind) - KIND_ORDER.indexOf(b.info.kind) || a.info.name.localeCompare(b.info.name));
}

const SAMPLE_CURRENCY = { zh: 'CNY', en: 'GBP' } as const;

/** Currencies offered when the values carry no symbol. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'BRL'] as const;

export type Screen = 'upload' | 'mapping' | 'report';
/** 'rebuild': the report is computed again with changed cleaning rules, the old one stays on screen. */
export type Task = 'load' | 'reload' | 'report' | 'rebuild';

/** Report settings a chapter can change on the report screen (cleaning and currency have their own fields). */
export type AnalysisSettings = Omit<ReportSettings, 'currency' | 'cleaning'>;

/**
 * Where loaded datasets came from (issue 9): what "keep this analysis on this device"
 * (src/privacy/keep.svelte.ts) saves and loads again on the next visit. A source stays while any
 * of the datasets it gave is still loaded.
 */
export type LoadedSource = ({ files: SourceFile[] } | { sample: 'zh' | 'en' }) & { datasets: string[] };

/** Something that went wrong outside the engine's own error reporting. */
export interface Failure {
  message: string;
}

export class AppState {
  screen = $state<Screen>('upload');

  engineStatus = $state<'starting' | 'ready' | 'failed' | 'lost'>('starting');
  engineInfo = $state.raw<EngineInfo | null>(null);
  engineError = $state<string | null>(null);
  /** Why the engine stopped after it had started; the page offers to start over (restartEngine). */
  engineLoss = $state.raw<EngineLoss | null>(null);

  datasets = $state.raw<DatasetInfo[]>([]);
  edits = $state.raw<Record<string, DatasetEdit>>({});
  loadErrors = $state.raw<LoadError[]>([]);

  task = $state<Task | null>(null);
  /** The dataset being read again, while task is 'reload'. */
  reloading = $state<string | null>(null);
  cancelling = $state(false);
  progress = $state.raw<LoadProgress | null>(null);
  reportProgress = $state.raw<RunProgress | null>(null);

  links = $state.raw<LinkStat[]>([]);
  problems = $state.raw<Problem[]>([]);
  checking = $state(false);
  checkError = $state<string | null>(null);

  report = $state.raw<Report | null>(null);
  /** Issue 9: the loads behind `datasets`, in order (see LoadedSource). */
  sources = $state.raw<LoadedSource[]>([]);
  failure = $state.raw<Failure | null>(null);
  /** Files held back because they look too big for this browser's memory, until the analyst decides. */
  sizeWarning = $state.raw<{ files: SourceFile[]; check: SizeCheck } | null>(null);

  /** Datasets as the analyst has corrected them. */
  views: DatasetView[] = $derived(sortViews(this.datasets.map((d) => applyEdits(d, this.edits[d.id]))));
  mapping: MappedDataset[] = $derived(
    this.views.map((v) => ({ id: v.info.id, kind: v.kind, columns: v.info.columns.map((c, i) => ({ name: c.name, role: v.roles[i], format: v.formats[i] })) })),
  );
  hasErrors = $derived(this.problems.some((p) => p.level === 'error'));
  canBuild = $derived(this.datasets.length > 0 && !this.hasErrors && this.task === null && this.engineStatus === 'ready');

  #engine!: EngineClient;
  readonly #newEngine: () => EngineClient;
  #serial: Promise<unknown> = Promise.resolve();
  #checkVersion = 0;
  #checkQueued = false;
  #rebuildVersion = 0;
  #rebuildQueued = false;
  /** Ends the task on the UI side when the engine does not answer a cancel. */
  #abandon: (() => void) | null = null;

  constructor(engine: EngineClient, newEngine: () => EngineClient = createEngine) {
    this.#newEngine = newEngine;
    this.#attach(engine);
  }

  #attach(engine: EngineClient): void {
    this.#engine = engine;
    const current = () => this.#engine === engine;
    engine.ready.then(
      (info) => {
        if (!current()) return;
        this.engineInfo = info;
        this.engineStatus = 'ready';
      },
      (e) => {
        if (!current()) return;
        this.engineError = errorMessage(e);
        this.engineStatus = 'failed';
      },
    );
    engine.lost.then((loss) => {
      if (!current()) return;
      this.engineLoss = loss;
      this.engineStatus = 'lost';
      // The call under way has failed with the loss; its own message would only repeat it.
      this.failure = null;
      this.#abandon?.();
    });
  }

  /**
   * After a loss: a new worker, and the analysis state cleared, since the tables lived in the
   * old one. Settings and the language stay. The files were never sent anywhere, so the analyst
   * drops them again (fewer or smaller ones after a memory loss).
   */
  restartEngine(): void {
    this.#engine.terminate();
    this.#serial = Promise.resolve();
    this.#endTask();
    this.datasets = [];
    this.edits = {};
    this.sources = [];
    this.loadErrors = [];
    this.links = [];
    this.problems = [];
    this.checking = false;
    this.checkError = null;
    this.report = null;
    this.failure = null;
    this.sizeWarning = null;
    this.engineLoss = null;
    this.engineInfo = null;
    this.engineStatus = 'starting';
    this.#attach(this.#newEngine());
    this.go('upload');
  }

  go(screen: Screen): void {
    this.screen = screen;
    if (typeof window !== 'undefined') window.scrollTo({ top: 0 });
  }

  dismissFailure(): void {
    this.failure = null;
  }

  /** Files too big for the engine's memory (capacity.ts) wait for loadAnyway or dismissSizeWarning. */
  async addFiles(files: SourceFile[]): Promise<void> {
    if (files.length === 0 || this.task) return;
    const check = await sizeCheckOf(files, this.sources.flatMap((s) => ('files' in s ? s.files : [])));
    if (this.task) return;
    if (!check.fits) {
      this.sizeWarning = { files, check };
      if (this.screen !== 'upload') this.go('upload');
      return;
    }
    this.sizeWarning = null;
    return this.#load((onProgress) => this.#engine.load(files, onProgress), { files });
  }

  loadAnyway(): Promise<void> {
    const held = this.sizeWarning;
    this.sizeWarning = null;
    if (!held || this.task) return Promise.resolve();
    return this.#load((onProgress) => this.#engine.load(held.files, onProgress), { files: held.files });
  }

  dismissSizeWarning(): void {
    this.sizeWarning = null;
  }

  loadSample(locale: 'zh' | 'en'): Promise<void> {
    if (this.task) return Promise.resolve();
    // The sample's prices carry no symbol; its shops are in China (zh) and the UK (en).
    this.currency = SAMPLE_CURRENCY[locale];
    return this.#load((onProgress) => this.#engine.loadSample(locale, onProgress), { sample: locale });
  }

  async reload(id: string, options: { encoding?: TextEncodingName; sheet?: string }): Promise<void> {
    if (this.task) return;
    this.task = 'reload';
    this.reloading = id;
    this.failure = null;
    try {
      const result = await this.#serially(() => this.#engine.reload(id, options, (p) => (this.progress = p)), true);
      const fresh = result.datasets.find((d) => d.id === id);
      if (fresh) {
        this.datasets = this.datasets.map((d) => (d.id === id ? fresh : d));
        // Column names can change with the encoding; corrections of names that are gone are dropped.
        const edit = this.edits[id];
        if (edit) this.edits = { ...this.edits, [id]: { ...edit, roles: keep(edit.roles, fresh.columns.map((c) => c.name)) } };
      }
      this.loadErrors = result.errors;
    } catch (e) {
      if (!isCancelled(e)) this.failure = { message: errorMessage(e) };
    } finally {
      this.#endTask();
    }
    this.requestCheck();
  }

  async remove(id: string): Promise<void> {
    this.datasets = this.datasets.filter((d) => d.id !== id);
    // Issue 9: forget a source once none of its datasets is left.
    this.sources = this.sources.map((s) => ({ ...s, datasets: s.datasets.filter((d) => d !== id) })).filter((s) => s.datasets.length > 0);
    this.edits = Object.fromEntries(Object.entries(this.edits).filter(([k]) => k !== id));
    this.report = null;
    try {
      await this.#serially(() => this.#engine.remove(id));
    } catch (e) {
      this.failure = { message: errorMessage(e) };
    }
    if (this.datasets.length === 0) {
      this.links = [];
      this.problems = [];
      this.go('upload');
    } else {
      this.requestCheck();
    }
  }

  setKind(id: string, kind: FileKind): void {
    const edit = this.edits[id] ?? { roles: {} };
    this.#edit(id, { ...edit, kind });
  }

  setRole(id: string, column: string, role: Role): void {
    const edit = this.edits[id] ?? { roles: {} };
    this.#edit(id, { ...edit, roles: { ...edit.roles, [column]: role } });
  }

  setDateOrder(id: string, column: string, order: DateOrder): void {
    const edit = this.edits[id] ?? { roles: {} };
    this.#edit(id, { ...edit, dateOrders: { ...edit.dateOrders, [column]: order } });
  }

  /** Currency of the money columns when the values carry no symbol (ISO code), or null to detect. */
  currency = $state<string | null>(null);

  setCurrency(code: string | null): void {
    this.currency = code;
    this.report = null;
  }

  /**
   * The cleaning rules of the next report: the defaults until the analyst changes one on the
   * report screen; kept when the mapping changes. Plain data, sent to the worker as it is.
   */
  cleaning = $state.raw<Partial<CleaningOptions>>(DEFAULT_CLEANING);
  /** The rules in full, as the engine will apply them. */
  rules: CleaningOptions = $derived(cleaningOptions(this.cleaning));

  /** Change the rules and recompute the report with them (the files are not read again). */
  setCleaning(next: Partial<CleaningOptions>): void {
    this.cleaning = cleaningOptions(next);
    this.requestRebuild();
  }

  resetCleaning(): void {
    this.setCleaning(DEFAULT_CLEANING);
  }

  /**
   * The analysis settings of the next report besides cleaning and currency (analysis date, RFM
   * method and segment rules, clusters, CLV, lifecycle, feedback). Each key is a partial of the
   * chapter's options; a chapter changes its own key with setAnalysis.
   */
  analysis = $state.raw<AnalysisSettings>({});
  /** The settings the report on screen was made with (put back when a rebuild is cancelled). */
  #shown: ReportSettings = {};

  /** Merge one chapter's changed settings into the next report's and recompute it. */
  setAnalysis(patch: AnalysisSettings): void {
    this.analysis = { ...this.analysis, ...patch };
    this.requestRebuild();
  }

  /** The report settings panel: currency and several chapters' settings at once, one recomputation. */
  applySettings(currency: string | null, patch: AnalysisSettings): void {
    this.currency = currency;
    this.setAnalysis(patch);
  }

  #settings(): ReportSettings {
    return { ...this.analysis, currency: this.currency, cleaning: this.cleaning };
  }

  /** A changed mapping makes the last report stale: it is dropped rather than shown with old numbers. */
  #edit(id: string, edit: DatasetEdit): void {
    this.edits = { ...this.edits, [id]: edit };
    this.report = null;
    this.requestCheck();
  }

  /** Refresh links and problems for the current mapping; calls made while one is queued merge. */
  requestCheck(): void {
    if (this.datasets.length === 0) return;
    this.#checkVersion++;
    if (this.#checkQueued) return;
    this.#checkQueued = true;
    this.checking = true;
    void this.#serially(async () => {
      this.#checkQueued = false;
      const asked = this.#checkVersion;
      try {
        const result = await this.#engine.check(this.mapping);
        if (asked === this.#checkVersion) {
          this.links = result.links;
          this.problems = result.problems;
          this.checkError = null;
        }
      } catch (e) {
        if (asked === this.#checkVersion && !isCancelled(e)) this.checkError = errorMessage(e);
      } finally {
        if (!this.#checkQueued) this.checking = false;
      }
    });
  }

  async buildReport(): Promise<void> {
    if (!this.canBuild) return;
    this.task = 'report';
    this.failure = null;
    this.reportProgress = null;
    try {
      const settings = this.#settings();
      const report = await this.#serially(() => this.#engine.report(this.mapping, settings, (p) => (this.reportProgress = p)), true);
      this.report = report;
      this.#shown = settings;
      this.go('report');
    } catch (e) {
      if (!isCancelled(e)) this.failure = { message: errorMessage(e) };
    } finally {
      this.#endTask();
    }
  }

  /**
   * Recompute the report with the current rules while the old one stays on screen. Requests made
   * while one is queued merge into it (it reads the rules when it starts); a result that a newer
   * request has overtaken is dropped. A cancelled rebuild puts the rules of the report on screen
   * back, so the switches always describe the numbers shown.
   */
  requestRebuild(): void {
    if (!this.report || (this.task !== null && this.task !== 'rebuild')) return;
    this.#rebuildVersion++;
    this.task = 'rebuild';
    if (this.#rebuildQueued) return;
    this.#rebuildQueued = true;
    void this.#serially(async () => {
      this.#rebuildQueued = false;
      const asked = this.#rebuildVersion;
      let cancelled = this.cancelling;
      try {
        if (!cancelled) {
          const settings = this.#settings();
          const report = await this.#engine.report(this.mapping, settings, (p) => (this.reportProgress = p));
          // Not when a newer request overtook it, nor when a changed mapping dropped the report meanwhile.
          if (asked === this.#rebuildVersion && this.report !== null) {
            this.report = report;
            this.#shown = settings;
          }
        }
      } catch (e) {
        if (isCancelled(e)) cancelled = true;
        else this.failure = { message: errorMessage(e) };
      } finally {
        if (cancelled && this.report) {
          this.cleaning = this.report.options.cleaning;
          const { currency: _currency, cleaning: _cleaning, ...analysis } = this.#shown;
          this.analysis = analysis;
        }
        if (!this.#rebuildQueued) this.#endTask();
      }
    }, true);
  }

  /** The raw rows one reason set aside in one dataset, as of the report on screen (CSV text). */
  exportRows(dataset: string, reason: RowsReason): Promise<{ csv: string; rows: number }> {
    return this.#serially(() => this.#engine.exportRows(this.mapping, dataset, reason));
  }

  /** The customer-level results of the report on screen, as CSV text or Parquet bytes. */
  exportCustomers(format: 'csv' | 'parquet', lang: 'zh' | 'en'): Promise<{ data: string | Uint8Array; rows: number }> {
    const settings = this.#shown;
    return this.#serially(() => this.#engine.exportCustomers(this.mapping, settings, format, lang));
  }

  cancel(): void {
    if (!this.task) return;
    this.cancelling = true;
    this.#engine.cancel();
    // A cancelled load normally returns within a poll of DuckDB; a worker stuck elsewhere (still
    // fetching its WebAssembly, say) must not keep the screen locked.
    const abandon = this.#abandon;
    setTimeout(() => abandon?.(), ABANDON_AFTER_MS);
  }

  async #load(start: (onProgress: (p: LoadProgress) => void) => Promise<LoadResult>, source: { files: SourceFile[] } | { sample: 'zh' | 'en' }): Promise<void> {
    this.task = 'load';
    this.failure = null;
    this.loadErrors = [];
    this.progress = null;
    try {
      const result = await this.#serially(() => start((p) => (this.progress = p)), true);
      this.loadErrors = result.errors;
      if (result.datasets.length > 0) {
        this.datasets = [...this.datasets, ...result.datasets];
        this.sources = [...this.sources, { ...source, datasets: result.datasets.map((d) => d.id) }];
        this.report = null;
        this.go('mapping');
      }
    } catch (e) {
      if (!isCancelled(e)) this.failure = { message: errorMessage(e) };
    } finally {
      this.#endTask();
    }
    this.requestCheck();
  }

  #endTask(): void {
    this.task = null;
    this.reloading = null;
    this.cancelling = false;
    this.progress = null;
    this.reportProgress = null;
  }

  /** Runs engine calls one at a time; the UI can give up waiting on one through #abandon. */
  #serially<T>(fn: () => Promise<T>, cancellable = false): Promise<T> {
    const run = this.#serial.then(fn, fn);
    let settled: Promise<T> = run;
    if (cancellable) {
      const abandoned = new Promise<never>((_, reject) => {
        this.#abandon = () => reject(new Error('cancelled'));
      });
      settled = Promise.race([run, abandoned]).finally(() => (this.#abandon = null));
    }
    this.#serial = settled.catch(() => {});
    return settled;
  }
}

function keep<T>(record: Record<string, T>, names: string[]): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([k]) => names.includes(k)));
}

export const [getApp, setApp] = createContext<AppState>();

