/**
 * The feedback chapter's generated findings: pure functions (report part, i18n) -> MessagePart[],
 * put together from catalog pieces so each language keeps its own word order. Every number is a
 * placeholder value, so it is emphasised on screen and checked by the tests in both languages.
 */
import type { FeedbackFinding, FeedbackLink, FeedbackReport, MonthTrend, ThemeSummary } from '../../analysis/feedback/types';
import { formatInteger, formatNumber, formatPercent } from '../../format';
import type { I18n, MessagePart } from '../../i18n/i18n.svelte';
import { groupName, linkKind, themeName } from './names';

/** A theme needs this many comments before it can be "the most negative" or "most positive". */
export const MIN_THEME_COMMENTS = 10;
/** A trend is worth a sentence from this many percentage points of change. */
export const MIN_TREND_CHANGE = 0.03;

const pct = (i18n: I18n, share: number) => formatPercent(i18n.locale, share);
const int = (i18n: I18n, n: number) => formatInteger(i18n.locale, n);
const share = (n: number, d: number) => (d > 0 ? n / d : 0);

export function rankedThemes(f: FeedbackReport): ThemeSummary[] {
  return [...f.themes].sort((a, b) => b.comments - a.comments || (a.id < b.id ? -1 : 1));
}

/** The theme with the highest share of negative (or positive) comments, among themes with enough comments. */
export function extremeTheme(f: FeedbackReport, sentiment: 'negative' | 'positive'): { theme: ThemeSummary; share: number } | null {
  const min = Math.max(MIN_THEME_COMMENTS, Math.ceil(f.comments * 0.02));
  let best: { theme: ThemeSummary; share: number } | null = null;
  for (const t of f.themes) {
    if (t.comments < min) continue;
    const s = share(t.sentiment[sentiment], t.comments);
    if (!best || s > best.share) best = { theme: t, share: s };
  }
  return best;
}

/** The chapter's key finding: the most discussed themes, the sentiment split, the theme drawing most complaints. */
export function keyFinding(f: FeedbackReport, i18n: I18n): MessagePart[] {
  const { parts } = i18n;
  const ranked = rankedThemes(f).filter((t) => t.comments > 0);
  if (f.comments === 0) return parts('feedback.finding.empty');
  const out: MessagePart[] = [];
  if (ranked.length === 0) out.push(...parts('feedback.finding.noThemes', { comments: int(i18n, f.comments) }));
  else {
    out.push(...parts('feedback.finding.top', { comments: int(i18n, f.comments), theme: themeName(ranked[0].id, i18n), share: pct(i18n, ranked[0].share) }));
    if (ranked.length >= 3) {
      out.push(
        ...parts('feedback.finding.next', {
          theme2: themeName(ranked[1].id, i18n),
          share2: pct(i18n, ranked[1].share),
          theme3: themeName(ranked[2].id, i18n),
          share3: pct(i18n, ranked[2].share),
        }),
      );
    }
  }
  out.push(...parts('feedback.finding.sentiment', { positive: pct(i18n, share(f.sentiment.positive, f.comments)), negative: pct(i18n, share(f.sentiment.negative, f.comments)) }));
  const worst = extremeTheme(f, 'negative');
  if (worst && worst.share > 0) out.push(...parts('feedback.finding.worst', { theme: themeName(worst.theme.id, i18n), negative: pct(i18n, worst.share) }));
  out.push(...parts('feedback.finding.end'));
  return out;
}

/** Under the theme chart: coverage of the dictionary and the most positive / negative theme. */
export function themesFinding(f: FeedbackReport, i18n: I18n): MessagePart[] {
  const { parts } = i18n;
  const out = parts('feedback.themes.finding', { covered: pct(i18n, share(f.comments - f.unthemed, f.comments)), unthemed: int(i18n, f.unthemed) });
  const best = extremeTheme(f, 'positive');
  const worst = extremeTheme(f, 'negative');
  if (best && worst && best.theme.id !== worst.theme.id) {
    out.push(
      ...parts('feedback.themes.extremes', {
        best: themeName(best.theme.id, i18n),
        positive: pct(i18n, best.share),
        worst: themeName(worst.theme.id, i18n),
        negative: pct(i18n, worst.share),
      }),
    );
  }
  return out;
}

/** Mean over months weighted by each month's comments: a quiet month does not weigh like a busy one. */
function pooled(months: readonly MonthTrend[], value: (m: MonthTrend) => number): number {
  const n = months.reduce((s, m) => s + m.comments, 0);
  return n > 0 ? months.reduce((s, m) => s + value(m) * m.comments, 0) / n : 0;
}

