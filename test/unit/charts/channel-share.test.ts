// Breaks when the share chart stops drawing a customers bar and a revenue bar per channel, in the
// two fixed colours, each in its own half of the channel's band, or mislabels a value.
import { describe, expect, it } from 'vitest';
import { channelShare, SHARE_COLORS, type ShareRow } from '../../../src/charts/channel-share';
import { SAMPLE_CHANNELS } from '../report/lifecycle/fixtures';
import { renderSvg } from './render';

const total = SAMPLE_CHANNELS.channels.reduce((n, c) => n + c.revenue, 0);
const ROWS: ShareRow[] = SAMPLE_CHANNELS.channels.map((c) => ({ key: c.channel ?? '', label: c.channel ?? '(no channel)', customers: c.share, revenue: c.revenue / total }));
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

describe('channel share', () => {
  const spec = channelShare(ROWS, { format: pct, axisFormat: (v) => `${Math.round(v * 100)}%`, customersLabel: 'Customers', revenueLabel: 'Revenue' });
  const marks = spec.marks as { data?: ShareRow[]; insetTop?: number; insetBottom?: number }[];

  it('two bars per channel, customers above revenue', () => {
    expect(spec.y?.domain).toEqual(ROWS.map((r) => r.key));
    expect(marks[0].insetBottom).toBeGreaterThan(0);
    expect(marks[1].insetTop).toBeGreaterThan(0);
    expect(spec.x?.domain).toEqual([0, Math.max(...ROWS.flatMap((r) => [r.customers, r.revenue]))]);
  });

  it('renders both colours and every value', () => {
    const svg = renderSvg({ ...spec, width: 360 });
    expect(svg).toContain(SHARE_COLORS.customers);
    expect(svg).toContain(SHARE_COLORS.revenue);
    for (const r of ROWS) expect(svg).toContain(pct(r.revenue));
    expect(svg).toContain('(no channel)');
  });
});
