import type { Extension } from '@hocuspocus/server';
import type { AuthService } from '../auth/AuthService.ts';
import type { Clock } from '../Clock.ts';
import type { DocumentLog } from '../documents/DocumentLog.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { HistoryService } from '../history/HistoryService.ts';
import type { VersionService } from '../history/VersionService.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { AttendanceRecorder } from '../workshops/attendance/AttendanceRecorder.ts';
import { AttendanceExtension } from './extensions/AttendanceExtension.ts';
import { AttributionExtension, type AttributionLogger } from './extensions/AttributionExtension.ts';
import { AutomaticVersionsExtension } from './extensions/AutomaticVersionsExtension.ts';
import { MembershipExtension } from './extensions/MembershipExtension.ts';
import { PersistenceExtension, type PersistenceLogger } from './extensions/PersistenceExtension.ts';
import { RecordingExtension } from './extensions/RecordingExtension.ts';
import { SchemaGuardExtension } from './extensions/SchemaGuardExtension.ts';
import { VisitsExtension } from './extensions/VisitsExtension.ts';
import type { LiveSockets } from './LiveSockets.ts';
import type { LoadedDocuments } from './LoadedDocuments.ts';
import type { Recovery } from './Recovery.ts';

export interface CollaborationServices {
  auth: AuthService;
  projects: ProjectService;
  documents: DocumentService;
  history: HistoryService;
  versions: VersionService;
  log: DocumentLog;
  loaded: LoadedDocuments;
  sockets: LiveSockets;
  logger: AttributionLogger & PersistenceLogger;
  clock: Clock;
  /** Who is at a running workshop. */
  attendance: AttendanceRecorder;
  /** Set while recovering from a restored backup. */
  recovery?: Recovery;
}

/**
 * The Hocuspocus extensions, one concern each, in the order they run: who may connect,
 * whose client ids these are, whom a scribe records for, keeping what was accepted,
 * then what history derives from it (automatic versions, visits) and who is at a
 * running workshop.
 */
export function collaborationExtensions(services: CollaborationServices): {
  extensions: Extension[];
  persistence: PersistenceExtension;
} {
  const { loaded } = services;
  const persistence = new PersistenceExtension(services.log, loaded, services.sockets, services.logger);
  return {
    extensions: [
      new MembershipExtension(
        services.auth,
        services.projects,
        services.documents,
        services.sockets,
        services.logger,
        services.clock,
      ),
      new AttributionExtension(loaded, services.log, services.sockets, services.logger, services.recovery),
      new RecordingExtension(services.projects),
      new SchemaGuardExtension(services.sockets, services.logger),
      persistence,
      new AutomaticVersionsExtension(services.versions, loaded, services.logger, services.clock),
      new VisitsExtension(services.history, loaded, services.logger),
      new AttendanceExtension(services.attendance),
    ],
    persistence,
  };
}
