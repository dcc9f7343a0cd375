/** One comment in, its language, themes and sentiment out: the per-comment step, pure and sync. */
import { detectLang, normalize } from './normalize';
import { isNote, label, polarity, type SentimentSettings } from './sentiment';
import type { ThemeMatcher } from './themes';
import type { Lang, Sentiment } from './types';

export interface Classified {
  lang: Lang;
  themes: string[];
  /** Text polarity, -1..1, whatever the rating. */
  score: number;
  sentiment: Sentiment;
  source: 'rating' | 'text';
}

export function classify(text: string, rating: number | null, matcher: ThemeMatcher, s: SentimentSettings): Classified {
  const score = polarity(text);
  return { lang: detectLang(normalize(text)), themes: matcher.match(text), score, ...labelOf(score, rating, s, isNote(text)) };
}

function labelOf(score: number, rating: number | null, s: SentimentSettings, note: boolean) {
  const { label: sentiment, source } = label(score, rating, s, note);
  return { sentiment, source };
}
