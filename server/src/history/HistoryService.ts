import {
  type AuthorshipResponse,
  type ChangeFacts,
  type CompareResponse,
  type ContributionsResponse,
  type Credit,
  type EditSession,
  groupEditSessions,
  HISTORY_PERSON_FILTERS,
  type HistoryQuery,
  type HistoryResponse,
  isRecovered,
  namesPerson,
  peopleShownWith,
  type RenderedMark,
  type SinceLastVisitResponse,
  TEMPLATE_CREDIT,
  typedBy,
} from '@roundtable/shared';
import * as Y from 'yjs';
import type { Clock } from '../Clock.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { CommentStore } from '../store/CommentStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { VersionStore } from '../store/VersionStore.ts';
import type { VisitStore } from '../store/VisitStore.ts';
import { balanceOfVoice } from './balanceOfVoice.ts';
import { commentActivityOf, commentCountsOf } from './commentActivityOf.ts';
import type { HistoryIndex } from './HistoryIndex.ts';
import { historyPeople } from './HistoryPeople.ts';
import type { RecentHistoryIndexes } from './RecentHistoryIndexes.ts';
import { renderYFragment } from './renderYFragment.ts';
import { tallyChanges } from './tallyChanges.ts';
import type { VersionService } from './VersionService.ts';

/**
 * The attributed history of a document for its members: the timeline of edit
 * sessions, who wrote what, comparisons between versions, what changed since a
 * person's last visit and the balance of voice. All of it comes from the log.
 */
export class HistoryService {
  /** Grouping is redone only when an index has new changes. */
  private readonly grouped = new WeakMap<HistoryIndex, { changeCount: number; sessions: EditSession[] }>();

  constructor(
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly versionStore: VersionStore,
    private readonly commentStore: CommentStore,
    private readonly visitStore: VisitStore,
    private readonly projects: ProjectService,
    private readonly documents: DocumentService,
    private readonly indexes: RecentHistoryIndexes,
    private readonly versions: VersionService,
    private readonly now: Clock,
  ) {}

  async timeline(projectId: string, documentId: string, userId: string, query: HistoryQuery): Promise<HistoryResponse> {
    const index = await this.open(projectId, documentId, userId);
    const all = await this.sessionsOf(index, documentId);
    const since = query.since ? Date.parse(query.since) : Number.NEGATIVE_INFINITY;
    const until = query.until ? Date.parse(query.until) : Number.POSITIVE_INFINITY;
    const before = query.before ? Number(query.before) : Number.POSITIVE_INFINITY;
    const matching = all
      .filter(
        (session) =>
          (!query.person || creditMatchesPersonFilter(session.credit, query.person)) &&
          (query.section === undefined || session.sections.includes(query.section)) &&
          Date.parse(session.endedAt) >= since &&
          Date.parse(session.startedAt) <= until &&
          session.firstUpdateId < before,
      )
      .reverse();
    const page = matching.slice(0, query.limit);
    const more = matching.length > page.length;
    // Comment activity in the same stretch of time as this page of sessions, with the same filters.
    const newerThan = more ? Date.parse(page.at(-1)?.startedAt ?? '') : Number.NEGATIVE_INFINITY;
    const pageStart = all.find((session) => session.firstUpdateId === before)?.startedAt;
    const olderThan = pageStart ? Date.parse(pageStart) : Number.POSITIVE_INFINITY;
    const commentActivity = (await commentActivityOf(this.commentStore, documentId))
      .filter((entry) => {
        const at = Date.parse(entry.at);
        return (
          (!query.person || entry.personId === query.person) &&
          (query.section === undefined || entry.section === query.section) &&
          at >= Math.max(since, newerThan) &&
          at <= until &&
          at < olderThan
        );
      })
      .reverse();
    return {
      sessions: page,
      nextBefore: more ? String(page.at(-1)?.firstUpdateId) : null,
      people: await historyPeople(this.projectStore, this.userStore, projectId, [
        ...peopleOf(all),
        ...commentActivity.map((entry) => entry.personId),
      ]),
      sections: [...new Set(all.flatMap((session) => session.sections))],
      commentActivity,
      recoveredChanges: all.filter((session) => isRecovered(session.credit)).length,
      unknownWriterChanges: all.filter((session) => session.credit.kind === 'unknownWriter').length,
    };
  }

  async authorship(projectId: string, documentId: string, userId: string): Promise<AuthorshipResponse> {
    const index = await this.open(projectId, documentId, userId);
    const content = index.withAttributedPieces(() =>
      renderYFragment(index.fragment, {
        snapshot: Y.snapshot(index.doc),
        // Against an empty snapshot every character is "added", so each carries its writer.
        prevSnapshot: Y.emptySnapshot,
        changeMark: (_kind, id) => ({ type: 'authorship', attrs: creditOf(index.writerOf(id)) }),
      }),
    );
    return {
      content,
      people: await historyPeople(this.projectStore, this.userStore, projectId, peopleOf(index.changes)),
    };
  }

