/**
 * What the server keeps in memory about each open document, shared by the
 * extensions that need it: who owns each Yjs client id, and where the log is.
 */
export interface LoadedDocument {
  documentId: string;
  /** Yjs client id → the person who owns it (null: the server's template writer). */
  clientOwners: Map<number, string | null>;
  lastUpdateId: number;
  updatesSinceCheckpoint: number;
  /** Approximate stored size: the last saved state plus every update accepted since. */
  approximateBytes: number;
  /** An update could not be appended to the log: this copy must not be checkpointed. */
  unlogged: boolean;
}

export class LoadedDocuments {
  private readonly byName = new Map<string, LoadedDocument>();

  set(documentName: string, document: LoadedDocument): void {
    this.byName.set(documentName, document);
  }

  get(documentName: string): LoadedDocument | undefined {
    return this.byName.get(documentName);
  }

  delete(documentName: string): void {
    this.byName.delete(documentName);
  }
}
