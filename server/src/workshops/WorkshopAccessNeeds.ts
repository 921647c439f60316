import {
  accessNeeds,
  canRunWorkshops,
  type NamedAccessNeeds,
  type WorkshopAccessNeedsResponse,
} from '@roundtable/shared';
import { DomainError, forbidden } from '../errors/DomainError.ts';
import type { AccessNeedsStore } from '../store/AccessNeedsStore.ts';
import type { ProjectStore } from '../store/ProjectStore.ts';
import type { WorkshopAccess } from './WorkshopAccess.ts';

/**
 * What helps the project's members take part, for the leads and facilitators planning
 * one of its workshops, and for nobody else. It can be health information, so it is
 * shown as counts; a name, and the person's own words (which could name them
 * anyway), only for those who agreed.
 */
export class WorkshopAccessNeeds {
  constructor(
    private readonly store: AccessNeedsStore,
    private readonly projectStore: ProjectStore,
    private readonly access: WorkshopAccess,
  ) {}

  async forPlanning(projectId: string, workshopId: string, userId: string): Promise<WorkshopAccessNeedsResponse> {
    const me = await this.access.member(projectId, userId);
    if (!canRunWorkshops(me.role)) {
      throw forbidden('Only leads and facilitators see what helps people take part, to plan a workshop.');
    }
    const workshop = await this.access.find(projectId, workshopId);
    if (workshop.state === 'ended' || workshop.state === 'cancelled') {
      throw new DomainError(
        'conflict',
        `This workshop ${workshop.state === 'ended' ? 'has ended' : 'was cancelled'}. What helps people take part is shown only while a workshop is planned or running.`,
      );
    }
    const [members, records] = await Promise.all([
      this.projectStore.listMembers(projectId),
      this.store.listProjectAccessNeeds(projectId),
    ]);
    const named: NamedAccessNeeds[] = records
      .filter((record) => record.showName)
      .map((record) => ({ displayName: record.displayName, needs: record.needs, otherNeeds: record.otherNeeds ?? '' }));
    return {
      memberCount: members.length,
      toldCount: records.length,
      counts: accessNeeds
        .map((need) => ({ need, people: records.filter((record) => record.needs.includes(need)).length }))
        .filter((count) => count.people > 0),
      unnamedOtherCount: records.filter((record) => !record.showName && record.otherNeeds !== null).length,
      named,
    };
  }
}
