import type { Clock } from '../../Clock.ts';
import type { DocumentLog } from '../../documents/DocumentLog.ts';
import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { TimeGivenStore } from '../../store/TimeGivenStore.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { WorkshopHandStore } from '../../store/WorkshopHandStore.ts';
import type { WorkshopStore } from '../../store/WorkshopStore.ts';
import { RoomAttendanceService } from '../attendance/RoomAttendanceService.ts';
import { DocumentSections, type OpenDocumentLookup } from '../DocumentSections.ts';
import { WorkshopAccess } from '../WorkshopAccess.ts';
import { BringEveryoneService } from './BringEveryoneService.ts';
import { HandService } from './HandService.ts';
import { HandViews } from './HandViews.ts';
import { RunningWorkshops } from './RunningWorkshops.ts';

export interface WorkshopRoomDependencies {
  workshopStore: WorkshopStore;
  handStore: WorkshopHandStore;
  timeGivenStore: TimeGivenStore;
  /** Brings this server's open attendance periods up to date, once the collaboration server exists. */
  noteSeen: () => Promise<void>;
  userStore: UserStore;
  projects: ProjectService;
  log: DocumentLog;
  /** The collaboration server's open copy of a document, once that server exists. */
  openDocument: OpenDocumentLookup;
  events: WorkshopRoomEvents;
  clock: Clock;
}

/** The services of a running workshop's room (hands, bringing everyone to a section, who is in the room), wired once for the composition root. */
export function createWorkshopRoomServices(deps: WorkshopRoomDependencies) {
  const running = new RunningWorkshops(new WorkshopAccess(deps.workshopStore, deps.projects));
  const sections = new DocumentSections(deps.log, deps.openDocument);
  return {
    hands: new HandService(
      deps.handStore,
      deps.userStore,
      running,
      new HandViews(deps.handStore, deps.userStore),
      deps.events,
      deps.clock,
    ),
    bringEveryone: new BringEveryoneService(running, sections, deps.userStore, deps.events),
    attendance: new RoomAttendanceService(deps.timeGivenStore, deps.projects, running, deps.noteSeen, deps.clock),
  };
}
