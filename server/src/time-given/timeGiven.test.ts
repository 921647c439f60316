import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type GroupTimeResponse,
  type RoomAttendanceResponse,
  SESSION_COOKIE,
  type TimeStatementResponse,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConnectedDocument, connectDocument } from '../testing/connectDocument.ts';
import { type RunningServer, serverDatabases, startServerOn, type TestDatabase } from '../testing/serverOnEachStore.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';
import { MINUTE, planWorkshop, workshopsPath } from '../testing/workshopFixtures.ts';

const minutesOf = (attendance: RoomAttendanceResponse) =>
  Object.fromEntries(attendance.attendees.map((each) => [each.name, each.minutes]));

describe.each(serverDatabases)('time given at a workshop (%s)', (_name, createDatabase) => {
  let database: TestDatabase;
  let server: RunningServer;
  let now = Date.now();
  const clock = () => now;
  const tabs: ConnectedDocument[] = [];

  beforeEach(async () => {
    now = Date.now();
    database = await createDatabase();
    server = await startServerOn(database, { now: clock });
  });
  afterEach(async () => {
    for (const tab of tabs.splice(0)) tab.destroy();
    await server.stop();
    await database.drop();
  });

  async function openTab(name: string, person: TestPerson) {
    const tab = connectDocument(server.wsUrl, name, person.cookie);
    tabs.push(tab);
    await tab.synced;
    return tab;
  }

  /** Ada leads, Fay facilitates, Sam and Kim are members; a workshop is planned on their document. */
  async function plannedWorkshop() {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const detail = await ada.createDocument(projectId, 'older-peoples-strategy');
    const join = async (person: TestPerson, role: 'member' | 'facilitator') => {
      const token = await ada.invite(projectId, role);
      await person.signUp(token);
      await person.join(token, 'both');
      return person;
    };
    const fay = await join(new TestPerson(server.url, 'Fay'), 'facilitator');
    const kim = await join(new TestPerson(server.url, 'Kim'), 'member');
    const workshop = await planWorkshop(fay, projectId, {
      documentId: detail.document.id,
      title: 'Strategy day',
      startsAt: new Date(now + MINUTE).toISOString(),
      agenda: [{ title: 'Welcome', durationMinutes: 10 }],
    });
    const path = `${workshopsPath(projectId)}/${workshop.id}`;
    const attendance = `${path}/attendance`;
    const time = `/api/projects/${projectId}/time-given`;
    return { ada, fay, sam, kim, projectId, name: detail.collaborationName, path, attendance, time };
  }

  /** Waits until the people running the room see what they should. */
  async function untilRoom(fay: TestPerson, attendance: string, check: (room: RoomAttendanceResponse) => boolean) {
    for (let tries = 0; tries < 100; tries += 1) {
      const room = await fay.expectOk<RoomAttendanceResponse>('GET', attendance);
      if (check(room)) return room;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(
      `the room never showed what was expected: ${JSON.stringify(await fay.expectOk('GET', attendance))}`,
    );
  }

  it('counts each person’s time from open tabs and ticks, across a restart, to the minute', async () => {
    const { ada, fay, sam, kim, name, path, attendance, time } = await plannedWorkshop();
    // Sam has the document open before it starts: his time counts from the start.
    await openTab(name, sam);
    await fay.expectOk('POST', `${path}/run`, { command: 'start' });
    await untilRoom(fay, attendance, (room) => room.attendees.some((each) => each.name === 'Sam' && each.onDevice));

    now += 5 * MINUTE;
    const kimFirst = await openTab(name, kim);
    const kimSecond = await openTab(name, kim);
    await untilRoom(fay, attendance, (room) => room.attendees.some((each) => each.name === 'Kim' && each.onDevice));

    now += 5 * MINUTE;
    await fay.expectOk('POST', `${attendance}/in-room`, { name: 'Mo from the day centre' });
    now += 2 * MINUTE;
    const ticked = await fay.expectOk<RoomAttendanceResponse>('POST', `${attendance}/in-room`, { userId: ada.id });
    expect(ticked.notHere.map((each) => each.displayName)).toEqual(['Fay']);
    const again = await fay.request('POST', `${attendance}/in-room`, { userId: ada.id });
    expect(again.status).toBe(409);

    // Two tabs count once: Kim is there from minute 5 until her last tab closes at 20.
    now += 3 * MINUTE;
    kimFirst.destroy();
    now += 5 * MINUTE;
    kimSecond.destroy();
    await untilRoom(fay, attendance, (room) => room.attendees.some((each) => each.name === 'Kim' && !each.onDevice));

    now += 10 * MINUTE;
    const adaTick = ticked.attendees.find((each) => each.name === 'Ada')?.tickedPeriodId;
    await fay.expectOk('POST', `${attendance}/in-room/${adaTick}/left`);

    // A restart at minute 40: Sam's page reconnects two minutes later, a gap that is merged.
    now += 10 * MINUTE;
    for (const tab of tabs.splice(0)) tab.destroy();
    await server.stop();
    now += 2 * MINUTE;
    server = await startServerOn(database, { now: clock }, Number(new URL(server.url).port));
    await openTab(name, sam);
    await untilRoom(fay, attendance, (room) => room.attendees.some((each) => each.name === 'Sam' && each.onDevice));

    now += 18 * MINUTE;
    await fay.expectOk('POST', `${path}/run`, { command: 'end' });
    now += 30 * MINUTE;
    const samsTime = await sam.expectOk<TimeStatementResponse>('GET', `${time}/mine`);
    expect(samsTime.attendedMinutes).toBe(60);
    const group = await ada.expectOk<GroupTimeResponse>('GET', `${time}/group`);
    expect(Object.fromEntries(group.rows.map((row) => [row.displayName, row.attendedMinutes]))).toEqual({
      Ada: 18,
      Fay: 0,
      Kim: 15,
      Sam: 60,
    });
  });

  it('lets only the people running the room see and tick who is in it', async () => {
    const { fay, sam, kim, path, attendance } = await plannedWorkshop();
    expect((await fay.request('GET', attendance)).status).toBe(409);
    await fay.expectOk('POST', `${path}/run`, { command: 'start' });
    expect((await sam.request('GET', attendance)).status).toBe(403);
    expect((await sam.request('POST', `${attendance}/in-room`, { userId: kim.id })).status).toBe(403);
    expect((await sam.request('POST', `${attendance}/in-room`, { name: 'Mo' })).status).toBe(403);
    const stranger = new TestPerson(server.url, 'Stranger');
    await stranger.signUp(await fay.invite(await fay.createProject('Another group')));
    expect((await stranger.request('GET', attendance)).status).toBe(404);
    const bad = await fay.request<{ error: { message: string } }>('POST', `${attendance}/in-room`, { name: '' });
    expect(bad.status).toBe(400);
    const unknown = await fay.request('POST', `${attendance}/in-room`, { userId: stranger.id });
    expect(unknown.status).toBe(404);
  });

  it('keeps the hours people add apart, shows a person’s time to others only if they share it, and downloads statements', async () => {
    const { ada, sam, kim, time } = await plannedWorkshop();
    const added = await sam.request<TimeStatementResponse>('POST', `${time}/mine/entries`, {
      workedOn: '2026-11-20',
      minutes: 90,
      description: 'Read the draft and talked to neighbours',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ attendedMinutes: 0, addedMinutes: 90, shared: false });
    for (const bad of [
      { workedOn: '20 Nov', minutes: 90, description: 'x' },
      { workedOn: '2026-11-20', minutes: 0, description: 'x' },
      { workedOn: '2026-11-20', minutes: '90', description: 'x' },
      { workedOn: '2026-11-20', minutes: 90, description: 'x'.repeat(301) },
    ]) {
      expect((await sam.request('POST', `${time}/mine/entries`, bad)).status).toBe(400);
    }

    // Kim sees only her own row until Sam shares his; a lead always sees everyone.
    const names = async (person: TestPerson) =>
      (await person.expectOk<GroupTimeResponse>('GET', `${time}/group`)).rows.map((row) => row.displayName);
    expect(await names(kim)).toEqual(['Kim']);
    expect((await kim.request('GET', `${time}/people/${sam.id}`)).status).toBe(403);
    await sam.expectOk('PATCH', `${time}/mine/sharing`, { shared: true });
    expect(await names(kim)).toEqual(['Kim', 'Sam']);
    expect((await kim.expectOk<TimeStatementResponse>('GET', `${time}/people/${sam.id}`)).addedMinutes).toBe(90);
    expect(await names(ada)).toEqual(['Ada', 'Fay', 'Kim', 'Sam']);

    // Entries are removed only by their owner.
    const entryId = added.body.entries[0]?.id;
    expect((await kim.request('DELETE', `${time}/mine/entries/${entryId}`)).status).toBe(404);

    const csv = await fetch(`${server.url}${time}/group.csv`, {
      headers: { cookie: `${SESSION_COOKIE}=${ada.cookie}` },
    });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain('"Sam","0","0.00","1.50","1.50"');
    const refused = await fetch(`${server.url}${time}/group.csv`, {
      headers: { cookie: `${SESSION_COOKIE}=${sam.cookie}` },
    });
    expect(refused.status).toBe(403);

    const pdf = await fetch(`${server.url}${time}/mine/statement.pdf`, {
      headers: { cookie: `${SESSION_COOKIE}=${sam.cookie}` },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'statement-')), 'statement.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Time given by Sam');
    expect(text).toContain('20 November 2026: Read the draft and talked to neighbours — 1 hour 30 minutes');
    expect(text).toContain('Time given in all: 1 hour 30 minutes');
  });
});
