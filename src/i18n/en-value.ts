/**
 * English messages of chapter 3–5 (customer profile, purchase behaviour, RFM value tiers and revenue concentration); merged into the reference catalog in en.ts.
 */
export const enValue = {
  'chapter.profile': 'Customer profile',
  'chapter.behaviour': 'Purchase behaviour',
  'chapter.value': 'RFM value tiers and revenue concentration',
} as const satisfies Record<string, string>;
