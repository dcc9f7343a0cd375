/**
 * Clusters chapters as the engine computed them (test/unit/report/clusters/clusters.json, the
 * scatter thinned to 80 points): the English sample data with k automatic (2), fixed at 3, and
 * fixed at 4 with both extra features; Online Retail with k automatic (2, as scikit-learn picks).
 */
import { readFileSync } from 'node:fs';
import type { ClustersReport } from '../../../../src/analysis/clusters/types';

const all = JSON.parse(readFileSync(new URL('./clusters.json', import.meta.url), 'utf8')) as Record<'en' | 'k3' | 'k4extra' | 'retail', ClustersReport>;

function frozen<T>(x: T): T {
  if (x && typeof x === 'object') {
    Object.values(x).forEach(frozen);
    Object.freeze(x);
  }
  return x;
}

export const SAMPLE = frozen(all.en);
export const SAMPLE_K3 = frozen(all.k3);
export const SAMPLE_K4_EXTRA = frozen(all.k4extra);
export const RETAIL = frozen(all.retail);
