import type { ApiError, DocumentSectionsResponse, WorkshopResponse, WorkshopsResponse } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';
import {
  editHeadings,
  HOUR,
  heading,
  MINUTE,
  planWorkshop,
  setWorkshop,
  workshopsPath,
} from '../testing/workshopFixtures.ts';

// Monday 2 March 2026, 09:00 in London (GMT).
const MONDAY_9AM = Date.parse('2026-03-02T09:00:00Z');
const iso = (at: number) => new Date(at).toISOString();

describe('planning workshops', () => {
  let server: TestServer;
  let clock: number;
  beforeEach(async () => {
    clock = MONDAY_9AM;
    server = await startTestServer({ now: () => clock });
  });
  afterEach(async () => {
    await server.destroy();
  });

  /** Ada leads, Sam is a member, Fay is a facilitator; one document. */
  async function group() {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const fay = new TestPerson(server.url, 'Fay');
    const token = await ada.invite(projectId, 'facilitator');
    await fay.signUp(token);
    await fay.join(token, 'professional');
    const { document } = await ada.createDocument(projectId, 'blank', 'Our strategy');
    const plan = (fields: Record<string, unknown> = {}) => ({
      documentId: document.id,
      title: 'Strategy day',
      startsAt: iso(MONDAY_9AM + 25 * HOUR),
      place: 'Town hall, room 2',
      meetingLink: 'https://meet.example.org/strategy',
      ...fields,
    });
    return { ada, sam, fay, projectId, documentId: document.id, plan };
  }

  it('lets a facilitator plan a workshop with an agenda, which every member sees', async () => {
    const { sam, fay, projectId, documentId, plan } = await group();
    const created = await fay.request<WorkshopResponse>(
      'POST',
      workshopsPath(projectId),
      plan({
        agenda: [
          { title: 'Welcome', durationMinutes: 10 },
          { title: 'Housing', durationMinutes: 45 },
        ],
      }),
    );
    expect(created.status).toBe(201);
    const { workshop } = created.body;
    expect(workshop).toMatchObject({
      projectId,
      documentId,
      documentTitle: 'Our strategy',
      title: 'Strategy day',
      startsAt: iso(MONDAY_9AM + 25 * HOUR),
      endsAt: iso(MONDAY_9AM + 25 * HOUR + 55 * MINUTE),
      timeZone: 'Europe/London',
      place: 'Town hall, room 2',
      meetingLink: 'https://meet.example.org/strategy',
      state: 'planned',
      createdBy: { id: fay.id, displayName: 'Fay' },
      agendaItemCount: 2,
      agendaMinutes: 55,
      currentItemId: null,
    });
    expect(workshop.agenda.map((item) => [item.title, item.startsAt, item.section])).toEqual([
      ['Welcome', iso(MONDAY_9AM + 25 * HOUR), null],
      ['Housing', iso(MONDAY_9AM + 25 * HOUR + 10 * MINUTE), null],
    ]);

    const seen = await sam.expectOk<WorkshopResponse>('GET', `${workshopsPath(projectId)}/${workshop.id}`);
    expect(seen).toEqual({ workshop, canRun: false });
    const list = await sam.expectOk<WorkshopsResponse>('GET', workshopsPath(projectId));
    expect(list.coming.map((entry) => entry.id)).toEqual([workshop.id]);
    expect(list.canRun).toBe(false);
  });

  it('shows workshops to members only, and lets only leads and facilitators change them', async () => {
    const { ada, sam, projectId, documentId, plan } = await group();
    const workshop = await planWorkshop(ada, projectId, plan({ agenda: [{ title: 'Welcome', durationMinutes: 5 }] }));
    const path = `${workshopsPath(projectId)}/${workshop.id}`;
    const itemPath = `${path}/agenda/${workshop.agenda[0]?.id}`;

    const stranger = new TestPerson(server.url, 'Stranger');
    await stranger.signUp(await ada.invite(await ada.createProject('Another project')));
    for (const [method, where, body] of [
      ['GET', workshopsPath(projectId), undefined],
      ['GET', path, undefined],
      ['POST', workshopsPath(projectId), plan()],
      ['PATCH', path, { title: 'Mine now' }],
      ['DELETE', path, undefined],
      ['GET', `/api/projects/${projectId}/documents/${documentId}/sections`, undefined],
    ] as const) {
      const result = await stranger.request<ApiError>(method, where, body);
      expect(result.status, `${method} ${where}`).toBe(404);
    }
    const signedOut = new TestPerson(server.url, 'Nobody');
    expect((await signedOut.request('GET', workshopsPath(projectId))).status).toBe(401);

    const writes = [
      ['POST', workshopsPath(projectId), plan()],
      ['PATCH', path, { title: 'Changed' }],
      ['POST', `${path}/cancel`, undefined],
      ['DELETE', path, undefined],
      ['POST', `${path}/agenda`, { title: 'Break', durationMinutes: 10 }],
      ['PATCH', itemPath, { durationMinutes: 20 }],
      ['DELETE', itemPath, undefined],
      ['POST', `${path}/agenda/order`, { itemIds: [workshop.agenda[0]?.id] }],
    ] as const;
    for (const [method, where, body] of writes) {
      const result = await sam.request<ApiError>(method, where, body);
      expect(result.status, `${method} ${where}`).toBe(403);
      expect(result.body.error.message).toBe(
        'Only a lead or facilitator of this project can plan or change workshops.',
      );
    }
    expect(await sam.expectOk<WorkshopResponse>('GET', path)).toMatchObject({ workshop: { title: 'Strategy day' } });
  });

  it('explains in plain words what will not do', async () => {
    const { ada, projectId, plan } = await group();
    const refused = async (body: unknown, path = workshopsPath(projectId), method = 'POST') => {
      const result = await ada.request<ApiError>(method, path, body);
      return { status: result.status, message: result.body.error.message, fields: result.body.error.fields };
    };
    expect(await refused(plan({ title: 'x'.repeat(121) }))).toMatchObject({
      status: 400,
      fields: { title: 'Workshop titles can be at most 120 characters.' },
    });
    expect(await refused(plan({ meetingLink: 'javascript:alert(1)' }))).toMatchObject({
      fields: { meetingLink: 'Enter the whole meeting link, starting with https:// (or http://).' },
    });
    expect(await refused(plan({ startsAt: iso(MONDAY_9AM - HOUR) }))).toMatchObject({
      status: 400,
      fields: { startsAt: 'That date and time has passed. Choose when the workshop will start.' },
    });
    const elsewhere = await ada.createDocument(await ada.createProject('Elsewhere'), 'blank', 'Not this one');
    expect(await refused(plan({ documentId: elsewhere.document.id }))).toMatchObject({
      status: 400,
      fields: { documentId: 'Choose a document of this project.' },
    });
    const { document: archived } = await ada.createDocument(projectId, 'blank', 'Old draft');
    await ada.expectOk('PATCH', `/api/projects/${projectId}/documents/${archived.id}`, { archived: true });
    expect(await refused(plan({ documentId: archived.id }))).toMatchObject({
      fields: { documentId: '“Old draft” is archived. Choose a document people can still edit.' },
    });
    expect(await refused(plan({ agenda: [{ title: 'Long', durationMinutes: 300 }] }))).toMatchObject({
      fields: {
        'agenda.0.durationMinutes': 'An item can take at most 240 minutes (4 hours). Split a longer one in two.',
      },
    });

    const full = Array.from({ length: 30 }, (_, n) => ({ title: `Item ${n + 1}`, durationMinutes: 1 }));
    const workshop = await planWorkshop(ada, projectId, plan({ agenda: full }));
    expect(
      await refused({ title: 'One more', durationMinutes: 5 }, `${workshopsPath(projectId)}/${workshop.id}/agenda`),
    ).toEqual({
      status: 409,
      message: 'An agenda can have at most 30 items. Remove one, or join two together.',
      fields: undefined,
    });
    expect(
      await refused(
        { title: 'Housing', durationMinutes: 5, sectionId: 'no-such-section' },
        `${workshopsPath(projectId)}/${workshop.id}/agenda/${workshop.agenda[0]?.id}`,
        'PATCH',
      ),
    ).toMatchObject({
      status: 400,
      fields: { sectionId: 'That section is no longer in the document. Choose another, or none.' },
    });
  });

  it('works out start times again when the agenda changes order or length', async () => {
    const { ada, projectId, plan } = await group();
    const startsAt = MONDAY_9AM + 25 * HOUR;
    const workshop = await planWorkshop(
      ada,
      projectId,
      plan({
        agenda: [
          { title: 'Welcome', durationMinutes: 10 },
          { title: 'Housing', durationMinutes: 45 },
          { title: 'Break', durationMinutes: 15 },
        ],
      }),
    );
    const path = `${workshopsPath(projectId)}/${workshop.id}`;
    const [welcome, housing, pause] = workshop.agenda.map((item) => item.id);
    const times = (response: WorkshopResponse) =>
      response.workshop.agenda.map(
        (item) => `${item.position} ${item.title} ${(Date.parse(item.startsAt) - startsAt) / MINUTE}`,
      );

    const reordered = await ada.expectOk<WorkshopResponse>('POST', `${path}/agenda/order`, {
      itemIds: [welcome, pause, housing],
    });
    expect(times(reordered)).toEqual(['0 Welcome 0', '1 Break 10', '2 Housing 25']);

    const longer = await ada.expectOk<WorkshopResponse>('PATCH', `${path}/agenda/${welcome}`, { durationMinutes: 20 });
    expect(times(longer)).toEqual(['0 Welcome 0', '1 Break 20', '2 Housing 35']);
    expect(longer.workshop.endsAt).toBe(iso(startsAt + 80 * MINUTE));

    const fewer = await ada.expectOk<WorkshopResponse>('DELETE', `${path}/agenda/${pause}`);
    expect(times(fewer)).toEqual(['0 Welcome 0', '1 Housing 20']);
    const added = await ada.expectOk<WorkshopResponse>('POST', `${path}/agenda`, {
      title: 'Close',
      durationMinutes: 5,
    });
    expect(times(added)).toEqual(['0 Welcome 0', '1 Housing 20', '2 Close 65']);

    const later = await ada.expectOk<WorkshopResponse>('PATCH', path, { startsAt: iso(startsAt + HOUR) });
    expect(times(later)).toEqual(['0 Welcome 60', '1 Housing 80', '2 Close 125']);

    const stale = await ada.request<ApiError>('POST', `${path}/agenda/order`, { itemIds: [welcome, pause, housing] });
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toMatch(/^The agenda changed while you were moving items/);
  });

  it('lists workshops as coming, running, past and cancelled by the server’s clock', async () => {
    const { ada, sam, projectId, plan } = await group();
    const tomorrow = await planWorkshop(
      ada,
      projectId,
      plan({ title: 'Tomorrow', startsAt: iso(MONDAY_9AM + 25 * HOUR) }),
    );
    const soon = await planWorkshop(ada, projectId, plan({ title: 'Soon', startsAt: iso(MONDAY_9AM + 2 * HOUR) }));
    const now = await planWorkshop(ada, projectId, plan({ title: 'Now', startsAt: iso(MONDAY_9AM + HOUR) }));
    const held = await planWorkshop(ada, projectId, plan({ title: 'Held', startsAt: iso(MONDAY_9AM + 30 * MINUTE) }));
    const off = await planWorkshop(ada, projectId, plan({ title: 'Off', startsAt: iso(MONDAY_9AM + 3 * HOUR) }));
    await ada.expectOk('POST', `${workshopsPath(projectId)}/${off.id}/cancel`);

    clock = MONDAY_9AM + 3 * HOUR + 30 * MINUTE;
    await setWorkshop(server.databaseFile, held.id, {
      state: 'ended',
      startedAt: clock - 3 * HOUR,
      endedAt: clock - 2 * HOUR,
    });
    await setWorkshop(server.databaseFile, now.id, { state: 'running', startedAt: clock - 5 * MINUTE });
    const titles = (list: WorkshopsResponse) => ({
      coming: list.coming.map((w) => w.title),
      running: list.running.map((w) => w.title),
      past: list.past.map((w) => w.title),
      cancelled: list.cancelled.map((w) => w.title),
    });
    // "Soon" had an hour from 11:00 (no agenda) and was never started: by 12:30 it is past.
    expect(titles(await sam.expectOk<WorkshopsResponse>('GET', workshopsPath(projectId)))).toEqual({
      coming: ['Tomorrow'],
      running: ['Now'],
      past: ['Soon', 'Held'],
      cancelled: ['Off'],
    });
    expect(tomorrow.state).toBe('planned');
    expect(soon.endsAt).toBe(iso(MONDAY_9AM + 3 * HOUR));

    // A cancelled or running workshop cannot be deleted or changed as a planned one can.
    const ended = await ada.request<ApiError>('DELETE', `${workshopsPath(projectId)}/${held.id}`);
    expect(ended.status).toBe(409);
    expect(ended.body.error.message).toBe(
      'A workshop that has started is kept, so the time people gave to it is not lost.',
    );
    expect(
      (await ada.request<ApiError>('PATCH', `${workshopsPath(projectId)}/${off.id}`, { title: 'Back on' })).body,
    ).toEqual({
      error: { code: 'conflict', message: 'This workshop was cancelled, so its plan can no longer be changed.' },
    });
    expect((await ada.request('DELETE', `${workshopsPath(projectId)}/${off.id}`)).status).toBe(204);
    expect((await ada.request('GET', `${workshopsPath(projectId)}/${off.id}`)).status).toBe(404);
  });

  it('says when recent workshops all fall on the same weekday and time of day', async () => {
    const { ada, fay, projectId, plan } = await group();
    // Tuesdays at 10:00 in London: GMT until 29 March, then BST, which the time zone accounts for.
    const tuesdays = [
      Date.parse('2026-03-10T10:00:00Z'),
      Date.parse('2026-03-17T10:00:00Z'),
      Date.parse('2026-03-31T09:00:00Z'),
    ];
    for (const [n, at] of tuesdays.entries()) {
      await planWorkshop(ada, projectId, plan({ title: `Workshop ${n + 1}`, startsAt: iso(at) }));
    }
    const list = await fay.expectOk<WorkshopsResponse>('GET', workshopsPath(projectId));
    expect(list.times.recent.map((time) => `${time.title}: ${time.weekday} ${time.partOfDay}`)).toEqual([
      'Workshop 3: Tuesday morning',
      'Workshop 2: Tuesday morning',
      'Workshop 1: Tuesday morning',
    ]);
    expect(list.times.note).toBe(
      'Your 3 most recent workshops, counting those planned, are all on Tuesday mornings. Some people can only come at other times: the co-production handbook suggests varying days and times so that most people can take part.',
    );
    expect(list.canRun).toBe(true);

    await planWorkshop(
      ada,
      projectId,
      plan({ title: 'Thursday evening', startsAt: iso((tuesdays[2] ?? 0) + 2 * 24 * HOUR + 9 * HOUR) }),
    );
    expect((await fay.expectOk<WorkshopsResponse>('GET', workshopsPath(projectId))).times.note).toBeNull();
  });

  it('names an agenda item’s section as its heading reads now, by the heading’s stable id', async () => {
    const { ada, sam, projectId, documentId, plan } = await group();
    await editHeadings(server.databaseFile, documentId, clock, (fragment) => {
      fragment.insert(fragment.length, [heading(2, 'Housing', 'housing'), heading(2, 'Health', 'health')]);
    });
    const sectionsPath = `/api/projects/${projectId}/documents/${documentId}/sections`;
    // The template's title heading comes first, with the id the template gave it.
    expect(await sam.expectOk<DocumentSectionsResponse>('GET', sectionsPath)).toEqual({
      sections: [
        { sectionId: expect.any(String), title: 'Our strategy', level: 1 },
        { sectionId: 'housing', title: 'Housing', level: 2 },
        { sectionId: 'health', title: 'Health', level: 2 },
      ],
    });

    const workshop = await planWorkshop(
      ada,
      projectId,
      plan({ agenda: [{ title: 'Homes', durationMinutes: 30, sectionId: 'housing' }] }),
    );
    const path = `${workshopsPath(projectId)}/${workshop.id}`;
    await ada.expectOk('POST', `${path}/agenda`, { title: 'Being well', durationMinutes: 30, sectionId: 'health' });
    const sectionOf = async () =>
      (await sam.expectOk<WorkshopResponse>('GET', path)).workshop.agenda.map((item) => item.section);

    await editHeadings(server.databaseFile, documentId, clock, (fragment) => {
      const blocks = fragment.toArray();
      const at = (id: string) =>
        blocks.findIndex((block) => block instanceof Y.XmlElement && block.getAttribute('sectionId') === id);
      ((fragment.get(at('housing')) as Y.XmlElement).get(0) as Y.XmlText).insert('Housing'.length, ' and homes');
      fragment.delete(at('health'), 1);
    });
    expect(await sectionOf()).toEqual([
      { sectionId: 'housing', title: 'Housing and homes', level: 2 },
      { sectionId: 'health', title: null, level: null },
    ]);

    const otherDocument = (await ada.createDocument(projectId, 'blank', 'Easy read version')).document.id;
    const moved = await ada.expectOk<WorkshopResponse>('PATCH', path, { documentId: otherDocument });
    expect(moved.workshop.agenda.map((item) => item.section)).toEqual([null, null]);
  });
});
