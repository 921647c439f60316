import type { VersionKind } from '@roundtable/shared';

/** A point in a document's log that people can open, compare and restore. Times are milliseconds since the epoch. */
export interface VersionRecord {
  id: string;
  documentId: string;
  name: string;
  kind: VersionKind;
  upToUpdateId: number;
  createdBy: string | null;
  createdAt: number;
}

/** Each document's versions. Every store passes VersionStore.contract.test.ts. */
export interface VersionStore {
  createVersion(version: VersionRecord): Promise<void>;
  /** Newest first. */
  listVersions(documentId: string): Promise<VersionRecord[]>;
  findVersion(id: string): Promise<VersionRecord | undefined>;
}
