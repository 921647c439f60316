import { randomUUID } from 'node:crypto';
import {
  canRunWorkshops,
  type DocumentSection,
  type NewWorkshop,
  type Workshop,
  type WorkshopChanges,
  type WorkshopResponse,
  type WorkshopsResponse,
} from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import type { DocumentService } from '../documents/DocumentService.ts';
import { DomainError } from '../errors/DomainError.ts';
import type { DocumentStore } from '../store/DocumentStore.ts';
import type { WorkshopChange, WorkshopRecord, WorkshopStore } from '../store/WorkshopStore.ts';
import type { DocumentSections } from './DocumentSections.ts';
import { recentWorkshopTimes } from './recentWorkshopTimes.ts';
import { splitWorkshops } from './splitWorkshops.ts';
import type { WorkshopAccess } from './WorkshopAccess.ts';
import type { WorkshopViews } from './WorkshopViews.ts';

/**
 * Planning a project's workshops: leads and facilitators plan, change, cancel and
 * delete them; every member sees them listed (coming, running, past, cancelled) with
 * the days and times recent ones fell on.
 */
export class WorkshopService {
  constructor(
    private readonly workshopStore: WorkshopStore,
    private readonly documentStore: DocumentStore,
    private readonly documents: DocumentService,
    private readonly access: WorkshopAccess,
    private readonly views: WorkshopViews,
    private readonly sections: DocumentSections,
    private readonly now: Clock,
  ) {}

  async list(projectId: string, userId: string): Promise<WorkshopsResponse> {
    const me = await this.access.member(projectId, userId);
    const records = await this.workshopStore.listWorkshops(projectId);
    const placed = (await this.views.summaries(projectId, records)).map(({ record, view, endsAt }) => ({
      ...record,
      endsAt,
      view,
    }));
    const now = this.now();
    const split = splitWorkshops(placed, now);
    const views = (list: typeof placed) => list.map((workshop) => workshop.view);
    return {
      coming: views(split.coming),
      running: views(split.running),
      past: views(split.past),
      cancelled: views(split.cancelled),
      canRun: canRunWorkshops(me.role),
      times: recentWorkshopTimes(placed, now),
    };
  }

  async get(projectId: string, workshopId: string, userId: string): Promise<WorkshopResponse> {
    const me = await this.access.member(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    return { workshop: await this.views.workshop(workshop), canRun: canRunWorkshops(me.role) };
  }

  async create(projectId: string, userId: string, body: NewWorkshop): Promise<Workshop> {
    await this.access.runner(projectId, userId);
    await this.requireDocumentToPlanOn(projectId, body.documentId);
    const startsAt = this.requireNotPassed(body.startsAt);
    await this.sections.requireAll(
      projectId,
      body.documentId,
      body.agenda.map((item) => item.sectionId),
    );
    const workshop: WorkshopRecord = {
      id: randomUUID(),
      projectId,
      documentId: body.documentId,
      title: body.title,
      startsAt,
      timeZone: body.timeZone,
      place: body.place,
      meetingLink: body.meetingLink,
      createdBy: userId,
      createdAt: this.now(),
      state: 'planned',
      startedAt: null,
      endedAt: null,
      currentItemId: null,
      timerDeadline: null,
      timerPausedRemainingMs: null,
    };
    await this.workshopStore.createWorkshop(
      workshop,
      body.agenda.map((item) => ({ id: randomUUID(), workshopId: workshop.id, ...item })),
    );
    return this.views.workshop(workshop);
  }

  async update(projectId: string, workshopId: string, userId: string, body: WorkshopChanges): Promise<Workshop> {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    this.access.requireChangeable(workshop);
    const change: WorkshopChange = {};
    if (body.title !== undefined) change.title = body.title;
    if (body.timeZone !== undefined) change.timeZone = body.timeZone;
    if (body.place !== undefined) change.place = body.place;
    if (body.meetingLink !== undefined) change.meetingLink = body.meetingLink;
    if (body.startsAt !== undefined && Date.parse(body.startsAt) !== workshop.startsAt) {
      if (workshop.state !== 'planned') {
        throw new DomainError('conflict', 'This workshop has started, so its start time can no longer be changed.');
      }
      change.startsAt = this.requireNotPassed(body.startsAt);
    }
    const documentChanged = body.documentId !== undefined && body.documentId !== workshop.documentId;
    if (documentChanged && body.documentId !== undefined) {
      if (workshop.state !== 'planned') {
        throw new DomainError('conflict', 'This workshop has started, so its document can no longer be changed.');
      }
      await this.requireDocumentToPlanOn(projectId, body.documentId);
      change.documentId = body.documentId;
    }
    await this.workshopStore.updateWorkshop(workshopId, change);
    // Sections belong to a document: another document's headings are not these.
    if (documentChanged) await this.workshopStore.clearAgendaSections(workshopId);
    return this.views.workshop({ ...workshop, ...change });
  }

  /** Cancelling keeps the workshop, listed apart, so people who planned to come can see it is off. */
  async cancel(projectId: string, workshopId: string, userId: string): Promise<Workshop> {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    if (workshop.state === 'running') {
      throw new DomainError('conflict', 'This workshop is running, so it can no longer be cancelled.');
    }
    if (workshop.state === 'ended') {
      throw new DomainError('conflict', 'This workshop has already taken place, so it cannot be cancelled.');
    }
    if (workshop.state === 'planned') await this.workshopStore.updateWorkshop(workshopId, { state: 'cancelled' });
    return this.views.workshop({ ...workshop, state: 'cancelled' });
  }

  /** Only a workshop that never ran can be deleted: one that ran records the time people gave. */
  async remove(projectId: string, workshopId: string, userId: string): Promise<void> {
    await this.access.runner(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    if (workshop.state === 'running' || workshop.state === 'ended') {
      throw new DomainError(
        'conflict',
        'A workshop that has started is kept, so the time people gave to it is not lost.',
      );
    }
    await this.workshopStore.deleteWorkshop(workshopId);
  }

  /** The headings of a document that agenda items can point to. */
  async documentSections(projectId: string, documentId: string, userId: string): Promise<DocumentSection[]> {
    await this.access.member(projectId, userId);
    await this.documents.requireInProject(projectId, documentId);
    return this.sections.of(projectId, documentId);
  }

  private async requireDocumentToPlanOn(projectId: string, documentId: string): Promise<void> {
    const document = await this.documentStore.findDocument(documentId);
    if (!document || document.projectId !== projectId) {
      throw new DomainError('invalid-request', 'Choose a document of this project.', {
        documentId: 'Choose a document of this project.',
      });
    }
    if (document.archivedAt !== null) {
      const message = `“${document.title}” is archived. Choose a document people can still edit.`;
      throw new DomainError('invalid-request', message, { documentId: message });
    }
  }

  private requireNotPassed(startsAt: string): number {
    const at = Date.parse(startsAt);
    if (at < this.now()) {
      const message = 'That date and time has passed. Choose when the workshop will start.';
      throw new DomainError('invalid-request', message, { startsAt: message });
    }
    return at;
  }
}
