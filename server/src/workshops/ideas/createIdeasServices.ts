import type { Clock } from '../../Clock.ts';
import type { DocumentLog } from '../../documents/DocumentLog.ts';
import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { IdeasStore } from '../../store/IdeasStore.ts';
import type { SecretStore } from '../../store/SecretStore.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { WorkshopStore } from '../../store/WorkshopStore.ts';
import { DocumentSections, type OpenDocumentLookup } from '../DocumentSections.ts';
import { RunningWorkshops } from '../live/RunningWorkshops.ts';
import { WorkshopAccess } from '../WorkshopAccess.ts';
import { CardWriters } from './CardWriters.ts';
import { IdeaCardService } from './IdeaCardService.ts';
import { IdeasRoundAccess } from './IdeasRoundAccess.ts';
import { IdeasRoundService } from './IdeasRoundService.ts';
import { IdeasRoundViews } from './IdeasRoundViews.ts';
import { IdeasVotingService } from './IdeasVotingService.ts';

export interface IdeasDependencies {
  ideasStore: IdeasStore;
  secretStore: SecretStore;
  workshopStore: WorkshopStore;
  userStore: UserStore;
  projects: ProjectService;
  log: DocumentLog;
  /** The collaboration server's open copy of a document, once that server exists. */
  openDocument: OpenDocumentLookup;
  events: WorkshopRoomEvents;
  clock: Clock;
}

/** Ideas rounds and their cards, wired once for the composition root. */
export function createIdeasServices(deps: IdeasDependencies) {
  const access = new IdeasRoundAccess(
    new RunningWorkshops(new WorkshopAccess(deps.workshopStore, deps.projects)),
    deps.ideasStore,
  );
  const sections = new DocumentSections(deps.log, deps.openDocument);
  const writers = new CardWriters(deps.secretStore);
  const views = new IdeasRoundViews(deps.ideasStore, deps.userStore, sections, writers);
  return {
    ideasRounds: new IdeasRoundService(access, deps.ideasStore, sections, views, deps.events, deps.clock),
    ideaCards: new IdeaCardService(access, deps.ideasStore, writers, views, deps.events),
    ideasVoting: new IdeasVotingService(access, deps.ideasStore, writers, views, deps.events),
  };
}
