import type { Hocuspocus } from '@hocuspocus/server';
import { ServerEvent } from '@roundtable/shared';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { CommentEvents } from '../events/CommentEvents.ts';
import type { WorkshopRoomEvents } from '../events/WorkshopRoomEvents.ts';
import type { WorkshopRunEvents } from '../events/WorkshopRunEvents.ts';
import type { CollaborationContext } from './CollaborationContext.ts';

interface LiveEvents {
  access: AccessEvents;
  comments: CommentEvents;
  workshopRun: WorkshopRunEvents;
  workshopRoom: WorkshopRoomEvents;
}

/**
 * What changes beside the text reaches everyone with the document open at once, over
 * the connection they already have: a new title, comments, and a workshop's run and room.
 */
export function broadcastLiveEvents(hocuspocus: Hocuspocus<CollaborationContext>, events: LiveEvents): void {
  const send = (documentName: string, message: unknown) =>
    hocuspocus.documents.get(documentName)?.broadcastStateless(JSON.stringify(message));
  events.access.on('documentDetailsChanged', ({ documentName }) =>
    send(documentName, { event: ServerEvent.DocumentDetailsChanged }),
  );
  events.comments.on('commentsChanged', ({ documentName, change }) => send(documentName, change));
  events.workshopRun.on('runChanged', ({ documentName, message }) => send(documentName, message));
  events.workshopRoom.on('roomChanged', ({ documentName, message }) => send(documentName, message));
}
