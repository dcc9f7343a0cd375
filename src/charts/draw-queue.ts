/**
 * Charts draw one per task. Observable Plot renders synchronously, and a chapter's charts all get
 * their width in the same layout pass, so drawing them there held the main thread for a whole
 * chapter at once (the CLV chapter: 0.25–0.4 s). Queued, each chart is its own task and input
 * stays responsive between them. Exports wait for the queue (chartsDrawn) so they never catch a
 * chart half-way.
 */
const queue: (() => void)[] = [];
let waiting: (() => void)[] = [];
let scheduled = false;

function next(): void {
  scheduled = false;
  const draw = queue.shift();
  if (draw) draw();
  if (queue.length > 0) schedule();
  else {
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(next, 0);
}

/** Queue a drawing; the returned function takes it off the queue if it has not run yet. */
export function drawSoon(draw: () => void): () => void {
  queue.push(draw);
  schedule();
  return () => {
    const i = queue.indexOf(draw);
    if (i >= 0) queue.splice(i, 1);
  };
}

/** Resolves once every queued chart is drawn (at once when none is waiting). */
export function chartsDrawn(): Promise<void> {
  if (queue.length === 0 && !scheduled) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
