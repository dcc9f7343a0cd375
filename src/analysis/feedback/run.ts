/**
 * The feedback step of runReport. Fetches the comments of the first feedback dataset from its
 * typed table (SQL), classifies each in TypeScript (themes, sentiment: not expressible in SQL
 * with Intl.Segmenter and the lexicons), and aggregates. Links to value segments, tiers or churn
 * bands read (customer_id, group) pairs from those tables when they exist at run time.
 */
import type { Db } from '../db';
import type { DatasetInput } from '../report';
import { has, typedName } from '../model';
import { ident, literal } from '../sql/ident';
import { emptyCounts, groupThemes, monthTrends, quotes, themeSummaries, type CommentRow } from './aggregate';
import { classify } from './classify';
import type { FeedbackOptions } from './options';
import { compileThemes } from './themes';
import type { FeedbackFinding, FeedbackLink, FeedbackReport, Lang } from './types';
import { termCounter } from './words';

/** Group columns to link to, in order; those whose table or column is missing are skipped. */
export const LINK_CANDIDATES: { table: string; column: string }[] = [
  { table: 'customer_results', column: 'named_segment' },
  { table: 'customer_results', column: 'tier' },
  { table: 'customer_clv', column: 'churn_band' },
  { table: 'customer_clv', column: 'risk_band' },
  { table: 'customer_churn', column: 'churn_band' },
  { table: 'customer_churn', column: 'risk_band' },
];

export function feedbackDataset(datasets: DatasetInput[]): DatasetInput | undefined {
  return datasets.find((d) => d.kind === 'feedback' && has(d, 'feedback_text'));
}

export function feedbackRowsSql(d: DatasetInput, cap: number): string {
  const col = (role: 'rating' | 'customer_id' | 'feedback_time') => has(d, role);
  const select = [
    'feedback_text AS text',
    col('rating') ? 'CAST(rating AS DOUBLE) AS rating' : 'NULL AS rating',
    col('customer_id') ? 'CAST(customer_id AS VARCHAR) AS customer' : 'NULL AS customer',
    col('feedback_time') ? `strftime(feedback_time, '%Y-%m') AS month` : 'NULL AS month',
  ];
  const order = col('feedback_time') ? 'feedback_time NULLS LAST, _row' : '_row';
  return `SELECT ${select.join(', ')} FROM ${ident(typedName(d))}
    WHERE feedback_text IS NOT NULL AND trim(CAST(feedback_text AS VARCHAR)) <> ''
    ORDER BY ${order} LIMIT ${cap}`;
}

export function feedbackCountsSql(d: DatasetInput): string {
  return `SELECT count(*) AS rows,
    count(*) FILTER (WHERE feedback_text IS NOT NULL AND trim(CAST(feedback_text AS VARCHAR)) <> '') AS comments
    FROM ${ident(typedName(d))}`;
}

export function linkColumnsSql(): string {
  const pairs = LINK_CANDIDATES.map((c) => `(table_name = ${literal(c.table)} AND column_name = ${literal(c.column)})`);
  return `SELECT DISTINCT table_name, column_name FROM information_schema.columns
    WHERE ${pairs.join(' OR ')} ORDER BY table_name, column_name`;
}

/** (customer_id, group) pairs of a table: what themesByGroup joins the comments to. */
export function groupPairsSql(table: string, column: string): string {
  return `SELECT DISTINCT CAST(customer_id AS VARCHAR) AS id, CAST(${ident(column)} AS VARCHAR) AS g
    FROM ${ident(table)} WHERE customer_id IS NOT NULL AND ${ident(column)} IS NOT NULL`;
}

/** Per group of `table.column`, the share of its customers' comments mentioning each theme. */
export async function themesByGroup(db: Db, table: string, column: string, ids: string[], rows: CommentRow[]): Promise<FeedbackLink> {
  const pairs = await db.query<{ id: string; g: string }>(groupPairsSql(table, column));
  const groupOf = new Map(pairs.map((p) => [p.id, p.g]));
  return { table, column, ...groupThemes(ids, rows, groupOf) };
}

