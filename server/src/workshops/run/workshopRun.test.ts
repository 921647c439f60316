import {
  type ApiError,
  CSRF_HEADER,
  type DocumentWorkshopResponse,
  type WorkshopResponse,
  type WorkshopRun,
  type WorkshopRunResponse,
  workshopRunChangedEvent,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConnectedDocument, connectDocument, eventually } from '../../testing/connectDocument.ts';
import {
  type RunningServer,
  serverDatabases,
  startServerOn,
  type TestDatabase,
} from '../../testing/serverOnEachStore.ts';
import { projectWithTwoMembers, TestPerson } from '../../testing/TestPerson.ts';
import { HOUR, MINUTE, planWorkshop, workshopsPath } from '../../testing/workshopFixtures.ts';

// Tuesday 12 May 2026, 09:00 in London (BST).
const NINE_AM = Date.parse('2026-05-12T08:00:00Z');
const iso = (at: number) => new Date(at).toISOString();
const MEMBER_REFUSAL =
  'Only a lead or facilitator of this project can run a workshop: start it, move between items, use the timer or end it.';

describe.each(serverDatabases)('running a workshop (%s)', (_name, createDatabase) => {
  let database: TestDatabase;
  let server: RunningServer;
  let clock: number;
  const connections: ConnectedDocument[] = [];

  beforeEach(async () => {
    clock = NINE_AM;
    database = await createDatabase();
    server = await startServerOn(database, { now: () => clock });
  });
  afterEach(async () => {
    for (const connection of connections.splice(0)) connection.destroy();
    await server.stop();
    await database.drop();
  });

  /** Ada leads, Sam is a member, Fay facilitates; a workshop planned for 10:00 today with three items. */
  async function plannedWorkshop() {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const fay = new TestPerson(server.url, 'Fay');
    const token = await ada.invite(projectId, 'facilitator');
    await fay.signUp(token);
    await fay.join(token, 'professional');
    const detail = await ada.createDocument(projectId, 'blank', 'Our strategy');
    const workshop = await planWorkshop(fay, projectId, {
      documentId: detail.document.id,
      title: 'Strategy day',
      startsAt: iso(NINE_AM + HOUR),
      agenda: [
        { title: 'Welcome', durationMinutes: 10 },
        { title: 'Housing', durationMinutes: 45 },
        { title: 'Next steps', durationMinutes: 5 },
      ],
    });
    const [welcome, housing, nextSteps] = workshop.agenda.map((item) => item.id);
    if (!welcome || !housing || !nextSteps) throw new Error('three items');
    const runPath = `${workshopsPath(projectId)}/${workshop.id}/run`;
    const send = (person: TestPerson, command: string, fields: Record<string, unknown> = {}) =>
      person.request<WorkshopRunResponse & ApiError>('POST', runPath, { command, ...fields });
    const run = async (person: TestPerson, command: string, fields: Record<string, unknown> = {}) => {
      const result = await send(person, command, fields);
      if (result.status !== 200) throw new Error(`${command} → ${result.status} ${JSON.stringify(result.body)}`);
      return result.body.run;
    };
    return {
      ada,
      sam,
      fay,
      projectId,
      documentId: detail.document.id,
      documentName: detail.collaborationName,
      workshop,
      items: { welcome, housing, nextSteps },
      runPath,
      send,
      run,
    };
  }

  function connect(documentName: string, person: TestPerson) {
    const connection = connectDocument(server.wsUrl, documentName, person.cookie);
    connections.push(connection);
    return connection;
  }

  /** Every live workshop message a connection receives, read as the page reads them. */
  function heardRuns(connection: ConnectedDocument): WorkshopRun[] {
    const heard: WorkshopRun[] = [];
    connection.provider.on('stateless', ({ payload }: { payload: string }) => {
      const parsed = workshopRunChangedEvent.safeParse(JSON.parse(payload));
      if (parsed.success) heard.push(parsed.data.run);
    });
    return heard;
  }

  it('lets a facilitator start, move on, time and end a workshop, which every member follows', async () => {
    const { sam, fay, projectId, documentId, workshop, items, runPath, run } = await plannedWorkshop();
    const onDocument = `/api/projects/${projectId}/documents/${documentId}/workshop`;
    expect(await sam.expectOk<DocumentWorkshopResponse>('GET', onDocument)).toMatchObject({
      workshop: { id: workshop.id, state: 'planned' },
      run: { state: 'planned', currentItemId: null, timer: null, serverNow: iso(NINE_AM) },
      canRun: false,
    });

    clock = NINE_AM + HOUR;
    const started = await run(fay, 'start');
    expect(started).toEqual({
      workshopId: workshop.id,
      documentId,
      state: 'running',
      startedAt: iso(clock),
      endedAt: null,
      currentItemId: items.welcome,
      timer: { status: 'paused', remainingMs: 10 * MINUTE },
      serverNow: iso(clock),
    });
    expect(await run(fay, 'start-timer')).toMatchObject({
      timer: { status: 'running', deadline: iso(clock + 10 * MINUTE) },
    });
    clock += 4 * MINUTE;
    expect(await run(fay, 'pause-timer')).toMatchObject({ timer: { status: 'paused', remainingMs: 6 * MINUTE } });
    expect(await run(fay, 'add-minute')).toMatchObject({ timer: { status: 'paused', remainingMs: 7 * MINUTE } });
    expect(await run(fay, 'start-timer')).toMatchObject({
      timer: { status: 'running', deadline: iso(clock + 7 * MINUTE) },
    });
    expect(await run(fay, 'reset-timer')).toMatchObject({ timer: { status: 'paused', remainingMs: 10 * MINUTE } });

    expect(await run(fay, 'next', { fromItemId: items.welcome })).toMatchObject({
      currentItemId: items.housing,
      timer: { status: 'paused', remainingMs: 45 * MINUTE },
    });
    expect(await run(fay, 'previous', { fromItemId: items.housing })).toMatchObject({ currentItemId: items.welcome });
    await run(fay, 'next');

    // Members read it all: where the room is, and the same deadline.
    await run(fay, 'start-timer');
    clock += 1000;
    const seen = await sam.expectOk<WorkshopRunResponse>('GET', runPath);
    expect(seen.run).toMatchObject({
      currentItemId: items.housing,
      timer: { status: 'running', deadline: iso(clock - 1000 + 45 * MINUTE) },
      serverNow: iso(clock),
    });
    expect(await sam.expectOk<DocumentWorkshopResponse>('GET', onDocument)).toMatchObject({
      workshop: { id: workshop.id, state: 'running', currentItemId: items.housing },
      run: seen.run,
    });

    clock += HOUR;
    expect(await run(fay, 'end')).toMatchObject({
      state: 'ended',
      endedAt: iso(clock),
      currentItemId: items.housing,
      timer: null,
    });
    const listed = await sam.expectOk<WorkshopResponse>('GET', `${workshopsPath(projectId)}/${workshop.id}`);
    expect(listed.workshop).toMatchObject({ state: 'ended', startedAt: iso(NINE_AM + HOUR), endedAt: iso(clock) });
  });

  it('refuses every command from a member, however the request is made, and changes nothing', async () => {
    const { ada, sam, fay, documentName, items, runPath, send, run } = await plannedWorkshop();
    const commands = ['start', 'next', 'previous', 'end', 'start-timer', 'pause-timer', 'add-minute', 'reset-timer'];
    for (const command of commands) {
      const refused = await send(sam, command, { fromItemId: null });
      expect(refused.status, command).toBe(403);
      expect(refused.body.error.message).toBe(MEMBER_REFUSAL);
    }
    expect((await sam.expectOk<WorkshopRunResponse>('GET', runPath)).run.state).toBe('planned');

    await run(ada, 'start');
    const before = (await sam.expectOk<WorkshopRunResponse>('GET', runPath)).run;
    const fayTab = connect(documentName, fay);
    const others = heardRuns(fayTab);
    const samTab = connect(documentName, sam);
    await Promise.all([fayTab.synced, samTab.synced]);
    for (const command of commands) {
      const refused = await send(sam, command, { fromItemId: items.welcome, role: 'lead' });
      expect(refused.status, command).toBe(403);
    }
    // A hand-made live message is not a command: the server passes on only what it stored.
    samTab.provider.sendStateless(
      JSON.stringify({ event: 'workshop-run-changed', run: { ...before, currentItemId: items.nextSteps } }),
    );
    // Without the header every page sends, nothing is even considered.
    const noHeader = await ada.request<ApiError>('POST', runPath, { command: 'next' }, { [CSRF_HEADER]: '' });
    expect(noHeader.status).toBe(403);

    const stranger = new TestPerson(server.url, 'Stranger');
    await stranger.signUp(await ada.invite(await ada.createProject('Another project')));
    expect((await send(stranger, 'end')).status).toBe(404);
    expect((await stranger.request('GET', runPath)).status).toBe(404);
    expect((await send(new TestPerson(server.url, 'Nobody'), 'end')).status).toBe(401);

    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(others).toEqual([]);
    expect((await sam.expectOk<WorkshopRunResponse>('GET', runPath)).run).toEqual({ ...before, serverNow: iso(clock) });
  });

  it('keeps the current item and the timer through a restart, running or paused', async () => {
    const { ada, fay, workshop, items, runPath, run } = await plannedWorkshop();
    clock = NINE_AM + HOUR;
    await run(fay, 'start');
    await run(fay, 'next');
    const running = await run(fay, 'start-timer');
    expect(running.timer).toEqual({ status: 'running', deadline: iso(clock + 45 * MINUTE) });

    /** Restarts the server over the same database; people keep their sessions. */
    const restart = async () => {
      await server.stop();
      server = await startServerOn(database, { now: () => clock });
      return [ada, fay].map((person) => {
        const again = new TestPerson(server.url, person.displayName, person.email);
        again.cookie = person.cookie;
        return again;
      });
    };

    clock += 5 * MINUTE;
    const [adaAgain, fayAgain] = await restart();
    expect((await adaAgain?.expectOk<WorkshopRunResponse>('GET', runPath))?.run).toMatchObject({
      workshopId: workshop.id,
      state: 'running',
      currentItemId: items.housing,
      timer: running.timer,
    });
    const paused = await fayAgain?.expectOk<WorkshopRunResponse>('POST', runPath, { command: 'pause-timer' });
    expect(paused?.run.timer).toEqual({ status: 'paused', remainingMs: 40 * MINUTE });

    clock += 20 * MINUTE;
    const [adaLater] = await restart();
    expect((await adaLater?.expectOk<WorkshopRunResponse>('GET', runPath))?.run).toMatchObject({
      state: 'running',
      currentItemId: items.housing,
      timer: { status: 'paused', remainingMs: 40 * MINUTE },
    });
  });

  it('will not start a workshop again once it has ended or was cancelled, and says why', async () => {
    const { fay, projectId, documentId, send, run } = await plannedWorkshop();
    await run(fay, 'start');
    expect((await send(fay, 'start')).body.error.message).toBe('This workshop has already started.');

    const second = await planWorkshop(fay, projectId, {
      documentId,
      title: 'Afternoon session',
      startsAt: iso(NINE_AM + 5 * HOUR),
    });
    const secondRun = `${workshopsPath(projectId)}/${second.id}/run`;
    const blocked = await fay.request<ApiError>('POST', secondRun, { command: 'start' });
    expect(blocked.status).toBe(409);
    expect(blocked.body.error.message).toBe(
      '“Strategy day” is running on this document. End it before starting another workshop here.',
    );

    await run(fay, 'end');
    const again = await send(fay, 'start');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(
      'This workshop has ended, so it cannot start again. To meet again, plan a new workshop.',
    );
    expect((await send(fay, 'next')).body.error.message).toBe('This workshop has ended.');

    await fay.expectOk('POST', `${workshopsPath(projectId)}/${second.id}/cancel`);
    const cancelled = await fay.request<ApiError>('POST', secondRun, { command: 'start' });
    expect(cancelled.status).toBe(409);
    expect(cancelled.body.error.message).toBe(
      'This workshop was cancelled, so it cannot start. To meet, plan a new workshop.',
    );
  });

  it('moves the room once when two facilitators press Next together', async () => {
    const { ada, fay, items, send, run } = await plannedWorkshop();
    await run(fay, 'start');
    const both = await Promise.all([
      send(fay, 'next', { fromItemId: items.welcome }),
      send(ada, 'next', { fromItemId: items.welcome }),
    ]);
    expect(both.map((result) => result.status).sort()).toEqual([200, 409]);
    const refused = both.find((result) => result.status === 409);
    expect(refused?.body.error.message).toBe(
      'Someone else has just moved the workshop to another item. Check which item it is on now.',
    );
    expect((await run(fay, 'reset-timer')).currentItemId).toBe(items.housing);
  });

  it('sends each change at once to everyone with the document open', async () => {
    const { sam, fay, documentName, items, run } = await plannedWorkshop();
    const samTab = connect(documentName, sam);
    await samTab.synced;
    const heard = heardRuns(samTab);

    const started = await run(fay, 'start');
    clock += 2000;
    const timing = await run(fay, 'start-timer');
    const moved = await run(fay, 'next', { fromItemId: items.welcome });
    await eventually(() => heard.length >= 3, 'Sam hears all three changes');
    expect(heard).toEqual([started, timing, moved]);
    expect(heard[1]?.timer).toEqual({ status: 'running', deadline: iso(NINE_AM + 2000 + 10 * MINUTE) });
    expect(heard[1]?.serverNow).toBe(iso(NINE_AM + 2000));
  });
});
