// Breaks when Cancel during a report build does not stop it (the run goes on to the end: a run
// of quick queries and TypeScript models never gave the Cancel message a chance to arrive), ends
// it with anything but 'cancelled', or leaves the engine unable to build the same report again:
// the next build must equal the one made before the interruptions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { RunProgress } from '../../../src/analysis/pipeline';
import type { Report } from '../../../src/analysis/report';
import { openEngine } from '../../support/engine';

let engine: Engine;
let mapping: MappedDataset[];
let uninterrupted: Report;
beforeAll(async () => {
  engine = await openEngine();
  const loaded = await engine.loadSample('en', () => {});
  mapping = loaded.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  uninterrupted = await engine.report(mapping, {}, () => {});
});
afterAll(() => engine.bindings.reset());

describe('cancel during a report build', () => {
  // value and clv are made of quick queries and TypeScript models (no long query to poll).
  it.each(['value', 'clv'])('at the %s step: the run ends as cancelled', async (step) => {
    const steps: string[] = [];
    const run = engine.report(mapping, {}, (p: RunProgress) => {
      if (p.step === step && !steps.includes(step)) setTimeout(() => engine.cancel(), 0);
      steps.push(p.step);
    });
    await expect(run).rejects.toMatchObject({ message: 'cancelled' });
    expect(steps).toContain(step);
    expect(steps).not.toContain('done');
  });

  it('afterwards the same report as before the interruptions', async () => {
    const again = await engine.report(mapping, {}, () => {});
    expect(JSON.stringify(again)).toBe(JSON.stringify(uninterrupted));
  });
});
