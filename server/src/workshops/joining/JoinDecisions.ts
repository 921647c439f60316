import { randomUUID } from 'node:crypto';
import type { WorkshopJoiningResponse } from '@roundtable/shared';
import type { Clock } from '../../Clock.ts';
import { DomainError, notFound } from '../../errors/DomainError.ts';
import type { AccessEvents } from '../../events/AccessEvents.ts';
import type { ProjectStore } from '../../store/ProjectStore.ts';
import type { UserRecord } from '../../store/UserStore.ts';
import type { JoinRequestRecord, WorkshopJoinStore } from '../../store/WorkshopJoinStore.ts';
import type { WorkshopAccess } from '../WorkshopAccess.ts';
import { lookAlikeOf } from './lookAlikeNames.ts';
import type { WorkshopJoiningViews } from './WorkshopJoiningViews.ts';
import type { WorkshopLinkStates } from './WorkshopLinkStates.ts';

/** Accounts made for people who join without an email: an address that can never receive mail or sign in. */
const guestEmail = (userId: string) => `${userId}@workshop-guest.invalid`;
/** The password hash of an account nobody can sign in to with a password. */
const NO_PASSWORD = '';

/**
 * A facilitator or lead decides about each person waiting to join: lets them in (the
 * only way a workshop link makes anyone a member) or turns them away; and may remove
 * people who joined through the workshop's link. All other membership stays with leads.
 */
export class JoinDecisions {
  constructor(
    private readonly joinStore: WorkshopJoinStore,
    private readonly projectStore: ProjectStore,
    private readonly access: WorkshopAccess,
    private readonly states: WorkshopLinkStates,
    private readonly views: WorkshopJoiningViews,
    private readonly events: AccessEvents,
    private readonly now: Clock,
  ) {}

  async admit(
    projectId: string,
    workshopId: string,
    requestId: string,
    userId: string,
  ): Promise<WorkshopJoiningResponse> {
    const { workshop, request } = await this.waitingRequest(projectId, workshopId, requestId, userId);
    const linked = await this.states.byId(request.linkId);
    if (!linked?.working) {
      throw new DomainError(
        'conflict',
        `The link ${request.displayName} used has stopped working, so they cannot be let in through it. Make a new link and ask them to use it.`,
      );
    }
    const members = await this.projectStore.listMembers(projectId);
    const lookAlike = lookAlikeOf(
      request.displayName,
      members.filter((member) => member.userId !== request.userId).map((member) => member.displayName),
    );
    if (lookAlike !== undefined) {
      throw new DomainError(
        'conflict',
        `${request.displayName} looks too like the name of ${lookAlike}, who is in the project now. Turn them away and ask them to join again with a name that tells them apart.`,
      );
    }
    const account = request.userId === null ? this.newAccount(request) : null;
    const memberId = request.userId ?? account?.id;
    if (memberId === undefined) throw new Error('A request has neither a person nor a new account.');
    const outcome = await this.joinStore.admit(
      request.id,
      account,
      { projectId, userId: memberId, role: 'member', perspective: request.perspective, joinedAt: this.now() },
      userId,
      this.now(),
    );
    if (outcome === 'email-taken') {
      throw new DomainError(
        'conflict',
        `Another account now uses the email address ${request.displayName} gave. Turn them away and ask them to join again, signing in first if the account is theirs.`,
      );
    }
    if (outcome === 'not-waiting') throw notWaiting(request);
    return this.views.joining(workshop);
  }

  async turnAway(
    projectId: string,
    workshopId: string,
    requestId: string,
    userId: string,
  ): Promise<WorkshopJoiningResponse> {
    const { workshop, request } = await this.waitingRequest(projectId, workshopId, requestId, userId);
    if (!(await this.joinStore.closeRequest(request.id, 'turned-away', userId, this.now()))) throw notWaiting(request);
    return this.views.joining(workshop);
  }

  /** Removes someone who joined through this workshop's link, and is still an ordinary member. */
  async removeJoined(
    projectId: string,
    workshopId: string,
    memberId: string,
    userId: string,
  ): Promise<WorkshopJoiningResponse> {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    const admitted = await this.joinStore.listRequests(workshopId, 'admitted');
    const membership = await this.projectStore.findMembership(projectId, memberId);
    if (!admitted.some((request) => request.userId === memberId) || !membership || membership.role !== 'member') {
      throw new DomainError(
        'forbidden',
        'A facilitator can remove only people who joined through this workshop’s link. Ask a lead to change anyone else’s membership.',
      );
    }
    await this.projectStore.removeMember(projectId, memberId, this.now());
    // Their open connections close at once, as when a lead removes someone.
    this.events.emit('membershipEnded', { projectId, userId: memberId });
    return this.views.joining(workshop);
  }

  private async waitingRequest(projectId: string, workshopId: string, requestId: string, userId: string) {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    const request = await this.joinStore.findRequest(requestId);
    if (!request || request.workshopId !== workshopId) throw notFound('That request to join');
    if (request.state !== 'waiting') throw notWaiting(request);
    return { workshop, request };
  }

  private newAccount(request: JoinRequestRecord): UserRecord {
    const id = randomUUID();
    return {
      id,
      email: request.email ?? guestEmail(id),
      displayName: request.displayName,
      passwordHash: request.passwordHash ?? NO_PASSWORD,
      createdAt: this.now(),
    };
  }
}

const notWaiting = (request: JoinRequestRecord) =>
  new DomainError(
    'conflict',
    `${request.displayName} is no longer waiting: someone has already decided, or they left.`,
  );
