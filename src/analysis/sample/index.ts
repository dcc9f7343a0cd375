/**
 * Public entry of the sample-data generator: the app's "Try with sample data" button, the tests
 * and the benchmark import from here, so internal modules can be reorganised freely.
 */
export {
  generateSample,
  SAMPLE_DEFAULTS,
  type SampleDataset,
  type SampleFile,
  type SampleFileKind,
  type SampleOptions,
  type SampleSummary,
} from './generate';
export { generateTransactionsCsv, type TransactionsOptions } from './transactions';
export { getCatalog, ORDER_COLUMNS_EN, type Catalog, type Locale } from './catalog';
export { feedbackTexts, type FeedbackTexts } from './feedback-texts';
export { THEMES, type Theme } from './model';
export * from './random';
