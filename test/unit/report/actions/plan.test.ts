// Breaks when the action plan stops following the report: one row per non-empty segment of the
// lead scheme with its customers and revenue, the cross-chapter rows (high churn risk, the biggest
// complaint, the best channel) when their chapters have data, ordered by the value at stake, with
// the analyst's recommendation text in force and a default metric per kind of action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/analysis/report';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { intentOf, planRows } from '../../../../src/report/actions/plan';
import { Recommendations } from '../../../../src/report/value/recommendations.svelte';
import type { Engine } from '../../../../workers/engine';
import { openEngine } from '../../../support/engine';
import { chapter } from '../../../support/chapter';

const en = new I18n('en');
const zh = new I18n('zh-CN');

let engine: Engine;
let report: Report;
beforeAll(async () => {
  engine = await openEngine();
  const r = await engine.loadSample('en', () => {});
  report = await engine.report(r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns })), { value: { segments: { lead: 'tiers' } } }, () => {});
}, 240_000);
afterAll(() => engine.bindings.reset());

describe('the action plan of the sample report', () => {
  it('has a row per non-empty tier with its customers and revenue', () => {
    const recs = new Recommendations();
    const rows = planRows(report, en, { recommendation: (s, id) => recs.text(s, id, 'en') });
    const value = chapter(report.value);
    if (value.status !== 'ok') throw new Error('no value chapter');
    const tiers = value.segments.tiers.segments.filter((s) => s.customers > 0);
    for (const s of tiers) {
      const row = rows.find((r) => r.id === `segment:tiers:${s.id}`);
      expect(row, s.id).toBeDefined();
      expect(row!.customers).toBe(s.customers);
      expect(row!.value).toBe(s.revenue);
      expect(row!.action).toBe(recs.text('tiers', s.id, 'en'));
    }
    for (const r of rows.filter((x) => x.segment)) expect(r.intent).toBe(intentOf('tiers', r.segment!.id));
    expect(rows.find((r) => r.id === 'segment:tiers:churn_risk')?.intent).toBe('win-back');
  });

  it('adds the churn, feedback and channel actions and orders rows by value at stake', () => {
    const rows = planRows(report, en, { recommendation: () => '' });
    const ids = rows.map((r) => r.id);
    expect(ids).toContain('clv:high-risk');
    expect(ids.some((id) => id.startsWith('feedback:'))).toBe(true);
    const values = rows.map((r) => r.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const clv = chapter(report.clv);
    if (clv.status !== 'model' && clv.status !== 'fallback') throw new Error('no clv');
    expect(rows.find((r) => r.id === 'clv:high-risk')!.value).toBe(clv.bands.find((b) => b.band === 'high')!.valueAtRisk);
  });

  it('uses the analyst’s recommendation and words the rest in the language', () => {
    const recs = new Recommendations();
    recs.set('tiers', 'growth', 'en', 'Invite them to the spring preview.');
    const rows = planRows(report, en, { recommendation: (s, id) => recs.text(s, id, 'en') });
    expect(rows.find((r) => r.id === 'segment:tiers:growth')!.action).toBe('Invite them to the spring preview.');
    const zhRows = planRows(report, zh, { recommendation: (s, id) => recs.text(s, id, 'zh-CN') });
    expect(zhRows.find((r) => r.id === 'clv:high-risk')!.target).toMatch(/[\u4e00-\u9fff]/);
    expect(zhRows.find((r) => r.id === 'segment:tiers:growth')!.action).not.toBe('Invite them to the spring preview.');
  });

  it('gives no rows when no chapter has data', () => {
    const empty = structuredClone(report);
    empty.value = { status: 'failed', error: 'x' };
    empty.clv = { status: 'failed', error: 'x' };
    empty.feedback = null;
    empty.lifecycle = { status: 'failed', error: 'x' };
    expect(planRows(empty, en, { recommendation: () => '' })).toEqual([]);
  });

  it('classifies every scheme’s segments', () => {
    expect(intentOf('eight-class', 'important_value')).toBe('retain');
    expect(intentOf('eight-class', 'important_win_back')).toBe('win-back');
    expect(intentOf('named', 'new_customers')).toBe('grow');
    expect(intentOf('named', 'need_attention')).toBe('activate');
  });
});
