import type Database from 'better-sqlite3';
import type { NewLoggedUpdate } from '../DocumentLogStore.ts';
import type { UpdateAppender } from '../kysely/KyselyDocumentLogStore.ts';
import { toUpdateRow } from '../kysely/rowMappers.ts';

type AppendTransaction = (update: NewLoggedUpdate) => number;

/**
 * Appends to the update log synchronously on SQLite's own connection, so an accepted
 * update is durable in the same tick it is applied, before any other message is handled.
 */
export class SqliteUpdateAppender implements UpdateAppender {
  readonly synchronous = true;
  private appendTransaction: AppendTransaction | undefined;

  constructor(private readonly sqlite: Database.Database) {}

  append(update: NewLoggedUpdate): Promise<number> {
    try {
      this.appendTransaction ??= this.prepareAppend();
      return Promise.resolve(this.appendTransaction(update));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  // Prepared on first use, because the tables exist only after migrate().
  private prepareAppend(): AppendTransaction {
    const append = this.sqlite.prepare(
      'insert into document_updates (document_id, user_id, on_behalf_of, client_ids, "update", created_at, restored_version_id, comment_anchors_only, recovered_by) values (@document_id, @user_id, @on_behalf_of, @client_ids, @update, @created_at, @restored_version_id, @comment_anchors_only, @recovered_by)',
    );
    const bind = this.sqlite.prepare(
      'insert into client_bindings (document_id, client_id, user_id, bound_at) values (?, ?, ?, ?) on conflict do nothing',
    );
    return this.sqlite.transaction((update: NewLoggedUpdate): number => {
      const result = append.run(toUpdateRow(update));
      // A recovered update binds none of its ids: the writer's binding, if any, is kept already.
      for (const clientId of update.recoveredBy ? [] : update.clientIds)
        bind.run(update.documentId, clientId, update.userId, update.createdAt);
      return Number(result.lastInsertRowid);
    });
  }
}
