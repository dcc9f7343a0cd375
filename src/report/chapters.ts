/**
 * The report's chapters in reading order. Only chapters that exist are listed: a new chapter is
 * a folder beside overview/ plus one line here.
 */
import type { Component } from 'svelte';
import type { Report } from '../analysis/report';
import type { PlainKey } from '../i18n/types';
import { CHAPTER_TITLES } from './chapter-titles';
import OverviewChapter from './overview/overview-chapter.svelte';
import CleaningChapter from './cleaning/cleaning-chapter.svelte';
import MethodologyChapter from './methodology/methodology-chapter.svelte';
import ActionsChapter from './actions/actions-chapter.svelte';
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
  { id: 'overview', title: CHAPTER_TITLES.overview, component: OverviewChapter },
  { id: 'cleaning', title: CHAPTER_TITLES.cleaning, component: CleaningChapter },
  { id: 'profile', title: CHAPTER_TITLES.profile, component: ProfileChapter },
  { id: 'behaviour', title: CHAPTER_TITLES.behaviour, component: BehaviourChapter },
  { id: 'value', title: CHAPTER_TITLES.value, component: ValueChapter },
  { id: 'clusters', title: CHAPTER_TITLES.clusters, component: ClustersChapter },
  { id: 'clv', title: CHAPTER_TITLES.clv, component: ClvChapter },
  { id: 'cohorts', title: CHAPTER_TITLES.cohorts, component: CohortsChapter },
  { id: 'channels', title: CHAPTER_TITLES.channels, component: ChannelsChapter },
  { id: 'funnel', title: CHAPTER_TITLES.funnel, component: FunnelChapter },
  { id: 'feedback', title: CHAPTER_TITLES.feedback, component: FeedbackChapter },
  { id: 'actions', title: CHAPTER_TITLES.actions, component: ActionsChapter },
  // The appendix stays last.
  { id: 'methodology', title: CHAPTER_TITLES.methodology, component: MethodologyChapter },
];
