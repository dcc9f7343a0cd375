// Breaks when channels, the order-status funnel or activity stop holding together on the built-in
// sample data (src/analysis/sample generateSample, which has a customer table with channels and
// signup dates, order statuses and an events file): a catalogue channel goes missing, shares do
// not sum to 1, a verdict disagrees with its stated rule, a funnel grows from one step to the next,
// or stickiness leaves [0, 1]. Invariants, not magic numbers: the generator may be retuned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { MappedDataset } from '../../../workers/protocol';
import type { Report } from '../../../src/analysis/report';
import type { DatasetInput } from '../../../src/analysis/report';
import { getCatalog } from '../../../src/analysis/sample';
import { lifecycleOptions, runLifecycle } from '../../../src/analysis/lifecycle';
import { verdict } from '../../../src/analysis/lifecycle/channels';
import { openEngine } from '../../support/engine';
import { chapter } from '../../support/chapter';

let engine: Engine;
let mapping: MappedDataset[];
let report: Report;
beforeAll(async () => {
  engine = await openEngine();
  const r = await engine.loadSample('en', () => {});
  mapping = r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
  report = await engine.report(mapping, {}, () => {});
}, 120_000);
afterAll(() => engine.bindings.reset());

describe('channels on the sample data', () => {
  it('lists every catalogue channel, with shares summing to 1', () => {
    const c = chapter(report.lifecycle).channels;
    if (c.status !== 'ok') throw new Error(c.reason);
    expect(c.source).toBe('customers');
    const names = new Set(c.channels.map((x) => x.channel));
    for (const ch of getCatalog('en').channels) expect(names, ch.name).toContain(ch.name);
    expect(c.channels.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
    expect(c.channels.reduce((s, x) => s + x.customers, 0)).toBe(report.overview.customers);
  });

  it('applies the stated verdict rule to every channel', () => {
    const c = chapter(report.lifecycle).channels;
    if (c.status !== 'ok') throw new Error(c.reason);
    for (const x of c.channels) {
      const above = Number(x.revenuePerCustomer > c.average.revenuePerCustomer) + Number(x.retentionLong !== null && x.retentionLong > c.average.retentionLong!);
      const want = x.customers < c.rule.minCustomers ? 'too-few' : (['weak', 'promising', 'high-value'] as const)[above];
      expect(x.verdict, String(x.channel)).toBe(want);
      expect(verdict(x, c.average, c.rule.minCustomers)).toBe(want);
      if (x.registered! > 0) expect(x.conversion30).not.toBeNull(); // buyers without a customer row have no signup
      expect(x.converted30!).toBeLessThanOrEqual(x.registered!);
    }
    expect(c.channels.map((x) => x.revenue)).toEqual([...c.channels.map((x) => x.revenue)].sort((a, b) => b - a));
    expect(c.rule.text).toMatch(/high-value/);
  });
});

describe('funnels on the sample data', () => {
  it('builds the event funnel with steps that never grow, broken down by channel', () => {
    const f = chapter(report.lifecycle).funnel;
    if (f.status !== 'ok' || f.kind !== 'events') throw new Error('no event funnel');
    expect(f.steps.map((s) => s.key)).toEqual(['view', 'cart', 'order', 'pay']);
    f.steps.forEach((s, i) => i > 0 && expect(s.people).toBeLessThanOrEqual(f.steps[i - 1].people));
    expect(f.steps.at(-1)!.people).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) expect(f.breakdown.reduce((n, b) => n + b.steps[i].people, 0)).toBe(f.steps[i].people);
  });

  it('without the events file, falls back to the order-status funnel (cancelled orders included)', async () => {
    const datasets: DatasetInput[] = mapping
      .filter((m) => m.kind !== 'events')
      .map((m) => ({ id: m.id, name: m.id, table: '', kind: m.kind, files: [], rows: 0, columns: m.columns }));
    const l = await runLifecycle(engine.db, { datasets, options: lifecycleOptions() });
    const f = l.funnel;
    if (f.status !== 'ok' || f.kind !== 'order-status') throw new Error('no status funnel');
    expect(f.steps.map((s) => s.key)).toEqual(['order', 'paid', 'delivered']);
    expect(f.steps[1].people).toBeLessThan(f.steps[0].people); // cancelled orders never pay
    expect(f.steps[2].people).toBeLessThanOrEqual(f.steps[1].people);
    expect(f.statuses.find((s) => s.status === 'cancelled')?.stage).toBe('order');
    expect(f.statuses.find((s) => s.status === 'completed')?.stage).toBe('delivered');
    expect(l.activity.events).toBeNull();
  });
});

describe('activity on the sample data', () => {
  it('counts active customers per day, week and month, with stickiness in [0, 1]', () => {
    for (const a of [chapter(report.lifecycle).activity.purchases, chapter(report.lifecycle).activity.events]) {
      expect(a).not.toBeNull();
      const maxDaily = Math.max(...a!.daily.map((d) => d.active));
      expect(Math.max(...a!.monthly.map((d) => d.active))).toBeGreaterThanOrEqual(maxDaily);
      for (const m of a!.months) {
        expect(m.meanDau).toBeLessThanOrEqual(m.mau);
        if (m.dauMau !== null) expect(m.dauMau).toBeGreaterThanOrEqual(0);
        if (m.wauMau !== null) expect(m.wauMau).toBeLessThanOrEqual(1);
      }
      expect(a!.dauMau!).toBeGreaterThan(0);
      expect(a!.wauMau!).toBeGreaterThanOrEqual(a!.dauMau!);
    }
    expect(JSON.parse(JSON.stringify(chapter(report.lifecycle)))).toEqual(chapter(report.lifecycle));
  });
});
