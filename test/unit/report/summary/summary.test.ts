// Breaks when the executive summary stops being generated from the numbers: on a real report (the
// sample data through the Engine) it must pick findings from several chapters, each sentence must
// carry that chapter's numbers in both languages, and changing a number in the Report must change
// the sentence (and the ranking when the weight changes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../../src/analysis/report';
import { formatPercent } from '../../../../src/format';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import { SUMMARY_SIZE, summaryFindings } from '../../../../src/report/summary/summary';
import type { Engine } from '../../../../workers/engine';
import { openEngine } from '../../../support/engine';
import { chapter } from '../../../support/chapter';

const en = new I18n('en');
const zh = new I18n('zh-CN');
const CJK = /[\u4e00-\u9fff]/;

let engine: Engine;
let report: Report;
beforeAll(async () => {
  engine = await openEngine();
  const r = await engine.loadSample('en', () => {});
  report = await engine.report(r.datasets.map((d) => ({ id: d.id, kind: d.kind, columns: d.columns })), {}, () => {});
}, 240_000);
afterAll(() => engine.bindings.reset());

const text = (f: { parts: { text: string }[] }) => f.parts.map((p) => p.text).join('');
const byRule = (r: Report, i18n: I18n, rule: string) => summaryFindings(r, i18n).find((f) => f.rule === rule);

describe('executive summary of the sample report', () => {
  it('picks at most seven findings from several chapters, heaviest first', () => {
    const findings = summaryFindings(report, en);
    expect(findings.length).toBeGreaterThanOrEqual(4);
    expect(findings.length).toBeLessThanOrEqual(SUMMARY_SIZE);
    expect(new Set(findings.map((f) => f.chapter)).size).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < findings.length; i++) expect(findings[i - 1].weight).toBeGreaterThanOrEqual(findings[i].weight);
  });

  it('words every finding in both languages, with numbers', () => {
    for (const f of summaryFindings(report, en)) {
      expect(text(f)).not.toMatch(CJK);
      expect(f.parts.some((p) => p.value && /\d/.test(p.text)), f.rule).toBe(true);
    }
    for (const f of summaryFindings(report, zh)) expect(text(f)).toMatch(CJK);
  });

  it('states the top-20% revenue share the value chapter computed', () => {
    const v = chapter(report.value);
    if (v.status !== 'ok') throw new Error('value chapter unavailable');
    expect(text(byRule(report, en, 'concentration')!)).toContain(formatPercent('en', v.pareto.top20RevenueShare));
  });

  it('changes the sentence and the ranking when the numbers change', () => {
    const before = byRule(report, en, 'concentration')!;
    const changed = structuredClone(report);
    const v = chapter(changed.value);
    if (v.status !== 'ok') throw new Error('value chapter unavailable');
    v.pareto.top20RevenueShare = 0.97;
    v.pareto.gini = 0.91;
    const after = byRule(changed, en, 'concentration')!;
    expect(text(after)).not.toBe(text(before));
    expect(text(after)).toContain('97%');
    expect(text(after)).toContain('0.91');
    expect(text(byRule(changed, zh, 'concentration')!)).toContain('97%');
    // 0.97 outweighs every other rule of this report, so it now leads the summary.
    expect(summaryFindings(changed, en)[0].rule).toBe('concentration');
  });

  it('leaves out a chapter that failed instead of failing itself', () => {
    const broken = structuredClone(report);
    broken.clv = { status: 'failed', error: 'boom' };
    broken.value = { status: 'failed', error: 'boom' };
    const rules = summaryFindings(broken, en).map((f) => f.rule);
    expect(rules).not.toContain('atRisk');
    expect(rules).not.toContain('concentration');
  });
});
