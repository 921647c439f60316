import type { DocumentService } from '../documents/DocumentService.ts';
import { DomainError, notFound } from '../errors/DomainError.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { CommentRecord, CommentStore, CommentThreadRecord } from '../store/CommentStore.ts';
import type { DocumentRecord } from '../store/DocumentStore.ts';

/**
 * Who may see and change a document's comments: its project's members, and only
 * while the document is not archived for changes. Anyone else, and any id that does
 * not belong to the document, is told it could not be found, as everywhere else.
 */
export class CommentAccess {
  constructor(
    private readonly commentStore: CommentStore,
    private readonly projects: ProjectService,
    private readonly documents: DocumentService,
  ) {}

  async requireDocument(projectId: string, documentId: string, userId: string): Promise<DocumentRecord> {
    await this.projects.requireMember(projectId, userId);
    return this.documents.requireInProject(projectId, documentId);
  }

  async requireWritableDocument(projectId: string, documentId: string, userId: string): Promise<DocumentRecord> {
    const document = await this.requireDocument(projectId, documentId, userId);
    if (document.archivedAt !== null) {
      throw new DomainError(
        'conflict',
        'This document is archived, so its comments cannot be changed. A lead can restore it first.',
      );
    }
    return document;
  }

  async requireThread(documentId: string, threadId: string): Promise<CommentThreadRecord> {
    const thread = await this.commentStore.findThread(threadId);
    if (!thread || thread.documentId !== documentId) throw notFound('This comment thread');
    return thread;
  }

  async requireComment(documentId: string, commentId: string): Promise<CommentRecord> {
    const comment = await this.commentStore.findComment(commentId);
    if (!comment || comment.documentId !== documentId) throw notFound('This comment');
    return comment;
  }
}
