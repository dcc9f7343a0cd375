// Breaks when the feedback step stops running end to end through the Engine on the built-in
// sample data (a smoke test: the sample's reviews are generated from per-theme fragments, so
// the classifier is NOT tuned or scored on them): every theme must appear, shares and trends
// stay within [0, 1], quotes are plain text, links to value segments / churn bands appear when
// those tables exist, and the Report stays JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import type { Report } from '../../../src/analysis/report';
import { THEME_IDS } from '../../../src/analysis/feedback/types';
import { openEngine } from '../../support/engine';
import { chapter } from '../../support/chapter';

let engine: Engine;
const reports: Partial<Record<'zh' | 'en', Report>> = {};
beforeAll(async () => {
  engine = await openEngine();
  for (const locale of ['zh', 'en'] as const) {
    const r = await engine.loadSample(locale, () => {});
    const mapping = r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns }));
    reports[locale] = await engine.report(mapping, {}, () => {});
  }
}, 240_000);
afterAll(() => engine.bindings.reset());

describe.each(['zh', 'en'] as const)('feedback on the %s sample', (locale) => {
  it('finds every theme, with shares in [0, 1]', () => {
    const f = chapter(reports[locale]!.feedback)!;
    expect(f).not.toBeNull();
    expect(f.comments).toBeGreaterThan(100);
    expect(f.comments).toBeLessThanOrEqual(f.rows);
    expect(f.languages[locale]).toBeGreaterThan(f.comments * 0.9);
    for (const id of THEME_IDS) {
      const t = f.themes.find((x) => x.id === id)!;
      expect(t.comments, id).toBeGreaterThan(0);
      expect(t.share).toBeGreaterThan(0);
      expect(t.share).toBeLessThanOrEqual(1);
      expect(t.sentiment.positive + t.sentiment.neutral + t.sentiment.negative).toBe(t.comments);
    }
    expect(f.sentiment.positive + f.sentiment.neutral + f.sentiment.negative).toBe(f.comments);
    for (const m of f.months) for (const v of Object.values(m.themes)) expect(v >= 0 && v <= 1).toBe(true);
    expect(f.months.length).toBeGreaterThan(6);
    expect(f.terms.length).toBeGreaterThan(0);
    expect(f.phrases.length).toBeGreaterThan(0);
  });

  it('quotes each theme in plain text, at most three', () => {
    const f = chapter(reports[locale]!.feedback)!;
    for (const id of THEME_IDS) {
      const q = f.quotes.filter((x) => x.theme === id);
      expect(q.length, id).toBeGreaterThan(0);
      expect(q.length).toBeLessThanOrEqual(3);
    }
  });

  it('links themes to segments and churn bands when those tables exist', async () => {
    const f = chapter(reports[locale]!.feedback)!;
    const tables = await engine.db.query<{ t: string }>(
      `SELECT DISTINCT table_name AS t FROM information_schema.tables WHERE table_name IN ('customer_results', 'customer_clv')`,
    );
    expect(new Set(f.links.map((l) => l.table))).toEqual(new Set(tables.map((t) => t.t)));
    for (const l of f.links) {
      expect(l.matched).toBeGreaterThan(0);
      for (const g of l.groups) for (const v of Object.values(g.themes)) expect(v >= 0 && v <= 1).toBe(true);
    }
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });
});
