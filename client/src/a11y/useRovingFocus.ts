import { type FocusEvent, type KeyboardEvent, useCallback, useRef, useState } from 'react';

const ITEM_SELECTOR = '[data-roving-item]';

/**
 * One Tab stop for a group of controls (a toolbar): Tab enters and leaves the group, the
 * arrow keys, Home and End move between its items. Mark each item with data-roving-item
 * and give it tabIndex from tabIndexFor(index). In running text (`lines`), up and down
 * move too, as they would between lines.
 */
export function useRovingFocus<Container extends HTMLElement>({ lines = false }: { lines?: boolean } = {}) {
  const containerRef = useRef<Container>(null);
  const [activeIndex, setActiveIndex] = useState(0);

  const items = useCallback(
    () => Array.from(containerRef.current?.querySelectorAll<HTMLElement>(ITEM_SELECTOR) ?? []),
    [],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<Container>) => {
      const all = items();
      if (all.length === 0) return;
      const current = all.indexOf(document.activeElement as HTMLElement);
      let next: number;
      switch (event.key) {
        case 'ArrowDown':
        case 'ArrowUp':
          if (!lines) return;
          next = event.key === 'ArrowDown' ? Math.min(current + 1, all.length - 1) : Math.max(current - 1, 0);
          break;
        case 'ArrowRight':
          next = (current + 1) % all.length;
          break;
        case 'ArrowLeft':
          next = (current - 1 + all.length) % all.length;
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = all.length - 1;
          break;
        default:
          return;
      }
      event.preventDefault();
      setActiveIndex(next);
      all[next]?.focus();
    },
    [items, lines],
  );

  const onFocus = useCallback(
    (event: FocusEvent<Container>) => {
      const index = items().indexOf(event.target as HTMLElement);
      if (index >= 0) setActiveIndex(index);
    },
    [items],
  );

  const tabIndexFor = useCallback((index: number) => (index === activeIndex ? 0 : -1), [activeIndex]);

  return { containerRef, containerProps: { onKeyDown, onFocus }, tabIndexFor, activeIndex };
}
