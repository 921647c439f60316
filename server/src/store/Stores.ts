import type { AccessNeedsStore } from './AccessNeedsStore.ts';
import type { CommentStore } from './CommentStore.ts';
import type { DocumentLogStore } from './DocumentLogStore.ts';
import type { DocumentStore } from './DocumentStore.ts';
import type { IdeasStore } from './IdeasStore.ts';
import type { IdentityStore } from './IdentityStore.ts';
import type { InboxStore } from './InboxStore.ts';
import type { ProjectStore } from './ProjectStore.ts';
import type { SecretStore } from './SecretStore.ts';
import type { TimeGivenStore } from './TimeGivenStore.ts';
import type { UserStore } from './UserStore.ts';
import type { VersionStore } from './VersionStore.ts';
import type { VisitStore } from './VisitStore.ts';
import type { WorkshopHandStore } from './WorkshopHandStore.ts';
import type { WorkshopJoinStore } from './WorkshopJoinStore.ts';
import type { WorkshopStore } from './WorkshopStore.ts';

/**
 * Everything Roundtable keeps, one narrow store per aggregate, all over one database
 * connection so SQLite and Postgres are interchangeable. Only the composition root
 * holds the whole bundle; each service is handed the slices it uses.
 */
export interface Stores {
  users: UserStore;
  projects: ProjectStore;
  documents: DocumentStore;
  log: DocumentLogStore;
  versions: VersionStore;
  comments: CommentStore;
  inbox: InboxStore;
  visits: VisitStore;
  identities: IdentityStore;
  workshops: WorkshopStore;
  hands: WorkshopHandStore;
  joining: WorkshopJoinStore;
  timeGiven: TimeGivenStore;
  /** What helps people take part: health information, kept only with consent. */
  accessNeeds: AccessNeedsStore;
  /** Ideas rounds of workshops and their idea cards. */
  ideas: IdeasStore;
  /** Secrets the server makes for itself, shared by all its processes. */
  secrets: SecretStore;
  /** Brings the database up to the latest schema. */
  migrate(): Promise<void>;
  /** Closes the connection; no slice may be used after. */
  close(): Promise<void>;
}
