import type { Kysely, Transaction } from 'kysely';
import type {
  CommentActivityRecord,
  CommentEffects,
  CommentRecord,
  CommentStore,
  CommentThreadRecord,
  NewCommentActivity,
  ProjectCommentRecord,
} from '../CommentStore.ts';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { NewInboxItemRecord } from '../InboxStore.ts';
import {
  toActivity,
  toActivityRow,
  toComment,
  toCommentRow,
  toInboxRow,
  toThread,
  toThreadRow,
} from './commentRowMappers.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;

/** Threads, comments and their activity over Kysely; each change writes the inbox items it causes in its transaction. */
export class KyselyCommentStore implements CommentStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

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
    inbox: readonly NewInboxItemRecord[] = [],
  ): Promise<NewInboxItemRecord[]> {
    return await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('comment_threads')
        .set({ resolved_at: resolution?.resolvedAt ?? null, resolved_by: resolution?.resolvedBy ?? null })
        .where('id', '=', threadId)
        .execute();
      return await writeEffects(trx, { activity, inbox: [...inbox] });
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

  async listCommentsMentioning(personId: string): Promise<CommentRecord[]> {
    // Ids are uuids: the quoted id cannot match part of another id or of anything else in the list.
    const rows = await this.db
      .selectFrom('comments')
      .selectAll()
      .where('mentioned_ids', 'like', `%${JSON.stringify(personId)}%`)
      .execute();
    return rows.map(toComment).filter((comment) => comment.mentionedIds.includes(personId));
  }

  async rewriteBodies(bodies: ReadonlyArray<{ commentId: string; body: string }>): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const { commentId, body } of bodies) {
        await trx.updateTable('comments').set({ body }).where('id', '=', commentId).execute();
      }
    });
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
