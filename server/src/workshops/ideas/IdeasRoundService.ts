import { randomUUID } from 'node:crypto';
import {
  IdeasLimits,
  type IdeasRoundChanges,
  type IdeasRoundResponse,
  type IdeasRoundsResponse,
  type NewIdeasRound,
} from '@roundtable/shared';
import type { Clock } from '../../Clock.ts';
import { DomainError } from '../../errors/DomainError.ts';
import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { IdeasRoundRecord, IdeasStore } from '../../store/IdeasStore.ts';
import type { DocumentSections } from '../DocumentSections.ts';
import type { TakingPart } from '../live/RunningWorkshops.ts';
import type { IdeasRoundAccess } from './IdeasRoundAccess.ts';
import type { IdeasRoundViews } from './IdeasRoundViews.ts';
import { tellRoundChanged } from './tellRoundChanged.ts';

/**
 * Ideas rounds of a workshop: a lead or facilitator asks a question about one section
 * and opens the round; everyone adds cards; the round closes; hidden cards are revealed
 * all at once. Anonymity and privacy are chosen before anyone writes and stay as they
 * were once the round has cards. Every change is told to everyone with the document
 * open as a bare "this round changed", so each asks again for their own view.
 */
export class IdeasRoundService {
  constructor(
    private readonly access: IdeasRoundAccess,
    private readonly ideasStore: IdeasStore,
    private readonly sections: DocumentSections,
    private readonly views: IdeasRoundViews,
    private readonly events: WorkshopRoomEvents,
    private readonly now: Clock,
  ) {}

  async list(projectId: string, workshopId: string, userId: string): Promise<IdeasRoundsResponse> {
    const part = await this.access.member(projectId, workshopId, userId);
    const rounds = await this.ideasStore.listRounds(workshopId);
    return {
      workshopId,
      rounds: await this.views.of(part, rounds, userId),
      canRun: part.runsTheRoom,
    };
  }

  async get(projectId: string, workshopId: string, roundId: string, userId: string): Promise<IdeasRoundResponse> {
    const { part, round } = await this.access.memberInRound(projectId, workshopId, roundId, userId);
    return this.response(part, round, userId);
  }

  async create(
    projectId: string,
    workshopId: string,
    userId: string,
    body: NewIdeasRound,
  ): Promise<IdeasRoundResponse> {
    const part = await this.access.runner(projectId, workshopId, userId);
    await this.sections.requireAll(projectId, part.workshop.documentId, [body.sectionId]);
    const round: IdeasRoundRecord = {
      id: randomUUID(),
      workshopId,
      sectionId: body.sectionId,
      prompt: body.prompt,
      anonymous: body.anonymous,
      privateUntilRevealed: body.privateUntilRevealed,
      revealed: false,
      state: 'draft',
      createdBy: userId,
      createdAt: this.now(),
      voting: 'not-started',
      votesPerPerson: null,
      votesManyPerCard: false,
      votesOwnCards: true,
    };
    if (!(await this.ideasStore.createRound(round, IdeasLimits.roundsPerWorkshopMax))) {
      throw new DomainError(
        'conflict',
        `This workshop already has ${IdeasLimits.roundsPerWorkshopMax} ideas rounds, the most it can hold.`,
      );
    }
    this.tell(part, round.id);
    return this.response(part, round, userId);
  }

  async update(
    projectId: string,
    workshopId: string,
    roundId: string,
    userId: string,
    change: IdeasRoundChanges,
  ): Promise<IdeasRoundResponse> {
    const { part } = await this.access.runnerInRound(projectId, workshopId, roundId, userId);
    if (change.sectionId !== undefined) {
      await this.sections.requireAll(projectId, part.workshop.documentId, [change.sectionId]);
    }
    const result = await this.ideasStore.updateRound(roundId, change);
    if (result === 'has-cards') {
      throw new DomainError(
        'conflict',
        'People have already written cards in this round, so whether it is anonymous or private can no longer change. Start a new round to change them.',
      );
    }
    return this.changed(part, roundId, userId);
  }

  /** Opening a round that is already open changes nothing. */
  async open(projectId: string, workshopId: string, roundId: string, userId: string): Promise<IdeasRoundResponse> {
    const { part, round } = await this.access.runnerInRound(projectId, workshopId, roundId, userId);
    if (round.state === 'open') return this.response(part, round, userId);
    if (!(await this.ideasStore.setState(roundId, 'open'))) {
      throw new DomainError('conflict', 'Voting has started on this round, so it takes no more cards.');
    }
    return this.changed(part, roundId, userId);
  }

  /** Closing a round that is already closed changes nothing. */
  async close(projectId: string, workshopId: string, roundId: string, userId: string): Promise<IdeasRoundResponse> {
    const { part, round } = await this.access.runnerInRound(projectId, workshopId, roundId, userId);
    if (round.state === 'closed') return this.response(part, round, userId);
    if (round.state === 'draft') {
      throw new DomainError('conflict', 'This round has not been opened yet, so there is nothing to close.');
    }
    await this.ideasStore.setState(roundId, 'closed');
    return this.changed(part, roundId, userId);
  }

  /** Shows every hidden card to everyone at once. There is no hiding them again; revealing twice changes nothing. */
  async reveal(projectId: string, workshopId: string, roundId: string, userId: string): Promise<IdeasRoundResponse> {
    const { part, round } = await this.access.runnerInRound(projectId, workshopId, roundId, userId);
    if (!round.privateUntilRevealed) {
      throw new DomainError(
        'conflict',
        'Everyone sees the cards of this round as they are written, so there is nothing to reveal.',
      );
    }
    if (round.revealed) return this.response(part, round, userId);
    await this.ideasStore.reveal(roundId);
    return this.changed(part, roundId, userId);
  }

  private async changed(part: TakingPart, roundId: string, userId: string): Promise<IdeasRoundResponse> {
    this.tell(part, roundId);
    return this.response(part, await this.access.round(part, roundId), userId);
  }

  private response(part: TakingPart, round: IdeasRoundRecord, userId: string): Promise<IdeasRoundResponse> {
    return this.views.response(part, round, userId);
  }

  private tell(part: TakingPart, roundId: string): void {
    tellRoundChanged(this.events, part, roundId);
  }
}
