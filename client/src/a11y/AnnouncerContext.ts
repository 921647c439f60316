import { createContext } from 'react';

export interface AnnouncerApi {
  /** Say something politely to screen reader users, coalesced with other recent messages. */
  announce: (message: string) => void;
}

export const AnnouncerContext = createContext<AnnouncerApi | null>(null);
