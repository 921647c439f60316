import { useEffect, useRef } from 'react';
import { useAnnouncer } from '../../a11y/useAnnouncer.ts';
import type { ConnectionState } from '../../collaboration/connectionState.ts';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';
import { presenceChanges } from './presenceChanges.ts';

/**
 * Everyone already in the document arrives in the first moments after connecting;
 * announcing them one by one as "joined" would be noise, so that moment is skipped.
 */
const SETTLE_MS = 600;

/** Tells screen reader users, politely, when someone joins or leaves the document. */
export function usePresenceAnnouncements(people: PresentPerson[], connectionState: ConnectionState): void {
  const { announce } = useAnnouncer();
  const baseline = useRef<PresentPerson[] | null>(null);
  const liveSince = useRef<number | null>(null);
  const live = connectionState === 'saved' || connectionState === 'connected';

  useEffect(() => {
    if (!live) {
      // A dropped connection empties the list; that is not everyone leaving.
      baseline.current = null;
      liveSince.current = null;
      return;
    }
    const now = Date.now();
    if (liveSince.current === null) liveSince.current = now;
    const settled = now - liveSince.current >= SETTLE_MS;
    if (baseline.current && settled) {
      for (const message of presenceChanges(baseline.current, people)) announce(message);
    }
    baseline.current = people;
  }, [people, live, announce]);
}
