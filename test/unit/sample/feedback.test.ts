// Breaks when the sample reviews stop covering every feedback theme in both languages, lose
// their negations (不/没/别, not/no/never), or stop linking sentiment to rating and to churn:
// the feedback-theme and churn analyses would then have nothing to find.
import { beforeAll, describe, expect, it } from 'vitest';
import { feedbackTexts, generateSample, getCatalog, THEMES } from '../../../src/analysis/sample';
import { readTable } from './csv-parse';

const matches = (locale: 'zh' | 'en', text: string, word: string): boolean =>
  locale === 'zh' ? text.includes(word) : new RegExp(`\\b${word}\\b`, 'i').test(text);

describe.each(['zh', 'en'] as const)('feedback (%s)', (locale) => {
  const texts = feedbackTexts(locale);
  const cat = getCatalog(locale);
  let rows: Record<string, string>[] = [];
  let orders: Record<string, string>[] = [];
  const [id, time, rating, comment] = cat.columns.feedback;

  beforeAll(() => {
    const ds = generateSample({ locale });
    rows = readTable(ds.files[3].text).rows;
    orders = readTable(ds.files[0].text).rows;
  });

  it('has a theme keyword in every fragment, so a comment is about what it says', () => {
    for (const theme of THEMES) {
      for (const s of [...texts.positive[theme], ...texts.negative[theme]]) {
        expect(texts.keywords[theme].some((k) => matches(locale, s, k)), `${theme}: ${s}`).toBe(true);
      }
    }
  });

  it('covers every theme, each in good and bad comments', () => {
    for (const theme of THEMES) {
      const about = rows.filter((r) => texts.keywords[theme].some((k) => matches(locale, r[comment], k)));
      expect(about.length, theme).toBeGreaterThanOrEqual(25);
      expect(about.some((r) => Number(r[rating]) >= 4), theme).toBe(true);
      expect(about.some((r) => Number(r[rating]) <= 2), theme).toBe(true);
    }
  });

  it('uses negation in negative comments', () => {
    const neg = locale === 'zh' ? /[不没别]/ : /\b(not|no|never|n't)\b|n't/i;
    const low = rows.filter((r) => Number(r[rating]) <= 2);
    const share = low.filter((r) => neg.test(r[comment])).length / low.length;
    expect(share).toBeGreaterThan(0.4);
  });

  it('rates 1-5 with mostly good ratings, and rating-only reviews are rare', () => {
    const counts = [1, 2, 3, 4, 5].map((k) => rows.filter((r) => Number(r[rating]) === k).length);
    expect(counts.every((n) => n > 0)).toBe(true);
    expect((counts[3] + counts[4]) / rows.length).toBeGreaterThan(0.5);
    const empty = rows.filter((r) => r[comment] === texts.empty).length / rows.length;
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(0.05);
  });

  it('links low ratings to churn: lapsed customers rate lower than active ones', () => {
    // Observable proxy for churn: no order in the last 120 days of the window.
    const last = new Map<string, string>();
    for (const o of orders) {
      const c = o[cat.columns.orders[0]];
      const t = o[cat.columns.orders[2]];
      if (!last.has(c) || t > last.get(c)!) last.set(c, t);
    }
    const cutoff = '2025-03-02';
    const score = (lapsed: boolean) => {
      const xs = rows.filter((r) => r[time] < cutoff && (last.get(r[id])! < cutoff) === lapsed).map((r) => Number(r[rating]));
      return xs.reduce((s, x) => s + x, 0) / xs.length;
    };
    expect(score(true)).toBeLessThan(score(false) - 0.2);
  });
});
