import { plannedEnd, WorkshopJoinLimits } from '@roundtable/shared';
import { hashSecretToken, isWellFormedSecretToken } from '../../auth/secretTokens.ts';
import type { Clock } from '../../Clock.ts';
import type { WorkshopJoinStore, WorkshopLinkRecord } from '../../store/WorkshopJoinStore.ts';
import type { WorkshopRecord, WorkshopStore } from '../../store/WorkshopStore.ts';

/** A link with its workshop, and whether it lets anyone in now. */
export interface LinkedWorkshop {
  link: WorkshopLinkRecord;
  workshop: WorkshopRecord;
  /** The workshop's planned end: the link stops working then. */
  worksUntil: number;
  /** Not stopped, before the planned end, and the workshop neither ended nor cancelled. */
  working: boolean;
}

/**
 * Whether a workshop's link works: only until the workshop's planned end (its start
 * plus its agenda as it is now), only while the workshop is planned or running, and
 * never once stopped.
 */
export class WorkshopLinkStates {
  constructor(
    private readonly joinStore: WorkshopJoinStore,
    private readonly workshopStore: WorkshopStore,
    private readonly now: Clock,
  ) {}

  async worksUntil(workshop: WorkshopRecord): Promise<number> {
    return plannedEnd(workshop.startsAt, await this.workshopStore.listAgendaItems(workshop.id));
  }

  /** Whether a link made now could let anyone in before the workshop is over. */
  isOpen(workshop: WorkshopRecord, worksUntil: number): boolean {
    return (workshop.state === 'planned' || workshop.state === 'running') && this.now() < worksUntil;
  }

  /** The link a browser holds the secret of, whatever its state; undefined for anything else. */
  async byToken(token: string): Promise<LinkedWorkshop | undefined> {
    if (token.length > WorkshopJoinLimits.tokenMax || !isWellFormedSecretToken(token)) return undefined;
    const link = await this.joinStore.findLinkByToken(hashSecretToken(token));
    return link && this.withWorkshop(link);
  }

  async byId(linkId: string): Promise<LinkedWorkshop | undefined> {
    const link = await this.joinStore.findLink(linkId);
    return link && this.withWorkshop(link);
  }

  private async withWorkshop(link: WorkshopLinkRecord): Promise<LinkedWorkshop | undefined> {
    const workshop = await this.workshopStore.findWorkshop(link.workshopId);
    if (!workshop) return undefined;
    const worksUntil = await this.worksUntil(workshop);
    const working = link.revokedAt === null && this.isOpen(workshop, worksUntil);
    return { link, workshop, worksUntil, working };
  }
}
