// Breaks when a real export stops loading with the right row count, encoding, table kind or
// column roles: the path every analysis rests on. Runs the worker's Engine in Node on the same
// DuckDB-WASM build; the test-only datasets (Tmall, Olist) skip visibly without ../shared/data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Engine } from '../../../workers/engine';
import { data, hasShared, shared } from '../../support/datasets';
import { openEngine, sourceFiles } from '../../support/engine';
import { EXPECTED, OLIST, OLIST_FILES, type ExpectedDataset } from '../../support/expected';
import { NO_CLEANING } from '../../support/no-cleaning';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

function location(e: ExpectedDataset): string {
  return e.shipped ? data(e.path) : shared(e.path);
}

function rolesOf(columns: { name: string; role: string }[], names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, columns.find((c) => c.name === n)?.role ?? '(missing)']));
}

describe('loading real exports', () => {
  for (const e of EXPECTED) {
    const present = existsSync(location(e));
    it.skipIf(!present)(`${e.path}${present ? '' : ' (SKIPPED: ../shared/data absent)'}`, async () => {
      const files = await sourceFiles(location(e));
      const result = await engine.load(files, () => {});
      expect(result.errors).toEqual([]);
      expect(result.datasets).toHaveLength(1);
      const d = result.datasets[0];
      expect(d.name).toBe(e.name);
      expect(d.rows).toBe(e.rows);
      expect(d.files).toHaveLength(e.files);
      expect(d.encoding?.used).toBe(e.encoding);
      expect(d.kind).toBe(e.kind);
      expect(rolesOf(d.columns, Object.keys(e.roles))).toEqual(e.roles);
      await engine.remove(d.id);
    });
  }

  it.skipIf(!hasShared('olist_subset_10k'))(
    `olist_subset_10k, all tables together${hasShared('olist_subset_10k') ? '' : ' (SKIPPED: ../shared/data absent)'}`,
    async () => {
      const files = (await Promise.all(OLIST_FILES.map((f) => sourceFiles(shared('olist_subset_10k', f))))).flat();
      const result = await engine.load(files, () => {});
      expect(result.errors).toEqual([]);
      for (const e of OLIST) {
        const d = result.datasets.find((x) => x.name === e.name)!;
        expect(d, e.name).toBeDefined();
        expect(d.rows, e.name).toBe(e.rows);
        expect(d.kind, e.name).toBe(e.kind);
        expect(rolesOf(d.columns, Object.keys(e.roles)), e.name).toEqual(e.roles);
      }
      const mapping = result.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
      const { links, problems } = await engine.check(mapping);
      expect(problems.filter((p) => p.level === 'error')).toEqual([]);
      const byName = (n: string) => result.datasets.find((d) => d.name === n)!.id;
      // Every order's customer is in customers.csv; every item's order is in orders.csv.
      expect(links).toContainEqual({ from: byName('orders.csv'), to: byName('customers.csv'), key: 'customer_id', total: 10_000, matched: 10_000 });
      const items = links.find((l) => l.from === byName('order_items.csv'))!;
      expect(items).toMatchObject({ to: byName('orders.csv'), key: 'order_id', matched: items.total });
      const report = await engine.report(mapping, NO_CLEANING, () => {});
      // 111 of the 10,000 orders have no items; customers are people (customer_unique_id).
      expect(report.overview.orders).toBe(10_000 - 111);
      expect(report.overview.customerKey).toBe('person_id');
      for (const d of result.datasets) await engine.remove(d.id);
    },
  );
});
