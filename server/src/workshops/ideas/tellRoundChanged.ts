import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { TakingPart } from '../live/RunningWorkshops.ts';

/**
 * Tells everyone with the workshop's document open that a round changed: which round,
 * never what is in it or who changed it. Each person then asks for the view that is
 * theirs to see, so hidden cards and anonymous writers never travel to every connection.
 */
export function tellRoundChanged(events: WorkshopRoomEvents, part: TakingPart, roundId: string): void {
  events.emit('roomChanged', {
    documentName: part.documentName,
    message: { event: 'workshop-ideas-changed', workshopId: part.workshop.id, roundId },
  });
}
