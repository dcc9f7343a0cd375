// Breaks when theme matching or sentiment scoring drifts below what the acceptance of issue 12
// asks on the hand-labelled fixture (test/fixtures/feedback/labelled.csv, labelled by
// LABELLING.md before the classifier existed): micro-averaged theme precision and recall >= 0.8,
// sentiment accuracy >= 0.8. Per-theme numbers and the text-only accuracy (rating ignored) are
// printed so a change that trades one theme for another is visible.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/analysis/feedback/classify';
import { DEFAULT_THEMES } from '../../../src/analysis/feedback/dictionary';
import { FEEDBACK_DEFAULTS } from '../../../src/analysis/feedback/options';
import { polarity, textLabel } from '../../../src/analysis/feedback/sentiment';
import { compileThemes } from '../../../src/analysis/feedback/themes';
import { THEME_IDS } from '../../../src/analysis/feedback/types';
import { labelledRows } from './labelled';

const rows = labelledRows();
const matcher = compileThemes(DEFAULT_THEMES);
const s = FEEDBACK_DEFAULTS.thresholds;
const results = rows.map((r) => ({ r, c: classify(r.text, r.rating, matcher, s) }));

describe('labelled fixture', () => {
  it('has at least 200 comments, about half Chinese, every theme and sentiment present', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const zh = rows.filter((r) => r.lang === 'zh').length / rows.length;
    expect(zh).toBeGreaterThan(0.4);
    expect(zh).toBeLessThan(0.6);
    for (const t of THEME_IDS) expect(rows.filter((r) => r.themes.includes(t)).length, t).toBeGreaterThanOrEqual(10);
    for (const x of ['positive', 'neutral', 'negative']) expect(rows.some((r) => r.sentiment === x), x).toBe(true);
  });

  it('finds themes with micro precision and recall >= 0.8', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const lines: string[] = [];
    for (const t of THEME_IDS) {
      let a = 0;
      let b = 0;
      let c = 0;
      for (const { r, c: got } of results) {
        const p = got.themes.includes(t);
        const g = r.themes.includes(t);
        if (p && g) a++;
        else if (p) b++;
        else if (g) c++;
      }
      tp += a;
      fp += b;
      fn += c;
      lines.push(`${t.padEnd(10)} P ${(a / (a + b)).toFixed(2)}  R ${(a / (a + c)).toFixed(2)}  (n=${a + c})`);
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`themes: micro P ${precision.toFixed(3)} R ${recall.toFixed(3)}\n${lines.join('\n')}`);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('labels sentiment with accuracy >= 0.8 (rating rule + text)', () => {
    const acc = results.filter(({ r, c }) => c.sentiment === r.sentiment).length / rows.length;
    const textOnly = rows.filter((r) => textLabel(polarity(r.text), s) === r.sentiment).length / rows.length;
    const unrated = results.filter(({ r }) => r.rating === null || r.rating === 3);
    const unratedAcc = unrated.filter(({ r, c }) => c.sentiment === r.sentiment).length / unrated.length;
    console.log(
      `sentiment: accuracy ${acc.toFixed(3)}; text only ${textOnly.toFixed(3)}; rows decided by text (no rating or 3) ${unratedAcc.toFixed(3)} (n=${unrated.length})`,
    );
    expect(acc).toBeGreaterThanOrEqual(0.8);
  });
});
