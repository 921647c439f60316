import { canRunWorkshops, type Membership } from '@roundtable/shared';
import { DomainError, forbidden, notFound } from '../errors/DomainError.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { WorkshopRecord, WorkshopStore } from '../store/WorkshopStore.ts';

/**
 * Who may do what with a project's workshops: every member sees them and takes part;
 * leads and facilitators plan and run them. Non-members learn nothing (not found).
 */
export class WorkshopAccess {
  constructor(
    private readonly workshopStore: WorkshopStore,
    private readonly projects: ProjectService,
  ) {}

  async member(projectId: string, userId: string): Promise<Membership> {
    return (await this.projects.requireMember(projectId, userId)).me;
  }

  async runner(projectId: string, userId: string): Promise<Membership> {
    const me = await this.member(projectId, userId);
    if (!canRunWorkshops(me.role)) {
      throw forbidden('Only a lead or facilitator of this project can plan or change workshops.');
    }
    return me;
  }

  /** The workshop if it belongs to the project; a mismatched pair is simply not found. */
  async find(projectId: string, workshopId: string): Promise<WorkshopRecord> {
    const workshop = await this.workshopStore.findWorkshop(workshopId);
    if (!workshop || workshop.projectId !== projectId) throw notFound('This workshop');
    return workshop;
  }

  /** A plan can change until the workshop has ended or been cancelled. */
  requireChangeable(workshop: WorkshopRecord): void {
    if (workshop.state === 'ended') {
      throw new DomainError('conflict', 'This workshop has ended, so its plan can no longer be changed.');
    }
    if (workshop.state === 'cancelled') {
      throw new DomainError('conflict', 'This workshop was cancelled, so its plan can no longer be changed.');
    }
  }
}
