import { drawSoon } from '../charts/draw-queue';

/**
 * A long chapter shows its cards a few at a time, one step per task: mounting all of the CLV
 * chapter's cards at once was the longest main-thread task left (≈ 0.2 s at 100k order lines).
 * The steps take their turn in the chart queue, so chartsDrawn() — and with it the report's
 * data-complete and the exports — waits for the last one. Call during a component's setup.
 */
export function revealInSteps(steps: number): { readonly shown: number } {
  let shown = $state(1);
  $effect(() => {
    if (shown >= steps) return;
    return drawSoon(() => (shown += 1));
  });
  return {
    get shown() {
      return shown;
    },
  };
}
