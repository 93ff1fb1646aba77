import { useLayoutEffect, useState, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically: the shell's content area in the app. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** Per grid, the height it was last given (memory only: a window of another size is measured again). */
const lastHeight = new Map<string, number>();

/**
 * The height at which a grid takes exactly what its page leaves, so the page itself does not scroll and the
 * grid's (virtual) rows are the only thing that does: the scrolling ancestor's visible height, less what
 * stands above the grid and below it. Re-measured when the window or the page's content changes size; never
 * below `min`, where a short window lets the page scroll rather than squeeze the grid to nothing.
 */
export function useFillHeight(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  key: string,
  min = 240,
): number | null {
  // Drawn at once at the height it had last time (a tab opened again): measuring then finds it right and the
  // grid is not drawn a second time in the same frame.
  const [height, setHeight] = useState<number | null>(() => lastHeight.get(key) ?? null);
  useLayoutEffect(() => {
    const grid = ref.current;
    const scroller = enabled && grid ? scrollParent(grid) : null;
    if (!grid || !scroller) return;
    const measure = () => {
      const box = scroller.getBoundingClientRect();
      const top = grid.getBoundingClientRect().top - box.top + scroller.scrollTop;
      const bottom = grid.getBoundingClientRect().bottom - box.top + scroller.scrollTop;
      let contentBottom = bottom;
      for (const child of Array.from(scroller.children))
        contentBottom = Math.max(contentBottom, child.getBoundingClientRect().bottom - box.top + scroller.scrollTop);
      const below = contentBottom - bottom;
      const padding = parseFloat(getComputedStyle(scroller).paddingBottom) || 0;
      const next = Math.max(min, Math.floor(scroller.clientHeight - top - below - padding));
      lastHeight.set(key, next);
      setHeight((h) => (h !== null && Math.abs(h - next) < 1 ? h : next));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    for (const child of Array.from(scroller.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [ref, enabled, key, min]);
  return enabled ? height : null;
}
