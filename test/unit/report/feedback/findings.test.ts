// Breaks when a generated finding of the feedback chapter misstates a number (theme shares, the
// sentiment split, the most negative theme, the recent trend, a group's lift), names the wrong
// theme or group, loses a placeholder, or reads wrongly in either language; and when a change of
// the input does not change the sentence.
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../../src/i18n/i18n.svelte';
import {
  extremeTheme,
  keyFinding,
  largestChange,
  linkFinding,
  linkNote,
  recentWindows,
  sentimentFinding,
  termsFinding,
  themesFinding,
  trendFinding,
} from '../../../../src/report/feedback/findings';
import type { MessagePart } from '../../../../src/i18n/i18n.svelte';
import { feedbackReport } from './fixture';

const en = new I18n('en');
const zh = new I18n('zh-CN');
const text = (parts: MessagePart[]) => parts.map((p) => p.text).join('');
const values = (parts: MessagePart[]) => parts.filter((p) => p.value).map((p) => p.text);
const F = feedbackReport();

describe('key finding', () => {
  it('English', () => {
    expect(text(keyFinding(F, en))).toBe(
      'Of 200 comments, 40% mention Delivery, the most discussed theme, followed by Quality (30%) and Features (20%). 65% of all comments are positive and 30% negative; Returns & refunds draws the most complaints, with 80% of its comments negative.',
    );
  });

  it('Chinese', () => {
    expect(text(keyFinding(F, zh))).toBe(
      '200 条反馈中，讨论最多的主题是物流配送，占 40%，其次是商品质量（30%）和功能与推荐（20%）。整体上正面反馈占 65%，负面占 30%；抱怨最集中的是退换货/退款，相关反馈中 80% 为负面。',
    );
  });

  it('emphasises the numbers and theme names', () => {
    expect(values(keyFinding(F, en))).toEqual(['200', '40%', 'Delivery', 'Quality', '30%', 'Features', '20%', '65%', '30%', 'Returns & refunds', '80%']);
  });

  it('changes with the input', () => {
    const flipped = feedbackReport({ sentiment: { positive: 60, neutral: 10, negative: 130 } });
    expect(text(keyFinding(flipped, en))).toContain('30% of all comments are positive and 65% negative');
    const noThemes = feedbackReport({ themes: F.themes.map((t) => ({ ...t, comments: 0, share: 0, sentiment: { positive: 0, neutral: 0, negative: 0 } })) });
    expect(text(keyFinding(noThemes, en))).toMatch(/^None of the 200 comments mentions a theme of the dictionary\. 65%/);
    expect(text(keyFinding(feedbackReport({ comments: 0 }), zh))).toBe('反馈文件中没有带文字的反馈。');
  });

  it('leaves a small theme out of "most complaints"', () => {
    const small = feedbackReport({ themes: [...F.themes, { id: 'payment', comments: 3, share: 0.015, sentiment: { positive: 0, neutral: 0, negative: 3 }, meanScore: -1 }] });
    expect(extremeTheme(small, 'negative')!.theme.id).toBe('returns');
  });

  it('names a user-defined theme by its id', () => {
    const custom = feedbackReport({ themes: [{ ...F.themes[0], id: '缺货' }, ...F.themes.slice(1)] });
    expect(text(keyFinding(custom, zh))).toContain('讨论最多的主题是缺货');
  });
});

