import { type RefObject, useLayoutEffect } from 'react';

/** Rounding can put items of one row a fraction of a pixel apart. */
const SAME_ROW_TOLERANCE_PX = 2;

/** Given the top of each item in order, which items begin a row. */
export function rowStarts(tops: readonly number[]): boolean[] {
  return tops.map((top, index) => {
    const previous = tops[index - 1];
    return previous === undefined || top > previous + SAME_ROW_TOLERANCE_PX;
  });
}

/**
 * Marks with `data-row-start` each item (matched by `selector`) that begins a row of a
 * wrapping container, so a divider drawn between groups is not left dangling at the
 * start of a wrapped row. The divider must not take space, or marking it would move the
 * wrap it depends on.
 */
export function useWrappedRowStarts(container: RefObject<HTMLElement | null>, selector: string): void {
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const mark = () => {
      const items = Array.from(element.querySelectorAll<HTMLElement>(selector));
      const starts = rowStarts(items.map((item) => item.offsetTop));
      items.forEach((item, index) => {
        item.toggleAttribute('data-row-start', starts[index] ?? false);
      });
    };
    mark();
    // Not in every test environment; the dividers are only a visual aid.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(mark);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, selector]);
}
