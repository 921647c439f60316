import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type {
  Checkpoint,
  ClientBinding,
  DocumentChangesRecord,
  DocumentLogStore,
  LoggedUpdate,
  NewLoggedUpdate,
} from '../DocumentLogStore.ts';
import { toLoggedUpdate } from './rowMappers.ts';

/** How a dialect appends to the log: in a Kysely transaction, or synchronously on SQLite's own connection. */
export interface UpdateAppender {
  /** True when the append is finished before append returns. */
  readonly synchronous: boolean;
  append(update: NewLoggedUpdate): Promise<number>;
}

/** The update log, client bindings and checkpoints over Kysely; appends go through the dialect's appender. */
export class KyselyDocumentLogStore implements DocumentLogStore {
  readonly appendsSynchronously: boolean;

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly appender: UpdateAppender,
  ) {
    this.appendsSynchronously = appender.synchronous;
  }

  appendUpdate(update: NewLoggedUpdate): Promise<number> {
    return this.appender.append(update);
  }

  async listUpdatesAfter(documentId: string, afterUpdateId: number, upToUpdateId?: number): Promise<LoggedUpdate[]> {
    let query = this.db
      .selectFrom('document_updates')
      .selectAll()
      .where('document_id', '=', documentId)
      .where('id', '>', afterUpdateId);
    if (upToUpdateId !== undefined) query = query.where('id', '<=', upToUpdateId);
    const rows = await query.orderBy('id').execute();
    return rows.map(toLoggedUpdate);
  }

  async latestUpdateId(documentId: string): Promise<number> {
    const row = await this.db
      .selectFrom('document_updates')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('document_id', '=', documentId)
      .executeTakeFirst();
    return Number(row?.id ?? 0);
  }

  async latestCheckpoint(documentId: string, atOrBefore?: number): Promise<Checkpoint | undefined> {
    let query = this.db.selectFrom('document_checkpoints').selectAll().where('document_id', '=', documentId);
    if (atOrBefore !== undefined) query = query.where('up_to_update_id', '<=', atOrBefore);
    const row = await query.orderBy('up_to_update_id', 'desc').limit(1).executeTakeFirst();
    return (
      row && {
        documentId: row.document_id,
        upToUpdateId: Number(row.up_to_update_id),
        state: new Uint8Array(row.state),
        createdAt: Number(row.created_at),
      }
    );
  }

  async saveCheckpoint(checkpoint: Checkpoint): Promise<void> {
    await this.db
      .insertInto('document_checkpoints')
      .values({
        document_id: checkpoint.documentId,
        up_to_update_id: checkpoint.upToUpdateId,
        state: checkpoint.state,
        created_at: checkpoint.createdAt,
      })
      .onConflict((oc) => oc.columns(['document_id', 'up_to_update_id']).doNothing())
      .execute();
  }

  async listClientBindings(documentId: string): Promise<ClientBinding[]> {
    const rows = await this.db
      .selectFrom('client_bindings')
      .select(['client_id', 'user_id', 'bound_at'])
      .where('document_id', '=', documentId)
      .execute();
    return rows.map((row) => ({ clientId: Number(row.client_id), userId: row.user_id, boundAt: Number(row.bound_at) }));
  }

  async bindClient(documentId: string, clientId: number, userId: string, boundAt: number): Promise<string | null> {
    await this.db
      .insertInto('client_bindings')
      .values({ document_id: documentId, client_id: clientId, user_id: userId, bound_at: boundAt })
      .onConflict((oc) => oc.columns(['document_id', 'client_id']).doNothing())
      .execute();
    const row = await this.db
      .selectFrom('client_bindings')
      .select('user_id')
      .where('document_id', '=', documentId)
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    return row.user_id;
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
}
