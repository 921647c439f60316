import { randomUUID } from 'node:crypto';
import type { RoomAttendanceResponse, TickInRoomBody } from '@roundtable/shared';
import type { Clock } from '../../Clock.ts';
import { DomainError, notFound } from '../../errors/DomainError.ts';
import type { ProjectService } from '../../projects/ProjectService.ts';
import type { TimeGivenStore } from '../../store/TimeGivenStore.ts';
import type { WorkshopRecord } from '../../store/WorkshopStore.ts';
import { attendedTime, STALE_AFTER_MS } from '../../time-given/attendedTime.ts';
import type { RunningWorkshops } from '../live/RunningWorkshops.ts';

/** More people ticked in one room than any workshop holds: a sign of something gone wrong. */
export const IN_ROOM_MAX = 300;

/**
 * Who is in the room, for the people running it: everyone with the document open, and
 * people the facilitator ticks as in the room without a device, who count from the tick
 * until the end (or until the facilitator says they left).
 */
export class RoomAttendanceService {
  constructor(
    private readonly store: TimeGivenStore,
    private readonly projects: ProjectService,
    private readonly running: RunningWorkshops,
    /** Brings this server's open periods up to date, so the list says who is here now. */
    private readonly noteSeen: () => Promise<void>,
    private readonly now: Clock,
  ) {}

  async list(projectId: string, workshopId: string, userId: string): Promise<RoomAttendanceResponse> {
    const { workshop } = await this.running.runner(projectId, workshopId, userId, 'see who is in the room');
    return this.response(workshop);
  }

  async tick(
    projectId: string,
    workshopId: string,
    userId: string,
    body: TickInRoomBody,
  ): Promise<RoomAttendanceResponse> {
    const { workshop } = await this.running.runner(projectId, workshopId, userId, 'tick people in the room');
    const periods = await this.store.listPeriods(workshopId);
    const ticked = periods.filter((period) => period.source === 'in-room' && period.toAt === null);
    if (ticked.length >= IN_ROOM_MAX) throw new DomainError('conflict', 'No more people can be ticked in this room.');
    let person: { userId: string | null; inRoomName: string | null };
    if ('userId' in body) {
      const member = (await this.projects.listMembers(projectId)).find((each) => each.userId === body.userId);
      if (!member) throw notFound('That member');
      if (ticked.some((period) => period.userId === member.userId)) {
        throw new DomainError('conflict', `${member.displayName} is already ticked as in the room.`);
      }
      person = { userId: member.userId, inRoomName: null };
    } else {
      const name = body.name.trim();
      if (ticked.some((period) => period.inRoomName?.toLocaleLowerCase() === name.toLocaleLowerCase())) {
        throw new DomainError('conflict', `${name} is already ticked as in the room.`);
      }
      person = { userId: null, inRoomName: name };
    }
    const at = this.now();
    await this.store.openPeriod({
      id: randomUUID(),
      workshopId,
      ...person,
      source: 'in-room',
      fromAt: at,
      toAt: null,
      seenAt: at,
      tickedBy: userId,
    });
    return this.response(workshop);
  }

  /** Someone ticked as in the room has left: their time stops now. */
  async left(projectId: string, workshopId: string, userId: string, periodId: string): Promise<RoomAttendanceResponse> {
    const { workshop } = await this.running.runner(projectId, workshopId, userId, 'say someone has left the room');
    const period = (await this.store.listPeriods(workshopId)).find(
      (each) => each.id === periodId && each.source === 'in-room',
    );
    if (!period) throw notFound('That person in the room');
    await this.store.closePeriod(period.id, this.now());
    return this.response(workshop);
  }

  private async response(workshop: WorkshopRecord): Promise<RoomAttendanceResponse> {
    await this.noteSeen();
    const now = this.now();
    const periods = await this.store.listPeriods(workshop.id);
    const members = await this.projects.listMembers(workshop.projectId);
    const nameOf = new Map(members.map((member) => [member.userId, member.displayName]));
    const onDevice = new Set(
      periods
        .filter((period) => period.source === 'device' && period.toAt === null && now - period.seenAt <= STALE_AFTER_MS)
        .map((period) => period.userId),
    );
    const openTicks = periods.filter((period) => period.source === 'in-room' && period.toAt === null);
    const tickOf = (userId: string | null, name: string | null) =>
      openTicks.find((period) =>
        userId !== null
          ? period.userId === userId
          : period.inRoomName?.toLocaleLowerCase() === name?.toLocaleLowerCase(),
      )?.id ?? null;
    const attendees = attendedTime(workshop, periods, now)
      .map((time) => ({
        tickedPeriodId: tickOf(time.userId, time.inRoomName),
        userId: time.userId,
        name: time.userId === null ? (time.inRoomName ?? '') : (nameOf.get(time.userId) ?? 'A former member'),
        minutes: time.minutes,
        onDevice: time.userId !== null && onDevice.has(time.userId),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const here = new Set(attendees.filter((each) => each.onDevice || each.tickedPeriodId).map((each) => each.userId));
    return {
      attendees,
      notHere: members
        .filter((member) => !here.has(member.userId))
        .map((member) => ({ userId: member.userId, displayName: member.displayName }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    };
  }
}
