/**
 * Scores the classifier against a labelled fixture: micro and per-theme precision / recall, and
 * sentiment accuracy with the rating rule, on the text alone, and on the rows the text decides.
 * Shared by the tuned fixture's test and the held-out one, so both report the same numbers.
 */
import { classify, type Classified } from '../../../src/analysis/feedback/classify';
import { DEFAULT_THEMES } from '../../../src/analysis/feedback/dictionary';
import { FEEDBACK_DEFAULTS } from '../../../src/analysis/feedback/options';
import { polarity, textLabel } from '../../../src/analysis/feedback/sentiment';
import { compileThemes } from '../../../src/analysis/feedback/themes';
import { THEME_IDS } from '../../../src/analysis/feedback/types';
import type { LabelledRow } from './labelled';

export interface ThemeScore {
  theme: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  results: { r: LabelledRow; c: Classified }[];
  perTheme: ThemeScore[];
  precision: number;
  recall: number;
  accuracy: number;
  textOnly: number;
  /** Rows without a rating or with a 3: the text decides. */
  textDecided: { accuracy: number; n: number };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

export function score(rows: LabelledRow[]): Scores {
  const matcher = compileThemes(DEFAULT_THEMES);
  const s = FEEDBACK_DEFAULTS.thresholds;
  const results = rows.map((r) => ({ r, c: classify(r.text, r.rating, matcher, s) }));
  const perTheme = THEME_IDS.map((theme) => {
    const x: ThemeScore = { theme, tp: 0, fp: 0, fn: 0 };
    for (const { r, c } of results) {
      const p = c.themes.includes(theme);
      const g = r.themes.includes(theme);
      if (p && g) x.tp++;
      else if (p) x.fp++;
      else if (g) x.fn++;
    }
    return x;
  });
  const sum = (k: 'tp' | 'fp' | 'fn') => perTheme.reduce((a, t) => a + t[k], 0);
  const unrated = results.filter(({ r }) => r.rating === null || r.rating === 3);
  return {
    results,
    perTheme,
    precision: ratio(sum('tp'), sum('tp') + sum('fp')),
    recall: ratio(sum('tp'), sum('tp') + sum('fn')),
    accuracy: ratio(results.filter(({ r, c }) => c.sentiment === r.sentiment).length, rows.length),
    textOnly: ratio(rows.filter((r) => textLabel(polarity(r.text), s) === r.sentiment).length, rows.length),
    textDecided: { accuracy: ratio(unrated.filter(({ r, c }) => c.sentiment === r.sentiment).length, unrated.length), n: unrated.length },
  };
}

export function describeScores(name: string, x: Scores): string {
  const lines = x.perTheme.map(
    (t) => `  ${t.theme.padEnd(10)} P ${ratio(t.tp, t.tp + t.fp).toFixed(2)}  R ${ratio(t.tp, t.tp + t.fn).toFixed(2)}  (n=${t.tp + t.fn})`,
  );
  return [
    `${name}: themes micro P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)}`,
    ...lines,
    `  sentiment accuracy ${x.accuracy.toFixed(3)}; text only ${x.textOnly.toFixed(3)}; rows decided by text ${x.textDecided.accuracy.toFixed(3)} (n=${x.textDecided.n})`,
  ].join('\n');
}

/** Misclassified rows, for reading when a score drops (never for copying phrases into the dictionary). */
export function errors(x: Scores): string[] {
  return x.results
    .filter(({ r, c }) => c.sentiment !== r.sentiment || [...c.themes].sort().join('|') !== [...r.themes].sort().join('|'))
    .map(({ r, c }) => `${r.id} ${r.text}\n    label ${r.themes.join('|') || 'none'} ${r.sentiment} · got ${c.themes.join('|') || 'none'} ${c.sentiment} (${c.score.toFixed(2)})`);
}
