import {
  type ApiError,
  type BringEveryoneResponse,
  CSRF_HEADER,
  type DocumentSectionsResponse,
  type EveryoneBroughtEvent,
  type HandsChangedEvent,
  type HandsResponse,
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
import { planWorkshop, workshopsPath } from '../../testing/workshopFixtures.ts';

/** Everything the server says to one open copy of the document. */
function listen(tab: ConnectedDocument): unknown[] {
  const heard: unknown[] = [];
  tab.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(JSON.parse(payload)));
  return heard;
}

const handsEvents = (heard: unknown[]) =>
  heard.filter(
    (message): message is HandsChangedEvent => (message as HandsChangedEvent).event === 'workshop-hands-changed',
  );
const broughtEvents = (heard: unknown[]) =>
  heard.filter(
    (message): message is EveryoneBroughtEvent =>
      (message as EveryoneBroughtEvent).event === 'workshop-everyone-brought',
  );
const names = (response: HandsResponse) => response.hands.map((hand) => hand.name);

describe.each(serverDatabases)('the room of a running workshop (%s)', (_name, createDatabase) => {
  let database: TestDatabase;
  let server: RunningServer;
  const connections: ConnectedDocument[] = [];

  beforeEach(async () => {
    database = await createDatabase();
    server = await startServerOn(database);
  });
  afterEach(async () => {
    for (const connection of connections.splice(0)) connection.destroy();
    await server.stop();
    await database.drop();
  });

  /** A real provider on the document, signed in as the person, like their open tab. */
  async function openTab(documentName: string, person: TestPerson) {
    const tab = connectDocument(server.wsUrl, documentName, person.cookie);
    connections.push(tab);
    await tab.synced;
    return tab;
  }

  /** Ada leads, Fay facilitates, Sam and Kim are members; Fay has started a workshop on their strategy document. */
  async function runningWorkshop() {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const detail = await ada.createDocument(projectId, 'older-peoples-strategy');
    const documentId = detail.document.id;
    const join = async (person: TestPerson, role: 'member' | 'facilitator') => {
      const token = await ada.invite(projectId, role);
      await person.signUp(token);
      await person.join(token, 'both');
      return person;
    };
    const fay = await join(new TestPerson(server.url, 'Fay'), 'facilitator');
    const kim = await join(new TestPerson(server.url, 'Kim'), 'member');
    const workshop = await planWorkshop(fay, projectId, {
      documentId,
      title: 'Strategy day',
      startsAt: new Date(Date.now() + 60_000).toISOString(),
      agenda: [{ title: 'Welcome', durationMinutes: 10 }],
    });
    const path = `${workshopsPath(projectId)}/${workshop.id}`;
    const command = (command: string) => fay.expectOk('POST', `${path}/run`, { command });
    await command('start');
    const { sections } = await sam.expectOk<DocumentSectionsResponse>(
      'GET',
      `/api/projects/${projectId}/documents/${documentId}/sections`,
    );
    return {
      ada,
      fay,
      sam,
      kim,
      projectId,
      documentId,
      name: detail.collaborationName,
      workshop,
      path,
      hands: `${path}/hands`,
      sections,
      command,
    };
  }

  it('keeps hands in the order they went up, one place each, and marks who has not spoken yet', async () => {
    const { fay, sam, kim, ada, hands } = await runningWorkshop();
    await sam.expectOk('POST', `${hands}/mine`);
    await kim.expectOk('POST', `${hands}/mine`);
    const again = await sam.expectOk<HandsResponse>('POST', `${hands}/mine`);
    expect(names(again)).toEqual(['Sam', 'Kim']);
    const added = await fay.request<HandsResponse>('POST', `${hands}/in-room`, { name: '  Mary  ' });
    expect(added.status).toBe(201);
    await ada.expectOk('POST', `${hands}/mine`);

    const queue = await kim.expectOk<HandsResponse>('GET', hands);
    expect(queue).toMatchObject({ running: true, canManage: false });
    expect(queue.hands.map(({ name, inRoom, hasSpoken, userId }) => ({ name, inRoom, hasSpoken, userId }))).toEqual([
      { name: 'Sam', inRoom: false, hasSpoken: false, userId: sam.id },
      { name: 'Kim', inRoom: false, hasSpoken: false, userId: kim.id },
      { name: 'Mary', inRoom: true, hasSpoken: false, userId: null },
      { name: 'Ada', inRoom: false, hasSpoken: false, userId: ada.id },
    ]);

    // Called in order: each hand comes down and its owner is recorded as having spoken.
    let current = queue;
    for (const expected of ['Sam', 'Kim', 'Mary']) {
      const top = current.hands[0];
      expect(top?.name).toBe(expected);
      current = await fay.expectOk<HandsResponse>('POST', `${hands}/${top?.id}/call`);
    }
    expect(names(current)).toEqual(['Ada']);
    const calledTwice = await fay.request<ApiError>('POST', `${hands}/${queue.hands[0]?.id}/call`);
    expect(calledTwice.status).toBe(409);
    expect(calledTwice.body.error.message).toMatch(/^That hand is no longer up/);

    // Up again later, they are marked as having spoken; Mary is the same person by her name.
    await sam.expectOk('POST', `${hands}/mine`);
    await fay.expectOk('POST', `${hands}/in-room`, { name: 'mary' });
    const later = await fay.expectOk<HandsResponse>('GET', hands);
    expect(later.canManage).toBe(true);
    expect(later.hands.map((hand) => [hand.name, hand.hasSpoken])).toEqual([
      ['Ada', false],
      ['Sam', true],
      ['mary', true],
    ]);

    // Lowering: your own, twice without harm; the facilitator lowers anyone's.
    await ada.expectOk('DELETE', `${hands}/mine`);
    expect(names(await ada.expectOk<HandsResponse>('DELETE', `${hands}/mine`))).toEqual(['Sam', 'mary']);
    const samHand = later.hands[1]?.id;
    expect(names(await fay.expectOk<HandsResponse>('DELETE', `${hands}/${later.hands[2]?.id}`))).toEqual(['Sam']);
    expect(names(await sam.expectOk<HandsResponse>('DELETE', `${hands}/${samHand}`))).toEqual([]);
  });

  it('refuses a member’s crafted requests to run the room, changing nothing and telling nobody', async () => {
    const { ada, sam, kim, name, hands, path, sections, fay } = await runningWorkshop();
    const heard = listen(await openTab(name, fay));
    const { hands: [kimHand] = [] } = await kim.expectOk<HandsResponse>('POST', `${hands}/mine`);
    await eventually(() => handsEvents(heard).length === 1, 'Fay hears Kim’s hand go up');

    const sectionId = sections[1]?.sectionId;
    for (const [method, where, body, message] of [
      ['POST', `${hands}/${kimHand?.id}/call`, undefined, 'call people to speak'],
      ['POST', `${hands}/in-room`, { name: 'Mary' }, 'add people in the room to the queue'],
      ['DELETE', `${hands}/${kimHand?.id}`, undefined, 'lower someone else’s hand'],
      ['POST', `${path}/bring-everyone`, { sectionId }, 'bring everyone to a section'],
    ] as const) {
      const refused = await sam.request<ApiError>(method, where, body);
      expect(refused.status, `${method} ${where}`).toBe(403);
      expect(refused.body.error.message).toBe(`Only a lead or facilitator of this project can ${message}.`);
    }
    // Another site cannot use a facilitator's session either: without the page's header, it is refused.
    const crossSite = await fay.request<ApiError>(
      'POST',
      `${path}/bring-everyone`,
      { sectionId },
      { [CSRF_HEADER]: '' },
    );
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe('csrf');

    // A member's own stateless message is not passed on to anyone.
    const samTab = await openTab(name, sam);
    samTab.provider.sendStateless(
      JSON.stringify({
        event: 'workshop-everyone-brought',
        id: 'forged',
        workshopId: 'x',
        sectionId,
        sectionTitle: 'Forged',
        by: { id: fay.id, displayName: 'Fay' },
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(names(await kim.expectOk<HandsResponse>('GET', hands))).toEqual(['Kim']);
    expect(heard).toHaveLength(1);

    const stranger = new TestPerson(server.url, 'Stranger');
    await stranger.signUp(await ada.invite(await ada.createProject('Another project')));
    expect((await stranger.request('GET', hands)).status).toBe(404);
    expect((await stranger.request('POST', `${hands}/mine`)).status).toBe(404);
    expect((await new TestPerson(server.url, 'Nobody').request('GET', hands)).status).toBe(401);
  });

  it('tells everyone with the document open, at once, with the whole queue', async () => {
    const { fay, sam, kim, name, hands, path, sections } = await runningWorkshop();
    const heard = listen(await openTab(name, kim));

    await sam.expectOk('POST', `${hands}/mine`);
    await fay.expectOk('POST', `${hands}/in-room`, { name: 'Mary' });
    const section = sections[1];
    const brought = await fay.expectOk<BringEveryoneResponse>('POST', `${path}/bring-everyone`, {
      sectionId: section?.sectionId,
    });
    expect(brought).toEqual({ sectionId: section?.sectionId, sectionTitle: section?.title });
    await eventually(() => heard.length >= 3, 'Kim hears all three');

    const [raised, added] = handsEvents(heard);
    expect(raised).toMatchObject({
      kind: 'raised',
      by: { id: sam.id, displayName: 'Sam' },
      hand: { name: 'Sam', inRoom: false, hasSpoken: false },
    });
    expect(raised?.hands.map((hand) => hand.name)).toEqual(['Sam']);
    expect(added).toMatchObject({ kind: 'added', by: { displayName: 'Fay' }, hand: { name: 'Mary', inRoom: true } });
    expect(added?.hands.map((hand) => hand.name)).toEqual(['Sam', 'Mary']);
    expect(broughtEvents(heard)).toEqual([
      {
        event: 'workshop-everyone-brought',
        id: expect.any(String),
        workshopId: expect.any(String),
        sectionId: section?.sectionId,
        sectionTitle: section?.title,
        by: { id: fay.id, displayName: 'Fay' },
      },
    ]);

    // Raising a hand already up changes nothing, so nobody is told again.
    await sam.expectOk('POST', `${hands}/mine`);
    await fay.expectOk('POST', `${hands}/${raised?.hand.id}/call`);
    await eventually(() => handsEvents(heard).length === 3, 'Kim hears Sam called');
    expect(handsEvents(heard)[2]).toMatchObject({ kind: 'called', hand: { name: 'Sam' }, by: { displayName: 'Fay' } });
  });

  it('keeps the queue, and who has spoken, when the server restarts', async () => {
    const { fay, sam, kim, hands } = await runningWorkshop();
    const first = await sam.expectOk<HandsResponse>('POST', `${hands}/mine`);
    await fay.expectOk('POST', `${hands}/${first.hands[0]?.id}/call`);
    await kim.expectOk('POST', `${hands}/mine`);
    await fay.expectOk('POST', `${hands}/in-room`, { name: 'Mary' });
    await sam.expectOk('POST', `${hands}/mine`);
    const before = await kim.expectOk<HandsResponse>('GET', hands);

    await server.stop();
    server = await startServerOn(database);
    const kimAgain = new TestPerson(server.url, 'Kim', kim.email);
    kimAgain.cookie = kim.cookie;
    const after = await kimAgain.expectOk<HandsResponse>('GET', hands);
    expect(after).toEqual(before);
    expect(after.hands.map((hand) => [hand.name, hand.hasSpoken])).toEqual([
      ['Kim', false],
      ['Mary', false],
      ['Sam', true],
    ]);
  });

  it('opens only while the workshop runs, and says so', async () => {
    const { fay, sam, hands, path, workshop, sections, command } = await runningWorkshop();
    const gone = await fay.request<ApiError>('POST', `${path}/bring-everyone`, { sectionId: 'no-such-section' });
    expect(gone.status).toBe(400);
    expect(gone.body.error.message).toBe('That section is no longer in the document. Choose another.');
    const blank = await fay.request<ApiError>('POST', `${hands}/in-room`, { name: ' ' });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain('Type the name of the person in the room.');

    await sam.expectOk('POST', `${hands}/mine`);
    await command('end');
    expect(await sam.expectOk<HandsResponse>('GET', hands)).toEqual({
      workshopId: workshop.id,
      running: false,
      hands: [],
      canManage: false,
    });
    const raise = await sam.request<ApiError>('POST', `${hands}/mine`);
    expect(raise.status).toBe(409);
    expect(raise.body.error.message).toBe('This workshop has ended. You can raise your hand while it is running.');
    const bring = await fay.request<ApiError>('POST', `${path}/bring-everyone`, { sectionId: sections[0]?.sectionId });
    expect(bring.status).toBe(409);
    expect(bring.body.error.message).toBe(
      'This workshop has ended. You can bring everyone to a section while it is running.',
    );
  });

  it('opens only once the workshop has started', async () => {
    const { ada, projectId, documentId } = await runningWorkshop();
    const planned = await planWorkshop(ada, projectId, {
      documentId,
      title: 'Next month',
      startsAt: new Date(Date.now() + 30 * 24 * 3_600_000).toISOString(),
    });
    const raise = await ada.request<ApiError>('POST', `${workshopsPath(projectId)}/${planned.id}/hands/mine`);
    expect(raise.status).toBe(409);
    expect(raise.body.error.message).toBe(
      'This workshop has not started yet. You can raise your hand while it is running.',
    );
  });
});