/** The last `window` months against the `window` before them (window = 3, or half the months when fewer than 6). */
export function recentWindows(months: readonly MonthTrend[]): { before: MonthTrend[]; after: MonthTrend[] } | null {
  if (months.length < 2) return null;
  const window = Math.min(3, Math.floor(months.length / 2));
  return { before: months.slice(-2 * window, -window), after: months.slice(-window) };
}

export interface ThemeChange {
  id: string;
  before: number;
  after: number;
  months: number;
}

/** The theme whose share changed most between the two recent windows. */
export function largestChange(f: FeedbackReport): ThemeChange | null {
  const w = recentWindows(f.months);
  if (!w) return null;
  let best: ThemeChange | null = null;
  for (const t of f.themes) {
    const before = pooled(w.before, (m) => m.themes[t.id] ?? 0);
    const after = pooled(w.after, (m) => m.themes[t.id] ?? 0);
    if (!best || Math.abs(after - before) > Math.abs(best.after - best.before)) best = { id: t.id, before, after, months: w.after.length };
  }
  return best;
}

export function trendFinding(f: FeedbackReport, i18n: I18n): MessagePart[] {
  const { parts } = i18n;
  const c = largestChange(f);
  if (!c) return parts('feedback.trends.tooShort');
  const params = { months: c.months, theme: themeName(c.id, i18n), before: pct(i18n, c.before), after: pct(i18n, c.after) };
  if (Math.abs(c.after - c.before) < MIN_TREND_CHANGE) return parts('feedback.trends.stable', { months: c.months, points: formatNumber(i18n.locale, MIN_TREND_CHANGE * 100, 0) });
  return parts(c.after > c.before ? 'feedback.trends.rose' : 'feedback.trends.fell', params);
}

export function sentimentFinding(f: FeedbackReport, i18n: I18n): MessagePart[] {
  const { parts } = i18n;
  const out = parts('feedback.sentiment.finding', {
    positive: pct(i18n, share(f.sentiment.positive, f.comments)),
    neutral: pct(i18n, share(f.sentiment.neutral, f.comments)),
    negative: pct(i18n, share(f.sentiment.negative, f.comments)),
  });
  if (f.sentimentSource.rating > 0) out.push(...parts('feedback.sentiment.fromRating', { rated: pct(i18n, share(f.sentimentSource.rating, f.comments)) }));
  else out.push(...parts('feedback.sentiment.fromText'));
  const w = recentWindows(f.months);
  if (w) {
    const neg = (m: MonthTrend) => share(m.sentiment.negative, m.comments);
    out.push(...parts('feedback.sentiment.recent', { months: w.after.length, after: pct(i18n, pooled(w.after, neg)), before: pct(i18n, pooled(w.before, neg)) }));
  }
  return out;
}

export function termsFinding(f: FeedbackReport, i18n: I18n): MessagePart[] {
  const { parts } = i18n;
  if (f.terms.length === 0) return parts('feedback.terms.none');
  const out = parts('feedback.terms.finding', { term: f.terms[0].term, share: pct(i18n, f.terms[0].share) });
  if (f.phrases.length > 0) out.push(...parts('feedback.terms.phrase', { phrase: f.phrases[0].term, share: pct(i18n, f.phrases[0].share) }));
  return out;
}

/** One finding of a link, e.g. "18% of feedback from the At Risk segment mentions Returns — 1.4× the overall 13%". */
export function linkFinding(x: FeedbackFinding, i18n: I18n): MessagePart[] {
  const kind = linkKind(x) ?? 'segment';
  const params = {
    group: groupName(kind, x.group, i18n),
    theme: themeName(x.theme, i18n),
    share: pct(i18n, x.share),
    lift: formatNumber(i18n.locale, x.lift, 1),
    overall: pct(i18n, x.overallShare),
    comments: int(i18n, x.comments),
  };
  return i18n.parts(`feedback.links.finding.${kind}`, params);
}

export function findingsOf(f: FeedbackReport, link: Pick<FeedbackLink, 'table' | 'column'>): FeedbackFinding[] {
  return f.findings.filter((x) => x.table === link.table && x.column === link.column);
}

/** What the heatmap of one link shows when no group stands out, or how many comments it could place. */
export function linkNote(f: FeedbackReport, link: FeedbackLink, minComments: number, i18n: I18n): MessagePart[] {
  const { parts } = i18n;
  const out = parts('feedback.links.matched', { matched: int(i18n, link.matched), comments: int(i18n, f.comments), share: pct(i18n, share(link.matched, f.comments)) });
  if (findingsOf(f, link).length === 0) out.push(...parts('feedback.links.noFinding', { min: int(i18n, minComments) }));
  return out;
}
