import type { Kysely, Transaction } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { NewLoggedUpdate } from '../DocumentLogStore.ts';
import type { UpdateAppender } from './KyselyDocumentLogStore.ts';
import { toUpdateRow } from './rowMappers.ts';

/** Makes appends to one document wait for each other, so ids commit in order. */
export type DocumentLogLock = (trx: Transaction<DatabaseSchema>, documentId: string) => Promise<void>;

/** One connection appends one at a time already: nothing to wait for. */
const noLock: DocumentLogLock = async () => {};

/** Appends an update and binds its new client ids in one Kysely transaction, after taking the dialect's lock. */
export class KyselyUpdateAppender implements UpdateAppender {
  readonly synchronous = false;

  constructor(
    private readonly db: Kysely<DatabaseSchema>,
    private readonly lockDocumentLog: DocumentLogLock = noLock,
  ) {}

  async append(update: NewLoggedUpdate): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.lockDocumentLog(trx, update.documentId);
      const inserted = await trx
        .insertInto('document_updates')
        .values(toUpdateRow(update))
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const clientId of update.recoveredBy ? [] : update.clientIds) {
        await trx
          .insertInto('client_bindings')
          .values({
            document_id: update.documentId,
            client_id: clientId,
            user_id: update.userId,
            bound_at: update.createdAt,
          })
          .onConflict((oc) => oc.columns(['document_id', 'client_id']).doNothing())
          .execute();
      }
      return Number(inserted.id);
    });
  }
}
