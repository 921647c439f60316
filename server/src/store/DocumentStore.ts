import type { TemplateId } from '@roundtable/shared';
import type { ClientBinding, NewLoggedUpdate } from './DocumentLogStore.ts';

/** Times are milliseconds since the epoch. */
export interface DocumentRecord {
  id: string;
  projectId: string;
  title: string;
  template: TemplateId;
  createdBy: string;
  createdAt: number;
  archivedAt: number | null;
}

export interface DocumentListRecord extends DocumentRecord {
  updatedAt: number;
}

/** The documents of each project (their text is in the DocumentLogStore). Every store passes DocumentStore.contract.test.ts. */
export interface DocumentStore {
  /** Creates the document with its first (template) update in its log, in one transaction. */
  createDocument(
    document: DocumentRecord,
    initialUpdate: NewLoggedUpdate,
    initialBindings: ClientBinding[],
  ): Promise<void>;
  findDocument(id: string): Promise<DocumentRecord | undefined>;
  /** Newest first, each with the time of its last logged update. */
  listDocuments(projectId: string): Promise<DocumentListRecord[]>;
  updateDocument(id: string, change: Partial<Pick<DocumentRecord, 'title' | 'archivedAt'>>): Promise<void>;
}
