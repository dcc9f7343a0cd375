/**
 * Charts draw one per task. Observable Plot renders synchronously, and a chapter's charts all get
 * their width in the same layout pass, so drawing them there held the main thread for a whole
 * chapter at once (the CLV chapter: 0.25–0.4 s). Queued, each chart is its own task and input
 * stays responsive between them. Other main-thread work that mounts a lot of markup (a chapter's
 * cards, revealed in steps) takes its turn in the same queue, so one promise (chartsDrawn) says
 * when the page has settled: exports wait for it and never catch a chart half-way.
 */
const queue: (() => void)[] = [];
let waiting: (() => void)[] = [];
let scheduled = false;
let settling = false;

function next(): void {
  scheduled = false;
  const draw = queue.shift();
  if (draw) draw();
  if (queue.length > 0) schedule();
  else settle();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(next, 0);
}

/**
 * The queue is empty, but the last item may have mounted markup whose charts only queue once
 * layout gives them a width (the next frame). Look again after that frame before saying "done".
 * A hidden tab runs no frames, hence the timer as well.
 */
function settle(): void {
  if (settling || waiting.length === 0) return;
  settling = true;
  let looked = false;
  const look = () => {
    if (looked) return;
    looked = true;
    settling = false;
    if (queue.length > 0 || scheduled) return; // more came in: next() settles again when empty
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  };
  requestAnimationFrame(() => setTimeout(look, 0));
  setTimeout(look, 250);
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

/** Resolves once every queued item has run and the frame after it queued nothing new. */
export function chartsDrawn(): Promise<void> {
  const done = new Promise<void>((resolve) => waiting.push(resolve));
  if (queue.length === 0 && !scheduled) settle();
  return done;
}
