import { randomUUID } from 'node:crypto';
import {
  buildDocumentName,
  type CommentActivityKind,
  type CommentResponse,
  type CommentThreadResponse,
  type CommentThreadsResponse,
  type CreateThreadBody,
  Limits,
  mentionedPeople,
  type User,
} from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { DomainError, forbidden } from '../errors/DomainError.ts';
import type { CommentEvents } from '../events/CommentEvents.ts';
import type { CommentEffects, CommentRecord, CommentStore, CommentThreadRecord } from '../store/CommentStore.ts';
import type { NewInboxItemRecord } from '../store/InboxStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { CommentAccess } from './CommentAccess.ts';
import { type CommentAudience, commentInboxItems } from './commentInboxItems.ts';
import { commentPeople } from './commentPeople.ts';
import { commentThreadView, commentView, threadPersonIds } from './commentThreadView.ts';

/** How much one document keeps; tests pass smaller numbers. */
export type CommentLimits = Record<'threadsPerDocument' | 'commentsPerThread', number>;

const formatCount = (count: number) => count.toLocaleString('en-GB');

/**
 * Conversations on a document: every member may start a thread, reply, resolve and
 * reopen; only the author may edit or delete a comment. Each change is recorded as
 * activity for the history, tells the people it concerns through their inbox, and
 * reaches everyone with the document open.
 *
 * Resolving a resolved thread, or reopening an open one, changes nothing and is not
 * an error: two people often click at the same moment. Deleting a deleted comment is
 * likewise nothing.
 */
export class CommentService {
  constructor(
    private readonly commentStore: CommentStore,
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly access: CommentAccess,
    private readonly events: CommentEvents,
    private readonly now: Clock,
    private readonly limits: CommentLimits = Limits,
  ) {}

  async list(projectId: string, documentId: string, userId: string): Promise<CommentThreadsResponse> {
    await this.access.requireDocument(projectId, documentId, userId);
    const [threads, comments] = await Promise.all([
      this.commentStore.listThreads(documentId),
      this.commentStore.listComments(documentId),
    ]);
    const byThread = new Map<string, CommentRecord[]>();
    for (const comment of comments) {
      const thread = byThread.get(comment.threadId);
      if (thread) thread.push(comment);
      else byThread.set(comment.threadId, [comment]);
    }
    const views = threads.map((thread) => commentThreadView(thread, byThread.get(thread.id) ?? []));
    const named = threads.flatMap((thread) => threadPersonIds(thread, byThread.get(thread.id) ?? []));
    return { threads: views, people: await commentPeople(this.userStore, named) };
  }

  async createThread(
    projectId: string,
    documentId: string,
    person: User,
    body: CreateThreadBody,
  ): Promise<CommentThreadResponse> {
    await this.access.requireWritableDocument(projectId, documentId, person.id);
    const existing = await this.commentStore.findThread(body.id);
    // Sending again after an answer was lost on the way: the thread is already there.
    if (existing?.documentId === documentId && existing.createdBy === person.id)
      return this.threadResponse(existing, await this.commentStore.listThreadComments(existing.id));
    if (existing) throw threadExists();
    if ((await this.commentStore.countThreads(documentId)) >= this.limits.threadsPerDocument) {
      throw new DomainError(
        'conflict',
        `This document already has ${formatCount(this.limits.threadsPerDocument)} comment threads, the most it can have. Start a new document to carry on the conversation.`,
      );
    }
    const createdAt = this.now();
    const thread: CommentThreadRecord = {
      id: body.id,
      projectId,
      documentId,
      anchor: body.anchor,
      quote: body.anchor === 'document' ? null : body.quote,
      section: body.section,
      createdBy: person.id,
      createdAt,
      resolvedAt: null,
      resolvedBy: null,
    };
    const audience = await this.audience(projectId, [], []);
    const comment = this.newComment(thread, person.id, body.body, createdAt, audience.memberNames);
    const told = await this.commentStore.createThread(thread, comment, this.effects('commented', comment, audience));
    if (!told) throw threadExists();
    this.announce('commented', thread, comment.id, person, told);
    return this.threadResponse(thread, [comment]);
  }

