/**
 * Keyboard users must be able to scroll a wide table: every `.table-wrap` that overflows inside
 * the report becomes focusable (tabindex 0), and stops being so when it no longer overflows. An
 * attachment on the chapters' container rather than a prop of every table, so a chapter cannot
 * forget it; it follows tables added later and widths that change.
 */
export function focusableScrollers(root: HTMLElement): () => void {
  const update = () => {
    for (const el of root.querySelectorAll<HTMLElement>('.table-wrap')) {
      const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (scrolls && el.tabIndex !== 0) el.tabIndex = 0;
      else if (!scrolls && el.hasAttribute('tabindex')) el.removeAttribute('tabindex');
    }
  };
  let frame = 0;
  const schedule = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  };
  const mutations = new MutationObserver(schedule);
  mutations.observe(root, { childList: true, subtree: true });
  const sizes = new ResizeObserver(schedule);
  sizes.observe(root);
  update();
  return () => {
    cancelAnimationFrame(frame);
    mutations.disconnect();
    sizes.disconnect();
  };
}
