import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import { KyselyStore } from '../KyselyStore.ts';
import { toUpdateRow } from '../rowMappers.ts';
import type { NewLoggedUpdate } from '../Store.ts';

type AppendTransaction = (update: NewLoggedUpdate) => number;

/**
 * The default store: one SQLite file in WAL mode. Appending to the update log runs
 * synchronously on the connection, so an accepted update is durable in the same
 * tick it is applied, before any other message is handled.
 */
export class SqliteStore extends KyselyStore {
  private appendTransaction: AppendTransaction | undefined;
  override readonly appendsSynchronously = true;

  private constructor(private readonly sqlite: Database.Database) {
    super(new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) }));
  }

  /** Opens (creating if needed) the database file; ':memory:' gives a throwaway store. */
  static open(filename: string): SqliteStore {
    if (filename !== ':memory:') mkdirSync(dirname(filename), { recursive: true });
    const sqlite = new Database(filename);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    return new SqliteStore(sqlite);
  }

  override appendUpdate(update: NewLoggedUpdate): Promise<number> {
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
      'insert into document_updates (document_id, user_id, on_behalf_of, client_ids, "update", created_at, restored_version_id, comment_anchors_only) values (@document_id, @user_id, @on_behalf_of, @client_ids, @update, @created_at, @restored_version_id, @comment_anchors_only)',
    );
    const bind = this.sqlite.prepare(
      'insert into client_bindings (document_id, client_id, user_id, bound_at) values (?, ?, ?, ?) on conflict do nothing',
    );
    return this.sqlite.transaction((update: NewLoggedUpdate): number => {
      const result = append.run(toUpdateRow(update));
      for (const clientId of update.clientIds) bind.run(update.documentId, clientId, update.userId, update.createdAt);
      return Number(result.lastInsertRowid);
    });
  }
}
