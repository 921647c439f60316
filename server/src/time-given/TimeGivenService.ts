import { randomUUID } from 'node:crypto';
import {
  type AddTimeEntryBody,
  type AttendedWorkshopView,
  canManageProject,
  type GroupTimeResponse,
  type GroupTimeRow,
  type TimeStatementResponse,
} from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { forbidden, notFound } from '../errors/DomainError.ts';
import type { ProjectService } from '../projects/ProjectService.ts';
import type { TimeGivenStore } from '../store/TimeGivenStore.ts';
import type { UserStore } from '../store/UserStore.ts';
import type { WorkshopStore } from '../store/WorkshopStore.ts';
import { attendedTime } from './attendedTime.ts';

const iso = (at: number) => new Date(at).toISOString();

/**
 * Time given to a project: each person's time at its workshops and the hours they add
 * themselves. Everyone sees their own; leads see everyone's; other members see a
 * person's only if that person chooses to share it.
 */
export class TimeGivenService {
  constructor(
    private readonly store: TimeGivenStore,
    private readonly workshopStore: WorkshopStore,
    private readonly userStore: UserStore,
    private readonly projects: ProjectService,
    /** Brings this server's open attendance periods up to date before a workshop still running is counted. */
    private readonly noteSeen: () => Promise<void>,
    private readonly now: Clock,
  ) {}

  /** A person's statement: their own, or someone else's that they share (or any, for a lead). */
  async statement(projectId: string, userId: string, personId = userId): Promise<TimeStatementResponse> {
    const { project, me } = await this.projects.requireMember(projectId, userId);
    const shared = (await this.store.listSharing(projectId)).includes(personId);
    if (personId !== userId && !canManageProject(me.role) && !shared) {
      throw forbidden('Only a lead can see the time of someone who has not chosen to share it.');
    }
    const person = await this.userStore.findUserById(personId);
    const attended = (await this.attendance(projectId)).get(personId);
    if (!person || (personId !== userId && !attended && !(await this.isMember(projectId, personId)))) {
      throw notFound('That person');
    }
    const entries = await this.store.listEntries(projectId, personId);
    const workshops = attended ?? [];
    return {
      projectName: project.name,
      person: { id: person.id, displayName: person.displayName },
      workshops,
      entries: entries.map(({ id, workedOn, minutes, description }) => ({ id, workedOn, minutes, description })),
      attendedMinutes: workshops.reduce((sum, each) => sum + each.minutes, 0),
      addedMinutes: entries.reduce((sum, each) => sum + each.minutes, 0),
      shared,
      madeAt: iso(this.now()),
    };
  }

  /** The group's time: every member, and anyone who was at a workshop, for leads; those who share, for others. */
  async group(projectId: string, userId: string): Promise<GroupTimeResponse> {
    const { me } = await this.projects.requireMember(projectId, userId);
    const seesEveryone = canManageProject(me.role);
    const sharing = new Set(await this.store.listSharing(projectId));
    const attendance = await this.attendance(projectId);
    const entries = await this.store.listEntries(projectId);
    const members = await this.projects.listMembers(projectId);
    const people = new Set([
      ...members.map((member) => member.userId),
      ...attendance.keys(),
      ...entries.map((e) => e.userId),
    ]);
    const rows: GroupTimeRow[] = [];
    for (const personId of people) {
      if (!seesEveryone && personId !== userId && !sharing.has(personId)) continue;
      const name =
        members.find((member) => member.userId === personId)?.displayName ??
        (await this.userStore.findUserById(personId))?.displayName ??
        'A former member';
      const workshops = attendance.get(personId) ?? [];
      rows.push({
        userId: personId,
        displayName: name,
        attendedMinutes: workshops.reduce((sum, each) => sum + each.minutes, 0),
        addedMinutes: entries.filter((e) => e.userId === personId).reduce((sum, each) => sum + each.minutes, 0),
        workshops: workshops.length,
        shared: sharing.has(personId),
      });
    }
    rows.sort((a, b) => a.displayName.localeCompare(b.displayName));
    return { rows, seesEveryone };
  }

  async addEntry(
    projectId: string,
    userId: string,
    body: AddTimeEntryBody & { minutes: number },
  ): Promise<TimeStatementResponse> {
    await this.projects.requireMember(projectId, userId);
    await this.store.addEntry({
      id: randomUUID(),
      projectId,
      userId,
      workedOn: body.workedOn,
      minutes: body.minutes,
      description: body.description.trim(),
      createdAt: this.now(),
    });
    return this.statement(projectId, userId);
  }

  async removeEntry(projectId: string, userId: string, entryId: string): Promise<TimeStatementResponse> {
    await this.projects.requireMember(projectId, userId);
    if (!(await this.store.removeEntry(projectId, userId, entryId))) throw notFound('That entry');
    return this.statement(projectId, userId);
  }

  async setSharing(projectId: string, userId: string, shared: boolean): Promise<TimeStatementResponse> {
    await this.projects.requireMember(projectId, userId);
    await this.store.setSharing(projectId, userId, shared, this.now());
    return this.statement(projectId, userId);
  }

  /** Leads only: the group's table, for a download. */
  async requireLead(projectId: string, userId: string): Promise<{ projectName: string }> {
    const { project } = await this.projects.requireLead(projectId, userId);
    return { projectName: project.name };
  }

  private async isMember(projectId: string, personId: string): Promise<boolean> {
    return (await this.projects.listMembers(projectId)).some((member) => member.userId === personId);
  }

  /** Everyone's time at each of the project's workshops that has started, per person. */
  private async attendance(projectId: string): Promise<Map<string, AttendedWorkshopView[]>> {
    await this.noteSeen();
    const byPerson = new Map<string, AttendedWorkshopView[]>();
    const now = this.now();
    const workshops = (await this.workshopStore.listWorkshops(projectId)).filter((each) => each.startedAt !== null);
    for (const workshop of workshops) {
      for (const time of attendedTime(workshop, await this.store.listPeriods(workshop.id), now)) {
        if (time.userId === null || time.minutes === 0) continue;
        byPerson.set(time.userId, [
          ...(byPerson.get(time.userId) ?? []),
          {
            workshopId: workshop.id,
            title: workshop.title,
            firstAt: iso(time.firstAt),
            lastAt: iso(time.lastAt),
            minutes: time.minutes,
            timeZone: workshop.timeZone,
            inRoom: time.ticked,
          },
        ]);
      }
    }
    return byPerson;
  }
}
