/**
 * English messages of the lifecycle chapters (cohort retention, channel effectiveness, conversion funnel, activity); merged into the reference catalog in en.ts.
 */
export const enLifecycle = {
  'chapter.cohorts': 'Cohort retention',
  'chapter.channels': 'Channel effectiveness',
  'chapter.funnel': 'Conversion funnel and activity',
} as const satisfies Record<string, string>;
