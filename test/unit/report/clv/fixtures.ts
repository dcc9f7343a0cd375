/**
 * CLV chapters as the engine computed them (clv.json; the at-risk lists cut to 12): the English
 * and Chinese sample data (model fitted, no churn label), test/fixtures/clv/no-repeat.csv
 * (fallback: nobody bought twice), and the 240 simulated customers of test/unit/clv/churn-data.ts
 * (a churn label, so the drivers ran). Also the English sample's cluster summaries.
 */
import { readFileSync } from 'node:fs';
import type { ClusterSummary } from '../../../../src/analysis/clusters/types';
import type { ClvOk } from '../../../../src/report/clv/findings';

const all = JSON.parse(readFileSync(new URL('./clv.json', import.meta.url), 'utf8')) as Record<'en' | 'zh' | 'fallback' | 'labelled', ClvOk> & { enClusters: ClusterSummary[] };

function frozen<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(frozen);
    Object.freeze(x);
  }
  return x;
}

export const SAMPLE_EN = frozen(all.en);
export const SAMPLE_ZH = frozen(all.zh);
export const FALLBACK = frozen(all.fallback);
export const LABELLED = frozen(all.labelled);
export const SAMPLE_CLUSTERS = frozen(all.enClusters);
