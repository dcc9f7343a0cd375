// Breaks when theme matching or sentiment drops below the acceptance of issue 12 on the third
// fixture: test/fixtures/feedback/third.csv (220 comments, 110 zh / 110 en) was written and
// labelled by a second labeller who read only LABELLING.md — not the classifier, its dictionary
// or the earlier fixtures — and committed before the classifier first ran on it. Its first-run
// score, and the score of its half B that was kept out of the tuning (third-split.ts), are in
// LABELLING.md's change log: both below 0.8 on themes. This test guards the whole set, which is
// now tuned on. Thresholds: micro theme precision and recall >= 0.8, sentiment accuracy >= 0.8.
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../src/analysis/feedback/types';
import { labelledRows } from './labelled';
import { describeScores, errors, score } from './scores';

const rows = labelledRows('third.csv');
const scores = score(rows);

describe('third fixture (second labeller)', () => {
  it('has 220 new comments, half Chinese, every theme, sentiment and a no-theme case present', () => {
    expect(rows.length).toBe(220);
    expect(new Set(rows.map((r) => r.id)).size).toBe(220);
    expect(rows.filter((r) => r.lang === 'zh').length).toBe(110);
    for (const t of THEME_IDS) expect(rows.filter((r) => r.themes.includes(t)).length, t).toBeGreaterThanOrEqual(10);
    for (const x of ['positive', 'neutral', 'negative']) expect(rows.filter((r) => r.sentiment === x).length, x).toBeGreaterThanOrEqual(30);
    expect(rows.filter((r) => r.themes.length === 0).length).toBeGreaterThanOrEqual(20);
  });

  it('shares no comment beyond a stock phrase with the other fixtures', () => {
    // Two writers independently write "It's ok." and the like; anything longer would be copied.
    const earlier = new Set([...labelledRows(), ...labelledRows('heldout.csv')].map((r) => r.text));
    const shared = rows.filter((r) => earlier.has(r.text));
    expect(shared.filter((r) => r.text.length > 12)).toEqual([]);
    expect(shared.length).toBeLessThanOrEqual(2);
  });

  it('scores themes at micro precision and recall >= 0.8 and sentiment at accuracy >= 0.8', () => {
    console.log(describeScores('third', scores));
    if (process.env.FEEDBACK_ERRORS) console.log(errors(scores).join('\n'));
    expect(scores.precision).toBeGreaterThanOrEqual(0.8);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
    expect(scores.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
