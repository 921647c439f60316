import type { CreditAs, Perspective, Role } from '@roundtable/shared';
import type { Kysely, Selectable, Transaction, Updateable } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type {
  FormerMemberRecord,
  InviteRecord,
  MemberRecord,
  MembershipRecord,
  NewMembershipRecord,
  ProjectRecord,
  ProjectStore,
  ProjectSummaryRecord,
} from '../ProjectStore.ts';
import { toMembership, toProject } from './rowMappers.ts';

type Db = Kysely<DatabaseSchema> | Transaction<DatabaseSchema>;
type Row<T extends keyof DatabaseSchema> = DatabaseSchema[T];

/** Projects, memberships, former members and invites over Kysely. */
export class KyselyProjectStore implements ProjectStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

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
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async findInvite(tokenHash: string): Promise<InviteRecord | undefined> {
    const row = await this.db.selectFrom('invites').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row && toInvite(row);
  }

  async listOpenInvites(projectId: string, now: number): Promise<InviteRecord[]> {
    const rows = await this.db
      .selectFrom('invites')
      .selectAll()
      .where('project_id', '=', projectId)
      .where('used_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('created_at', 'desc')
      .orderBy('token_hash')
      .execute();
    return rows.map(toInvite);
  }

  async withdrawInvite(projectId: string, tokenHash: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('invites')
      .set({ withdrawn_at: at })
      .where('project_id', '=', projectId)
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}

function toInvite(row: Selectable<DatabaseSchema['invites']>): InviteRecord {
  return {
    tokenHash: row.token_hash,
    projectId: row.project_id,
    role: row.role as Role,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    usedAt: row.used_at === null ? null : Number(row.used_at),
    usedBy: row.used_by,
    withdrawnAt: row.withdrawn_at === null ? null : Number(row.withdrawn_at),
  };
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