export async function runFeedback(
  db: Db,
  datasets: DatasetInput[],
  opts: FeedbackOptions,
  log: (sql: string) => void = () => {},
): Promise<FeedbackReport | null> {
  const d = feedbackDataset(datasets);
  if (!d) return null;
  const q = async <T extends Record<string, unknown>>(sql: string) => {
    log(sql);
    return (await db.query(sql)) as T[];
  };
  const [counts] = await q<{ rows: number; comments: number }>(feedbackCountsSql(d));
  const fetched = await q<{ text: string; rating: number | null; customer: string | null; month: string | null }>(feedbackRowsSql(d, opts.cap));
  const matcher = compileThemes(opts.themes);
  const terms = termCounter();
  const languages: Record<Lang, number> = { zh: 0, en: 0, other: 0 };
  const rows: CommentRow[] = fetched.map((f) => {
    const text = String(f.text);
    const rating = f.rating === null ? null : Number(f.rating);
    terms.add(text);
    const c = classify(text, rating, matcher, opts.thresholds);
    languages[c.lang]++;
    return { ...c, text, rating, customer: f.customer, month: f.month };
  });
  const ids = matcher.ids;
  const sentiment = emptyCounts();
  for (const r of rows) sentiment[r.sentiment]++;
  const themes = themeSummaries(ids, rows);

  const links: FeedbackLink[] = [];
  if (rows.some((r) => r.customer !== null)) {
    for (const c of await q<{ table_name: string; column_name: string }>(linkColumnsSql())) {
      links.push(await themesByGroup(loggedDb(db, log), c.table_name, c.column_name, ids, rows));
    }
  }
  const top = terms.top(opts.topTerms, opts.topPhrases, rows.length);
  return {
    dataset: d.id,
    rows: Number(counts.rows),
    comments: rows.length,
    withRating: rows.filter((r) => r.rating !== null).length,
    withCustomer: rows.filter((r) => r.customer !== null).length,
    withTime: rows.filter((r) => r.month !== null).length,
    languages,
    terms: top.terms,
    phrases: top.phrases,
    themes,
    unthemed: rows.filter((r) => r.themes.length === 0).length,
    sentiment,
    sentimentSource: { rating: rows.filter((r) => r.source === 'rating').length, text: rows.filter((r) => r.source === 'text').length },
    months: monthTrends(ids, rows),
    quotes: quotes(ids, rows, opts.quotesPerTheme),
    links,
    findings: findings(links, themes, opts.minGroupComments),
    definitions: {
      sentimentRule: 'rating<=2 negative, rating>=4 positive, else text score',
      thresholds: opts.thresholds,
      cap: opts.cap,
      capped: Number(counts.comments) > rows.length,
    },
  };
}

/** Themes a group mentions at least 1.25x as often as all feedback does (and in >= 10% of its comments). */
function findings(links: FeedbackLink[], themes: { id: string; share: number }[], minComments: number): FeedbackFinding[] {
  const out: FeedbackFinding[] = [];
  for (const l of links) {
    for (const g of l.groups) {
      if (g.comments < minComments) continue;
      for (const t of themes) {
        const s = g.themes[t.id] ?? 0;
        if (t.share > 0 && s >= 0.1 && s / t.share >= 1.25) {
          out.push({ table: l.table, column: l.column, group: g.group, theme: t.id, share: s, overallShare: t.share, lift: s / t.share, comments: g.comments });
        }
      }
    }
  }
  return out.sort((a, b) => b.lift - a.lift || b.comments - a.comments || (a.group < b.group ? -1 : 1)).slice(0, 20);
}

function loggedDb(db: Db, log: (sql: string) => void): Db {
  return {
    query: (sql) => (log(sql), db.query(sql)),
    exec: (sql) => (log(sql), db.exec(sql)),
  };
}
