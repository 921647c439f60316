import { useContext } from 'react';
import { type AnnouncerApi, AnnouncerContext } from './AnnouncerContext.ts';

export function useAnnouncer(): AnnouncerApi {
  const announcer = useContext(AnnouncerContext);
  if (!announcer) throw new Error('useAnnouncer must be used inside <AnnouncerProvider>.');
  return announcer;
}
