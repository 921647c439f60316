import { useCallback, useEffect, useRef } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';

/**
 * What to tell someone when the open document's title went from `previous` to `next`, or
 * null when there is nothing to tell: no change, or the rename this person made
 * themselves, which the page has already confirmed to them.
 */
export function renameAnnouncement(previous: string, next: string, ownRename: string | null): string | null {
  if (previous === next || next === ownRename) return null;
  return `The document was renamed to “${next}”.`;
}

/**
 * Tells screen reader users, politely, when someone else renames the document they have
 * open; the heading, breadcrumb and tab title change silently otherwise. Returns what to
 * call when this person renames it themselves.
 */
export function useRenameAnnouncement(title: string): (ownTitle: string) => void {
  const { announce } = useAnnouncer();
  const previous = useRef(title);
  const ownRename = useRef<string | null>(null);

  useEffect(() => {
    const message = renameAnnouncement(previous.current, title, ownRename.current);
    // Only the next change can be this person's own: renamed back later, by anyone, is news.
    if (previous.current !== title) ownRename.current = null;
    previous.current = title;
    if (message) announce(message);
  }, [title, announce]);

  return useCallback((ownTitle: string) => {
    ownRename.current = ownTitle;
  }, []);
}
