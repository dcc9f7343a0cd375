/**
 * From classified comments to the report's numbers: theme shares and sentiment per theme,
 * monthly trends, quotes and themes by group. Pure: the caller supplies rows and group maps.
 */
import type { Classified } from './classify';
import { tokenize } from './words';
import type { GroupThemes, MonthTrend, Quote, Sentiment, SentimentCounts, ThemeSummary } from './types';

export interface CommentRow extends Classified {
  text: string;
  rating: number | null;
  customer: string | null;
  month: string | null;
}

export const emptyCounts = (): SentimentCounts => ({ positive: 0, neutral: 0, negative: 0 });
const share = (n: number, d: number) => (d > 0 ? n / d : 0);
const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

/**
 * Share of `list` mentioning each theme of `ids`, in one pass over the list (a filter per theme
 * and group cost seconds on 100k+ comments).
 */
function themeShares(ids: string[], list: readonly CommentRow[]): Record<string, number> {
  const counts = new Map<string, number>(ids.map((id) => [id, 0]));
  // A comment lists each of its themes once (ThemeMatcher.match).
  for (const r of list) for (const id of r.themes) if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
  const themes: Record<string, number> = {};
  for (const id of ids) themes[id] = share(counts.get(id)!, list.length);
  return themes;
}

export function themeSummaries(ids: string[], rows: CommentRow[]): ThemeSummary[] {
  return ids.map((id) => {
    const about = rows.filter((r) => r.themes.includes(id));
    const sentiment = emptyCounts();
    for (const r of about) sentiment[r.sentiment]++;
    const meanScore = about.length ? about.reduce((s, r) => s + r.score, 0) / about.length : null;
    return { id, comments: about.length, share: share(about.length, rows.length), sentiment, meanScore };
  });
}

export function monthTrends(ids: string[], rows: CommentRow[]): MonthTrend[] {
  const byMonth = new Map<string, CommentRow[]>();
  for (const r of rows) if (r.month) push(byMonth, r.month, r);
  return [...byMonth.keys()].sort().map((month) => {
    const list = byMonth.get(month)!;
    const sentiment = emptyCounts();
    for (const r of list) sentiment[r.sentiment]++;
    return { month, comments: list.length, themes: themeShares(ids, list), sentiment };
  });
}

const QUOTE_CHARS = { min: 6, max: 120 };

/**
 * Case-, number- and punctuation-blind form, to spot "Fits true to size." inside "Fits true to
 * size. Very happy." and "3天就到了" beside "2天就到了".
 */
const quoteKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/\d+/g, '0')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();

/**
 * Up to n quotes per theme, shortest first among the informative ones (at least two content
 * words, 6–120 characters), preferring the theme's most common sentiment so the quotes show
 * what most people say about it. A quote that repeats one already chosen for the theme (one
 * contains the other) is skipped, and a comment already quoted for another theme is used only
 * when nothing else is left: templated reviews would otherwise fill every theme with the same line.
 */
export function quotes(ids: string[], rows: CommentRow[], n: number): Quote[] {
  const out: Quote[] = [];
  const quoted = new Set<string>();
  for (const id of ids) {
    const about = rows.filter((r) => r.themes.includes(id));
    if (about.length === 0) continue;
    const counts = emptyCounts();
    for (const r of about) counts[r.sentiment]++;
    const dominant = (['negative', 'positive', 'neutral'] as Sentiment[]).reduce((a, b) => (counts[b] > counts[a] ? b : a));
    const chosen: string[] = [];
    const candidates = about
      .map((r, i) => {
        const text = r.text.trim().replace(/\s+/g, ' ');
        return { r, i, text, chars: [...text].length, informative: undefined as boolean | undefined };
      })
      .filter(({ chars }) => chars >= QUOTE_CHARS.min && chars <= QUOTE_CHARS.max)
      .sort((a, b) => Number(a.r.sentiment !== dominant) - Number(b.r.sentiment !== dominant) || a.chars - b.chars || a.i - b.i);
    for (const reuse of [false, true]) {
      for (const c of candidates) {
        if (chosen.length >= n) break;
        // Content words are counted only for the candidates reached, in order: a theme needs a
        // few quotes, and segmenting every one of its comments (100k+ on large files) took seconds.
        c.informative ??= tokenize(c.text).length >= 2;
        if (!c.informative) continue;
        const { r, text } = c;
        const key = quoteKey(text);
        const repeats = (other: string) => other.includes(key) || key.includes(other);
        if (chosen.some(repeats)) continue;
        if (!reuse && [...quoted].some(repeats)) continue;
        chosen.push(key);
        out.push({ theme: id, text, sentiment: r.sentiment, rating: r.rating });
      }
    }
    for (const k of chosen) quoted.add(k);
  }
  return out;
}

/** Per group (customer id -> group), the share of its comments mentioning each theme. */
export function groupThemes(ids: string[], rows: CommentRow[], groupOf: Map<string, string>): { matched: number; groups: GroupThemes[] } {
  const byGroup = new Map<string, CommentRow[]>();
  let matched = 0;
  for (const r of rows) {
    const g = r.customer === null ? undefined : groupOf.get(r.customer);
    if (g === undefined) continue;
    matched++;
    push(byGroup, g, r);
  }
  const groups = [...byGroup.keys()].sort().map((group) => {
    const list = byGroup.get(group)!;
    let negative = 0;
    for (const r of list) if (r.sentiment === 'negative') negative++;
    return { group, comments: list.length, themes: themeShares(ids, list), negativeShare: share(negative, list.length) };
  });
  return { matched, groups };
}
