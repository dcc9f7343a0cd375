// Breaks when a segment has no suggested action in either language, when the analyst's wording
// is lost, leaks into the other language or survives a reset, when writing the suggestion back
// is not treated as a reset, or when the action plan (what the report's action plan and exports
// read) lists the wrong segments, counts or texts.
import { describe, expect, it } from 'vitest';
import { SEGMENT_NAMES, type SchemeId } from '../../../../src/analysis/value/names';
import { en as enCatalog } from '../../../../src/i18n/en';
import { zhCN } from '../../../../src/i18n/zh-CN';
import { recommendationKey, recommendations, Recommendations } from '../../../../src/report/value/recommendations.svelte';
import { leadSummary } from '../../../../src/report/value/value-findings';
import { fixture } from './fixtures';

const SCHEMES: SchemeId[] = ['named', 'eight-class', 'tiers'];

describe('default texts', () => {
  it('every segment of every scheme has its own suggestion, in both languages', () => {
    const store = new Recommendations();
    for (const scheme of SCHEMES) {
      for (const id of Object.keys(SEGMENT_NAMES[scheme])) {
        expect(recommendationKey(scheme, id), `${scheme}/${id}`).not.toBe('value.rec.fallback');
        const zh = store.defaultText(scheme, id, 'zh-CN');
        expect(zh, `${scheme}/${id}`).toMatch(/[\u4e00-\u9fff]/);
        expect(store.defaultText(scheme, id, 'en'), `${scheme}/${id}`).not.toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('the template tiers follow the template: VIP benefits, Growth basket size, General activation, Churn risk win-back', () => {
    const store = new Recommendations();
    expect(store.defaultText('tiers', 'vip', 'en')).toMatch(/Exclusive benefits and service/);
    expect(store.defaultText('tiers', 'growth', 'en')).toMatch(/Personalised recommendations.*basket size/);
    expect(store.defaultText('tiers', 'general', 'en')).toMatch(/Activation reminders/);
    expect(store.defaultText('tiers', 'churn_risk', 'en')).toMatch(/Win-back offers/);
    expect(store.defaultText('tiers', 'vip', 'zh-CN')).toMatch(/专属权益/);
  });

  it('a segment of a user-made rule gets the generic text', () => {
    const store = new Recommendations();
    expect(recommendationKey('named', 'my_rule')).toBe('value.rec.fallback');
    expect(store.text('named', 'my_rule', 'en')).toBe(enCatalog['value.rec.fallback']);
    expect(store.text('named', 'my_rule', 'zh-CN')).toBe(zhCN['value.rec.fallback']);
  });
});

describe('edits', () => {
  it('are kept per scheme, segment and language, and listed', () => {
    const store = new Recommendations();
    store.set('tiers', 'vip', 'zh-CN', '春节前逐一电话回访 VIP。');
    expect(store.text('tiers', 'vip', 'zh-CN')).toBe('春节前逐一电话回访 VIP。');
    expect(store.isEdited('tiers', 'vip', 'zh-CN')).toBe(true);
    expect(store.isEdited('tiers', 'vip', 'en')).toBe(false);
    expect(store.text('tiers', 'vip', 'en')).toBe(store.defaultText('tiers', 'vip', 'en'));
    expect(store.isEdited('named', 'vip', 'zh-CN')).toBe(false);
    expect(store.edits).toEqual([{ scheme: 'tiers', id: 'vip', locale: 'zh-CN', text: '春节前逐一电话回访 VIP。' }]);
  });

  it('writing the suggestion back, or nothing, is a reset', () => {
    const store = new Recommendations();
    store.set('named', 'lost', 'en', 'Ignore.');
    store.set('named', 'lost', 'en', `  ${store.defaultText('named', 'lost', 'en')} `);
    expect(store.isEdited('named', 'lost', 'en')).toBe(false);
    store.set('named', 'lost', 'en', 'Ignore.');
    store.set('named', 'lost', 'en', '   ');
    expect(store.isEdited('named', 'lost', 'en')).toBe(false);
  });

  it('reset in one language, in both, or everything', () => {
    const store = new Recommendations();
    store.set('named', 'champions', 'en', 'A');
    store.set('named', 'champions', 'zh-CN', 'B');
    store.set('named', 'lost', 'en', 'C');
    store.reset('named', 'champions', 'en');
    expect(store.edits.map((e) => e.text)).toEqual(['B', 'C']);
    store.reset('named', 'champions');
    expect(store.edits.map((e) => e.text)).toEqual(['C']);
    store.resetAll();
    expect(store.edits).toEqual([]);
  });

  it('one shared instance for the page', () => {
    expect(recommendations).toBeInstanceOf(Recommendations);
  });
});

describe('plan', () => {
  it('the lead scheme segments with customers, their revenue and text, in scheme order', () => {
    const { v } = fixture('retail');
    const store = new Recommendations();
    store.set('named', 'at_risk', 'en', 'Call them.');
    const plan = store.plan(leadSummary(v), 'en');
    expect(plan.map((p) => p.id)).toEqual(['champions', 'potential_loyalist', 'loyal_customers', 'promising', 'new_customers', 'cant_lose_them', 'at_risk', 'need_attention', 'about_to_sleep', 'lost', 'others']);
    expect(plan[0]).toMatchObject({ scheme: 'named', name: 'Champions', customers: 323, edited: false });
    expect(plan[0].revenueShare).toBeCloseTo(0.4301, 4);
    expect(plan.find((p) => p.id === 'at_risk')).toMatchObject({ text: 'Call them.', edited: true });
    expect(store.plan(leadSummary(v), 'zh-CN')[0].name).toBe('冠军客户');
  });

  it('leaves out empty segments unless asked', () => {
    const { v } = fixture('retail');
    const summary = structuredClone(leadSummary(v));
    summary.segments[3].customers = 0;
    const store = new Recommendations();
    expect(store.plan(summary, 'en')).toHaveLength(10);
    expect(store.plan(summary, 'en', { includeEmpty: true })).toHaveLength(11);
  });
});
