import { randomUUID } from 'node:crypto';
import {
  COLLABORATION_FIELD,
  type DocumentVersion,
  documentExtensions,
  Limits,
  type User,
  type VersionContentResponse,
  type VersionKind,
  type VersionsResponse,
} from '@roundtable/shared';
import { getSchema } from '@tiptap/core';
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Clock } from '../Clock.ts';
import type { DocumentLog } from '../documents/DocumentLog.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import { fitToSchema } from '../documents/schemaRepair.ts';
import { DomainError, notFound } from '../errors/DomainError.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { DocumentLogStore } from '../store/DocumentLogStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { VersionRecord, VersionStore } from '../store/VersionStore.ts';
import { historyPeople } from './HistoryPeople.ts';
import type { LiveContentEditor } from './LiveContentEditor.ts';
import { renderYFragment } from './renderYFragment.ts';

const schema = getSchema(documentExtensions());

/**
 * Versions: named points in a document's log that any member can save, open,
 * compare and restore, and the ones the server saves by itself. A version is rebuilt
 * from the nearest checkpoint, so opening one is quick however long the history.
 */
export class VersionService {
  constructor(
    private readonly versionStore: VersionStore,
    private readonly logStore: DocumentLogStore,
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly projects: ProjectService,
    private readonly documents: DocumentService,
    private readonly log: DocumentLog,
    private readonly edits: LiveContentEditor,
    private readonly now: Clock,
  ) {}

  async list(projectId: string, documentId: string, userId: string): Promise<VersionsResponse> {
    await this.requireDocument(projectId, documentId, userId);
    const versions = await this.versionStore.listVersions(documentId);
    return {
      versions: versions.map(toVersion),
      people: await historyPeople(
        this.projectStore,
        this.userStore,
        projectId,
        versions.map((version) => version.createdBy),
      ),
    };
  }

  /** Any member may name a version: everyone has the same rights over the text. */
  async create(projectId: string, documentId: string, userId: string, name: string): Promise<DocumentVersion> {
    await this.requireDocument(projectId, documentId, userId);
    if ((await this.versionStore.listVersions(documentId)).length >= Limits.versionsPerDocument) {
      throw new DomainError(
        'conflict',
        `This document already has ${Limits.versionsPerDocument} versions, the most it can keep. Ask a lead to start a new document from it.`,
      );
    }
    return toVersion(await this.save(documentId, name, 'named', userId));
  }

  async content(
    projectId: string,
    documentId: string,
    userId: string,
    versionId: string,
  ): Promise<VersionContentResponse> {
    await this.requireDocument(projectId, documentId, userId);
    const version = await this.find(documentId, versionId);
    const { ydoc } = await this.log.loadAt(documentId, version.upToUpdateId);
    try {
      // A version from before a stored misfit was repaired is shown as it would load now.
      fitToSchema(ydoc);
      return { version: toVersion(version), content: renderYFragment(ydoc.getXmlFragment(COLLABORATION_FIELD)) };
    } finally {
      ydoc.destroy();
    }
  }

  /**
   * Makes the current text that version's text, as a new change by the person who
   * restores it. The text as it was just before is saved as a version first, so a
   * restore is undone by restoring that one. Returns that version.
   */
  async restore(projectId: string, documentId: string, person: User, versionId: string): Promise<DocumentVersion> {
    const document = await this.requireDocument(projectId, documentId, person.id);
    if (document.archivedAt !== null) {
      throw new DomainError(
        'conflict',
        'This document is archived, so it cannot be changed. A lead can restore it first.',
      );
    }
    const version = await this.find(documentId, versionId);
    const before = await this.save(documentId, `Before restoring “${version.name}”`, 'before-restore', person.id);
    const { ydoc } = await this.log.loadAt(documentId, version.upToUpdateId);
    try {
      // What does not fit the schema cannot be built as editor content, nor should be restored.
      fitToSchema(ydoc);
      const content = yXmlFragmentToProseMirrorRootNode(ydoc.getXmlFragment(COLLABORATION_FIELD), schema);
      await this.edits.replaceContent({ projectId, documentId }, person, content, version.id);
    } finally {
      ydoc.destroy();
    }
    return toVersion(before);
  }

  /** Saves a version the server decided to keep (after a busy session, once a day). */
  async saveAutomatic(documentId: string, name: string, upToUpdateId?: number): Promise<void> {
    await this.save(documentId, name, 'automatic', null, upToUpdateId);
  }

  async latest(documentId: string): Promise<VersionRecord | undefined> {
    return (await this.versionStore.listVersions(documentId))[0];
  }

  private async save(
    documentId: string,
    name: string,
    kind: VersionKind,
    createdBy: string | null,
    upToUpdateId?: number,
  ): Promise<VersionRecord> {
    const version: VersionRecord = {
      id: randomUUID(),
      documentId,
      name,
      kind,
      upToUpdateId: upToUpdateId ?? (await this.logStore.latestUpdateId(documentId)),
      createdBy,
      createdAt: this.now(),
    };
    await this.versionStore.createVersion(version);
    return version;
  }

  private async requireDocument(projectId: string, documentId: string, userId: string) {
    await this.projects.requireMember(projectId, userId);
    return this.documents.requireInProject(projectId, documentId);
  }

  /** The version if it belongs to the document; a version of another document is simply not found. */
  async find(documentId: string, versionId: string): Promise<VersionRecord> {
    const version = await this.versionStore.findVersion(versionId);
    if (!version || version.documentId !== documentId) throw notFound('This version');
    return version;
  }
}

function toVersion(version: VersionRecord): DocumentVersion {
  return {
    id: version.id,
    name: version.name,
    kind: version.kind,
    createdById: version.createdBy,
    createdAt: new Date(version.createdAt).toISOString(),
    upToUpdateId: version.upToUpdateId,
  };
}
