import {
  type ChangesSummary,
  COLLABORATION_FIELD,
  composeExport,
  type ExportQuery,
  exportFilename,
  type RenderedNode,
} from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import type { DocumentLog } from '../documents/DocumentLog.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { HistoryIndex } from '../history/HistoryIndex.ts';
import type { RecentHistoryIndexes } from '../history/RecentHistoryIndexes.ts';
import { renderYFragment } from '../history/renderYFragment.ts';
import type { VersionService } from '../history/VersionService.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { CommentStore } from '../store/CommentStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { VersionRecord } from '../store/VersionStore.ts';
import { changesSummary } from './changesSummary.ts';
import { creditedPeople } from './creditedPeople.ts';
import { commentContributors, exportCommentThreads } from './exportCommentThreads.ts';
import { exportContributors } from './exportContributors.ts';
import { type ExportFile, exportFile } from './exportFile.ts';

/** Documents are written in English until a project can say otherwise. */
const DOCUMENT_LANGUAGE = 'en-GB';

/**
 * Exports for leads: the current text or a named version, written on the server from
 * its own copy of the document (the attributed log), with credits to everyone who
 * contributed, as each chose to be credited, and the appendices the lead asked for.
 */
export class ExportService {
  constructor(
    private readonly commentStore: CommentStore,
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly projects: ProjectService,
    private readonly documents: DocumentService,
    private readonly versions: VersionService,
    private readonly indexes: RecentHistoryIndexes,
    private readonly log: DocumentLog,
    private readonly now: Clock,
  ) {}

  async export(projectId: string, documentId: string, userId: string, query: ExportQuery): Promise<ExportFile> {
    const { project } = await this.projects.requireLead(projectId, userId);
    const document = await this.documents.requireInProject(projectId, documentId);
    const version = query.version === 'current' ? undefined : await this.versions.find(documentId, query.version);
    const since = query.changesSince ? await this.versions.find(documentId, query.changesSince) : undefined;
    const index = await this.indexes.current(documentId);
    // The log only grows: everything up to this update is the text being exported.
    const upToUpdateId = version?.upToUpdateId ?? index.lastUpdateId;
    if (since && since.upToUpdateId > upToUpdateId) {
      throw new DomainError(
        'invalid-request',
        'The summary of changes needs a version from before the one you are exporting.',
        { changesSince: 'Choose an earlier version.' },
      );
    }
    // Comments are not versioned: a version's export has the comments written by the time it was saved.
    const commentsUpTo = version?.createdAt ?? this.now();
    const [threads, comments] = await Promise.all([
      this.commentStore.listThreads(documentId),
      this.commentStore.listComments(documentId),
    ]);
    const contributors = exportContributors(index.changes, upToUpdateId);
    for (const id of commentContributors(comments, commentsUpTo)) contributors.add(id);
    const mentionedIds = comments.flatMap((comment) => comment.mentionedIds);
    const people = await creditedPeople(this.projectStore, this.userStore, projectId, [
      ...contributors,
      ...threads.flatMap((thread) => (thread.resolvedBy ? [thread.resolvedBy] : [])),
      ...mentionedIds,
    ]);
    // People mentioned by name who chose not to be named: their @mentions are hidden too.
    const unnamed = await this.userStore.listPeopleNames(mentionedIds.filter((id) => people.get(id)?.name === null));
    const composed = composeExport({
      projectName: project.name,
      title: document.title,
      versionName: version?.name ?? 'Current text',
      date: new Date(version?.createdAt ?? this.now()).toISOString(),
      lang: DOCUMENT_LANGUAGE,
      content: await this.content(documentId, upToUpdateId),
      contributors: [...contributors].flatMap((id) => people.get(id) ?? []),
      changes: since && this.changes(index, since, upToUpdateId, people),
      comments: query.comments ? exportCommentThreads(threads, comments, people, commentsUpTo, unnamed) : undefined,
    });
    const filename = exportFilename(document.title, version?.name ?? 'Current text', query.format);
    return exportFile(composed, query.format, filename);
  }

  private async content(documentId: string, upToUpdateId: number): Promise<RenderedNode> {
    const { ydoc } = await this.log.loadAt(documentId, upToUpdateId);
    try {
      return renderYFragment(ydoc.getXmlFragment(COLLABORATION_FIELD));
    } finally {
      ydoc.destroy();
    }
  }

  private changes(
    index: HistoryIndex,
    since: VersionRecord,
    upToUpdateId: number,
    people: Parameters<typeof changesSummary>[2],
  ): ChangesSummary {
    return changesSummary(
      index.changes,
      {
        sinceVersionName: since.name,
        sinceDate: since.createdAt,
        afterUpdateId: since.upToUpdateId,
        upToUpdateId,
      },
      people,
    );
  }
}
