import type { Kysely, Transaction } from 'kysely';
import {
  toActivity,
  toActivityRow,
  toComment,
  toCommentRow,
  toInboxItem,
  toInboxRow,
  toThread,
  toThreadRow,
} from './commentRowMappers.ts';
import type { DatabaseSchema } from './DatabaseSchema.ts';
import type {
  CommentActivityRecord,
  CommentEffects,
  CommentRecord,
  CommentStore,
  CommentThreadRecord,
  DocumentChangesRecord,
  InboxEntryRecord,
  InboxFilter,
  NewCommentActivity,
  NewInboxItemRecord,
  PersonNameRecord,
  ProjectCommentRecord,
  ProjectVisitRecord,
} from './Store.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/**
 * Comments, inboxes and project visits over Kysely. KyselyStore extends it, so the
 * one store keeps one connection and each part of it stays readable.
 */
export class KyselyCommentStore implements CommentStore {
  constructor(protected readonly db: Kysely<DatabaseSchema>) {}

  async createThread(
    thread: CommentThreadRecord,
    first: CommentRecord,
    effects: CommentEffects,
  ): Promise<NewInboxItemRecord[] | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('comment_threads')
        .values(toThreadRow(thread))
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      // Two browsers cannot make the same uuid by chance: a repeat is a retried request, or mischief.
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return undefined;
      await trx.insertInto('comments').values(toCommentRow(first)).execute();
      return writeEffects(trx, effects);
    });
  }

  async addComment(comment: CommentRecord, effects: CommentEffects): Promise<NewInboxItemRecord[]> {
    return this.db.transaction().execute(async (trx) => {
      await trx.insertInto('comments').values(toCommentRow(comment)).execute();
      return writeEffects(trx, effects);
    });
  }

  async updateComment(
    commentId: string,
    change: Partial<Pick<CommentRecord, 'body' | 'mentionedIds' | 'editedAt' | 'deletedAt'>>,
    effects: CommentEffects,
  ): Promise<NewInboxItemRecord[]> {
    const set: Partial<DatabaseSchema['comments']> = {};
    if (change.body !== undefined) set.body = change.body;
    if (change.mentionedIds !== undefined) set.mentioned_ids = JSON.stringify(change.mentionedIds);
    if (change.editedAt !== undefined) set.edited_at = change.editedAt;
    if (change.deletedAt !== undefined) set.deleted_at = change.deletedAt;
    return this.db.transaction().execute(async (trx) => {
      // A deleted comment stays deleted, even if an edit was already on its way.
      await trx.updateTable('comments').set(set).where('id', '=', commentId).where('deleted_at', 'is', null).execute();
      // A deleted comment no longer calls anyone: what it said is gone.
      if (change.deletedAt !== undefined)
        await trx.deleteFrom('inbox_items').where('comment_id', '=', commentId).execute();
      return writeEffects(trx, effects);
    });
  }

  async setThreadResolution(
    threadId: string,
    resolution: { resolvedAt: number; resolvedBy: string } | null,
    activity: NewCommentActivity,
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('comment_threads')
        .set({ resolved_at: resolution?.resolvedAt ?? null, resolved_by: resolution?.resolvedBy ?? null })
        .where('id', '=', threadId)
        .execute();
      await writeEffects(trx, { activity, inbox: [] });
    });
  }

  async findThread(id: string): Promise<CommentThreadRecord | undefined> {
    const row = await this.db.selectFrom('comment_threads').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toThread(row);
  }

  async countThreads(documentId: string): Promise<number> {
    const row = await this.db
      .selectFrom('comment_threads')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('document_id', '=', documentId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async listThreads(documentId: string): Promise<CommentThreadRecord[]> {
    const rows = await this.db
      .selectFrom('comment_threads')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toThread);
  }

  async findComment(id: string): Promise<CommentRecord | undefined> {
    const row = await this.db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toComment(row);
  }

  async listThreadComments(threadId: string): Promise<CommentRecord[]> {
    const rows = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('thread_id', '=', threadId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toComment);
  }

  async listComments(documentId: string): Promise<CommentRecord[]> {
    const rows = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toComment);
  }

  async listCommentActivity(documentId: string): Promise<CommentActivityRecord[]> {
    const rows = await this.db
      .selectFrom('comment_activity')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('id')
      .execute();
    return rows.map(toActivity);
  }

  async listPeopleNames(ids: readonly string[]): Promise<PersonNameRecord[]> {
    if (ids.length === 0) return [];
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('id', 'in', [...ids])
      .execute();
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  }

  async listInbox(userId: string, filter: InboxFilter): Promise<InboxEntryRecord[]> {
    let query = this.db
      .selectFrom('inbox_items as i')
      // Someone who has left a project no longer hears about it.
      .innerJoin('memberships as m', (join) =>
        join.onRef('m.project_id', '=', 'i.project_id').onRef('m.user_id', '=', 'i.user_id'),
      )
      .innerJoin('projects as p', 'p.id', 'i.project_id')
      .innerJoin('documents as d', 'd.id', 'i.document_id')
      .innerJoin('comment_threads as t', 't.id', 'i.thread_id')
      .innerJoin('comments as c', 'c.id', 'i.comment_id')
      .innerJoin('users as u', 'u.id', 'i.from_user_id')
      .selectAll('i')
      .select(['p.name', 'd.title', 't.section', 'u.display_name', 'c.body'])
      .where('i.user_id', '=', userId);
    if (filter.projectId !== undefined) query = query.where('i.project_id', '=', filter.projectId);
    if (filter.kind !== undefined) query = query.where('i.kind', '=', filter.kind);
    if (filter.after !== undefined) query = query.where('i.created_at', '>', filter.after);
    const rows = await query.orderBy('i.created_at', 'desc').orderBy('i.id').limit(filter.limit).execute();
    return rows.map((row) => ({
      ...toInboxItem(row),
      projectName: row.name,
      documentTitle: row.title,
      section: row.section,
      fromDisplayName: row.display_name,
      body: row.body,
    }));
  }

  async countUnreadInbox(userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('inbox_items as i')
      .innerJoin('memberships as m', (join) =>
        join.onRef('m.project_id', '=', 'i.project_id').onRef('m.user_id', '=', 'i.user_id'),
      )
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('i.user_id', '=', userId)
      .where('i.read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async markInboxRead(userId: string, which: readonly string[] | 'all', readAt: number): Promise<void> {
    if (which !== 'all' && which.length === 0) return;
    let query = this.db
      .updateTable('inbox_items')
      .set({ read_at: readAt })
      .where('user_id', '=', userId)
      .where('read_at', 'is', null);
    if (which !== 'all') query = query.where('id', 'in', [...which]);
    await query.execute();
  }

  async findProjectVisit(projectId: string, userId: string): Promise<ProjectVisitRecord | undefined> {
    const row = await this.db
      .selectFrom('project_visits')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (
      row && {
        projectId: row.project_id,
        userId: row.user_id,
        sinceAt: row.since_at === null ? null : Number(row.since_at),
        lastAt: Number(row.last_at),
      }
    );
  }

  async saveProjectVisit(visit: ProjectVisitRecord): Promise<void> {
    const values = { since_at: visit.sinceAt, last_at: visit.lastAt };
    await this.db
      .insertInto('project_visits')
      .values({ project_id: visit.projectId, user_id: visit.userId, ...values })
      .onConflict((oc) => oc.columns(['project_id', 'user_id']).doUpdateSet(values))
      .execute();
  }

  async listDocumentChanges(projectId: string, after: number, exceptUserId: string): Promise<DocumentChangesRecord[]> {
    const rows = await this.db
      .selectFrom('document_updates as u')
      .select((eb) => [
        'u.document_id',
        'u.user_id',
        eb.fn.countAll<number>().as('changes'),
        eb.fn.max('u.created_at').as('last_at'),
      ])
      .where('u.document_id', 'in', (eb) =>
        eb.selectFrom('documents').select('documents.id').where('documents.project_id', '=', projectId),
      )
      .where('u.created_at', '>', after)
      // Placing a comment's anchor is commenting, which what's new lists as a thread.
      .where('u.comment_anchors_only', '=', 0)
      // Null for the server's own template content, which nobody wrote.
      .where('u.user_id', 'is not', null)
      .where('u.user_id', '<>', exceptUserId)
      .groupBy(['u.document_id', 'u.user_id'])
      .execute();
    return rows.flatMap((row) =>
      row.user_id === null
        ? []
        : [
            {
              documentId: row.document_id,
              userId: row.user_id,
              changes: Number(row.changes),
              lastAt: Number(row.last_at),
            },
          ],
    );
  }

  async listProjectComments(
    projectId: string,
    after: number,
    exceptUserId: string,
    limit: number,
  ): Promise<ProjectCommentRecord[]> {
    const rows = await this.db
      .selectFrom('comment_activity as a')
      .innerJoin('comment_threads as t', 't.id', 'a.thread_id')
      .innerJoin('comments as c', 'c.id', 'a.comment_id')
      .selectAll('a')
      .select(['t.section', 'c.body'])
      .where('a.document_id', 'in', (eb) =>
        eb.selectFrom('documents').select('documents.id').where('documents.project_id', '=', projectId),
      )
      .where('a.created_at', '>', after)
      .where('a.kind', 'in', ['commented', 'replied'])
      .where('a.user_id', '<>', exceptUserId)
      .where('c.deleted_at', 'is', null)
      .orderBy('a.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((row) => ({
      ...toActivity(row),
      commentId: row.comment_id ?? '',
      section: row.section,
      body: row.body,
    }));
  }
}

/** Records what a change did and whom it tells; returns the inbox items that were new. */
async function writeEffects(db: Db, effects: CommentEffects): Promise<NewInboxItemRecord[]> {
  await db.insertInto('comment_activity').values(toActivityRow(effects.activity)).execute();
  const written: NewInboxItemRecord[] = [];
  for (const item of effects.inbox) {
    const result = await db
      .insertInto('inbox_items')
      .values(toInboxRow(item))
      .onConflict((oc) => oc.columns(['comment_id', 'user_id', 'kind']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) written.push(item);
  }
  return written;
}
