import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { ClientBinding, NewLoggedUpdate } from '../DocumentLogStore.ts';
import type { DocumentListRecord, DocumentRecord, DocumentStore } from '../DocumentStore.ts';
import { toDocument, toUpdateRow } from './rowMappers.ts';

type Row<T extends keyof DatabaseSchema> = DatabaseSchema[T];

/** Document records over Kysely. A new document's first update goes into its log in the same transaction. */
export class KyselyDocumentStore implements DocumentStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async createDocument(
    document: DocumentRecord,
    initialUpdate: NewLoggedUpdate,
    initialBindings: ClientBinding[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('documents')
        .values({
          id: document.id,
          project_id: document.projectId,
          title: document.title,
          template: document.template,
          created_by: document.createdBy,
          created_at: document.createdAt,
          archived_at: document.archivedAt,
        })
        .execute();
      await trx.insertInto('document_updates').values(toUpdateRow(initialUpdate)).execute();
      for (const binding of initialBindings) {
        await trx
          .insertInto('client_bindings')
          .values({
            document_id: document.id,
            client_id: binding.clientId,
            user_id: binding.userId,
            bound_at: document.createdAt,
          })
          .execute();
      }
    });
  }

  async findDocument(id: string): Promise<DocumentRecord | undefined> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toDocument(row);
  }

  async listDocuments(projectId: string): Promise<DocumentListRecord[]> {
    const rows = await this.db
      .selectFrom('documents')
      .selectAll('documents')
      .select((eb) =>
        eb
          .selectFrom('document_updates as u')
          .whereRef('u.document_id', '=', 'documents.id')
          .select((sub) => sub.fn.max('u.created_at').as('m'))
          .as('updated_at'),
      )
      .where('project_id', '=', projectId)
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((row) => ({ ...toDocument(row), updatedAt: Number(row.updated_at ?? row.created_at) }));
  }

  async updateDocument(id: string, change: Partial<Pick<DocumentRecord, 'title' | 'archivedAt'>>): Promise<void> {
    const set: Partial<Row<'documents'>> = {};
    if (change.title !== undefined) set.title = change.title;
    if (change.archivedAt !== undefined) set.archived_at = change.archivedAt;
    await this.db.updateTable('documents').set(set).where('id', '=', id).execute();
  }
}
