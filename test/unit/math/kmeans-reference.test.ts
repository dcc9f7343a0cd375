// Breaks when our k-means, silhouette or standardisation drifts from scikit-learn's on real customer
// data: inertia per k (2..8) no longer within 1% of KMeans(n_init=10), the silhouette-chosen k no
// longer sklearn's, the silhouette of sklearn's own labels no longer sklearn's value, or z-scores no
// longer StandardScaler's.
// Reference: test/reference/kmeans/make_reference.py, run with Debian's python3 (versions are in the
// JSON files). It builds RFM per customer with pandas (Online Retail: duplicates, missing
// CustomerID, Quantity <= 0 and UnitPrice <= 0 removed; CDNOW master: one row = one order), takes
// log1p, standardises with StandardScaler, writes the matrix rounded to 6 decimals to CSV and fits
// sklearn on exactly that CSV text, so both sides cluster identical numbers.
// Tolerance: our inertia may be lower than sklearn's (different random starts can find a better
// local optimum); the criterion is "at most 1% above sklearn's".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseK } from '../../../src/analysis/math/choose-k';
import { silhouettes } from '../../../src/analysis/math/silhouette';
import { standardize } from '../../../src/analysis/math/standardize';

interface Reference {
  n: number;
  best_k: number;
  scaler: { mean: number[]; scale: number[] };
  per_k: { k: number; inertia: number; silhouette: number; silhouette_full?: number }[];
  labels?: Record<string, string>;
  versions: Record<string, string>;
}

const dir = fileURLToPath(new URL('../../reference/kmeans/', import.meta.url));

function load(name: string) {
  const ref = JSON.parse(readFileSync(`${dir}${name}.json`, 'utf8')) as Reference;
  const lines = readFileSync(`${dir}${name}.csv`, 'utf8').trim().split('\n').slice(1);
  const n = lines.length;
  const raw = new Float64Array(n * 3);
  const z = new Float64Array(n * 3);
  lines.forEach((line, i) => {
    const f = line.split(',');
    for (let j = 0; j < 3; j++) {
      raw[i * 3 + j] = Math.log1p(Number(f[1 + j]));
      z[i * 3 + j] = Number(f[4 + j]);
    }
  });
  return { ref, n, raw, z };
}

describe.each(['online_retail', 'cdnow'])('%s against scikit-learn', (name) => {
  const { ref, n, raw, z } = load(name);

  it('standardises log1p(R, F, M) as StandardScaler', () => {
    expect(n).toBe(ref.n);
    const s = standardize(raw, n, 3);
    for (let j = 0; j < 3; j++) {
      expect(s.means[j]).toBeCloseTo(ref.scaler.mean[j], 6);
      expect(s.stds[j]).toBeCloseTo(ref.scaler.scale[j], 6);
    }
    let worst = 0;
    for (let i = 0; i < n * 3; i++) worst = Math.max(worst, Math.abs(s.values[i] - z[i]));
    // 5e-7 from the CSV's 6 decimals, plus monetary rounded to 4 decimals before log1p.
    expect(worst).toBeLessThan(2e-6);
  });

  it('matches inertia per k within 1% (or better) and chooses the same k', () => {
    const result = chooseK(z, n, 3, { seed: 20240601 });
    for (const s of result.scores) {
      const sk = ref.per_k.find((r) => r.k === s.k)!;
      expect(s.inertia / sk.inertia, `k = ${s.k}: ours ${s.inertia}, sklearn ${sk.inertia}`).toBeLessThanOrEqual(1.01);
    }
    expect(result.bestK).toBe(ref.best_k);
  });
});

describe('silhouette of sklearn labels (Online Retail, all 4,338 points, no sampling)', () => {
  it('equals silhouette_score for k = 2..8', () => {
    const { ref, n, z } = load('online_retail');
    const labelings = ref.per_k.map((r) => ({ k: r.k, labels: Int32Array.from(ref.labels![String(r.k)], Number) }));
    const ours = silhouettes(z, n, 3, labelings);
    ref.per_k.forEach((r, i) => {
      // sklearn takes distances as sqrt(|x|^2 + |y|^2 - 2 x.y), accurate to ~1e-8; the mean is closer.
      expect(ours[i], `k = ${r.k}`).toBeCloseTo(r.silhouette_full!, 7);
    });
  });
});
