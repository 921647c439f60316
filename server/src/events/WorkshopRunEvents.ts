import { EventEmitter } from 'node:events';
import type { WorkshopRunChangedEvent } from '@roundtable/shared';

/**
 * A workshop started, moved to another item, changed its timer or ended. The run service
 * emits once the change is stored; the collaboration server passes the message on as it
 * is to everyone with the workshop's document open.
 */
interface WorkshopRunEventMap {
  runChanged: [{ documentName: string; message: WorkshopRunChangedEvent }];
}

export class WorkshopRunEvents extends EventEmitter<WorkshopRunEventMap> {}
