import type { CommentStore } from './CommentStore.ts';
import type { DocumentLogStore } from './DocumentLogStore.ts';
import type { DocumentStore } from './DocumentStore.ts';
import type { InboxStore } from './InboxStore.ts';
import type { ProjectStore } from './ProjectStore.ts';
import type { UserStore } from './UserStore.ts';
import type { VersionStore } from './VersionStore.ts';
import type { VisitStore } from './VisitStore.ts';

export type * from './CommentStore.ts';
export type * from './DocumentLogStore.ts';
export type * from './DocumentStore.ts';
export type * from './InboxStore.ts';
export type * from './ProjectStore.ts';
export type * from './UserStore.ts';
export type * from './VersionStore.ts';
export type * from './VisitStore.ts';

/** Every slice in one object, while the stores are still written as one class. */
export interface Store
  extends UserStore,
    ProjectStore,
    DocumentStore,
    DocumentLogStore,
    VersionStore,
    CommentStore,
    InboxStore,
    VisitStore {
  migrate(): Promise<void>;
  close(): Promise<void>;
}
