/** A histogram's bins as the hidden table beside its chart (screen readers, copying). */
import type { Histogram } from '../../analysis/value/types';
import { histogramRects } from '../../charts/histogram';
import type { ChartTable } from '../../charts/plot-chart.svelte';
import type { ValueFormat } from './format';

export function histogramTable(h: Histogram, formatX: (n: number) => string, xLabel: string, countLabel: string, fmt: ValueFormat): ChartTable {
  const rows: (string | number)[][] = histogramRects(h.bins, formatX).map((r) => [r.range, fmt.int(r.count)]);
  if (h.below > 0) rows.unshift([`< ${formatX(h.bins[0].x0)}`, fmt.int(h.below)]);
  if (h.above > 0) rows.push([`> ${formatX(h.bins[h.bins.length - 1].x1)}`, fmt.int(h.above)]);
  return { columns: [xLabel, countLabel], rows };
}
