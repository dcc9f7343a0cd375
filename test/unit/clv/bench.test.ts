// Timing only (not run by default: CLV_BENCH=1 npx vitest run test/unit/clv/bench.test.ts).
// Breaks nothing; measures runClv on 100,000 simulated customers (BG/NBD-like purchase process,
// daily dates over two years) loaded through the Engine, to size the write-back strategy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../workers/engine';
import { fromText, openEngine } from '../../support/engine';
import { NO_CLEANING } from '../../support/no-cleaning';
import { clvOptions, runClv } from '../../../src/analysis/clv';
import { loadWithRoles } from './support';
import { chapter } from '../../support/chapter';

let engine: Engine;
beforeAll(async () => {
  engine = await openEngine();
});
afterAll(() => engine.bindings.reset());

function simulate(customers: number, seed = 7): string {
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const lines = ['customer_id,order_date,amount'];
  const start = Date.UTC(2022, 0, 1);
  const span = 730;
  for (let c = 0; c < customers; c++) {
    const first = Math.floor(rand() * span * 0.8);
    const rate = -Math.log(rand()) / 40; // purchases per day ~ exponential, mean 1/40
    const dropP = 0.2 + 0.5 * rand();
    let day = first;
    for (;;) {
      lines.push(`u${c},${new Date(start + day * 86_400_000).toISOString().slice(0, 10)},${(5 + 60 * rand()).toFixed(2)}`);
      if (rand() < dropP) break;
      day += Math.ceil(-Math.log(rand()) / rate);
      if (day >= span) break;
    }
  }
  return lines.join('\n');
}

describe.skipIf(!process.env.CLV_BENCH)('timing', () => {
  it('100,000 customers', async () => {
    const text = simulate(100_000);
    const mapping = await loadWithRoles(engine, [fromText('sim.csv', text)], { customer_id: 'customer_id', order_date: 'order_time', amount: 'amount' });
    let t0 = performance.now();
    const report = await engine.report(mapping, { ...NO_CLEANING, clv: { validation: { mode: 'off' } } }, () => {});
    console.log('full report ms', performance.now() - t0, chapter(report.clv).status, text.split('\n').length - 1, 'lines');
    {
      const { fitPurchases, predict } = await import('../../../src/analysis/clv/predict');
      const rows = await engine.db.query(`SELECT frequency, recency, T, monetary, revenue FROM clv_summary ORDER BY idx`);
      const n = rows.length;
      const s = { n, x: new Float64Array(n), tx: new Float64Array(n), T: new Float64Array(n), m: new Float64Array(n), revenue: new Float64Array(n) };
      rows.forEach((r, i) => { s.x[i] = Number(r.frequency); s.tx[i] = Number(r.recency); s.T[i] = Number(r.T); s.m[i] = Number(r.monetary); s.revenue[i] = Number(r.revenue); });
      const o = clvOptions({});
      let a = performance.now();
      const { fit } = fitPurchases(s, o);
      console.log('fit ms', performance.now() - a, 'distinct x:T', new Set(Array.from(s.x, (x, i) => `${x}:${s.T[i]}`)).size);
      a = performance.now();
      predict(s, fit, o);
      console.log('predict+gg+clv ms', performance.now() - a);
    }
    for (const mode of ['off', 'fraction'] as const) {
      const steps: string[] = [];
      const timed = new Map<string, number>();
      const wrap = <T>(sql: string, p: Promise<T>) => {
        const a = performance.now();
        return p.finally(() => {
          const k = sql.slice(0, 60).replace(/\s+/g, ' ');
          timed.set(k, (timed.get(k) ?? 0) + performance.now() - a);
        });
      };
      const db = { query: (sql: string) => wrap(sql, engine.db.query(sql)), exec: (sql: string) => wrap(sql, engine.db.exec(sql)) } as typeof engine.db;
      t0 = performance.now();
      const r = await runClv(db, clvOptions({ validation: { mode } }), (sql) => steps.push(sql));
      console.log([...timed].filter(([, v]) => v > 20).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'), 'sql total', [...timed.values()].reduce((a, b) => a + b, 0));
      const ms = performance.now() - t0;
      console.log(`runClv validation=${mode} ms`, ms, r.status, r.status !== 'unavailable' ? JSON.stringify(r.bgnbd) : '', 'statements', steps.length);
      expect(r.status).toBe('model');
    }
  }, 600_000);
});
