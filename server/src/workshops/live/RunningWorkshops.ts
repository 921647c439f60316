import { buildDocumentName, canRunWorkshops, type Membership } from '@roundtable/shared';
import { DomainError, forbidden } from '../../errors/DomainError.ts';
import type { WorkshopRecord } from '../../store/WorkshopStore.ts';
import type { WorkshopAccess } from '../WorkshopAccess.ts';

/** A workshop someone is taking part in, with what they may do in it. */
export interface TakingPart {
  workshop: WorkshopRecord;
  me: Membership;
  /** Leads and facilitators run the room. */
  runsTheRoom: boolean;
  /** Where everyone with the workshop's document open is reached. */
  documentName: string;
}

/**
 * Who may do what in the room of a running workshop: every member raises and lowers
 * their own hand and is brought to sections; leads and facilitators call people, add
 * people in the room, lower anyone's hand and bring everyone to a section.
 */
export class RunningWorkshops {
  constructor(private readonly access: WorkshopAccess) {}

  /** Any member, whatever state the workshop is in. */
  async member(projectId: string, workshopId: string, userId: string): Promise<TakingPart> {
    const me = await this.access.member(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    return {
      workshop,
      me,
      runsTheRoom: canRunWorkshops(me.role),
      documentName: buildDocumentName({ projectId, documentId: workshop.documentId }),
    };
  }

  /** Any member, while the workshop runs. `doing` ends "You can … while it is running." */
  async participant(projectId: string, workshopId: string, userId: string, doing: string): Promise<TakingPart> {
    const part = await this.member(projectId, workshopId, userId);
    requireRunning(part.workshop, doing);
    return part;
  }

  /** A lead or facilitator, while the workshop runs; a member is told only they can do it. */
  async runner(projectId: string, workshopId: string, userId: string, doing: string): Promise<TakingPart> {
    const part = await this.member(projectId, workshopId, userId);
    if (!part.runsTheRoom) throw forbidden(`Only a lead or facilitator of this project can ${doing}.`);
    requireRunning(part.workshop, doing);
    return part;
  }
}

function requireRunning(workshop: WorkshopRecord, doing: string): void {
  if (workshop.state === 'running') return;
  const why =
    workshop.state === 'planned'
      ? 'This workshop has not started yet'
      : workshop.state === 'ended'
        ? 'This workshop has ended'
        : 'This workshop was cancelled';
  throw new DomainError('conflict', `${why}. You can ${doing} while it is running.`);
}
