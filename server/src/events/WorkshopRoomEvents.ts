import { EventEmitter } from 'node:events';
import type { EveryoneBroughtEvent, HandsChangedEvent, IdeasChangedEvent } from '@roundtable/shared';

/**
 * What happens in the room of a running workshop that everyone with its document open
 * should hear at once: hands going up and down, everyone being brought to a section,
 * and ideas rounds changing (a bare notice: each person then asks for their own view,
 * so no card or writer travels to every connection). Services emit after the change is
 * stored; the collaboration server passes each message on as it is.
 */
interface WorkshopRoomEventMap {
  roomChanged: [{ documentName: string; message: HandsChangedEvent | EveryoneBroughtEvent | IdeasChangedEvent }];
}

export class WorkshopRoomEvents extends EventEmitter<WorkshopRoomEventMap> {}