  async reply(
    projectId: string,
    documentId: string,
    person: User,
    threadId: string,
    text: string,
  ): Promise<CommentResponse> {
    await this.access.requireWritableDocument(projectId, documentId, person.id);
    const thread = await this.access.requireThread(documentId, threadId);
    const earlier = await this.commentStore.listThreadComments(threadId);
    if (earlier.length >= this.limits.commentsPerThread) {
      throw new DomainError(
        'conflict',
        `This thread already has ${formatCount(this.limits.commentsPerThread)} comments, the most it can have. Start a new thread to carry on.`,
      );
    }
    const participants = [thread.createdBy, ...earlier.map((comment) => comment.authorId)];
    const audience = await this.audience(projectId, participants, []);
    const comment = this.newComment(thread, person.id, text, this.now(), audience.memberNames);
    const told = await this.commentStore.addComment(comment, this.effects('replied', comment, audience));
    this.announce('replied', thread, comment.id, person, told);
    return { comment: commentView(comment) };
  }

  async edit(
    projectId: string,
    documentId: string,
    person: User,
    commentId: string,
    text: string,
  ): Promise<CommentResponse> {
    await this.access.requireWritableDocument(projectId, documentId, person.id);
    const existing = await this.access.requireComment(documentId, commentId);
    if (existing.authorId !== person.id) throw forbidden('You can only edit your own comments.');
    if (existing.deletedAt !== null) {
      throw new DomainError('conflict', 'This comment has been deleted, so it cannot be edited.');
    }
    const thread = await this.access.requireThread(documentId, existing.threadId);
    const audience = await this.audience(projectId, [], existing.mentionedIds);
    const comment: CommentRecord = {
      ...existing,
      body: text,
      editedAt: this.now(),
      mentionedIds: mentionedPeople(text, audience.memberNames),
    };
    const told = await this.commentStore.updateComment(
      commentId,
      { body: comment.body, editedAt: comment.editedAt, mentionedIds: comment.mentionedIds },
      this.effects('edited', comment, audience),
    );
    this.announce('edited', thread, commentId, person, told);
    return { comment: commentView(comment) };
  }

  /** The comment stays in its thread, marked deleted, so replies to it still make sense. */
  async delete(projectId: string, documentId: string, person: User, commentId: string): Promise<void> {
    await this.access.requireWritableDocument(projectId, documentId, person.id);
    const existing = await this.access.requireComment(documentId, commentId);
    if (existing.authorId !== person.id) throw forbidden('You can only delete your own comments.');
    if (existing.deletedAt !== null) return;
    const thread = await this.access.requireThread(documentId, existing.threadId);
    const deletedAt = this.now();
    await this.commentStore.updateComment(
      commentId,
      { body: '', mentionedIds: [], deletedAt },
      { activity: this.activity('deleted', thread, commentId, person.id, deletedAt), inbox: [] },
    );
    this.announce('deleted', thread, commentId, person, []);
  }

  async resolve(projectId: string, documentId: string, person: User, threadId: string): Promise<CommentThreadResponse> {
    return this.setResolved(projectId, documentId, person, threadId, true);
  }

  async reopen(projectId: string, documentId: string, person: User, threadId: string): Promise<CommentThreadResponse> {
    return this.setResolved(projectId, documentId, person, threadId, false);
  }

  private async setResolved(
    projectId: string,
    documentId: string,
    person: User,
    threadId: string,
    resolved: boolean,
  ): Promise<CommentThreadResponse> {
    await this.access.requireWritableDocument(projectId, documentId, person.id);
    let thread = await this.access.requireThread(documentId, threadId);
    const comments = await this.commentStore.listThreadComments(threadId);
    if ((thread.resolvedAt !== null) !== resolved) {
      const at = this.now();
      const resolution = resolved ? { resolvedAt: at, resolvedBy: person.id } : null;
      const kind = resolved ? 'resolved' : 'reopened';
      const tell = resolved ? await this.resolvedInboxItems(thread, comments, person.id, at) : [];
      const told = await this.commentStore.setThreadResolution(
        threadId,
        resolution,
        this.activity(kind, thread, null, person.id, at),
        tell,
      );
      thread = { ...thread, resolvedAt: resolution?.resolvedAt ?? null, resolvedBy: resolution?.resolvedBy ?? null };
      this.announce(kind, thread, null, person, told);
    }
    return this.threadResponse(thread, comments);
  }

