/**
 * The embedding protocol (issue 9; docs/embed.md is the host's side). When the app runs in an
 * iframe and the allow-list (src/embed/params.ts) names at least one origin, it accepts
 * postMessage requests from its parent window — and only from it, and only from those origins;
 * anything else is ignored without an answer.
 *
 * Host → app:  { type: 'clientele:hello' }
 *              { type: 'clientele:load', id, files: [{ name, data: File | Blob | ArrayBuffer }],
 *                options?: { report?: boolean, currency?: string | null } }
 * App → host:  { type: 'clientele:ready', protocol: 1 }
 *              { type: 'clientele:progress', id, stage: 'load' | 'report', progress }
 *              { type: 'clientele:loaded', id, datasets: [{ id, name, kind, rows }], errors }
 *              { type: 'clientele:report', id, report }
 *              { type: 'clientele:error', id, message, problems? }
 *
 * Every answer is posted to the requesting origin, never to '*'. The app sends a host only the
 * results of files that host sent: what the analyst drops into the embedded app is never posted.
 */
import { errorMessage } from '../engine/client';
import type { AppState } from '../state/app.svelte';
import type { SourceFile } from '../../workers/protocol';

export const PROTOCOL = 1;

interface Request {
  id: string | number;
  origin: string;
}

type HostFile = { name: string; data: Blob | ArrayBuffer | ArrayBufferView };

function isHostFile(f: unknown): f is HostFile {
  if (!f || typeof f !== 'object') return false;
  const { name, data } = f as Record<string, unknown>;
  return typeof name === 'string' && name !== '' && (data instanceof Blob || data instanceof ArrayBuffer || ArrayBuffer.isView(data));
}

function toSource(f: HostFile): SourceFile {
  const blob = f.data instanceof Blob ? f.data : new Blob([f.data as BlobPart]);
  return { path: f.name, blob };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

/** Starts listening when the page is framed and some origin is allowed; returns a stop function. */
export function startEmbed(app: AppState, allowed: readonly string[]): () => void {
  if (window.parent === window || allowed.length === 0) return () => {};
  const parent = window.parent;
  let current: Request | null = null;

  const post = (origin: string, message: Record<string, unknown>) => parent.postMessage(message, origin);
  // A targeted postMessage is delivered only if the parent has that origin: announcing to each
  // allowed origin tells the real host and no one else.
  const announce = () => allowed.forEach((o) => post(o, { type: 'clientele:ready', protocol: PROTOCOL }));

  const stopEffects = $effect.root(() => {
    $effect(() => {
      const p = app.progress;
      if (current && p && app.task === 'load') post(current.origin, { type: 'clientele:progress', id: current.id, stage: 'load', progress: p });
    });
    $effect(() => {
      const p = app.reportProgress;
      if (current && p && app.task === 'report') post(current.origin, { type: 'clientele:progress', id: current.id, stage: 'report', progress: p });
    });
  });

  async function load(req: Request, files: HostFile[], options: { report?: unknown; currency?: unknown }): Promise<void> {
    const fail = (message: string, extra: Record<string, unknown> = {}) => post(req.origin, { type: 'clientele:error', id: req.id, message, ...extra });
    if (current || app.task) return fail('busy');
    current = req;
    try {
      // A host's load replaces whatever was loaded before.
      for (const d of [...app.datasets]) await app.remove(d.id);
      if (typeof options.currency === 'string' || options.currency === null) app.setCurrency(options.currency);
      await app.addFiles(files.map(toSource));
      // (read through a function: TypeScript would keep app.failure narrowed across the awaits)
      const failure = () => app.failure?.message;
      if (failure()) return fail(failure()!);
      post(req.origin, {
        type: 'clientele:loaded',
        id: req.id,
        datasets: app.datasets.map((d) => ({ id: d.id, name: d.name, kind: d.kind, rows: d.rows })),
        errors: app.loadErrors,
      });
      if (app.datasets.length === 0) return fail('no file could be loaded', { errors: app.loadErrors });
      if (options.report === false) return;
      // The link and problem check queued by the load decides whether a report can be built.
      while (app.checking || app.engineStatus === 'starting') await settle();
      if (app.hasErrors) return fail('the data cannot make a report', { problems: app.problems.filter((p) => p.level === 'error') });
      await app.buildReport();
      if (app.report) post(req.origin, { type: 'clientele:report', id: req.id, report: app.report });
      else fail(failure() ?? 'the report could not be built');
    } catch (e) {
      fail(errorMessage(e));
    } finally {
      current = null;
    }
  }

  const onMessage = (e: MessageEvent) => {
    // Only the parent window, only allowed origins; everything else is ignored without a reply.
    if (e.source !== parent || !allowed.includes(e.origin)) return;
    const msg = e.data as Record<string, unknown> | null;
    if (!msg || typeof msg !== 'object' || typeof msg.type !== 'string') return;
    const id = typeof msg.id === 'string' || typeof msg.id === 'number' ? msg.id : '';
    if (msg.type === 'clientele:hello') post(e.origin, { type: 'clientele:ready', protocol: PROTOCOL });
    else if (msg.type === 'clientele:load') {
      const files = Array.isArray(msg.files) ? msg.files : [];
      if (files.length === 0 || !files.every(isHostFile)) {
        post(e.origin, { type: 'clientele:error', id, message: 'files must be a non-empty array of { name, data: File | Blob | ArrayBuffer }' });
        return;
      }
      const options = msg.options && typeof msg.options === 'object' ? (msg.options as Record<string, unknown>) : {};
      void load({ id, origin: e.origin }, files, options);
    }
  };

  window.addEventListener('message', onMessage);
  announce();
  return () => {
    window.removeEventListener('message', onMessage);
    stopEffects();
  };
}
