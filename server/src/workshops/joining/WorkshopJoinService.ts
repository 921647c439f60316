import { randomUUID } from 'node:crypto';
import {
  type JoinEnterResponse,
  type JoinRequestState,
  type JoinWaitingResponse,
  type JoinWorkshopAsNewDetails,
  type JoinWorkshopSignedInBody,
  joinMessages,
  type User,
  type WorkshopLinkPreviewResponse,
} from '@roundtable/shared';
import type { AuthService, SignedIn, SignInClient } from '../../auth/AuthService.ts';
import { hashPassword } from '../../auth/passwordHashing.ts';
import { hashSecretToken, isWellFormedSecretToken, newSecretToken } from '../../auth/secretTokens.ts';
import type { Clock } from '../../Clock.ts';
import { DomainError } from '../../errors/DomainError.ts';
import type { ProjectStore } from '../../store/ProjectStore.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { JoinRequestRecord, WorkshopJoinStore } from '../../store/WorkshopJoinStore.ts';
import type { JoinAttemptLimiter } from './JoinAttemptLimiter.ts';
import { lookAlikeOf } from './lookAlikeNames.ts';
import type { LinkedWorkshop, WorkshopLinkStates } from './WorkshopLinkStates.ts';

const iso = (at: number) => new Date(at).toISOString();

/** A request just made: the secret its browser keeps to follow it, and until when that is worth keeping. */
export interface Asked {
  waitingToken: string;
  keepUntil: number;
  waiting: JoinWaitingResponse;
}

/** Reads the request's body as what someone signed in, or someone new, sends; refusing what does not fit. */
export interface AskerBody {
  signedIn(): JoinWorkshopSignedInBody;
  asNew(): JoinWorkshopAsNewDetails;
}

export interface Entered {
  entered: JoinEnterResponse;
  /** A new session for someone new; null for someone who asked while signed in. */
  signedIn: SignedIn | null;
}

/**
 * The link's side: anyone holding a working link sees which workshop it is for, asks
 * to join (someone new gives a name and perspective, and an email and password if they
 * want to come back later) and waits. Nothing of the project is shown until a
 * facilitator or lead lets them in; then the browser that asked goes in.
 */
export class WorkshopJoinService {
  constructor(
    private readonly joinStore: WorkshopJoinStore,
    private readonly projectStore: ProjectStore,
    private readonly userStore: UserStore,
    private readonly states: WorkshopLinkStates,
    private readonly limiter: JoinAttemptLimiter,
    private readonly auth: AuthService,
    private readonly now: Clock,
  ) {}

  async preview(token: string, user: User | null, address: string): Promise<WorkshopLinkPreviewResponse> {
    // Counted until the link is found to work, so guessing links is slowed.
    this.limiter.begin(address);
    const linked = requireWorking(await this.states.byToken(token));
    this.limiter.succeeded(address);
    const { workshop, worksUntil } = linked;
    const project = await this.projectStore.findProject(workshop.projectId);
    if (!project) throw linkDoesNotWork();
    const member = user && (await this.projectStore.findMembership(workshop.projectId, user.id));
    return {
      preview: {
        workshopTitle: workshop.title,
        projectName: project.name,
        startsAt: iso(workshop.startsAt),
        worksUntil: iso(worksUntil),
        timeZone: workshop.timeZone,
        place: workshop.place,
        alreadyIn: member ? destinationOf(linked) : null,
      },
    };
  }

  async ask(token: string, body: AskerBody, user: User | null, address: string): Promise<Asked> {
    const found = await this.states.byToken(token);
    this.limiter.begin(address, found?.link.id);
    const linked = requireWorking(found);
    const { workshop } = linked;
    if (user && (await this.projectStore.findMembership(workshop.projectId, user.id))) {
      throw new DomainError('conflict', 'You are already in this project. Go to the workshop’s document.');
    }
    const asker = user ? this.signedInAsker(user, body) : await this.newAsker(body);
    await this.refuseLookAlike(linked, asker.displayName, user);
    if (user) {
      // Asking again from another device replaces the earlier request.
      const earlier = await this.joinStore.findWaitingRequestOf(workshop.id, user.id);
      if (earlier) await this.joinStore.closeRequest(earlier.id, 'withdrawn', user.id, this.now());
    }
    const waitingToken = newSecretToken();
    const request: JoinRequestRecord = {
      id: randomUUID(),
      linkId: linked.link.id,
      workshopId: workshop.id,
      waitingTokenHash: hashSecretToken(waitingToken),
      userId: user?.id ?? null,
      hadAccount: user !== null,
      ...asker,
      state: 'waiting',
      askedAt: this.now(),
      decidedAt: null,
      decidedBy: null,
      enteredAt: null,
    };
    const outcome = await this.joinStore.addRequest(request);
    if (outcome === 'stopped') throw linkStopped();
    if (outcome === 'used-up') {
      throw new DomainError(
        'conflict',
        'As many people have used this workshop link as it allows. Ask the facilitator to let more people use it.',
      );
    }
    this.limiter.succeeded(address, linked.link.id);
    return { waitingToken, keepUntil: linked.worksUntil, waiting: await this.waitingView(request, linked) };
  }

  async waiting(waitingToken: string | undefined): Promise<JoinWaitingResponse> {
    const { request, linked } = await this.requestOf(waitingToken);
    return this.waitingView(request, linked);
  }

