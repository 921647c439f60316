import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { ProjectVisitRecord, VisitRecord, VisitStore } from '../VisitStore.ts';

/** Document and project visits over Kysely. */
export class KyselyVisitStore implements VisitStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async saveVisit(visit: VisitRecord): Promise<void> {
    const values = { last_seen_update_id: visit.lastSeenUpdateId, last_seen_at: visit.lastSeenAt };
    await this.db
      .insertInto('document_visits')
      .values({ document_id: visit.documentId, user_id: visit.userId, ...values })
      .onConflict((oc) => oc.columns(['document_id', 'user_id']).doUpdateSet(values))
      .execute();
  }

  async findVisit(documentId: string, userId: string): Promise<VisitRecord | undefined> {
    const row = await this.db
      .selectFrom('document_visits')
      .selectAll()
      .where('document_id', '=', documentId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (
      row && {
        documentId: row.document_id,
        userId: row.user_id,
        lastSeenUpdateId: Number(row.last_seen_update_id),
        lastSeenAt: Number(row.last_seen_at),
      }
    );
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
}
