import type { HocuspocusProvider } from '@hocuspocus/provider';
import {
  type CommentsChangedEvent,
  commentsChangedEvent,
  type EveryoneBroughtEvent,
  everyoneBroughtEvent,
  type HandsChangedEvent,
  handsChangedEvent,
  ServerEvent,
  type ServerEventName,
  type WorkshopRun,
  workshopRunChangedEvent,
} from '@roundtable/shared';

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

/** The details of a workshop's hands-changed message, or null when it is not one or is malformed. */
export function parseHandsChanged(payload: string): HandsChangedEvent | null {
  const result = handsChangedEvent.safeParse(parseJson(payload));
  return result.success ? result.data : null;
}

/** The details of a bring-everyone-here message, or null when it is not one or is malformed. */
export function parseEveryoneBrought(payload: string): EveryoneBroughtEvent | null {
  const result = everyoneBroughtEvent.safeParse(parseJson(payload));
  return result.success ? result.data : null;
}

export interface WorkshopRoomEventHandlers {
  /** Hands went up or down in a running workshop on this document. */
  onHandsChanged: (event: HandsChangedEvent) => void;
  /** A lead or facilitator brought everyone to a section. */
  onEveryoneBrought: (event: EveryoneBroughtEvent) => void;
  /** The connection has caught up with the server again, after which anything missed meanwhile should be fetched. */
  onResynced: () => void;
}

/**
 * What the server says about the room of a running workshop on this document, heard
 * only from the server (people's own stateless messages are never passed on to others).
 * Returns how to stop listening.
 */
export function listenForWorkshopRoomEvents(
  provider: HocuspocusProvider,
  handlers: WorkshopRoomEventHandlers,
): () => void {
  const onStateless = ({ payload }: { payload: string }) => {
    const name = parseServerEvent(payload);
    if (name === ServerEvent.WorkshopHandsChanged) {
      const event = parseHandsChanged(payload);
      if (event) handlers.onHandsChanged(event);
    }
    if (name === ServerEvent.WorkshopEveryoneBrought) {
      const event = parseEveryoneBrought(payload);
      if (event) handlers.onEveryoneBrought(event);
    }
  };
  const onSynced = () => handlers.onResynced();
  provider.on('stateless', onStateless);
  provider.on('synced', onSynced);
  return () => {
    provider.off('stateless', onStateless);
    provider.off('synced', onSynced);
  };
}

/** The state in a workshop-run-changed message, or null when it is not one or is malformed. */
export function parseWorkshopRunChanged(payload: string): WorkshopRun | null {
  const result = workshopRunChangedEvent.safeParse(parseJson(payload));
  return result.success ? result.data.run : null;
}

export interface WorkshopRunEventHandlers {
  /** A workshop on this document started, moved to another item, changed its timer or ended. */
  onRunChanged: (run: WorkshopRun, receivedAt: number) => void;
  /** The connection has caught up with the server again: changes missed meanwhile should be fetched. */
  onResynced: () => void;
}

/**
 * How a workshop on this document is running, heard only from the server, with the
 * moment each message arrived (to set the page's clock against the server's). Returns
 * how to stop listening.
 */
export function listenForWorkshopRun(provider: HocuspocusProvider, handlers: WorkshopRunEventHandlers): () => void {
  const onStateless = ({ payload }: { payload: string }) => {
    if (parseServerEvent(payload) !== ServerEvent.WorkshopRunChanged) return;
    const run = parseWorkshopRunChanged(payload);
    if (run) handlers.onRunChanged(run, Date.now());
  };
  const onSynced = () => handlers.onResynced();
  provider.on('stateless', onStateless);
  provider.on('synced', onSynced);
  return () => {
    provider.off('stateless', onStateless);
    provider.off('synced', onSynced);
  };
}
