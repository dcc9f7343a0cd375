// Breaks when theme matching or sentiment drops below the acceptance of issue 12 on comments the
// dictionary was NOT written against: test/fixtures/feedback/heldout.csv (120 comments, 60 zh /
// 60 en) was written and labelled by LABELLING.md before the classifier was run on it. The
// tuned fixture (labelled.test.ts) is optimistic; this is the honest number. Thresholds: micro
// theme precision and recall >= 0.8, sentiment accuracy >= 0.8 (rating rule + text).
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../src/analysis/feedback/types';
import { labelledRows } from './labelled';
import { describeScores, errors, score } from './scores';

const rows = labelledRows('heldout.csv');
const scores = score(rows);

describe('held-out fixture', () => {
  it('has 120 new comments, half Chinese, every theme, sentiment and a no-theme case present', () => {
    expect(rows.length).toBe(120);
    expect(new Set(rows.map((r) => r.id)).size).toBe(120);
    expect(rows.filter((r) => r.lang === 'zh').length).toBe(60);
    for (const t of THEME_IDS) expect(rows.filter((r) => r.themes.includes(t)).length, t).toBeGreaterThanOrEqual(5);
    for (const x of ['positive', 'neutral', 'negative']) expect(rows.filter((r) => r.sentiment === x).length, x).toBeGreaterThanOrEqual(10);
    expect(rows.filter((r) => r.themes.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('shares no comment with the tuned fixture', () => {
    const tuned = new Set(labelledRows().map((r) => r.text));
    expect(rows.filter((r) => tuned.has(r.text))).toEqual([]);
  });

  it('scores themes at micro precision and recall >= 0.8 and sentiment at accuracy >= 0.8', () => {
    console.log(describeScores('held-out', scores));
    if (process.env.FEEDBACK_ERRORS) console.log(errors(scores).join('\n'));
    expect(scores.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
    expect(scores.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
