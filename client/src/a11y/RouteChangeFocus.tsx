import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * After moving to another page, puts keyboard and screen reader focus at the start of the
 * new page's content, as a full page load would, instead of leaving it on a link that
 * no longer exists.
 */
export function RouteChangeFocus() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const frame = requestAnimationFrame(() => {
      document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: false });
    });
    return () => cancelAnimationFrame(frame);
  }, [pathname]);

  return null;
}
