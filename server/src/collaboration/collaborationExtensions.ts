import type { Extension } from '@hocuspocus/server';
import type { AuthService } from '../auth/AuthService.ts';
import type { DocumentLog } from '../documents/DocumentLog.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import { AttributionExtension, type AttributionLogger } from './extensions/AttributionExtension.ts';
import { MembershipExtension } from './extensions/MembershipExtension.ts';
import { PersistenceExtension, type PersistenceLogger } from './extensions/PersistenceExtension.ts';
import type { LiveSockets } from './LiveSockets.ts';
import { LoadedDocuments } from './LoadedDocuments.ts';

export interface CollaborationServices {
  auth: AuthService;
  projects: ProjectService;
  documents: DocumentService;
  log: DocumentLog;
  sockets: LiveSockets;
  logger: AttributionLogger & PersistenceLogger;
}

/**
 * The Hocuspocus extensions, one concern each, in the order they run: who may connect,
 * whose client ids these are, then keeping what was accepted.
 */
export function collaborationExtensions(services: CollaborationServices): {
  extensions: Extension[];
  persistence: PersistenceExtension;
} {
  const loaded = new LoadedDocuments();
  const persistence = new PersistenceExtension(services.log, loaded, services.sockets, services.logger);
  return {
    extensions: [
      new MembershipExtension(services.auth, services.projects, services.documents, services.sockets, services.logger),
      new AttributionExtension(loaded, services.sockets, services.logger),
      persistence,
    ],
    persistence,
  };
}
