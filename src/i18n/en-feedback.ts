/**
 * English messages of the feedback themes chapter; merged into the reference catalog in en.ts.
 */
export const enFeedback = {
  'chapter.feedback': 'Feedback themes',
} as const satisfies Record<string, string>;
