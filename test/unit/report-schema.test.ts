// Breaks when the documented Report schema (docs/report.schema.json, generated from the types by
// scripts/report-schema.mjs) is out of date, or when a real Report does not validate against it:
// the JSON export is a contract with whoever reads it (a CRM import, a BI tool, a script).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import type { Report } from '../../src/analysis/report';
import type { Engine } from '../../workers/engine';
import { openEngine, fromText } from '../support/engine';
// @ts-expect-error: a plain .mjs script without types
import { reportSchema } from '../../scripts/report-schema.mjs';

const committed = readFileSync(new URL('../../docs/report.schema.json', import.meta.url), 'utf8');

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
}, 60_000);
afterAll(() => engine.bindings.reset());

async function reportOf(load: () => ReturnType<Engine['load']>): Promise<Report> {
  const r = await load();
  const report = await engine.report(r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns })), {}, () => {});
  for (const d of r.datasets) await engine.remove(d.id);
  // What the export writes: JSON text, read back.
  return JSON.parse(JSON.stringify(report));
}

describe('the Report schema', () => {
  it('is the one the types give (run `node scripts/report-schema.mjs` after changing them)', () => {
    expect(reportSchema() === committed, 'docs/report.schema.json is stale').toBe(true);
  }, 60_000);

  it('validates the sample report and a report whose chapters lack their data', async () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(committed));
    const full = await reportOf(() => engine.loadSample('en', () => {}));
    expect(validate(full), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    // Orders without customers: most chapters are unavailable, and say so in the schema's terms.
    const bare = await reportOf(() => engine.load([fromText('orders.csv', 'order_id,amount\nA1,10\nA2,20\n')], () => {}));
    expect(validate(bare), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    // And a document that breaks the contract does not validate.
    expect(validate({ ...full, schemaVersion: 2 })).toBe(false);
  }, 240_000);
});
