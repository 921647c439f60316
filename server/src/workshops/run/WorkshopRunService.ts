import {
  applyRunCommand,
  buildDocumentName,
  canRunWorkshops,
  type DocumentWorkshopResponse,
  type RunCommandBody,
  type WorkshopRunResponse,
} from '@roundtable/shared';
import type { Clock } from '../../Clock.ts';
import type { DocumentService } from '../../documents/DocumentService.ts';
import { DomainError, forbidden } from '../../errors/DomainError.ts';
import type { WorkshopRunEvents } from '../../events/WorkshopRunEvents.ts';
import type { WorkshopRecord, WorkshopRunRecord, WorkshopStore } from '../../store/WorkshopStore.ts';
import type { WorkshopAccess } from '../WorkshopAccess.ts';
import type { WorkshopViews } from '../WorkshopViews.ts';
import { runView } from './runView.ts';
import { workshopForDocument } from './workshopForDocument.ts';

/** Someone else changing the room between reading it and storing the change; asked again this often. */
const ATTEMPTS = 5;

const runOf = (workshop: WorkshopRecord): WorkshopRunRecord => ({
  state: workshop.state,
  startedAt: workshop.startedAt,
  endedAt: workshop.endedAt,
  currentItemId: workshop.currentItemId,
  timerDeadline: workshop.timerDeadline,
  timerPausedRemainingMs: workshop.timerPausedRemainingMs,
});

const sameRun = (a: WorkshopRunRecord, b: WorkshopRunRecord) =>
  (Object.keys(a) as (keyof WorkshopRunRecord)[]).every((key) => a[key] === b[key]);

/**
 * Running the room: leads and facilitators start a workshop, move between its items, run
 * the shared timer and end it; every member sees where it is. The server is the
 * authority: each change is stored first, then sent to everyone with the document open.
 */
export class WorkshopRunService {
  constructor(
    private readonly workshopStore: WorkshopStore,
    private readonly documents: DocumentService,
    private readonly access: WorkshopAccess,
    private readonly views: WorkshopViews,
    private readonly events: WorkshopRunEvents,
    private readonly now: Clock,
  ) {}

  async get(projectId: string, workshopId: string, userId: string): Promise<WorkshopRunResponse> {
    await this.access.member(projectId, userId);
    const workshop = await this.access.find(projectId, workshopId);
    return { run: runView(workshop, this.now()) };
  }

  /** What a document's page shows about workshops on it: see workshopForDocument. */
  async forDocument(projectId: string, documentId: string, userId: string): Promise<DocumentWorkshopResponse> {
    const me = await this.access.member(projectId, userId);
    await this.documents.requireInProject(projectId, documentId);
    const now = this.now();
    const chosen = workshopForDocument(await this.workshopStore.listWorkshops(projectId), documentId, now);
    return {
      workshop: chosen ? await this.views.workshop(chosen) : null,
      run: chosen ? runView(chosen, now) : null,
      canRun: canRunWorkshops(me.role),
    };
  }

  async command(
    projectId: string,
    workshopId: string,
    userId: string,
    body: RunCommandBody,
  ): Promise<WorkshopRunResponse> {
    const me = await this.access.member(projectId, userId);
    if (!canRunWorkshops(me.role)) {
      throw forbidden(
        'Only a lead or facilitator of this project can run a workshop: start it, move between items, use the timer or end it.',
      );
    }
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const workshop = await this.access.find(projectId, workshopId);
      if (body.command === 'start') await this.requireFreeToStart(workshop);
      const agenda = await this.workshopStore.listAgendaItems(workshopId);
      const now = this.now();
      const from = runOf(workshop);
      const outcome = applyRunCommand(from, body, agenda, now);
      if (!outcome.ok) throw new DomainError('conflict', outcome.reason);
      const changed = { ...workshop, ...outcome.run };
      // Pausing a paused timer changes nothing, and nobody needs telling.
      if (sameRun(from, outcome.run)) return { run: runView(changed, now) };
      if (await this.workshopStore.changeRun(workshopId, from, outcome.run)) {
        const run = runView(changed, now);
        this.events.emit('runChanged', {
          documentName: buildDocumentName({ projectId, documentId: workshop.documentId }),
          message: { event: 'workshop-run-changed', run },
        });
        return { run };
      }
    }
    throw new DomainError('conflict', 'Others were changing this workshop at the same moment. Try again.');
  }

  /** A workshop starts on a document people can edit, and one at a time on each document. */
  private async requireFreeToStart(workshop: WorkshopRecord): Promise<void> {
    if (workshop.state !== 'planned') return;
    const document = await this.documents.requireInProject(workshop.projectId, workshop.documentId);
    if (document.archivedAt !== null) {
      throw new DomainError(
        'conflict',
        `“${document.title}” is archived, so a workshop on it cannot start. A lead can restore it first.`,
      );
    }
    const others = await this.workshopStore.listWorkshops(workshop.projectId);
    const running = others.find(
      (other) => other.id !== workshop.id && other.documentId === workshop.documentId && other.state === 'running',
    );
    if (running) {
      throw new DomainError(
        'conflict',
        `“${running.title}” is running on this document. End it before starting another workshop here.`,
      );
    }
  }
}
