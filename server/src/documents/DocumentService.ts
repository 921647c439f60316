import { randomUUID } from 'node:crypto';
import {
  buildDocumentName,
  type CreateDocumentBody,
  type DocumentDetailResponse,
  type DocumentSummary,
  type UpdateDocumentBody,
} from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { notFound } from '../errors/DomainError.ts';
import type { AccessEvents } from '../events/AccessEvents.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { DocumentLogStore } from '../store/DocumentLogStore.ts';
import type { DocumentListRecord, DocumentRecord, DocumentStore } from '../store/DocumentStore.ts';
import type { VersionStore } from '../store/VersionStore.ts';
import { templateUpdate } from './templateUpdate.ts';

/** Documents in a project: created from templates, listed, renamed and archived. */
export class DocumentService {
  constructor(
    private readonly documentStore: DocumentStore,
    private readonly logStore: DocumentLogStore,
    private readonly versionStore: VersionStore,
    private readonly projects: ProjectService,
    private readonly events: AccessEvents,
    private readonly now: Clock,
  ) {}

  async create(projectId: string, userId: string, body: CreateDocumentBody): Promise<DocumentSummary> {
    await this.projects.requireMember(projectId, userId);
    const createdAt = this.now();
    const document: DocumentRecord = {
      id: randomUUID(),
      projectId,
      title: body.title,
      template: body.template,
      createdBy: userId,
      createdAt,
      archivedAt: null,
    };
    const { update, clientId } = templateUpdate(body.template, body.title);
    await this.documentStore.createDocument(
      document,
      {
        documentId: document.id,
        userId: null,
        onBehalfOf: null,
        clientIds: [clientId],
        update,
        createdAt,
        restoredVersionId: null,
      },
      [{ clientId, userId: null }],
    );
    // The template as it was made is the first version, so anyone can compare with where the group began.
    await this.versionStore.createVersion({
      id: randomUUID(),
      documentId: document.id,
      name: 'Starting text',
      kind: 'automatic',
      upToUpdateId: await this.logStore.latestUpdateId(document.id),
      createdBy: null,
      createdAt,
    });
    return toSummary({ ...document, updatedAt: createdAt });
  }

  async list(projectId: string, userId: string): Promise<DocumentSummary[]> {
    await this.projects.requireMember(projectId, userId);
    return (await this.documentStore.listDocuments(projectId)).map(toSummary);
  }

  async detail(projectId: string, documentId: string, userId: string): Promise<DocumentDetailResponse> {
    const { project, me } = await this.projects.requireMember(projectId, userId);
    const document = await this.requireInProject(projectId, documentId);
    return {
      project,
      me,
      document: toSummary({ ...document, updatedAt: document.createdAt }),
      collaborationName: buildDocumentName({ projectId, documentId }),
    };
  }

  async update(
    projectId: string,
    documentId: string,
    userId: string,
    body: UpdateDocumentBody,
  ): Promise<DocumentSummary> {
    await this.projects.requireLead(projectId, userId);
    const document = await this.requireInProject(projectId, documentId);
    const change: Partial<Pick<DocumentRecord, 'title' | 'archivedAt'>> = {};
    if (body.title !== undefined) change.title = body.title;
    if (body.archived !== undefined) change.archivedAt = body.archived ? (document.archivedAt ?? this.now()) : null;
    await this.documentStore.updateDocument(documentId, change);
    const documentName = buildDocumentName({ projectId, documentId });
    if (change.archivedAt !== undefined && change.archivedAt !== document.archivedAt) {
      this.events.emit('documentAccessChanged', { documentName });
    } else if (change.title !== undefined && change.title !== document.title) {
      this.events.emit('documentDetailsChanged', { documentName });
    }
    return toSummary({ ...document, ...change, updatedAt: document.createdAt });
  }

  /** The document if it belongs to the project; a mismatched pair is simply not found. */
  async requireInProject(projectId: string, documentId: string): Promise<DocumentRecord> {
    const document = await this.documentStore.findDocument(documentId);
    if (!document || document.projectId !== projectId) throw notFound('This document');
    return document;
  }
}

function toSummary(document: DocumentListRecord): DocumentSummary {
  return {
    id: document.id,
    projectId: document.projectId,
    title: document.title,
    template: document.template,
    createdAt: new Date(document.createdAt).toISOString(),
    updatedAt: new Date(document.updatedAt).toISOString(),
    archivedAt: document.archivedAt === null ? null : new Date(document.archivedAt).toISOString(),
  };
}
