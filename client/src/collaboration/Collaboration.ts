import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { CommentsChangedEvent, Perspective, PresenceIdentity, RenderedNode } from '@roundtable/shared';
import type * as Y from 'yjs';
import type { Activity } from './Activity.ts';
import type { ConnectionState } from './connectionState.ts';
import type { PresentPerson } from './PresentPerson.ts';
import type { StopReason } from './stopReason.ts';

/** Which document to open, and for whom. */
export interface DocumentConnectionOptions {
  collaborationName: string;
  user: { id: string; displayName: string };
  perspective: Perspective;
}

/** What the server says that the page acts on; each is read when the server speaks. */
export interface DocumentConnectionEvents {
  /** The server says the document was archived or restored; what the page shows about it may be out of date. */
  onAccessChanged?: () => void;
  /** The server says the document's details (such as its title) changed: fetch them again. */
  onDetailsChanged?: () => void;
  /** Someone changed the document's comments: fetch them again, and perhaps say so. */
  onCommentsChanged?: (event: CommentsChangedEvent) => void;
}

/** The live document as the editor binds to it. */
export interface CollaborationSession {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  /** Exactly what the server derives from the signed-in person; sent as awareness `user`. */
  identity: PresenceIdentity;
}

/** One live document at one moment, as a page sees it (see DocumentConnection). */
export interface DocumentState {
  /** Null until this device's copy has loaded and the connection exists. */
  session: CollaborationSession | null;
  connectionState: ConnectionState;
  people: PresentPerson[];
  /**
   * The document's content has arrived, from the server or from a copy on this device
   * that held some. Until then there is nothing to edit: words typed into a blank page
   * would end up around the content when it arrives.
   */
  contentReady: boolean;
  /**
   * Set when the server has closed the connection for good, or this device holds words the
   * server would not take because the document was archived; editing must stop.
   */
  stopReason: StopReason | null;
  /** The server allows reading only (for example, an archived document). */
  serverReadOnly: boolean;
  /**
   * The server said the document was archived or restored and has not yet said what this
   * person may do now. Edits made meanwhile may be refused and stay on this device, so
   * editing waits.
   */
  awaitingRights: boolean;
}

/** One live document, as a page sees it and acts on it (see useCollaboration). */
export interface Collaboration extends DocumentState {
  /** Tells everyone else what you are doing; shown as away while the tab is hidden. */
  setActivity: (activity: Activity) => void;
  /**
   * Deletes this person's copy of the document on this device, for when it holds a change
   * the server refuses and would otherwise send again after every reload.
   */
  discardOfflineCopy: () => Promise<void>;
  /** The document as this device holds it, for a copy the person saves for themselves. */
  readDeviceCopy: () => RenderedNode;
  /** Lets the next page send the words kept while the document was archived (see stopReason 'KeptWhileArchived'). */
  releaseKeptChanges: () => void;
}
