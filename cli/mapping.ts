/**
 * The mapping the app sends to the engine when the analyst changes nothing: every dataset with
 * the engine's guessed kind, roles and formats, ordered as the mapping screen orders them.
 * The app derives it in Svelte state (src/state/app.svelte.ts: `sortViews` and `mapping`), which
 * a Node program cannot import (runes); this is the same few lines over the same pure
 * `applyEdits` (src/state/mapping.ts). Keep the two in step.
 */
import type { DatasetInfo, MappedDataset } from '../workers/protocol';
import type { FileKind } from '../src/analysis/types';
import { applyEdits } from '../src/state/mapping';

/** src/state/app.svelte.ts KIND_ORDER: orders first, then what enriches them. */
const KIND_ORDER: FileKind[] = ['orders', 'customers', 'events', 'feedback', 'products', 'other'];

export function defaultMapping(datasets: DatasetInfo[]): MappedDataset[] {
  const views = datasets.map((d) => applyEdits(d, undefined));
  views.sort((a, b) => KIND_ORDER.indexOf(a.info.kind) - KIND_ORDER.indexOf(b.info.kind) || a.info.name.localeCompare(b.info.name));
  return views.map((v) => ({
    id: v.info.id,
    kind: v.kind,
    columns: v.info.columns.map((c, i) => ({ name: c.name, role: v.roles[i], format: v.formats[i] })),
  }));
}

/** src/state/app.svelte.ts SAMPLE_CURRENCY: the sample's prices carry no symbol. */
export const SAMPLE_CURRENCY = { zh: 'CNY', en: 'GBP' } as const;
