/**
 * The feedback chapter of the Report. Plain JSON: numbers, strings and null; a share whose
 * denominator is 0 is 0. Nothing per comment except the quotes, which are plain text (the UI must
 * render them as text, never as HTML).
 */

export const THEME_IDS = [
  'delivery',
  'service',
  'price',
  'quality',
  'features',
  'returns',
  'payment',
  'packaging',
  'app',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export type Sentiment = 'positive' | 'neutral' | 'negative';
export type Lang = 'zh' | 'en' | 'other';

export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
}

export interface TermCount {
  term: string;
  /** Comments containing the term (document frequency, not occurrences). */
  comments: number;
  share: number;
}

export interface ThemeSummary {
  /** A theme id of the dictionary in force (the built-in nine, or the user's own). */
  id: string;
  comments: number;
  /** Of the analysed comments. */
  share: number;
  sentiment: SentimentCounts;
  /** Mean text polarity (-1..1) of the comments mentioning the theme; null when none do. */
  meanScore: number | null;
}

export interface MonthTrend {
  /** YYYY-MM of feedback_time. */
  month: string;
  comments: number;
  /** Theme id -> share of this month's comments mentioning it. */
  themes: Record<string, number>;
  sentiment: SentimentCounts;
}

export interface Quote {
  theme: string;
  text: string;
  sentiment: Sentiment;
  rating: number | null;
}

export interface GroupThemes {
  group: string;
  /** Comments by customers in this group. */
  comments: number;
  /** Theme id -> share of the group's comments mentioning it. */
  themes: Record<string, number>;
  negativeShare: number;
}

export interface FeedbackLink {
  /** Where the groups came from, e.g. customer_results.tier. */
  table: string;
  column: string;
  /** Comments whose customer_id was found in the table. */
  matched: number;
  groups: GroupThemes[];
}

/** A theme over-represented in a group's feedback: the UI words it ("80% of … mention …"). */
export interface FeedbackFinding {
  table: string;
  column: string;
  group: string;
  theme: string;
  share: number;
  overallShare: number;
  /** share / overallShare. */
  lift: number;
  comments: number;
}

export interface FeedbackDefinitions {
  /** How a comment's label is decided. */
  sentimentRule: 'rating<=2 negative, rating>=4 positive, else text score';
  /** Text score thresholds: score >= positive -> positive, <= negative -> negative. */
  thresholds: { positive: number; negative: number };
  /** Comments analysed at most (the first by feedback_time, then row order). */
  cap: number;
  capped: boolean;
}

export interface FeedbackReport {
  /** The feedback dataset analysed (the first whose kind is 'feedback'). */
  dataset: string;
  /** Rows of the feedback table, and those with non-blank text that were analysed. */
  rows: number;
  comments: number;
  withRating: number;
  withCustomer: number;
  withTime: number;
  languages: Record<Lang, number>;
  terms: TermCount[];
  phrases: TermCount[];
  themes: ThemeSummary[];
  /** Comments matching no theme. */
  unthemed: number;
  sentiment: SentimentCounts;
  /** Where each label came from. */
  sentimentSource: { rating: number; text: number };
  months: MonthTrend[];
  quotes: Quote[];
  /** Themes by segment, tier or churn band, when those tables exist; [] otherwise. */
  links: FeedbackLink[];
  findings: FeedbackFinding[];
  definitions: FeedbackDefinitions;
}
