import type { WhatsNewItem, WhatsNewResponse } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { CommentStore } from '../store/CommentStore.ts';
import type { DocumentLogStore } from '../store/DocumentLogStore.ts';
import type { DocumentStore } from '../store/DocumentStore.ts';
import type { InboxStore } from '../store/InboxStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { ProjectVisitRecord, VisitStore } from '../store/VisitStore.ts';
import { commentExcerpt } from './commentExcerpt.ts';
import { commentPeople } from './commentPeople.ts';

/**
 * A gap this long since someone last looked at a project makes their next look a new
 * visit; shorter gaps are the same visit, so what was new stays listed while they
 * work through it.
 */
export const NEW_VISIT_AFTER_MS = 30 * 60 * 1000;

/** Items "what's new" lists at most. */
export const WHATS_NEW_ITEMS_SHOWN = 100;

const changesSummary = (count: number) => (count === 1 ? '1 change' : `${count.toLocaleString('en-GB')} changes`);

/**
 * What others did in a project since a member's last visit: documents they changed,
 * threads they started, replies, and comments mentioning the member. For people who
 * take part in their own time rather than in meetings.
 */
export class WhatsNewService {
  constructor(
    private readonly visitStore: VisitStore,
    private readonly documentStore: DocumentStore,
    private readonly logStore: DocumentLogStore,
    private readonly commentStore: CommentStore,
    private readonly inboxStore: InboxStore,
    private readonly userStore: UserStore,
    private readonly projects: ProjectService,
    private readonly now: Clock,
  ) {}

  /** Looking counts as visiting: it moves the visit on as described at NEW_VISIT_AFTER_MS. */
  async list(projectId: string, userId: string): Promise<WhatsNewResponse> {
    await this.projects.requireMember(projectId, userId);
    const now = this.now();
    const previous = await this.visitStore.findProjectVisit(projectId, userId);
    if (previous === undefined) {
      // A first visit: everything is new, so nothing is listed; what others do from now on will be.
      await this.visitStore.saveProjectVisit({ projectId, userId, sinceAt: now, lastAt: now });
      return { since: null, items: [] };
    }
    const sinceAt = now - previous.lastAt > NEW_VISIT_AFTER_MS ? previous.lastAt : previous.sinceAt;
    await this.visitStore.saveProjectVisit({ projectId, userId, sinceAt, lastAt: now });
    return this.since({ projectId, userId, sinceAt, lastAt: now });
  }

  /** "Mark all as seen": what's new starts again from now. */
  async markSeen(projectId: string, userId: string): Promise<WhatsNewResponse> {
    await this.projects.requireMember(projectId, userId);
    const now = this.now();
    const visit = { projectId, userId, sinceAt: now, lastAt: now };
    await this.visitStore.saveProjectVisit(visit);
    return this.since(visit);
  }

  private async since({ projectId, userId, sinceAt }: ProjectVisitRecord): Promise<WhatsNewResponse> {
    if (sinceAt === null) return { since: null, items: [] };
    const [documents, changes, comments, mentions] = await Promise.all([
      this.documentStore.listDocuments(projectId),
      this.logStore.listDocumentChanges(projectId, sinceAt, userId),
      this.commentStore.listProjectComments(projectId, sinceAt, userId, WHATS_NEW_ITEMS_SHOWN),
      this.inboxStore.listInbox(userId, { projectId, kind: 'mention', after: sinceAt, limit: WHATS_NEW_ITEMS_SHOWN }),
    ]);
    const titles = new Map(documents.map((document) => [document.id, document.title]));
    const people = new Map(
      (
        await commentPeople(this.userStore, [
          ...changes.map((change) => change.userId),
          ...comments.map((comment) => comment.userId),
        ])
      ).map((person) => [person.id, person]),
    );
    const personNamed = (id: string) => people.get(id) ?? { id, displayName: 'A former member' };
    const items: WhatsNewItem[] = [];

    const changesByDocument = new Map<string, typeof changes>();
    for (const change of changes) {
      changesByDocument.set(change.documentId, [...(changesByDocument.get(change.documentId) ?? []), change]);
    }
    for (const [documentId, byPerson] of changesByDocument) {
      const newestFirst = byPerson.toSorted((a, b) => b.lastAt - a.lastAt);
      items.push({
        kind: 'document-changed',
        documentId,
        documentTitle: titles.get(documentId) ?? '',
        threadId: null,
        commentId: null,
        people: newestFirst.map((change) => personNamed(change.userId)),
        summary: changesSummary(byPerson.reduce((sum, change) => sum + change.changes, 0)),
        section: '',
        at: new Date(newestFirst[0]?.lastAt ?? sinceAt).toISOString(),
      });
    }

    // A comment that mentions the member is listed once, as a mention.
    const mentioned = new Set(mentions.map((mention) => mention.commentId));
    for (const mention of mentions) {
      items.push({
        kind: 'mention',
        documentId: mention.documentId,
        documentTitle: mention.documentTitle,
        threadId: mention.threadId,
        commentId: mention.commentId,
        people: [{ id: mention.fromUserId, displayName: mention.fromDisplayName }],
        summary: commentExcerpt(mention.body),
        section: mention.section,
        at: new Date(mention.createdAt).toISOString(),
      });
    }
    for (const comment of comments) {
      if (mentioned.has(comment.commentId)) continue;
      items.push({
        kind: comment.kind === 'commented' ? 'thread' : 'reply',
        documentId: comment.documentId,
        documentTitle: titles.get(comment.documentId) ?? '',
        threadId: comment.threadId,
        commentId: comment.commentId,
        people: [personNamed(comment.userId)],
        summary: commentExcerpt(comment.body),
        section: comment.section,
        at: new Date(comment.createdAt).toISOString(),
      });
    }
    items.sort((a, b) => b.at.localeCompare(a.at));
    return { since: new Date(sinceAt).toISOString(), items: items.slice(0, WHATS_NEW_ITEMS_SHOWN) };
  }
}
