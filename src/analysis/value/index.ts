/** The value chapter: customer table, RFM scores, segments, concentration, profile, behaviour. */
export { runValue, FORMULAS, type ValueInput } from './run';
export { valueOptions, analysisDateOption, DEFAULT_VALUE, DEFAULT_FIXED } from './options';
export type { ValueOptions, ValueSettings, RfmOptions, SegmentOptions, FixedThresholds, ScoringMethod, Bins } from './options';
export { SEGMENT_NAMES, NAMED_RULES, EIGHT_CLASSES, TIERS, OTHERS, OTHER_TIER, type SchemeId, type NamedRule } from './names';
export { customerResultsExportSql } from './segments';
export type * from './types';
