import { useEffect, useState } from 'react';
import type { ConnectionState } from '../../collaboration/connectionState.ts';

/**
 * Every keystroke briefly has an unconfirmed change. Showing "Connected" for those few
 * milliseconds would make "All changes saved" flicker and chatter in a screen reader,
 * so a step back from saved is only shown when it lasts.
 */
const SAVING_VISIBLE_AFTER_MS = 1500;

export function useSettledConnectionState(state: ConnectionState): ConnectionState {
  const [shown, setShown] = useState(state);
  useEffect(() => {
    if (state === 'connected' && shown === 'saved') {
      const timer = setTimeout(() => setShown(state), SAVING_VISIBLE_AFTER_MS);
      return () => clearTimeout(timer);
    }
    setShown(state);
    return undefined;
  }, [state, shown]);
  return shown;
}
