/**
 * Chapter ids and their title keys, without the components: modules inside chapters (the
 * summary's links) need the titles, and importing chapters.ts there would be circular.
 */
import type { PlainKey } from '../i18n/types';

export const CHAPTER_TITLES: Record<string, PlainKey> = {
  overview: 'chapter.overview',
  cleaning: 'chapter.cleaning',
  profile: 'chapter.profile',
  behaviour: 'chapter.behaviour',
  value: 'chapter.value',
  clusters: 'chapter.clusters',
  clv: 'chapter.clv',
  cohorts: 'chapter.cohorts',
  channels: 'chapter.channels',
  funnel: 'chapter.funnel',
  feedback: 'chapter.feedback',
  actions: 'chapter.actions',
  methodology: 'chapter.methodology',
};
