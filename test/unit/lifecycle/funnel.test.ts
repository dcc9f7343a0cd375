// Breaks when the event funnel stops following its definition (src/analysis/lifecycle/README.md):
// steps mapped from English and Chinese names (trimmed, any case), events ordered by event_time
// rather than file order, repeats collapsed, a skipped step ending the path, the window measured
// from the start of each path and inclusive, the best path over all step-1 starts, medians of the
// step-to-step times, and the breakdown by the start event's channel. The expected numbers are
// hand-computed from test/fixtures/events/funnel.csv, person by person, below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Engine } from '../../../workers/engine';
import { computeEventFunnel, funnelPathsSql, stepCaseSql } from '../../../src/analysis/lifecycle/funnel';
import { DEFAULT_FUNNEL_STEPS, lifecycleOptions, type FunnelReport } from '../../../src/analysis/lifecycle';
import { openEngine } from '../../support/engine';

// Paths (window 7 days; times on 2024-03-dd):
// P01 app  view 10:00, 加购 10:02, 下单 10:05, 支付 10:06                      -> 4 steps (120, 180, 60 s)
// P02 web  written pay, order, cart, view: sorted by time it is a clean path  -> 4 (300, 180, 120)
// P03 web  view, cart, order on the 1st; pay on the 9th (8 days later)        -> 3 (60, 120)
// P04 app  view, order, pay: no cart, the path stops at the skipped step      -> 1
// P05 web  view twice at 10:00 (duplicate row), view 10:05, cart 10:10 and
//          10:20, order 10:30: the earliest start and earliest cart           -> 3 (600, 1200)
// P06 app  cart 09:00 before the only view 10:00                               -> 1
// P07 web  view on the 1st leads nowhere; the view on the 10th starts the
//          best path: cart 12:01, order 11th 12:00, pay 12:30                   -> 4 (60, 86340, 1800)
// P08 app  view 1st, cart 2nd, order 9th: outside the 1st's window; the view
//          of the 8th has no cart after it                                      -> 2 (86400)
// P09 web  " 浏览 ", 加入购物车, 提交订单, 付款 one minute apart                  -> 4 (60, 60, 60)
// P10 app  PageView, AddToCart, Checkout, Purchase                             -> 4 (240, 120, 60)
// P11 web  search, login only: no step, not in the funnel (2 unmatched events)
// P12 web  view, cart 10:10, order 10:30:00, pay 10:29:50 (clock skew)         -> 3 (600, 1200)
// P13 app  view only                                                           -> 1
// P14 web  view and cart at the same second, order 12:05, pay exactly 7 days
//          after the view (the window is inclusive)                            -> 4 (0, 300, 604500)
// People: view 13 (all but P11); cart 10; order 9 (P08 out); pay 6 (P01 P02 P07 P09 P10 P14).
// Median seconds: cart of 0,60,60,60,120,240,300,600,600,86400 = 180;
//   order of 60,120,120,180,180,300,1200,1200,86340 = 180; pay of 60,60,60,120,1800,604500 = 90.
// By channel: app 6/3/2/2 (P01 P04 P06 P08 P10 P13), web 7/7/7/4.

const rows = readFileSync(new URL('../../fixtures/events/funnel.csv', import.meta.url), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
  const values = rows.map(([c, e, t, ch]) => `('${c}', '${e}', TIMESTAMP '${t}', '${ch}')`).join(',\n');
  await engine.db.exec(`CREATE OR REPLACE TABLE fixture_events AS SELECT * FROM (VALUES ${values}) AS v(customer_id, event_type, event_time, channel)`);
});
afterAll(() => engine.bindings.reset());

const steps = lifecycleOptions().funnel.steps;
const src = { table: 'fixture_events', people: null, channel: true };

function ok(f: FunnelReport): Extract<FunnelReport, { status: 'ok'; kind: 'events' }> {
  if (f.status !== 'ok' || f.kind !== 'events') throw new Error('no event funnel');
  return f;
}

describe('event funnel on the hand-made fixture', () => {
  it('counts the people reaching each step, conversions, drop-off and median times', async () => {
    const f = ok(await computeEventFunnel(engine.db, src, steps, 7, 'events'));
    expect(f.events).toBe(51);
    expect(f.matched).toBe(49);
    expect(f.unmatched).toEqual([
      { name: 'login', events: 1 },
      { name: 'search', events: 1 },
    ]);
    expect(f.steps).toEqual([
      { key: 'view', people: 13, fromPrevious: 1, fromStart: 1, dropOff: 0, medianSeconds: null },
      { key: 'cart', people: 10, fromPrevious: 10 / 13, fromStart: 10 / 13, dropOff: 3, medianSeconds: 180 },
      { key: 'order', people: 9, fromPrevious: 9 / 10, fromStart: 9 / 13, dropOff: 1, medianSeconds: 180 },
      { key: 'pay', people: 6, fromPrevious: 6 / 9, fromStart: 6 / 13, dropOff: 3, medianSeconds: 90 },
    ]);
  });

  it('breaks down by the channel of the start event', async () => {
    const f = ok(await computeEventFunnel(engine.db, src, steps, 7, 'events'));
    expect(f.breakdown.map((b) => [b.channel, b.steps.map((s) => s.people)])).toEqual([
      ['web', [7, 7, 7, 4]],
      ['app', [6, 3, 2, 2]],
    ]);
  });

  it('a 3-day window drops P14 (pay 7 days after the view) and nothing else', async () => {
    const f = ok(await computeEventFunnel(engine.db, src, steps, 3, 'events'));
    expect(f.steps.map((s) => s.people)).toEqual([13, 10, 9, 5]);
  });

  it('follows an edited mapping: without the cart step, P04 (view, order, pay) converts', async () => {
    const noCart = lifecycleOptions({ funnel: { steps: DEFAULT_FUNNEL_STEPS.filter((s) => s.key !== 'cart') } }).funnel.steps;
    const f = ok(await computeEventFunnel(engine.db, src, noCart, 7, null));
    // order: P01 P02 P03 P04 P05 P07 P08(view 8th -> order 9th) P09 P10 P12 P14; pay: + P04, P08 has none.
    expect(f.steps.map((s) => s.people)).toEqual([13, 11, 7]);
    expect(f.breakdown).toEqual([]);
  });
});

describe('funnel SQL', () => {
  it('maps names case-insensitively after trimming, first step wins', () => {
    expect(stepCaseSql([{ key: 'a', names: ['view'] }, { key: 'b', names: ['cart', '加购'] }], 'x')).toBe(
      "CASE WHEN x IN ('view') THEN 1 WHEN x IN ('cart', '加购') THEN 2 END",
    );
  });
  it('measures every step against the start of its path', () => {
    const sql = funnelPathsSql(3, 7 * 86_400, null);
    expect(sql).toContain("e.step = 3 AND e.t >= s.t2 AND e.t <= s.t1 + INTERVAL '604800 seconds'");
    expect(sql).toContain('ORDER BY 1 + CAST(t2 IS NOT NULL AS INTEGER) + CAST(t3 IS NOT NULL AS INTEGER) DESC, t1');
  });
});
