/** A small FeedbackReport for the finding and name tests: four themes, six months, three churn bands. */
import type { FeedbackReport, MonthTrend, ThemeSummary } from '../../../../src/analysis/feedback/types';

const theme = (id: string, comments: number, positive: number, negative: number): ThemeSummary => ({
  id,
  comments,
  share: comments / 200,
  sentiment: { positive, neutral: comments - positive - negative, negative },
  meanScore: (positive - negative) / Math.max(1, comments),
});

const month = (m: string, comments: number, delivery: number, negative: number): MonthTrend => ({
  month: m,
  comments,
  themes: { delivery, returns: 0.1, quality: 0.3, features: 0.2 },
  sentiment: { positive: comments - negative, neutral: 0, negative },
});

export function feedbackReport(patch: Partial<FeedbackReport> = {}): FeedbackReport {
  return {
    dataset: 'd2',
    rows: 210,
    comments: 200,
    withRating: 150,
    withCustomer: 200,
    withTime: 200,
    languages: { zh: 120, en: 80, other: 0 },
    terms: [
      { term: '质量', comments: 60, share: 0.3 },
      { term: 'delivery', comments: 40, share: 0.2 },
    ],
    phrases: [{ term: '物流很快', comments: 12, share: 0.06 }],
    themes: [theme('delivery', 80, 50, 30), theme('returns', 30, 6, 24), theme('quality', 60, 45, 15), theme('features', 40, 20, 10)],
    unthemed: 20,
    sentiment: { positive: 130, neutral: 10, negative: 60 },
    sentimentSource: { rating: 150, text: 50 },
    months: [
      month('2024-01', 30, 0.2, 6),
      month('2024-02', 30, 0.2, 6),
      month('2024-03', 40, 0.2, 8),
      month('2024-04', 30, 0.5, 12),
      month('2024-05', 40, 0.5, 16),
      month('2024-06', 30, 0.5, 12),
    ],
    quotes: [],
    links: [
      {
        table: 'customer_clv',
        column: 'risk_band',
        matched: 180,
        groups: [
          { group: 'low', comments: 100, themes: { delivery: 0.3, returns: 0.05 }, negativeShare: 0.2 },
          { group: 'high', comments: 50, themes: { delivery: 0.5, returns: 0.4 }, negativeShare: 0.5 },
          { group: 'medium', comments: 30, themes: { delivery: 0.4, returns: 0.1 }, negativeShare: 0.3 },
        ],
      },
    ],
    findings: [{ table: 'customer_clv', column: 'risk_band', group: 'high', theme: 'returns', share: 0.8, overallShare: 0.15, lift: 0.8 / 0.15, comments: 50 }],
    definitions: { sentimentRule: 'rating<=2 negative, rating>=4 positive, else text score', thresholds: { positive: 0.2, negative: -0.2 }, cap: 200000, capped: false },
    ...patch,
  };
}
