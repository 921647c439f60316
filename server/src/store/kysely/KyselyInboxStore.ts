import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { InboxEntryRecord, InboxFilter, InboxStore } from '../InboxStore.ts';
import { toInboxItem } from './commentRowMappers.ts';

/** Reading and marking people's inboxes over Kysely (items are written with comments, in KyselyCommentStore). */
export class KyselyInboxStore implements InboxStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

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
}
