/**
 * The report's chapters in reading order. Only chapters that exist are listed: a new chapter is
 * a folder beside overview/ plus one line here.
 */
import type { Component } from 'svelte';
import type { Report } from '../analysis/report';
import type { PlainKey } from '../i18n/types';
import OverviewChapter from './overview/overview-chapter.svelte';
import CleaningChapter from './cleaning/cleaning-chapter.svelte';
import MethodologyChapter from './methodology/methodology-chapter.svelte';

export interface Chapter {
  id: string;
  title: PlainKey;
  component: Component<{ report: Report }>;
}

export const CHAPTERS: readonly Chapter[] = [
  { id: 'overview', title: 'chapter.overview', component: OverviewChapter },
  { id: 'cleaning', title: 'chapter.cleaning', component: CleaningChapter },
  // The appendix stays last.
  { id: 'methodology', title: 'chapter.methodology', component: MethodologyChapter },
];
