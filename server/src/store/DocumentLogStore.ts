/** One accepted update, with who sent it. `userId` is null for the server's own template content. */
export interface LoggedUpdate {
  id: number;
  documentId: string;
  userId: string | null;
  onBehalfOf: string | null;
  clientIds: number[];
  update: Uint8Array;
  /** Milliseconds since the epoch, as every time in the store. */
  createdAt: number;
  /** Set when this update restored an earlier version. */
  restoredVersionId: string | null;
  /**
   * Set on words a device handed back after the database was restored from a backup:
   * whose device it was. `userId` is then the writer where known, or null for text of
   * unknown writer.
   */
  recoveredBy: string | null;
}

/**
 * `commentAnchorsOnly` marks an update that only placed or removed comment anchors (see
 * placesOnlyCommentAnchors). A recovered update binds none of its client ids.
 */
export type NewLoggedUpdate = Omit<LoggedUpdate, 'id' | 'recoveredBy'> & {
  commentAnchorsOnly?: boolean;
  recoveredBy?: string | null;
};

export interface Checkpoint {
  documentId: string;
  upToUpdateId: number;
  state: Uint8Array;
  createdAt: number;
}

export interface ClientBinding {
  clientId: number;
  userId: string | null;
  /** When the id was first bound (as read from the store): a binding from before a restore is one the backup kept. */
  boundAt?: number;
}

/** How many updates one person made to one document after some time. */
export interface DocumentChangesRecord {
  documentId: string;
  userId: string;
  changes: number;
  lastAt: number;
}

/**
 * Each document's append-only, attributed update log, the client ids bound to people
 * and the checkpoints that make loading quick. Every store passes
 * DocumentLogStore.contract.test.ts.
 */
export interface DocumentLogStore {
  /**
   * Appends an accepted update and binds any client ids it writes with that are not
   * yet bound, in one transaction. Returns the update's id in the log. Appends to one
   * document commit in the order of their ids.
   */
  appendUpdate(update: NewLoggedUpdate): Promise<number>;
  /** True when an append is finished before appendUpdate returns (SQLite), so nothing can overtake it. */
  readonly appendsSynchronously: boolean;
  /** Updates after `afterUpdateId`, in log order, up to and including `upToUpdateId` if given. */
  listUpdatesAfter(documentId: string, afterUpdateId: number, upToUpdateId?: number): Promise<LoggedUpdate[]>;
  /** The id of the document's last logged update (0 if none). */
  latestUpdateId(documentId: string): Promise<number>;
  /** The latest checkpoint, or the latest that covers no update after `atOrBefore`. */
  latestCheckpoint(documentId: string, atOrBefore?: number): Promise<Checkpoint | undefined>;
  saveCheckpoint(checkpoint: Checkpoint): Promise<void>;
  listClientBindings(documentId: string): Promise<ClientBinding[]>;
  /**
   * Binds a client id to the person whose device claimed it, unless it is bound
   * already (the first binding stands). Returns the owner it is bound to afterwards.
   */
  bindClient(documentId: string, clientId: number, userId: string, boundAt: number): Promise<string | null>;
  /** Per document and person, the updates people other than `exceptUserId` made to the project's documents after `after`. */
  listDocumentChanges(projectId: string, after: number, exceptUserId: string): Promise<DocumentChangesRecord[]>;
}
