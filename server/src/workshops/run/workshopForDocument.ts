import type { WorkshopRecord } from '../../store/WorkshopStore.ts';

/** The calendar day a moment falls on in a time zone, as 2026-05-12. */
function dayIn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(at),
  );
}

/**
 * The workshop a document's page shows: the one running on it; else the soonest one
 * planned for today (in the time zone it was planned in); else the one that ended last
 * today, so people see that it has ended. Undefined when there is none.
 */
export function workshopForDocument(
  workshops: readonly WorkshopRecord[],
  documentId: string,
  now: number,
): WorkshopRecord | undefined {
  const onDocument = workshops.filter((workshop) => workshop.documentId === documentId);
  const today = (workshop: WorkshopRecord, at: number | null) =>
    at !== null && dayIn(at, workshop.timeZone) === dayIn(now, workshop.timeZone);
  const running = onDocument.filter((workshop) => workshop.state === 'running');
  const planned = onDocument
    .filter((workshop) => workshop.state === 'planned' && today(workshop, workshop.startsAt))
    .sort((a, b) => a.startsAt - b.startsAt);
  const ended = onDocument
    .filter((workshop) => workshop.state === 'ended' && today(workshop, workshop.endedAt))
    .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));
  return running[0] ?? planned[0] ?? ended[0];
}