  /**
   * A resolved thread leaves the list of open ones: everyone who wrote in it (members
   * still) is told who resolved it, so their words do not seem to vanish. The item
   * points at the thread's first comment, which it quotes.
   */
  private async resolvedInboxItems(
    thread: CommentThreadRecord,
    comments: readonly CommentRecord[],
    resolverId: string,
    at: number,
  ): Promise<NewInboxItemRecord[]> {
    const first = comments.find((comment) => comment.deletedAt === null) ?? comments[0];
    if (!first) return [];
    const members = new Set((await this.projectStore.listMembers(thread.projectId)).map((member) => member.userId));
    const writers = new Set(
      comments.filter((comment) => comment.deletedAt === null).map((comment) => comment.authorId),
    );
    return [...writers]
      .filter((userId) => userId !== resolverId && members.has(userId))
      .map((userId) => ({
        id: randomUUID(),
        userId,
        projectId: thread.projectId,
        documentId: thread.documentId,
        threadId: thread.id,
        commentId: first.id,
        kind: 'resolved' as const,
        fromUserId: resolverId,
        createdAt: at,
      }));
  }

  private newComment(
    thread: CommentThreadRecord,
    authorId: string,
    body: string,
    createdAt: number,
    members: CommentAudienceNames,
  ): CommentRecord {
    return {
      id: randomUUID(),
      threadId: thread.id,
      documentId: thread.documentId,
      authorId,
      body,
      createdAt,
      editedAt: null,
      deletedAt: null,
      mentionedIds: mentionedPeople(body, members),
    };
  }

  /** The members (who may be mentioned and told) and who has been told already. */
  private async audience(
    projectId: string,
    earlierParticipantIds: readonly string[],
    alreadyMentionedIds: readonly string[],
  ): Promise<CommentAudience & { memberNames: CommentAudienceNames }> {
    const members = await this.projectStore.listMembers(projectId);
    return {
      projectId,
      memberIds: new Set(members.map((member) => member.userId)),
      memberNames: members.map((member) => ({ id: member.userId, displayName: member.displayName })),
      earlierParticipantIds,
      alreadyMentionedIds,
    };
  }

  private effects(kind: CommentActivityKind, comment: CommentRecord, audience: CommentAudience): CommentEffects {
    const at = comment.editedAt ?? comment.createdAt;
    return {
      activity: {
        documentId: comment.documentId,
        threadId: comment.threadId,
        commentId: comment.id,
        userId: comment.authorId,
        kind,
        createdAt: at,
      },
      inbox: commentInboxItems(comment, audience),
    };
  }

  private activity(
    kind: CommentActivityKind,
    thread: CommentThreadRecord,
    commentId: string | null,
    userId: string,
    createdAt: number,
  ) {
    return { documentId: thread.documentId, threadId: thread.id, commentId, userId, kind, createdAt };
  }

  private announce(
    kind: CommentActivityKind,
    thread: CommentThreadRecord,
    commentId: string | null,
    person: User,
    told: NewInboxItemRecord[],
  ): void {
    this.events.emit('commentsChanged', {
      documentName: buildDocumentName({ projectId: thread.projectId, documentId: thread.documentId }),
      change: {
        event: 'comments-changed',
        kind,
        threadId: thread.id,
        commentId,
        by: { id: person.id, displayName: person.displayName },
        section: thread.section,
      },
    });
    if (told.length > 0) this.events.emit('inboxItemsAdded', { items: told });
  }

  private async threadResponse(
    thread: CommentThreadRecord,
    comments: readonly CommentRecord[],
  ): Promise<CommentThreadResponse> {
    return {
      thread: commentThreadView(thread, comments),
      people: await commentPeople(this.userStore, threadPersonIds(thread, comments)),
    };
  }
}

type CommentAudienceNames = Array<{ id: string; displayName: string }>;

const threadExists = () =>
  new DomainError('conflict', 'A thread with this id has already been started. Start a new thread with a fresh id.');
