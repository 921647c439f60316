import { randomUUID } from 'node:crypto';
import { type AgendaItemChanges, type NewAgendaItem, type Workshop, WorkshopLimits } from '@roundtable/shared';
import { DomainError, notFound } from '../errors/DomainError.ts';
import type { WorkshopStore } from '../store/WorkshopStore.ts';
import type { DocumentSections } from './DocumentSections.ts';
import type { WorkshopAccess } from './WorkshopAccess.ts';
import type { WorkshopViews } from './WorkshopViews.ts';

/**
 * A workshop's agenda, changed by its leads and facilitators one step at a time: add,
 * edit, remove, reorder. Each answer is the whole workshop, with start times worked out
 * again from the workshop's start and the items' minutes.
 */
export class AgendaService {
  constructor(
    private readonly workshopStore: WorkshopStore,
    private readonly access: WorkshopAccess,
    private readonly views: WorkshopViews,
    private readonly sections: DocumentSections,
  ) {}

  async add(projectId: string, workshopId: string, userId: string, body: NewAgendaItem): Promise<Workshop> {
    const workshop = await this.changeable(projectId, workshopId, userId);
    await this.sections.requireAll(projectId, workshop.documentId, [body.sectionId]);
    const added = await this.workshopStore.appendAgendaItem(
      { id: randomUUID(), workshopId, ...body },
      WorkshopLimits.agendaItemsMax,
    );
    if (!added) {
      throw new DomainError(
        'conflict',
        `An agenda can have at most ${WorkshopLimits.agendaItemsMax} items. Remove one, or join two together.`,
      );
    }
    return this.views.workshop(workshop);
  }

  async update(
    projectId: string,
    workshopId: string,
    itemId: string,
    userId: string,
    body: AgendaItemChanges,
  ): Promise<Workshop> {
    const workshop = await this.changeable(projectId, workshopId, userId);
    await this.requireItem(workshopId, itemId);
    if (body.sectionId !== undefined) await this.sections.requireAll(projectId, workshop.documentId, [body.sectionId]);
    await this.workshopStore.updateAgendaItem(itemId, body);
    return this.views.workshop(workshop);
  }

  async remove(projectId: string, workshopId: string, itemId: string, userId: string): Promise<Workshop> {
    const workshop = await this.changeable(projectId, workshopId, userId);
    await this.requireItem(workshopId, itemId);
    await this.workshopStore.removeAgendaItem(workshopId, itemId);
    return this.views.workshop({
      ...workshop,
      currentItemId: workshop.currentItemId === itemId ? null : workshop.currentItemId,
    });
  }

  async reorder(projectId: string, workshopId: string, userId: string, itemIds: readonly string[]): Promise<Workshop> {
    const workshop = await this.changeable(projectId, workshopId, userId);
    if (!(await this.workshopStore.reorderAgendaItems(workshopId, itemIds))) {
      throw new DomainError(
        'conflict',
        'The agenda changed while you were moving items: someone else may have added or removed one. Look again and try once more.',
      );
    }
    return this.views.workshop(workshop);
  }

  private async changeable(projectId: string, workshopId: string, userId: string) {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    this.access.requireChangeable(workshop);
    return workshop;
  }

  private async requireItem(workshopId: string, itemId: string): Promise<void> {
    const items = await this.workshopStore.listAgendaItems(workshopId);
    if (!items.some((item) => item.id === itemId)) throw notFound('This agenda item');
  }
}
