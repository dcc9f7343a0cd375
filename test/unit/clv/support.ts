/** Shared helpers of the CLV tests: load a file through the Engine and set the column roles by hand. */
import { expect } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset, SourceFile } from '../../../workers/protocol';
import type { Role } from '../../../src/analysis/types';

/** Load files and map roles by column name; every other column is ignored. */
export async function loadWithRoles(engine: Engine, files: SourceFile[], roles: Record<string, Role>): Promise<MappedDataset[]> {
  const r = await engine.load(files, () => {});
  expect(r.errors).toEqual([]);
  return r.datasets.map((d) => ({
    id: d.id,
    kind: 'orders',
    columns: d.columns.map((c) => ({ ...c, role: roles[c.name] ?? 'ignore' })),
  }));
}
