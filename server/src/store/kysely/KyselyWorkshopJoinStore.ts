import type { JoinRequestState, Perspective } from '@roundtable/shared';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { DatabaseSchema } from '../DatabaseSchema.ts';
import type { NewMembershipRecord } from '../ProjectStore.ts';
import type { UserRecord } from '../UserStore.ts';
import type {
  AddRequestOutcome,
  AdmitOutcome,
  JoinRequestRecord,
  WorkshopJoinStore,
  WorkshopLinkRecord,
} from '../WorkshopJoinStore.ts';

type LinkRow = Selectable<DatabaseSchema['workshop_links']>;
type RequestRow = Selectable<DatabaseSchema['workshop_join_requests']>;

/** Workshop links and requests to join through them, over Kysely. */
export class KyselyWorkshopJoinStore implements WorkshopJoinStore {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async createLink(link: WorkshopLinkRecord): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await lockWorkshop(trx, link.workshopId);
      const earlier = await trx
        .selectFrom('workshop_links')
        .select('id')
        .where('workshop_id', '=', link.workshopId)
        .where('revoked_at', 'is', null)
        .execute();
      for (const { id } of earlier) await stopLink(trx, id, link.createdBy, link.createdAt);
      await trx.insertInto('workshop_links').values(toLinkRow(link)).execute();
    });
  }

  async findLinkByToken(tokenHash: string): Promise<WorkshopLinkRecord | undefined> {
    const row = await this.db
      .selectFrom('workshop_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && toLink(row);
  }

  async findLink(id: string): Promise<WorkshopLinkRecord | undefined> {
    const row = await this.db.selectFrom('workshop_links').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toLink(row);
  }

  async findWorkingLink(workshopId: string): Promise<WorkshopLinkRecord | undefined> {
    const row = await this.db
      .selectFrom('workshop_links')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row && toLink(row);
  }

  async setMaxUses(linkId: string, maxUses: number): Promise<void> {
    await this.db.updateTable('workshop_links').set({ max_uses: maxUses }).where('id', '=', linkId).execute();
  }

  async revokeLink(linkId: string, by: string, at: number): Promise<boolean> {
    return this.db.transaction().execute((trx) => stopLink(trx, linkId, by, at));
  }

  async addRequest(request: JoinRequestRecord): Promise<AddRequestOutcome> {
    return this.db.transaction().execute(async (trx) => {
      // Counted only while uses are below the cap: people asking at once never pass it.
      const counted = await trx
        .updateTable('workshop_links')
        .set((eb) => ({ uses: eb('uses', '+', 1) }))
        .where('id', '=', request.linkId)
        .where('revoked_at', 'is', null)
        .where((eb) => eb('uses', '<', eb.ref('max_uses')))
        .executeTakeFirst();
      if (Number(counted.numUpdatedRows) === 0) {
        const link = await trx
          .selectFrom('workshop_links')
          .select('revoked_at')
          .where('id', '=', request.linkId)
          .executeTakeFirst();
        return !link || link.revoked_at !== null ? 'stopped' : 'used-up';
      }
      await trx.insertInto('workshop_join_requests').values(toRequestRow(request)).execute();
      return 'added';
    });
  }

  async findRequest(id: string): Promise<JoinRequestRecord | undefined> {
    const row = await this.db.selectFrom('workshop_join_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toRequest(row);
  }

  async findRequestByWaitingToken(tokenHash: string): Promise<JoinRequestRecord | undefined> {
    const row = await this.db
      .selectFrom('workshop_join_requests')
      .selectAll()
      .where('waiting_token_hash', '=', tokenHash)
      .executeTakeFirst();
    return row && toRequest(row);
  }

  async listRequests(workshopId: string, state: JoinRequestState): Promise<JoinRequestRecord[]> {
    const rows = await this.db
      .selectFrom('workshop_join_requests')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .where('state', '=', state)
      .orderBy('asked_at')
      .orderBy('id')
      .execute();
    return rows.map(toRequest);
  }

  async findWaitingRequestOf(workshopId: string, userId: string): Promise<JoinRequestRecord | undefined> {
    const row = await this.db
      .selectFrom('workshop_join_requests')
      .selectAll()
      .where('workshop_id', '=', workshopId)
      .where('user_id', '=', userId)
      .where('state', '=', 'waiting')
      .executeTakeFirst();
    return row && toRequest(row);
  }

  async closeRequest(id: string, state: 'turned-away' | 'withdrawn', by: string | null, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('workshop_join_requests')
      .set({ state, decided_at: at, decided_by: by, email: null, password_hash: null })
      .where('id', '=', id)
      .where('state', '=', 'waiting')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async admit(
    requestId: string,
    newAccount: UserRecord | null,
    membership: NewMembershipRecord,
    by: string,
    at: number,
  ): Promise<AdmitOutcome> {
    return this.db.transaction().execute(async (trx) => {
      const found = await trx
        .selectFrom('workshop_join_requests')
        .select('workshop_id')
        .where('id', '=', requestId)
        .executeTakeFirst();
      if (!found) return 'not-waiting';
      // Two facilitators letting the same person in at once make one account: the second waits here.
      await lockWorkshop(trx, found.workshop_id);
      const request = await trx
        .selectFrom('workshop_join_requests')
        .select('state')
        .where('id', '=', requestId)
        .executeTakeFirstOrThrow();
      if (request.state !== 'waiting') return 'not-waiting';
      if (newAccount) {
        const taken = await trx
          .selectFrom('users')
          .select('id')
          .where('email', '=', newAccount.email)
          .executeTakeFirst();
        if (taken) return 'email-taken';
        await trx
          .insertInto('users')
          .values({
            id: newAccount.id,
            email: newAccount.email,
            display_name: newAccount.displayName,
            password_hash: newAccount.passwordHash,
            created_at: newAccount.createdAt,
          })
          .execute();
      }
      await trx
        .updateTable('workshop_join_requests')
        // The account now holds the email and password: the request keeps no copy.
        .set({
          state: 'admitted',
          decided_at: at,
          decided_by: by,
          user_id: membership.userId,
          email: null,
          password_hash: null,
        })
        .where('id', '=', requestId)
        .execute();
      await trx
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
      return 'admitted';
    });
  }

  async markEntered(requestId: string, at: number): Promise<boolean> {
    const result = await this.db
      .updateTable('workshop_join_requests')
      .set({ entered_at: at })
      .where('id', '=', requestId)
      .where('state', '=', 'admitted')
      .where('entered_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

/**
 * Changes to one workshop's links and admissions wait for each other: writing the
 * workshop's row takes its row lock in PostgreSQL (and the write lock in SQLite).
 */
async function lockWorkshop(trx: Transaction<DatabaseSchema>, workshopId: string): Promise<void> {
  await trx
    .updateTable('workshops')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', workshopId)
    .execute();
}

async function stopLink(trx: Transaction<DatabaseSchema>, linkId: string, by: string, at: number): Promise<boolean> {
  const stopped = await trx
    .updateTable('workshop_links')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', linkId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(stopped.numUpdatedRows) === 0) return false;
  await trx
    .updateTable('workshop_join_requests')
    .set({ state: 'link-closed', decided_at: at, email: null, password_hash: null })
    .where('link_id', '=', linkId)
    .where('state', '=', 'waiting')
    .execute();
  return true;
}

function toLink(row: LinkRow): WorkshopLinkRecord {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    tokenHash: row.token_hash,
    maxUses: Number(row.max_uses),
    uses: Number(row.uses),
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
    revokedAt: row.revoked_at === null ? null : Number(row.revoked_at),
    revokedBy: row.revoked_by,
  };
}

function toLinkRow(link: WorkshopLinkRecord): LinkRow {
  return {
    id: link.id,
    workshop_id: link.workshopId,
    token_hash: link.tokenHash,
    max_uses: link.maxUses,
    uses: link.uses,
    created_by: link.createdBy,
    created_at: link.createdAt,
    revoked_at: link.revokedAt,
    revoked_by: link.revokedBy,
  };
}

function toRequest(row: RequestRow): JoinRequestRecord {
  return {
    id: row.id,
    linkId: row.link_id,
    workshopId: row.workshop_id,
    waitingTokenHash: row.waiting_token_hash,
    userId: row.user_id,
    hadAccount: Number(row.had_account) === 1,
    displayName: row.display_name,
    perspective: row.perspective as Perspective,
    email: row.email,
    passwordHash: row.password_hash,
    state: row.state as JoinRequestState,
    askedAt: Number(row.asked_at),
    decidedAt: row.decided_at === null ? null : Number(row.decided_at),
    decidedBy: row.decided_by,
    enteredAt: row.entered_at === null ? null : Number(row.entered_at),
  };
}

function toRequestRow(request: JoinRequestRecord): RequestRow {
  return {
    id: request.id,
    link_id: request.linkId,
    workshop_id: request.workshopId,
    waiting_token_hash: request.waitingTokenHash,
    user_id: request.userId,
    had_account: request.hadAccount ? 1 : 0,
    display_name: request.displayName,
    perspective: request.perspective,
    email: request.email,
    password_hash: request.passwordHash,
    state: request.state,
    asked_at: request.askedAt,
    decided_at: request.decidedAt,
    decided_by: request.decidedBy,
    entered_at: request.enteredAt,
  };
}
