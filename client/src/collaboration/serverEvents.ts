import type { HocuspocusProvider } from '@hocuspocus/provider';
import { ServerEvent, type ServerEventName } from '@roundtable/shared';

const known: ReadonlySet<string> = new Set(Object.values(ServerEvent));

function isServerEventName(value: unknown): value is ServerEventName {
  return typeof value === 'string' && known.has(value);
}

/**
 * Reads a stateless message from the server. Anything else arriving on that channel, or
 * an event this version of the page does not know yet (a newer server), is ignored
 * rather than trusted or thrown on.
 */
export function parseServerEvent(payload: string): ServerEventName | null {
  let message: unknown;
  try {
    message = JSON.parse(payload);
  } catch {
    return null;
  }
  if (typeof message !== 'object' || message === null || !('event' in message)) return null;
  return isServerEventName(message.event) ? message.event : null;
}

export interface ServerEventHandlers {
  /** The document's details, such as its title, changed on the server. */
  onDetailsChanged: () => void;
}

/** Calls the matching handler for each event the server sends; returns how to stop listening. */
export function listenForServerEvents(provider: HocuspocusProvider, handlers: ServerEventHandlers): () => void {
  const onStateless = ({ payload }: { payload: string }) => {
    if (parseServerEvent(payload) === ServerEvent.DocumentDetailsChanged) handlers.onDetailsChanged();
  };
  provider.on('stateless', onStateless);
  return () => provider.off('stateless', onStateless);
}
