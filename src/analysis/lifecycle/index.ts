/** The lifecycle chapter: cohort retention, channel effectiveness, conversion funnel, activity. */
export { runLifecycle, type LifecycleInput } from './run';
export { lifecycleOptions, DEFAULT_LIFECYCLE, DEFAULT_FUNNEL_STEPS } from './options';
export type { LifecycleOptions, LifecycleSettings, CohortBasis, CohortPeriod, FunnelStepOption } from './options';
export { VERDICT_RULE } from './channels';
export { DEFINITIONS } from './definitions';
export type * from './types';
