import { DomainError, forbidden, notFound } from '../../errors/DomainError.ts';
import type { IdeasRoundRecord, IdeasStore } from '../../store/IdeasStore.ts';
import type { RunningWorkshops, TakingPart } from '../live/RunningWorkshops.ts';

/** A round someone is looking at, in the workshop they are taking part in. */
export interface InRound {
  part: TakingPart;
  round: IdeasRoundRecord;
}

/**
 * Who may do what with ideas rounds: every member sees them and adds their own cards;
 * leads and facilitators create, open, close and reveal them. Non-members, and rounds
 * of another workshop, are simply not found.
 */
export class IdeasRoundAccess {
  constructor(
    private readonly running: RunningWorkshops,
    private readonly ideasStore: IdeasStore,
  ) {}

  member(projectId: string, workshopId: string, userId: string): Promise<TakingPart> {
    return this.running.member(projectId, workshopId, userId);
  }

  async runner(projectId: string, workshopId: string, userId: string): Promise<TakingPart> {
    const part = await this.member(projectId, workshopId, userId);
    if (!part.runsTheRoom) {
      throw forbidden('Only a lead or facilitator of this project can create, open, close or reveal ideas rounds.');
    }
    if (part.workshop.state === 'cancelled') {
      throw new DomainError('conflict', 'This workshop was cancelled, so its ideas rounds cannot change.');
    }
    return part;
  }

  async round(part: TakingPart, roundId: string): Promise<IdeasRoundRecord> {
    const round = await this.ideasStore.findRound(part.workshop.id, roundId);
    if (!round) throw notFound('This ideas round');
    return round;
  }

  async memberInRound(projectId: string, workshopId: string, roundId: string, userId: string): Promise<InRound> {
    const part = await this.member(projectId, workshopId, userId);
    return { part, round: await this.round(part, roundId) };
  }

  async runnerInRound(projectId: string, workshopId: string, roundId: string, userId: string): Promise<InRound> {
    const part = await this.runner(projectId, workshopId, userId);
    return { part, round: await this.round(part, roundId) };
  }
}
