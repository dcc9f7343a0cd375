/**
 * English messages of the lifetime value and churn chapter (BG/NBD + Gamma-Gamma); merged into the reference catalog in en.ts.
 */
export const enClv = {
  'chapter.clv': 'Lifetime value and churn risk',
} as const satisfies Record<string, string>;
