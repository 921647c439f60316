import { randomUUID } from 'node:crypto';
import type { WorkshopRun } from '@roundtable/shared';
import type { Clock } from '../../Clock.ts';
import type { CollaborationContext } from '../../collaboration/CollaborationContext.ts';
import type { TimeGivenStore } from '../../store/TimeGivenStore.ts';
import type { WorkshopStore } from '../../store/WorkshopStore.ts';
import { SEEN_EVERY_MS } from '../../time-given/attendedTime.ts';

export interface AttendanceLogger {
  error(details: object, message: string): void;
}

/**
 * Records who is at a running workshop: a period for each connection to its document,
 * from when it opened (or the workshop started) to when it closed (or the workshop
 * ended). Only while a workshop runs: nobody's comings and goings are kept otherwise.
 * Each server notes the periods it holds as still open once a minute, so a period
 * left open by a server that stopped ends where it was last seen.
 */
export class AttendanceRecorder {
  /** Periods this server holds open: id → workshop. */
  private readonly open = new Map<string, string>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly seenTimer: NodeJS.Timeout;

  constructor(
    private readonly store: TimeGivenStore,
    private readonly workshops: WorkshopStore,
    private readonly logger: AttendanceLogger,
    private readonly now: Clock,
  ) {
    this.seenTimer = setInterval(() => this.track(this.noteSeen()), SEEN_EVERY_MS);
    this.seenTimer.unref();
  }

  /** A member opened a document: if a workshop runs on it, their period starts now. */
  opened(context: CollaborationContext): void {
    if (!context.membership || !context.address || context.serverEdit) return;
    const { projectId, documentId } = context.address;
    context.attendance = this.track(
      (async () => {
        const workshops = await this.workshops.listWorkshops(projectId);
        const running = workshops.find((each) => each.documentId === documentId && each.state === 'running');
        return running ? this.start(running.id, context.user.id) : undefined;
      })(),
    );
  }

  /** A connection closed: its period, if it has one, ends now. */
  closed(context: CollaborationContext): void {
    const attendance = context.attendance;
    if (!attendance) return;
    delete context.attendance;
    this.track(
      attendance.then(async (id) => {
        if (id === undefined || !this.open.delete(id)) return;
        await this.store.closePeriod(id, this.now());
      }),
    );
  }

  /**
   * A workshop's run changed. Once it runs, everyone with its document open here is
   * counted from then; when it ends, their periods and those of people ticked in the
   * room end with it.
   */
  runChanged(run: WorkshopRun, connections: readonly CollaborationContext[]): void {
    if (run.state === 'running') {
      for (const context of connections) {
        if (!context.membership || context.serverEdit) continue;
        // Opened before the workshop started, its period (none yet) starts now.
        const before = context.attendance ?? Promise.resolve(undefined);
        context.attendance = this.track(before.then((id) => id ?? this.start(run.workshopId, context.user.id)));
      }
      return;
    }
    if (run.state !== 'ended' && run.state !== 'cancelled') return;
    const endedAt = run.endedAt === null ? this.now() : Date.parse(run.endedAt);
    for (const context of connections) {
      const attendance = context.attendance;
      if (!attendance) continue;
      delete context.attendance;
      this.track(
        attendance.then(async (id) => {
          if (id === undefined || this.open.get(id) !== run.workshopId) return;
          this.open.delete(id);
          await this.store.closePeriod(id, endedAt);
        }),
      );
    }
    this.track(this.store.closeInRoomPeriods(run.workshopId, endedAt));
  }

  /** On stopping: every period held here ends now, and every write is finished. */
  async stop(): Promise<void> {
    clearInterval(this.seenTimer);
    await Promise.allSettled([...this.pending]);
    const at = this.now();
    const ids = [...this.open.keys()];
    this.open.clear();
    await Promise.allSettled(ids.map((id) => this.store.closePeriod(id, at)));
  }

  private async start(workshopId: string, userId: string): Promise<string> {
    const id = randomUUID();
    const at = this.now();
    await this.store.openPeriod({
      id,
      workshopId,
      userId,
      inRoomName: null,
      source: 'device',
      fromAt: at,
      toAt: null,
      seenAt: at,
      tickedBy: null,
    });
    this.open.set(id, workshopId);
    return id;
  }

  /** Notes that the periods held here are still going on: done each minute, and before anyone reads attendance. */
  async noteSeen(): Promise<void> {
    await this.store.markSeen([...this.open.keys()], this.now());
  }

  /** Attendance never stops anyone working: a failed write is logged, and waited for on stopping. */
  private track<T>(work: Promise<T>): Promise<T | undefined> {
    const settled = work.catch((error: unknown) => {
      this.logger.error({ err: error }, 'could not record attendance at a workshop');
      return undefined;
    });
    this.pending.add(settled);
    void settled.finally(() => this.pending.delete(settled));
    return settled;
  }
}
