// Issue 12's honest measure. test/fixtures/feedback/fourth.csv (220 comments, 110 zh / 110 en)
// was written and labelled by a third labeller who read only LABELLING.md, and committed before
// the classifier ever ran on it; it was scored once, with the classifier of the commit that added
// this test, and that score is recorded in LABELLING.md. Nothing was tuned on it afterwards.
// First run: themes micro precision 0.803, recall 0.803, sentiment accuracy 0.850 — the
// acceptance (0.8 each) met on text no one had tuned on, with little margin: a change to the
// dictionary that costs one or two correct tags here fails this test, as it should.
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../src/analysis/feedback/types';
import { labelledRows } from './labelled';
import { describeScores, score } from './scores';

const rows = labelledRows('fourth.csv');
const scores = score(rows);

describe('fourth fixture (third labeller, scored once)', () => {
  it('has 220 new comments, half Chinese, every theme and sentiment present', () => {
    expect(rows.length).toBe(220);
    expect(rows.filter((r) => r.lang === 'zh').length).toBe(110);
    for (const t of THEME_IDS) expect(rows.filter((r) => r.themes.includes(t)).length, t).toBeGreaterThanOrEqual(10);
    for (const x of ['positive', 'neutral', 'negative']) expect(rows.filter((r) => r.sentiment === x).length, x).toBeGreaterThanOrEqual(30);
  });

  it('scores themes at micro precision and recall >= 0.8 and sentiment at accuracy >= 0.8', () => {
    console.log(describeScores('fourth', scores));
    expect(scores.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
    expect(scores.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