describe('card findings', () => {
  it('themes: coverage and the most positive / negative theme', () => {
    expect(text(themesFinding(F, en))).toBe(
      '90% of the comments mention at least one theme; 20 mention none. Most positive: Quality (75% of its comments positive); most negative: Returns & refunds (80% negative).',
    );
    expect(text(themesFinding(F, zh))).toBe('90% 的反馈至少提到一个主题，20 条未命中任何主题。口碑最好的是商品质量（75% 为正面），最差的是退换货/退款（80% 为负面）。');
  });

  it('sentiment: the split, the rating share and the recent negative share (weighted by comments)', () => {
    // Last three months: (12 + 16 + 12) / 100 negative; the three before: (6 + 6 + 8) / 100.
    expect(text(sentimentFinding(F, en))).toBe(
      '65% of the comments are positive, 5% neutral and 30% negative. 75% of the labels come from the star rating, the rest from the words. In the last 3 months 40% of comments were negative, against 20% in the months before.',
    );
    expect(text(sentimentFinding(feedbackReport({ sentimentSource: { rating: 0, text: 200 }, months: [] }), zh))).toBe(
      '正面反馈占 65%，中性 5%，负面 30%。数据中没有评分，情感全部由文字判定。',
    );
  });

  it('trend: the theme that moved most, up or down, or none', () => {
    expect(largestChange(F)).toMatchObject({ id: 'delivery', months: 3 });
    expect(text(trendFinding(F, en))).toBe('The largest change: Delivery rose from 20% to 50% of comments in the last 3 months, against the months before.');
    expect(text(trendFinding(F, zh))).toBe('变化最大的是物流配送：最近 3 个月提及占比从 20% 升至 50%。');
    const down = feedbackReport({ months: [...F.months].reverse().map((m, i) => ({ ...m, month: F.months[i].month })) });
    expect(text(trendFinding(down, en))).toContain('Delivery fell from 50% to 20%');
    const flat = feedbackReport({ months: F.months.map((m) => ({ ...m, themes: { ...m.themes, delivery: 0.3 } })) });
    expect(text(trendFinding(flat, en))).toBe('Over the last 3 months no theme’s share moved by more than 3 percentage points against the months before.');
    expect(text(trendFinding(feedbackReport({ months: F.months.slice(0, 1) }), en))).toMatch(/single month/);
  });

  it('uses half the months as the window when there are fewer than six', () => {
    const w = recentWindows(F.months.slice(0, 4))!;
    expect(w.before.map((m) => m.month)).toEqual(['2024-01', '2024-02']);
    expect(w.after.map((m) => m.month)).toEqual(['2024-03', '2024-04']);
  });

  it('terms: the top term and phrase, quoted as text', () => {
    expect(text(termsFinding(F, en))).toBe('The most frequent term is “质量”, in 30% of the comments; the most frequent phrase is “物流很快” (6%).');
    expect(text(termsFinding(feedbackReport({ terms: [], phrases: [] }), zh))).toBe('没有出现次数足够多的词语。');
    const html = feedbackReport({ terms: [{ term: '<script>', comments: 3, share: 0.015 }] });
    expect(values(termsFinding(html, en))).toContain('<script>');
  });
});

describe('link findings', () => {
  it('words a group finding with its lift, both languages', () => {
    expect(text(linkFinding(F.findings[0], en))).toBe('80% of feedback from customers in the High risk band mentions Returns & refunds, 5.3× the overall 15% (50 comments).');
    expect(text(linkFinding(F.findings[0], zh))).toBe('高风险客户的反馈中有 80% 提到退换货/退款，是整体水平（15%）的 5.3 倍（共 50 条）。');
  });

  it('names segments and tiers from the shared segment names', () => {
    const seg = { ...F.findings[0], table: 'customer_results', column: 'named_segment', group: 'at_risk' };
    expect(text(linkFinding(seg, en))).toMatch(/^80% of feedback from the At Risk segment mentions/);
    expect(text(linkFinding(seg, zh))).toMatch(/^有流失风险客户的反馈中有 80%/);
    const tier = { ...F.findings[0], table: 'customer_results', column: 'tier', group: 'vip' };
    expect(text(linkFinding(tier, en))).toMatch(/^80% of feedback from the VIP tier mentions/);
  });

  it('notes the matched share, and says when no group stands out', () => {
    expect(text(linkNote(F, F.links[0], 20, en))).toBe('180 of 200 comments (90%) belong to a customer with a group here. ');
    expect(text(linkNote(feedbackReport({ findings: [] }), F.links[0], 20, zh))).toBe(
      '200 条反馈中有 180 条（90%）能对应到已分组的客户。在反馈不少于 20 条的群体中，没有哪个主题的提及率达到整体的 1.25 倍。',
    );
  });
});

describe('every finding fills every placeholder', () => {
  it.each([
    ['en', en],
    ['zh', zh],
  ] as const)('%s', (_, i18n) => {
    const all = [keyFinding, themesFinding, sentimentFinding, termsFinding, trendFinding].map((f) => text(f(F, i18n)));
    all.push(text(linkFinding(F.findings[0], i18n)), text(linkNote(F, F.links[0], 20, i18n)));
    for (const s of all) expect(s).not.toMatch(/\{\w+\}/);
  });
});
