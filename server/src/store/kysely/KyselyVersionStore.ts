import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { VersionRecord, VersionStore } from '../VersionStore.ts';
import { toVersion } from './rowMappers.ts';

/** Each document's versions over Kysely. */
export class KyselyVersionStore implements VersionStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async createVersion(version: VersionRecord): Promise<void> {
    await this.db
      .insertInto('document_versions')
      .values({
        id: version.id,
        document_id: version.documentId,
        name: version.name,
        kind: version.kind,
        up_to_update_id: version.upToUpdateId,
        created_by: version.createdBy,
        created_at: version.createdAt,
      })
      .execute();
  }

  async listVersions(documentId: string): Promise<VersionRecord[]> {
    const rows = await this.db
      .selectFrom('document_versions')
      .selectAll()
      .where('document_id', '=', documentId)
      .orderBy('created_at', 'desc')
      .orderBy('up_to_update_id', 'desc')
      .execute();
    return rows.map(toVersion);
  }

  async findVersion(id: string): Promise<VersionRecord | undefined> {
    const row = await this.db.selectFrom('document_versions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toVersion(row);
  }
}
