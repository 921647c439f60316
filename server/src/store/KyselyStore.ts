import type { CreditAs, Perspective, Role } from '@roundtable/shared';
import { type Kysely, Migrator, type Transaction, type Updateable } from 'kysely';
import type { DatabaseSchema } from './DatabaseSchema.ts';
import { KyselyCommentStore } from './KyselyCommentStore.ts';
import { migrationProvider } from './migrations/migrationProvider.ts';
import { toDocument, toLoggedUpdate, toMembership, toProject, toUpdateRow, toUser, toVersion } from './rowMappers.ts';
import type {
  Checkpoint,
  ClientBinding,
  DocumentListRecord,
  DocumentRecord,
  FormerMemberRecord,
  InviteRecord,
  LoggedUpdate,
  MemberRecord,
  MembershipRecord,
  NewLoggedUpdate,
  NewMembershipRecord,
  ProjectRecord,
  ProjectSummaryRecord,
  SessionRecord,
  Store,
  UserRecord,
  VersionRecord,
  VisitRecord,
} from './Store.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
type Row<T extends keyof DatabaseSchema> = DatabaseSchema[T];

/** The store, written once over Kysely (comments and inboxes in KyselyCommentStore); dialect-specific stores extend it. */
export class KyselyStore extends KyselyCommentStore implements Store {
  async migrate(): Promise<void> {
    const migrator = new Migrator({ db: this.db, provider: migrationProvider });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async countUsers(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async createUser(user: UserRecord): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: user.id,
        email: user.email,
        display_name: user.displayName,
        password_hash: user.passwordHash,
        created_at: user.createdAt,
      })
      .execute();
  }

  async findUserByEmail(email: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
    return row && toUser(row);
  }

  async findUserById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        created_at: session.createdAt,
        last_used_at: session.lastUsedAt,
        expires_at: session.expiresAt,
      })
      .execute();
  }

  async findSession(tokenHash: string): Promise<SessionRecord | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return (
      row && {
        tokenHash: row.token_hash,
        userId: row.user_id,
        createdAt: Number(row.created_at),
        lastUsedAt: Number(row.last_used_at),
        expiresAt: Number(row.expires_at),
      }
    );
  }

  async touchSession(tokenHash: string, lastUsedAt: number, expiresAt: number): Promise<void> {
    await this.db
      .updateTable('sessions')
      .set({ last_used_at: lastUsedAt, expires_at: expiresAt })
      .where('token_hash', '=', tokenHash)
      .execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  async createProject(project: ProjectRecord, lead: NewMembershipRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('projects')
        .values({
          id: project.id,
          name: project.name,
          purpose: project.purpose,
          created_by: project.createdBy,
          created_at: project.createdAt,
        })
        .execute();
      await insertMembership(trx, lead);
    });
  }

  async findProject(id: string): Promise<ProjectRecord | undefined> {
    const row = await this.db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toProject(row);
  }

  async listProjectsForUser(userId: string): Promise<ProjectSummaryRecord[]> {
    const rows = await this.db
      .selectFrom('projects')
      .innerJoin('memberships', 'memberships.project_id', 'projects.id')
      .selectAll('projects')
      .select('memberships.role as my_role')
      .select((eb) => [
        eb
          .selectFrom('memberships as m')
          .whereRef('m.project_id', '=', 'projects.id')
          .select(eb.fn.countAll<number>().as('c'))
          .as('member_count'),
        eb
          .selectFrom('documents as d')
          .whereRef('d.project_id', '=', 'projects.id')
          .where('d.archived_at', 'is', null)
          .select(eb.fn.countAll<number>().as('c'))
          .as('document_count'),
      ])
      .where('memberships.user_id', '=', userId)
      .orderBy('projects.created_at', 'desc')
      .execute();
    return rows.map((row) => ({
      ...toProject(row),
      myRole: row.my_role as Role,
      memberCount: Number(row.member_count ?? 0),
      documentCount: Number(row.document_count ?? 0),
    }));
  }

  async findMembership(projectId: string, userId: string): Promise<MembershipRecord | undefined> {
    const row = await this.db
      .selectFrom('memberships')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row && toMembership(row);
  }

  async listMembers(projectId: string): Promise<MemberRecord[]> {
    const rows = await this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .selectAll('memberships')
      .select(['users.display_name', 'users.email'])
      .where('memberships.project_id', '=', projectId)
      .orderBy('memberships.joined_at')
      .execute();
    return rows.map((row) => ({ ...toMembership(row), displayName: row.display_name, email: row.email }));
  }

  async addMember(membership: NewMembershipRecord): Promise<void> {
    await insertMembership(this.db, membership);
  }

  async updateMembership(
    projectId: string,
    userId: string,
    change: Partial<Pick<MembershipRecord, 'role' | 'perspective' | 'creditAs' | 'emailNotifications'>>,
  ): Promise<void> {
    const set: Updateable<Row<'memberships'>> = {};
    if (change.role !== undefined) set.role = change.role;
    if (change.perspective !== undefined) set.perspective = change.perspective;
    if (change.creditAs !== undefined) set.credit_as = change.creditAs;
    if (change.emailNotifications !== undefined) set.email_notifications = change.emailNotifications ? 1 : 0;
    if (Object.keys(set).length === 0) return;
    await this.db
      .updateTable('memberships')
      .set(set)
      .where('project_id', '=', projectId)
      .where('user_id', '=', userId)
      .execute();
  }

  async removeMember(projectId: string, userId: string, leftAt: number): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const membership = await trx
        .selectFrom('memberships')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!membership) return;
      const kept = { perspective: membership.perspective, credit_as: membership.credit_as, left_at: leftAt };
      await trx
        .insertInto('former_members')
        .values({ project_id: projectId, user_id: userId, ...kept })
        .onConflict((oc) => oc.columns(['project_id', 'user_id']).doUpdateSet(kept))
        .execute();
      await trx.deleteFrom('memberships').where('project_id', '=', projectId).where('user_id', '=', userId).execute();
    });
  }

  async listFormerMembers(projectId: string): Promise<FormerMemberRecord[]> {
    const rows = await this.db
      .selectFrom('former_members')
      .innerJoin('users', 'users.id', 'former_members.user_id')
      .selectAll('former_members')
      .select('users.display_name')
      .where('former_members.project_id', '=', projectId)
      // Someone who came back is a member again, not a former one.
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('memberships')
              .select('memberships.user_id')
              .whereRef('memberships.project_id', '=', 'former_members.project_id')
              .whereRef('memberships.user_id', '=', 'former_members.user_id'),
          ),
        ),
      )
      .orderBy('former_members.left_at')
      .execute();
    return rows.map((row) => ({
      projectId: row.project_id,
      userId: row.user_id,
      displayName: row.display_name,
      perspective: row.perspective as Perspective,
      creditAs: row.credit_as as CreditAs,
      leftAt: Number(row.left_at),
    }));
  }

  async createInvite(invite: InviteRecord): Promise<void> {
    await this.db
      .insertInto('invites')
      .values({
        token_hash: invite.tokenHash,
        project_id: invite.projectId,
        role: invite.role,
        created_by: invite.createdBy,
        created_at: invite.createdAt,
        expires_at: invite.expiresAt,
        used_by: null,
        used_at: invite.usedAt,
      })
      .execute();
  }

  async useInvite(tokenHash: string, userId: string, usedAt: number): Promise<boolean> {
    const result = await this.db
      .updateTable('invites')
      .set({ used_by: userId, used_at: usedAt })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async findInvite(tokenHash: string): Promise<InviteRecord | undefined> {
    const row = await this.db.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return (
      row && {
        tokenHash: row.token_hash,
        projectId: row.project_id,
        role: row.role as Role,
        createdBy: row.created_by,
        createdAt: Number(row.created_at),
        expiresAt: Number(row.expires_at),
        usedAt: row.used_at === null ? null : Number(row.used_at),
      }
    );
  }

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

  readonly appendsSynchronously: boolean = false;

  async appendUpdate(update: NewLoggedUpdate): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      await this.lockDocumentLog(trx, update.documentId);
      const inserted = await trx
        .insertInto('document_updates')
        .values(toUpdateRow(update))
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const clientId of update.clientIds) {
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

  /** Makes appends to one document wait for each other, so ids commit in order. */
  protected async lockDocumentLog(_trx: Transaction<DatabaseSchema>, _documentId: string): Promise<void> {}

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
      .select(['client_id', 'user_id'])
      .where('document_id', '=', documentId)
      .execute();
    return rows.map((row) => ({ clientId: Number(row.client_id), userId: row.user_id }));
  }

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
}

async function insertMembership(db: Db, membership: NewMembershipRecord): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      project_id: membership.projectId,
      user_id: membership.userId,
      role: membership.role,
      perspective: membership.perspective,
      credit_as: membership.creditAs ?? 'name',
      email_notifications: membership.emailNotifications ? 1 : 0,
      joined_at: membership.joinedAt,
    })
    .onConflict((oc) => oc.columns(['project_id', 'user_id']).doNothing())
    .execute();
}