  async compare(
    projectId: string,
    documentId: string,
    userId: string,
    fromVersionId: string,
    toVersionId: string,
  ): Promise<CompareResponse> {
    const index = await this.open(projectId, documentId, userId);
    const from = await this.versions.find(documentId, fromVersionId);
    const to = toVersionId === 'current' ? undefined : await this.versions.find(documentId, toVersionId);
    const toUpdateId = to?.upToUpdateId ?? index.lastUpdateId;
    // Whichever way round they are chosen, the comparison reads from the earlier to the later.
    const [earlier, later] =
      from.upToUpdateId <= toUpdateId ? [from.upToUpdateId, toUpdateId] : [toUpdateId, from.upToUpdateId];
    const changeMark = (kind: 'added' | 'removed', id: Y.ID): RenderedMark => {
      const change = kind === 'added' ? index.writerOf(id) : index.removerOf(id);
      return { type: kind === 'added' ? 'insertion' : 'deletion', attrs: creditOf(change) };
    };
    const content = index.withAttributedPieces(
      () =>
        renderYFragment(index.fragment, {
          snapshot: index.snapshotAt(later),
          prevSnapshot: index.snapshotAt(earlier),
          changeMark,
        }),
      earlier,
    );
    const between = index.changes.filter((change) => change.updateId > earlier && change.updateId <= later);
    const tally = tallyChanges(between);
    return {
      from: { versionId: from.id, name: from.name, createdAt: new Date(from.createdAt).toISOString() },
      to: to
        ? { versionId: to.id, name: to.name, createdAt: new Date(to.createdAt).toISOString() }
        : { versionId: 'current', name: 'Now', createdAt: new Date(this.now()).toISOString() },
      content,
      ...tally,
      people: await historyPeople(this.projectStore, this.userStore, projectId, peopleOf(between)),
    };
  }

  async sinceLastVisit(projectId: string, documentId: string, userId: string): Promise<SinceLastVisitResponse> {
    const index = await this.open(projectId, documentId, userId);
    const visit = await this.visitStore.findVisit(documentId, userId);
    if (!visit) return { lastVisitAt: null, sessions: [], people: [] };
    const sinceThen = index.changes.filter(
      (change) =>
        // Words someone recorded for this person are news to them; only what they typed themselves is not.
        change.updateId > visit.lastSeenUpdateId && typedBy(change.credit) !== userId,
    );
    const sessions = groupEditSessions(sinceThen, await this.versionNames(documentId)).reverse();
    return {
      lastVisitAt: new Date(visit.lastSeenAt).toISOString(),
      sessions,
      people: await historyPeople(this.projectStore, this.userStore, projectId, peopleOf(sessions)),
    };
  }

  async contributions(projectId: string, documentId: string, userId: string): Promise<ContributionsResponse> {
    const index = await this.open(projectId, documentId, userId);
    const sessions = await this.sessionsOf(index, documentId);
    const comments = await commentCountsOf(this.commentStore, documentId);
    const people = await historyPeople(this.projectStore, this.userStore, projectId, [
      ...peopleOf(index.changes),
      ...comments.keys(),
    ]);
    return { ...balanceOfVoice(index, sessions, people, comments), people };
  }

  /** Remembers how far a person has seen a document, for "since your last visit". */
  async recordVisit(documentId: string, userId: string, lastSeenUpdateId: number): Promise<void> {
    await this.visitStore.saveVisit({ documentId, userId, lastSeenUpdateId, lastSeenAt: this.now() });
  }

  private async sessionsOf(index: HistoryIndex, documentId: string): Promise<EditSession[]> {
    const cached = this.grouped.get(index);
    if (cached?.changeCount === index.changes.length) return cached.sessions;
    const sessions = groupEditSessions(index.changes, await this.versionNames(documentId));
    this.grouped.set(index, { changeCount: index.changes.length, sessions });
    return sessions;
  }

  private async open(projectId: string, documentId: string, userId: string): Promise<HistoryIndex> {
    await this.projects.requireMember(projectId, userId);
    await this.documents.requireInProject(projectId, documentId);
    return this.indexes.current(documentId);
  }

  private async versionNames(documentId: string): Promise<Map<string, string>> {
    return new Map((await this.versionStore.listVersions(documentId)).map((version) => [version.id, version.name]));
  }
}

/** The credit a mark carries. A character the index cannot trace is the template's: the log names nobody for it. */
function creditOf(change: ChangeFacts | undefined): { credit: Credit } {
  return { credit: change?.credit ?? TEMPLATE_CREDIT };
}

function peopleOf(entries: ReadonlyArray<{ credit: Credit }>): string[] {
  return entries.flatMap((entry) => peopleShownWith(entry.credit));
}

/** The timeline's person filter: a person's id, or one of the kinds of text nobody in particular wrote. */
function creditMatchesPersonFilter(credit: Credit, filter: string): boolean {
  switch (filter) {
    case HISTORY_PERSON_FILTERS.template:
      return credit.kind === 'template';
    case HISTORY_PERSON_FILTERS.recovered:
      return isRecovered(credit);
    case HISTORY_PERSON_FILTERS.unknownWriter:
      return credit.kind === 'unknownWriter';
    default:
      return namesPerson(credit, filter);
  }
}
