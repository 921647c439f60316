import {
  type AgendaItem,
  agendaMinutes,
  agendaTimes,
  type DocumentSection,
  plannedEnd,
  type Workshop,
  type WorkshopSummary,
} from '@roundtable/shared';
import type { DocumentStore } from '../store/DocumentStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { AgendaItemRecord, WorkshopRecord, WorkshopStore } from '../store/WorkshopStore.ts';
import type { DocumentSections } from './DocumentSections.ts';

const iso = (at: number) => new Date(at).toISOString();
const isoOrNull = (at: number | null) => (at === null ? null : iso(at));

/** Workshops as the API shows them: with their document's title, who planned them, and agenda times. */
export class WorkshopViews {
  constructor(
    private readonly workshopStore: WorkshopStore,
    private readonly documentStore: DocumentStore,
    private readonly userStore: UserStore,
    private readonly sections: DocumentSections,
  ) {}

  /** One workshop with its agenda, each item's section named as the heading reads now. */
  async workshop(workshop: WorkshopRecord): Promise<Workshop> {
    const [items, document, names, sections] = await Promise.all([
      this.workshopStore.listAgendaItems(workshop.id),
      this.documentStore.findDocument(workshop.documentId),
      this.names([workshop.createdBy]),
      this.sections.of(workshop.projectId, workshop.documentId),
    ]);
    return {
      ...summary(workshop, items, document?.title ?? '', names),
      agenda: agendaView(workshop, items, new Map(sections.map((section) => [section.sectionId, section]))),
      currentItemId: workshop.currentItemId,
    };
  }

  /** Every workshop of the project, with its planned end (for sorting into coming and past). */
  async summaries(
    projectId: string,
    workshops: readonly WorkshopRecord[],
  ): Promise<{ record: WorkshopRecord; view: WorkshopSummary; endsAt: number }[]> {
    const [items, documents, names] = await Promise.all([
      this.workshopStore.listProjectAgendaItems(projectId),
      this.documentStore.listDocuments(projectId),
      this.names(workshops.map((workshop) => workshop.createdBy)),
    ]);
    const titles = new Map(documents.map((document) => [document.id, document.title]));
    const agendas = new Map<string, AgendaItemRecord[]>();
    for (const item of items) agendas.set(item.workshopId, [...(agendas.get(item.workshopId) ?? []), item]);
    return workshops.map((record) => {
      const agenda = agendas.get(record.id) ?? [];
      return {
        record,
        view: summary(record, agenda, titles.get(record.documentId) ?? '', names),
        endsAt: plannedEnd(record.startsAt, agenda),
      };
    });
  }

  /** Names of everyone, members or not: people who have left keep the name they last had. */
  private async names(ids: readonly string[]): Promise<Map<string, string>> {
    const people = await this.userStore.listPeopleNames([...new Set(ids)]);
    return new Map(people.map((person) => [person.id, person.displayName]));
  }
}

function summary(
  workshop: WorkshopRecord,
  items: readonly AgendaItemRecord[],
  documentTitle: string,
  names: Map<string, string>,
): WorkshopSummary {
  return {
    id: workshop.id,
    projectId: workshop.projectId,
    documentId: workshop.documentId,
    documentTitle,
    title: workshop.title,
    startsAt: iso(workshop.startsAt),
    endsAt: iso(plannedEnd(workshop.startsAt, items)),
    timeZone: workshop.timeZone,
    place: workshop.place,
    meetingLink: workshop.meetingLink,
    state: workshop.state,
    createdBy: { id: workshop.createdBy, displayName: names.get(workshop.createdBy) ?? 'A former member' },
    createdAt: iso(workshop.createdAt),
    startedAt: isoOrNull(workshop.startedAt),
    endedAt: isoOrNull(workshop.endedAt),
    agendaItemCount: items.length,
    agendaMinutes: agendaMinutes(items),
  };
}

function agendaView(
  workshop: WorkshopRecord,
  items: readonly AgendaItemRecord[],
  sections: Map<string, DocumentSection>,
): AgendaItem[] {
  const slots = agendaTimes(workshop.startsAt, items);
  return items.map((item, index) => {
    const section = item.sectionId === null ? undefined : sections.get(item.sectionId);
    const slot = slots[index] ?? { startsAt: workshop.startsAt, endsAt: workshop.startsAt };
    return {
      id: item.id,
      position: index,
      title: item.title,
      durationMinutes: item.durationMinutes,
      startsAt: iso(slot.startsAt),
      endsAt: iso(slot.endsAt),
      section:
        item.sectionId === null
          ? null
          : { sectionId: item.sectionId, title: section?.title ?? null, level: section?.level ?? null },
    };
  });
}
