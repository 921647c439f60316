import { useCallback, useEffect, useState } from 'react';

/**
 * Moves focus to an element by its id once the page has drawn it, for elements that are
 * only about to appear (a panel opening, a thread the filters were hiding). A second
 * request for the same element still moves focus there.
 */
export function useFocusRequest(): (elementId: string) => void {
  const [request, setRequest] = useState<{ elementId: string; key: number } | null>(null);
  useEffect(() => {
    if (!request) return;
    const frame = requestAnimationFrame(() => {
      const element = document.getElementById(request.elementId);
      element?.focus();
      element?.scrollIntoView?.({ block: 'nearest' });
    });
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return useCallback((elementId: string) => setRequest({ elementId, key: Date.now() }), []);
}
