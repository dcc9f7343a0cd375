/**
 * Feedback options, cleaned up once at the entry point: every part optional for callers, complete
 * inside. The theme dictionary is the user-editable part; the rest are analysis limits.
 */
import { DEFAULT_THEMES, type ThemeDictionary } from './dictionary';

export interface FeedbackOptions {
  themes: ThemeDictionary;
  /** Comments analysed at most; the rest are counted, not classified. */
  cap: number;
  /** Text polarity (-1..1) thresholds for positive / negative. */
  thresholds: { positive: number; negative: number };
  topTerms: number;
  topPhrases: number;
  quotesPerTheme: number;
  /** A group needs this many comments before it gets a finding. */
  minGroupComments: number;
}

export type FeedbackSettings = Partial<Omit<FeedbackOptions, 'thresholds'>> & {
  thresholds?: Partial<FeedbackOptions['thresholds']>;
};

export const FEEDBACK_DEFAULTS: FeedbackOptions = {
  themes: DEFAULT_THEMES,
  cap: 200_000,
  thresholds: { positive: 0.2, negative: -0.2 },
  topTerms: 30,
  topPhrases: 20,
  quotesPerTheme: 3,
  minGroupComments: 20,
};

export function feedbackOptions(settings: FeedbackSettings = {}): FeedbackOptions {
  return {
    ...FEEDBACK_DEFAULTS,
    ...settings,
    themes: settings.themes ?? FEEDBACK_DEFAULTS.themes,
    thresholds: { ...FEEDBACK_DEFAULTS.thresholds, ...settings.thresholds },
  };
}
