/**
 * Builds comment text from per-locale fragments (feedback-zh.ts, feedback-en.ts). The rating
 * decides the sentiment mix: 4-5 praise (sometimes with a small "but"), 3 is mixed, 1-2 complain.
 * A few comments use an ASCII comma or a line break between clauses, as people type them.
 */
import type { Locale } from './catalog';
import { FEEDBACK_EN } from './feedback-en';
import { FEEDBACK_ZH } from './feedback-zh';
import { THEMES, type Theme } from './model';
import { chance, intRange, pick, weightedIndex, type Rng } from './random';

export interface FeedbackTexts {
  /** Words that mark a comment as being about the theme (every fragment holds one). */
  keywords: Record<Theme, readonly string[]>;
  positive: Record<Theme, readonly string[]>;
  negative: Record<Theme, readonly string[]>;
  /** Joins a positive clause to a negative one. */
  but: readonly string[];
  praise: readonly string[];
  /** Closer only a 5-star review gets. */
  fiveStar: string;
  complaint: readonly string[];
  /** Text when the customer left only a rating. */
  empty: string;
  separator: string;
  end: string;
}

export function feedbackTexts(locale: Locale): FeedbackTexts {
  return locale === 'zh' ? FEEDBACK_ZH : FEEDBACK_EN;
}

// What happy customers mention, by how often.
const PRAISED: Theme[] = [...THEMES];
const PRAISE_WEIGHTS = [0.2, 0.1, 0.14, 0.24, 0.1, 0.04, 0.04, 0.09, 0.05];

export interface CommentPlan {
  rating: number;
  /** Theme of the complaint, if something went wrong. */
  trouble: Theme | null;
  refunded: boolean;
  product: string;
}

/** The comment text and the themes it mentions. */
export function composeComment(rng: Rng, locale: Locale, plan: CommentPlan): { text: string; themes: Theme[] } {
  const t = feedbackTexts(locale);
  if (chance(rng, 0.02)) return { text: t.empty, themes: [] };
  const fill = (s: string, good: boolean): string =>
    s.replace('{p}', plan.product).replace('{d}', String(good ? intRange(rng, 2, 3) : intRange(rng, 5, 15)));
  // A praised theme other than `not`: nobody praises and slams the delivery in one breath.
  const praise = (not?: Theme): Theme => {
    for (;;) {
      const theme = PRAISED[weightedIndex(rng, PRAISE_WEIGHTS)];
      if (theme !== not) return theme;
    }
  };
  const complaint = (): Theme => plan.trouble ?? (plan.refunded && chance(rng, 0.6) ? 'returns' : pick(rng, THEMES));
  const good = (theme: Theme): string => fill(pick(rng, t.positive[theme]), true);
  const bad = (theme: Theme): string => fill(pick(rng, t.negative[theme]), false);

  const themes: Theme[] = [];
  const clauses: string[] = [];
  let closer = '';
  if (plan.rating >= 4) {
    const first = praise();
    themes.push(first);
    clauses.push(good(first));
    const second = praise();
    if (second !== first && chance(rng, 0.4)) {
      themes.push(second);
      clauses.push(good(second));
    }
    const minor = plan.rating === 4 && chance(rng, 0.2) ? complaint() : null;
    if (minor && !themes.includes(minor)) {
      themes.push(minor);
      clauses[clauses.length - 1] += butClause(pick(rng, t.but), bad(minor));
    } else if (chance(rng, 0.4)) {
      closer = plan.rating === 5 && chance(rng, 0.3) ? t.fiveStar : pick(rng, t.praise);
    }
  } else if (plan.rating === 3) {
    const down = complaint();
    const up = praise(down);
    themes.push(up, down);
    clauses.push(good(up) + butClause(pick(rng, t.but), bad(down)));
  } else {
    const first = complaint();
    themes.push(first);
    clauses.push(bad(first));
    const second = plan.refunded && first !== 'returns' && chance(rng, 0.5) ? 'returns' : chance(rng, 0.3) ? pick(rng, THEMES) : null;
    if (second && second !== first) {
      themes.push(second);
      clauses.push(bad(second));
    }
    if (chance(rng, 0.5)) closer = pick(rng, t.complaint);
  }
  const u = rng.next();
  const sep = u < 0.03 ? '\n' : locale === 'zh' && u < 0.13 ? ',' : t.separator;
  let text = clauses.join(sep) + t.end;
  if (closer) text += (locale === 'en' ? ' ' : '') + closer;
  return { text: tidy(text), themes: [...new Set(themes)] };
}

/** "But too expensive ..." rather than "But Too expensive ..." (a no-op for Chinese). */
function butClause(but: string, clause: string): string {
  const lower = !/^I\b/.test(clause);
  return but + (lower ? clause[0].toLowerCase() + clause.slice(1) : clause);
}

// "。。" or ".." can appear when a fragment already ends in punctuation; tidy it.
function tidy(text: string): string {
  return text.replace(/。。/g, '。').replace(/\.\./g, '.').replace(/！。/g, '！').replace(/!\./g, '!');
}
