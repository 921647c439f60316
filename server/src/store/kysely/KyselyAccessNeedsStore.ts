import { isAccessNeed } from '@roundtable/shared';
import type { Kysely } from 'kysely';
import type { AccessNeedsRecord, AccessNeedsStore, MemberAccessNeedsRecord } from '../AccessNeedsStore.ts';
import type { DatabaseSchema } from '../DatabaseSchema.ts';

type AccessNeedsRow = DatabaseSchema['access_needs'];

/** People's access needs over Kysely. */
export class KyselyAccessNeedsStore implements AccessNeedsStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async findAccessNeeds(userId: string): Promise<AccessNeedsRecord | undefined> {
    const row = await this.db.selectFrom('access_needs').selectAll().where('user_id', '=', userId).executeTakeFirst();
    return row && toRecord(row);
  }

  async saveAccessNeeds(record: AccessNeedsRecord): Promise<void> {
    const row = toRow(record);
    await this.db
      .insertInto('access_needs')
      .values(row)
      .onConflict((oc) =>
        oc.column('user_id').doUpdateSet({
          needs: row.needs,
          other_needs: row.other_needs,
          show_name: row.show_name,
          consented_at: row.consented_at,
        }),
      )
      .execute();
  }

  async deleteAccessNeeds(userId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('access_needs').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async listProjectAccessNeeds(projectId: string): Promise<MemberAccessNeedsRecord[]> {
    const rows = await this.db
      .selectFrom('access_needs')
      .innerJoin('memberships', 'memberships.user_id', 'access_needs.user_id')
      .innerJoin('users', 'users.id', 'access_needs.user_id')
      .selectAll('access_needs')
      .select('users.display_name')
      .where('memberships.project_id', '=', projectId)
      .orderBy('memberships.joined_at')
      .orderBy('access_needs.user_id')
      .execute();
    return rows.map((row) => ({ ...toRecord(row), displayName: row.display_name }));
  }
}

function toRecord(row: AccessNeedsRow): AccessNeedsRecord {
  const stored: unknown = JSON.parse(row.needs);
  return {
    userId: row.user_id,
    // A need no longer offered is dropped rather than shown under a name nobody chose.
    needs: Array.isArray(stored)
      ? stored.filter((need): need is string => typeof need === 'string').filter(isAccessNeed)
      : [],
    otherNeeds: row.other_needs,
    showName: Number(row.show_name) === 1,
    consentedAt: Number(row.consented_at),
  };
}

function toRow(record: AccessNeedsRecord): AccessNeedsRow {
  return {
    user_id: record.userId,
    needs: JSON.stringify(record.needs),
    other_needs: record.otherNeeds,
    show_name: record.showName ? 1 : 0,
    consented_at: record.consentedAt,
  };
}
