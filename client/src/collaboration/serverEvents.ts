import type { HocuspocusProvider } from '@hocuspocus/provider';
import { type CommentsChangedEvent, commentsChangedEvent, ServerEvent, type ServerEventName } from '@roundtable/shared';

const known: ReadonlySet<string> = new Set(Object.values(ServerEvent));

function isServerEventName(value: unknown): value is ServerEventName {
  return typeof value === 'string' && known.has(value);
}

function parseJson(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return null;
  }
}

/**
 * Reads a stateless message from the server. Anything else arriving on that channel, or
 * an event this version of the page does not know yet (a newer server), is ignored
 * rather than trusted or thrown on.
 */
export function parseServerEvent(payload: string): ServerEventName | null {
  const message = parseJson(payload);
  if (typeof message !== 'object' || message === null || !('event' in message)) return null;
  return isServerEventName(message.event) ? message.event : null;
}

/** The details of a comments-changed message, or null when it is not one or is malformed. */
export function parseCommentsChanged(payload: string): CommentsChangedEvent | null {
  const result = commentsChangedEvent.safeParse(parseJson(payload));
  return result.success ? result.data : null;
}

export interface ServerEventHandlers {
  /** The document's details, such as its title, changed on the server. */
  onDetailsChanged: () => void;
  /** Someone commented, replied, edited, deleted, resolved or reopened in this document. */
  onCommentsChanged?: (event: CommentsChangedEvent) => void;
}

/** Calls the matching handler for each event the server sends; returns how to stop listening. */
export function listenForServerEvents(provider: HocuspocusProvider, handlers: ServerEventHandlers): () => void {
  const onStateless = ({ payload }: { payload: string }) => {
    const name = parseServerEvent(payload);
    if (name === ServerEvent.DocumentDetailsChanged) handlers.onDetailsChanged();
    if (name === ServerEvent.CommentsChanged) {
      const event = parseCommentsChanged(payload);
      if (event) handlers.onCommentsChanged?.(event);
    }
  };
  provider.on('stateless', onStateless);
  return () => provider.off('stateless', onStateless);
}
