import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { Announcer } from './Announcer.ts';
import { type AnnouncerApi, AnnouncerContext } from './AnnouncerContext.ts';

const MIN_INTERVAL_MS = 3000;
const MAX_MESSAGES = 3;
/** Screen readers only notice a change, so the region is emptied briefly before each message. */
const CLEAR_BEFORE_SPEAKING_MS = 100;

/** The one polite live region for other people's activity. */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [text, setText] = useState('');

  const announcer = useMemo(
    () =>
      new Announcer({
        minIntervalMs: MIN_INTERVAL_MS,
        maxMessagesPerAnnouncement: MAX_MESSAGES,
        speak: (message) => {
          setText('');
          setTimeout(() => setText(message), CLEAR_BEFORE_SPEAKING_MS);
        },
      }),
    [],
  );
  useEffect(() => () => announcer.dispose(), [announcer]);

  const api = useMemo<AnnouncerApi>(() => ({ announce: (message) => announcer.announce(message) }), [announcer]);

  return (
    <AnnouncerContext.Provider value={api}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {text}
      </div>
    </AnnouncerContext.Provider>
  );
}
