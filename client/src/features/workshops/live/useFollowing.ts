import { useCallback, useState } from 'react';

const storageKey = (workshopId: string) => `roundtable:follow-facilitator:${workshopId}`;

function readStored(workshopId: string): boolean {
  try {
    return sessionStorage.getItem(storageKey(workshopId)) === 'yes';
  } catch {
    return false;
  }
}

/** Whether the person chose to follow the facilitator in this workshop; kept for the tab, through a reload. */
export function useFollowing(workshopId: string): [boolean, (following: boolean) => void] {
  const [following, setFollowing] = useState(() => readStored(workshopId));
  const choose = useCallback(
    (next: boolean) => {
      setFollowing(next);
      try {
        if (next) sessionStorage.setItem(storageKey(workshopId), 'yes');
        else sessionStorage.removeItem(storageKey(workshopId));
      } catch {
        // Storage can be switched off; the choice then lasts until the page closes.
      }
    },
    [workshopId],
  );
  return [following, choose];
}
