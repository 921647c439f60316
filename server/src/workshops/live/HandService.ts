import { randomUUID } from 'node:crypto';
import type { HandChangeKind, HandsResponse, WorkshopPerson } from '@roundtable/shared';
import type { Clock } from '../../Clock.ts';
import { DomainError, forbidden, notFound } from '../../errors/DomainError.ts';
import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { HandRecord, WorkshopHandStore } from '../../store/WorkshopHandStore.ts';
import type { HandViews } from './HandViews.ts';
import type { RunningWorkshops, TakingPart } from './RunningWorkshops.ts';

/** More hands than anyone could call in one workshop: a sign of something gone wrong. */
export const HANDS_MAX = 300;

/**
 * Hands in a running workshop. Every member raises and lowers their own; leads and
 * facilitators call people in turn (which records that they spoke), add people in the
 * room without a device, and lower anyone's hand. Each change reaches everyone with the
 * workshop's document open, with the whole queue.
 */
export class HandService {
  constructor(
    private readonly handStore: WorkshopHandStore,
    private readonly userStore: UserStore,
    private readonly running: RunningWorkshops,
    private readonly views: HandViews,
    private readonly events: WorkshopRoomEvents,
    private readonly now: Clock,
  ) {}

  async list(projectId: string, workshopId: string, userId: string): Promise<HandsResponse> {
    const part = await this.running.member(projectId, workshopId, userId);
    return this.response(part);
  }

  /** Raising a hand already up keeps its place in the queue. */
  async raise(projectId: string, workshopId: string, userId: string): Promise<HandsResponse> {
    const part = await this.running.participant(projectId, workshopId, userId, 'raise your hand');
    const at = this.now();
    const result = await this.handStore.raiseHand(
      { id: randomUUID(), workshopId, userId, inRoomName: null, raisedBy: userId, raisedAt: at },
      HANDS_MAX,
    );
    if (!result) throw queueFull();
    if (result.raised) await this.tell(part, 'raised', result.hand, userId);
    return this.response(part);
  }

  /** Lowering a hand that is already down changes nothing. */
  async lowerMine(projectId: string, workshopId: string, userId: string): Promise<HandsResponse> {
    const part = await this.running.participant(projectId, workshopId, userId, 'lower your hand');
    const mine = await this.handStore.findHandOf(workshopId, userId);
    const lowered = mine && (await this.handStore.lowerHand(workshopId, mine.id));
    if (lowered) await this.tell(part, 'lowered', lowered, userId);
    return this.response(part);
  }

  /** Anyone may lower their own hand this way; only leads and facilitators may lower someone else's. */
  async lower(projectId: string, workshopId: string, handId: string, userId: string): Promise<HandsResponse> {
    const part = await this.running.member(projectId, workshopId, userId);
    const hand = await this.handStore.findHand(workshopId, handId);
    if (hand?.userId !== userId && !part.runsTheRoom) {
      throw forbidden('Only a lead or facilitator of this project can lower someone else’s hand.');
    }
    await this.running.participant(projectId, workshopId, userId, 'lower hands');
    const lowered = hand && (await this.handStore.lowerHand(workshopId, hand.id));
    if (lowered) await this.tell(part, 'lowered', lowered, userId);
    return this.response(part);
  }

  /** Someone in the room without a device joins the end of the queue, under the name the facilitator typed. */
  async addInRoom(projectId: string, workshopId: string, userId: string, name: string): Promise<HandsResponse> {
    const part = await this.running.runner(projectId, workshopId, userId, 'add people in the room to the queue');
    const result = await this.handStore.raiseHand(
      { id: randomUUID(), workshopId, userId: null, inRoomName: name, raisedBy: userId, raisedAt: this.now() },
      HANDS_MAX,
    );
    if (!result) throw queueFull();
    await this.tell(part, 'added', result.hand, userId);
    return this.response(part);
  }

  /** Calls the person whose hand it is to speak: their hand comes down and their turn is recorded. */
  async call(projectId: string, workshopId: string, handId: string, userId: string): Promise<HandsResponse> {
    const part = await this.running.runner(projectId, workshopId, userId, 'call people to speak');
    const called = await this.handStore.callHand(workshopId, handId, {
      id: randomUUID(),
      calledBy: userId,
      calledAt: this.now(),
    });
    if (!called) {
      throw new DomainError(
        'conflict',
        'That hand is no longer up: someone may have called or lowered it just now. Look at the queue again.',
      );
    }
    await this.tell(part, 'called', called, userId);
    return this.response(part);
  }

  private async response(part: TakingPart): Promise<HandsResponse> {
    const running = part.workshop.state === 'running';
    return {
      workshopId: part.workshop.id,
      running,
      hands: running ? await this.views.queue(part.workshop.id) : [],
      canManage: part.runsTheRoom,
    };
  }

  private async tell(part: TakingPart, kind: HandChangeKind, hand: HandRecord, byId: string): Promise<void> {
    const [{ queue, changed }, by] = await Promise.all([
      this.views.queueAnd(part.workshop.id, hand),
      this.person(byId),
    ]);
    this.events.emit('roomChanged', {
      documentName: part.documentName,
      message: { event: 'workshop-hands-changed', workshopId: part.workshop.id, kind, hand: changed, by, hands: queue },
    });
  }

  private async person(id: string): Promise<WorkshopPerson> {
    const [person] = await this.userStore.listPeopleNames([id]);
    if (!person) throw notFound('This person');
    return { id, displayName: person.displayName };
  }
}

const queueFull = () =>
  new DomainError(
    'conflict',
    `The queue already has ${HANDS_MAX} hands up, the most it can hold. Call or lower some before adding more.`,
  );
