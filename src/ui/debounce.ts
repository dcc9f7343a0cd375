/** Typing in a rule's field recalculates the report once the analyst pauses, not on every key. */
export const TYPING_DELAY_MS = 700;

export function debounced<A extends unknown[]>(fn: (...args: A) => void, ms = TYPING_DELAY_MS): { call: (...args: A) => void; flush: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: A | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending) {
      const args = pending;
      pending = null;
      fn(...args);
    }
  };
  return {
    call: (...args: A) => {
      pending = args;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, ms);
    },
    flush,
  };
}