  /** The browser that asked goes in, once its person has been let in. */
  async enter(waitingToken: string | undefined, user: User | null, client: SignInClient): Promise<Entered> {
    const { request, linked } = await this.requestOf(waitingToken);
    if (request.state !== 'admitted' || request.userId === null) {
      throw new DomainError('conflict', 'You have not been let in yet. Please wait a little longer.');
    }
    const destination = destinationOf(linked);
    if (request.hadAccount) {
      if (user?.id !== request.userId) {
        throw new DomainError('forbidden', `Sign in as ${request.displayName} to go in.`);
      }
      await this.joinStore.markEntered(request.id, this.now());
      return { entered: { destination, signedInUntil: null }, signedIn: null };
    }
    const account = await this.userStore.findUserById(request.userId);
    if (!account || !(await this.joinStore.markEntered(request.id, this.now()))) {
      throw new DomainError(
        'not-found',
        'You have already gone in from this device. If you were signed out, ask the facilitator for help.',
      );
    }
    // Without a password, this device is signed out when the workshop is planned to end.
    const endsAt = account.passwordHash === '' ? linked.worksUntil : null;
    if (endsAt !== null && endsAt <= this.now()) {
      throw new DomainError('conflict', 'The workshop’s time is over, so there is nothing to go in to now.');
    }
    const signedIn = await this.auth.signInLetIn(account, client, endsAt);
    return {
      entered: { destination, signedInUntil: endsAt === null ? null : iso(endsAt) },
      signedIn,
    };
  }

  /** The person stops waiting. */
  async withdraw(waitingToken: string | undefined): Promise<void> {
    const { request } = await this.requestOf(waitingToken);
    await this.joinStore.closeRequest(request.id, 'withdrawn', request.userId, this.now());
  }

  private signedInAsker(user: User, body: AskerBody) {
    const { perspective } = body.signedIn();
    return { displayName: user.displayName, perspective, email: null, passwordHash: null };
  }

  private async newAsker(body: AskerBody) {
    const { displayName, perspective, email, password } = body.asNew();
    if (email !== undefined && (await this.userStore.findUserByEmail(email))) {
      const message = 'An account already uses this email address. Sign in first, then open the workshop link again.';
      throw new DomainError('conflict', message, { email: message });
    }
    const passwordHash = password === undefined ? null : await hashPassword(password);
    return { displayName, perspective, email: email ?? null, passwordHash };
  }

  /** Names identical or confusable with a member's, or with someone else's waiting, are refused. */
  private async refuseLookAlike(linked: LinkedWorkshop, name: string, user: User | null): Promise<void> {
    const [members, waiting] = await Promise.all([
      this.projectStore.listMembers(linked.workshop.projectId),
      this.joinStore.listRequests(linked.workshop.id, 'waiting'),
    ]);
    const names = [
      ...members.map((member) => member.displayName),
      ...waiting.filter((request) => user === null || request.userId !== user.id).map((r) => r.displayName),
    ];
    if (lookAlikeOf(name, names) === undefined) return;
    if (user) {
      throw new DomainError(
        'conflict',
        `Someone in this workshop or project already has the name ${name}, or one that looks very like it. Change the name on your account page so people can tell you apart, then open the link again.`,
      );
    }
    throw new DomainError('invalid-request', joinMessages.nameTooLike, { displayName: joinMessages.nameTooLike });
  }

  private async requestOf(waitingToken: string | undefined) {
    const request = isWellFormedSecretToken(waitingToken)
      ? await this.joinStore.findRequestByWaitingToken(hashSecretToken(waitingToken))
      : undefined;
    const linked = request && (await this.states.byId(request.linkId));
    if (!request || !linked) {
      throw new DomainError(
        'not-found',
        'This device has not asked to join a workshop, or the request has gone. Open the workshop link to ask.',
      );
    }
    return { request, linked };
  }

  private async waitingView(request: JoinRequestRecord, linked: LinkedWorkshop): Promise<JoinWaitingResponse> {
    const project = await this.projectStore.findProject(linked.workshop.projectId);
    // Still waiting when the link has stopped working: nobody can let them in now.
    const state: JoinRequestState = request.state === 'waiting' && !linked.working ? 'link-closed' : request.state;
    return {
      state,
      displayName: request.displayName,
      workshopTitle: linked.workshop.title,
      projectName: project?.name ?? '',
      askedAt: iso(request.askedAt),
    };
  }
}

function destinationOf({ workshop }: LinkedWorkshop) {
  return { projectId: workshop.projectId, workshopId: workshop.id, documentId: workshop.documentId };
}

function requireWorking(linked: LinkedWorkshop | undefined): LinkedWorkshop {
  if (!linked) throw linkDoesNotWork();
  if (linked.link.revokedAt !== null) throw linkStopped();
  if (!linked.working) {
    throw new DomainError(
      'not-found',
      'This workshop link has stopped working. A workshop link works only until the workshop’s planned end.',
    );
  }
  return linked;
}

const linkDoesNotWork = () =>
  new DomainError(
    'not-found',
    'This workshop link does not work. Check that you have the whole link, or ask the facilitator for it again.',
  );
const linkStopped = () =>
  new DomainError('not-found', 'The facilitator has stopped this workshop link. Ask them for the new one.');
