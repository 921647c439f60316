import type { Clock } from '../Clock.ts';
import type { DocumentLog } from '../documents/DocumentLog.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { WorkshopRunEvents } from '../events/WorkshopRunEvents.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { DocumentStore } from '../store/DocumentStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { WorkshopStore } from '../store/WorkshopStore.ts';
import { AgendaService } from './AgendaService.ts';
import { DocumentSections, type OpenDocumentLookup } from './DocumentSections.ts';
import { WorkshopRunService } from './run/WorkshopRunService.ts';
import { WorkshopAccess } from './WorkshopAccess.ts';
import { WorkshopService } from './WorkshopService.ts';
import { WorkshopViews } from './WorkshopViews.ts';

export interface WorkshopDependencies {
  workshopStore: WorkshopStore;
  documentStore: DocumentStore;
  userStore: UserStore;
  projects: ProjectService;
  documents: DocumentService;
  log: DocumentLog;
  /** The collaboration server's open copy of a document, once that server exists. */
  openDocument: OpenDocumentLookup;
  /** Where a running workshop's changes go, to reach everyone with its document open. */
  runEvents: WorkshopRunEvents;
  clock: Clock;
}

/** The workshop services, wired to each other once, for the composition root. */
export function createWorkshopServices(deps: WorkshopDependencies) {
  const access = new WorkshopAccess(deps.workshopStore, deps.projects);
  const sections = new DocumentSections(deps.log, deps.openDocument);
  const views = new WorkshopViews(deps.workshopStore, deps.documentStore, deps.userStore, sections);
  return {
    workshops: new WorkshopService(
      deps.workshopStore,
      deps.documentStore,
      deps.documents,
      access,
      views,
      sections,
      deps.clock,
    ),
    agendas: new AgendaService(deps.workshopStore, access, views, sections),
    runs: new WorkshopRunService(deps.workshopStore, deps.documents, access, views, deps.runEvents, deps.clock),
  };
}
