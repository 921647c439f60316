import { randomUUID } from 'node:crypto';
import {
  type MadeWorkshopLinkResponse,
  type WorkshopJoiningResponse,
  WorkshopJoinLimits,
  type WorkshopLinkAddress,
  workshopJoinPath,
} from '@roundtable/shared';
import { hashSecretToken, newSecretToken } from '../../auth/secretTokens.ts';
import type { Clock } from '../../Clock.ts';
import { DomainError } from '../../errors/DomainError.ts';
import type { WorkshopJoinStore, WorkshopLinkRecord } from '../../store/WorkshopJoinStore.ts';
import type { WorkshopAccess } from '../WorkshopAccess.ts';
import type { WorkshopJoiningViews } from './WorkshopJoiningViews.ts';
import type { WorkshopLinkStates } from './WorkshopLinkStates.ts';

/**
 * A workshop's link and QR code, for its facilitators and the project's leads: make
 * one (which stops any earlier one), change how many people may use it, stop it.
 */
export class WorkshopLinkService {
  constructor(
    private readonly joinStore: WorkshopJoinStore,
    private readonly access: WorkshopAccess,
    private readonly states: WorkshopLinkStates,
    private readonly views: WorkshopJoiningViews,
    private readonly address: () => WorkshopLinkAddress,
    private readonly now: Clock,
  ) {}

  async joining(projectId: string, workshopId: string, userId: string): Promise<WorkshopJoiningResponse> {
    await this.access.runner(projectId, userId);
    return this.views.joining(await this.access.find(projectId, workshopId));
  }

  async make(
    projectId: string,
    workshopId: string,
    userId: string,
    maxUses: number = WorkshopJoinLimits.defaultMaxUses,
  ): Promise<MadeWorkshopLinkResponse> {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    const worksUntil = await this.states.worksUntil(workshop);
    if (!this.states.isOpen(workshop, worksUntil)) throw workshopOver();
    const token = newSecretToken();
    const link: WorkshopLinkRecord = {
      id: randomUUID(),
      workshopId,
      tokenHash: hashSecretToken(token),
      maxUses,
      uses: 0,
      createdBy: userId,
      createdAt: this.now(),
      revokedAt: null,
      revokedBy: null,
    };
    await this.joinStore.createLink(link);
    const address = this.address();
    return {
      link: await this.views.link(link, worksUntil),
      url: `${address.origin}${workshopJoinPath(token)}`,
      address,
    };
  }

  async changeMaxUses(
    projectId: string,
    workshopId: string,
    userId: string,
    maxUses: number,
  ): Promise<WorkshopJoiningResponse> {
    const { workshop, link } = await this.workingLink(projectId, workshopId, userId);
    await this.joinStore.setMaxUses(link.id, maxUses);
    return this.views.joining(workshop);
  }

  /** Stops the link: nobody can ask through it any more, and anyone still waiting is told. */
  async stop(projectId: string, workshopId: string, userId: string): Promise<WorkshopJoiningResponse> {
    const { workshop, link } = await this.workingLink(projectId, workshopId, userId);
    await this.joinStore.revokeLink(link.id, userId, this.now());
    return this.views.joining(workshop);
  }

  private async workingLink(projectId: string, workshopId: string, userId: string) {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    const link = await this.joinStore.findWorkingLink(workshopId);
    if (!link) throw new DomainError('not-found', 'This workshop has no working link now.');
    return { workshop, link };
  }
}

const workshopOver = () =>
  new DomainError(
    'conflict',
    'This workshop is over, ended or cancelled, so a link to join it would not work. A link works until the workshop’s planned end.',
  );
