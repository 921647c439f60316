import { randomUUID } from 'node:crypto';
import type { BringEveryoneResponse } from '@roundtable/shared';
import { DomainError, notFound } from '../../errors/DomainError.ts';
import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { UserStore } from '../../store/UserStore.ts';
import type { DocumentSections } from '../DocumentSections.ts';
import type { RunningWorkshops } from './RunningWorkshops.ts';

/**
 * "Bring everyone here": a lead or facilitator takes the view of everyone with the
 * workshop's document open to one section. Only the server sends the message that
 * moves people's views, and only when a lead or facilitator asked it to.
 */
export class BringEveryoneService {
  constructor(
    private readonly running: RunningWorkshops,
    private readonly sections: DocumentSections,
    private readonly userStore: UserStore,
    private readonly events: WorkshopRoomEvents,
  ) {}

  async bring(
    projectId: string,
    workshopId: string,
    userId: string,
    sectionId: string,
  ): Promise<BringEveryoneResponse> {
    const part = await this.running.runner(projectId, workshopId, userId, 'bring everyone to a section');
    const section = (await this.sections.of(projectId, part.workshop.documentId)).find(
      (heading) => heading.sectionId === sectionId,
    );
    if (!section) {
      const message = 'That section is no longer in the document. Choose another.';
      throw new DomainError('invalid-request', message, { sectionId: message });
    }
    const [person] = await this.userStore.listPeopleNames([userId]);
    if (!person) throw notFound('This person');
    this.events.emit('roomChanged', {
      documentName: part.documentName,
      message: {
        event: 'workshop-everyone-brought',
        id: randomUUID(),
        workshopId,
        sectionId,
        sectionTitle: section.title,
        by: { id: userId, displayName: person.displayName },
      },
    });
    return { sectionId, sectionTitle: section.title };
  }
}
