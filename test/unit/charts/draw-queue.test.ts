import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Node has no frames; a 16 ms timer stands in for the next frame, as in a visible tab. Taken
// away afterwards: test files share their worker process (vite.config.ts, isolate: false).
beforeAll(() => {
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => setTimeout(() => cb(performance.now()), 16));
});
afterAll(() => {
  vi.unstubAllGlobals();
});

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

describe('draw queue', () => {
  it('runs one item per task, in order, and chartsDrawn waits for the last', async () => {
    const { drawSoon, chartsDrawn } = await import('../../../src/charts/draw-queue');
    const ran: string[] = [];
    drawSoon(() => ran.push('a'));
    drawSoon(() => ran.push('b'));
    drawSoon(() => ran.push('c'));
    expect(ran).toEqual([]); // nothing runs in the caller's task
    await tick();
    expect(ran).toEqual(['a']);
    await chartsDrawn();
    expect(ran).toEqual(['a', 'b', 'c']);
  });

  it('a cancelled item never runs', async () => {
    const { drawSoon, chartsDrawn } = await import('../../../src/charts/draw-queue');
    const ran: string[] = [];
    drawSoon(() => ran.push('kept'));
    const cancel = drawSoon(() => ran.push('cancelled'));
    cancel();
    await chartsDrawn();
    expect(ran).toEqual(['kept']);
  });

  it('waits for items queued by the last one (a chapter revealing its next card)', async () => {
    const { drawSoon, chartsDrawn } = await import('../../../src/charts/draw-queue');
    const ran: number[] = [];
    const step = (n: number) => () => {
      ran.push(n);
      // Svelte mounts the revealed card in a microtask after the state change, and queues the next step there.
      if (n < 4) queueMicrotask(() => drawSoon(step(n + 1)));
    };
    drawSoon(step(1));
    await chartsDrawn();
    expect(ran).toEqual([1, 2, 3, 4]);
  });

  it('waits for a chart queued in the frame after the queue emptied (it gets its width at layout)', async () => {
    const { drawSoon, chartsDrawn } = await import('../../../src/charts/draw-queue');
    const ran: string[] = [];
    drawSoon(() => {
      ran.push('card');
      requestAnimationFrame(() => drawSoon(() => ran.push('chart')));
    });
    await chartsDrawn();
    expect(ran).toEqual(['card', 'chart']);
  });

  it('resolves at once-ish when nothing is queued', async () => {
    const { chartsDrawn } = await import('../../../src/charts/draw-queue');
    await expect(chartsDrawn()).resolves.toBeUndefined();
  });
});
