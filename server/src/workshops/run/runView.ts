import type { WorkshopRun, WorkshopTimer } from '@roundtable/shared';
import type { WorkshopRecord } from '../../store/WorkshopStore.ts';

const iso = (at: number) => new Date(at).toISOString();
const isoOrNull = (at: number | null) => (at === null ? null : iso(at));

function timerOf(workshop: WorkshopRecord): WorkshopTimer | null {
  if (workshop.timerDeadline !== null) return { status: 'running', deadline: iso(workshop.timerDeadline) };
  if (workshop.timerPausedRemainingMs !== null)
    return { status: 'paused', remainingMs: workshop.timerPausedRemainingMs };
  return null;
}

/** How a workshop is running, as everyone sees it, stamped with the server's clock. */
export function runView(workshop: WorkshopRecord, serverNow: number): WorkshopRun {
  return {
    workshopId: workshop.id,
    documentId: workshop.documentId,
    state: workshop.state,
    startedAt: isoOrNull(workshop.startedAt),
    endedAt: isoOrNull(workshop.endedAt),
    currentItemId: workshop.currentItemId,
    timer: workshop.state === 'running' ? timerOf(workshop) : null,
    serverNow: iso(serverNow),
  };
}
