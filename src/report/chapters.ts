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
import ProfileChapter from './value/profile-chapter.svelte';
import BehaviourChapter from './value/behaviour-chapter.svelte';
import ValueChapter from './value/value-chapter.svelte';
import ClustersChapter from './clusters/clusters-chapter.svelte';
import ClvChapter from './clv/clv-chapter.svelte';
import CohortsChapter from './lifecycle/cohorts-chapter.svelte';
import ChannelsChapter from './lifecycle/channels-chapter.svelte';
import FunnelChapter from './lifecycle/funnel-chapter.svelte';
import FeedbackChapter from './feedback/feedback-chapter.svelte';

export interface Chapter {
  id: string;
  title: PlainKey;
  component: Component<{ report: Report }>;
}

export const CHAPTERS: readonly Chapter[] = [
  { id: 'overview', title: 'chapter.overview', component: OverviewChapter },
  { id: 'cleaning', title: 'chapter.cleaning', component: CleaningChapter },
  { id: 'profile', title: 'chapter.profile', component: ProfileChapter },
  { id: 'behaviour', title: 'chapter.behaviour', component: BehaviourChapter },
  { id: 'value', title: 'chapter.value', component: ValueChapter },
  { id: 'clusters', title: 'chapter.clusters', component: ClustersChapter },
  { id: 'clv', title: 'chapter.clv', component: ClvChapter },
  { id: 'cohorts', title: 'chapter.cohorts', component: CohortsChapter },
  { id: 'channels', title: 'chapter.channels', component: ChannelsChapter },
  { id: 'funnel', title: 'chapter.funnel', component: FunnelChapter },
  { id: 'feedback', title: 'chapter.feedback', component: FeedbackChapter },
  // The appendix stays last.
  { id: 'methodology', title: 'chapter.methodology', component: MethodologyChapter },
];
