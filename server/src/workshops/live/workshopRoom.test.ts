import {
  type ApiError,
  type BringEveryoneResponse,
  CSRF_HEADER,
  type DocumentSectionsResponse,
  type EveryoneBroughtEvent,
  type HandsChangedEvent,
  type HandsResponse,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { useCollaborationServer } from '../../testing/collaborationTestKit.ts';
import { type ConnectedDocument, eventually } from '../../testing/connectDocument.ts';
import { startTestServer } from '../../testing/startTestServer.ts';
import { TestPerson } from '../../testing/TestPerson.ts';
import { planWorkshop, setWorkshop, workshopsPath } from '../../testing/workshopFixtures.ts';

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

describe('the room of a running workshop', () => {
  const kit = useCollaborationServer();

  /** Ada leads, Fay facilitates, Sam and Kim are members; a running workshop on their strategy document. */
  async function runningWorkshop() {
    const { ada, sam, projectId, name, documentId } = await kit.sharedDocument();
    const join = async (person: TestPerson, role: 'member' | 'facilitator') => {
      const token = await ada.invite(projectId, role);
      await person.signUp(token);
      await person.join(token, 'both');
      return person;
    };
    const fay = await join(new TestPerson(kit.server.url, 'Fay'), 'facilitator');
    const kim = await join(new TestPerson(kit.server.url, 'Kim'), 'member');
    const workshop = await planWorkshop(fay, projectId, {
      documentId,
      title: 'Strategy day',
      startsAt: new Date(Date.now() + 60_000).toISOString(),
    });
    await setWorkshop(kit.server.databaseFile, workshop.id, { state: 'running', startedAt: Date.now() });
    const path = `${workshopsPath(projectId)}/${workshop.id}`;
    const { sections } = await sam.expectOk<DocumentSectionsResponse>(
      'GET',
      `/api/projects/${projectId}/documents/${documentId}/sections`,
    );
    return { ada, fay, sam, kim, projectId, documentId, name, workshop, path, hands: `${path}/hands`, sections };
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
    const fayTab = kit.connect(name, fay.cookie);
    await fayTab.synced;
    const heard = listen(fayTab);
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
    const samTab = kit.connect(name, sam.cookie);
    await samTab.synced;
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

    const stranger = new TestPerson(kit.server.url, 'Stranger');
    await stranger.signUp(await ada.invite(await ada.createProject('Another project')));
    expect((await stranger.request('GET', hands)).status).toBe(404);
    expect((await stranger.request('POST', `${hands}/mine`)).status).toBe(404);
    expect((await new TestPerson(kit.server.url, 'Nobody').request('GET', hands)).status).toBe(401);
  });

  it('tells everyone with the document open, at once, with the whole queue', async () => {
    const { fay, sam, kim, name, hands, path, sections } = await runningWorkshop();
    const kimTab = kit.connect(name, kim.cookie);
    await kimTab.synced;
    const heard = listen(kimTab);

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

    await kit.server.stop();
    kit.server = await startTestServer(kit.server.databaseFile);
    const kimAgain = new TestPerson(kit.server.url, 'Kim', kim.email);
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
    const { fay, sam, hands, path, workshop, sections } = await runningWorkshop();
    await sam.expectOk('POST', `${hands}/mine`);
    await setWorkshop(kit.server.databaseFile, workshop.id, { state: 'ended', endedAt: Date.now() });
    expect(await sam.expectOk<HandsResponse>('GET', hands)).toEqual({
      workshopId: workshop.id,
      running: false,
      hands: [],
      canManage: false,
    });
    const raise = await sam.request<ApiError>('POST', `${hands}/mine`);
    expect(raise.status).toBe(409);
    expect(raise.body.error.message).toBe('This workshop has ended. You can raise your hand while it is running.');
    await setWorkshop(kit.server.databaseFile, workshop.id, { state: 'planned', endedAt: null });
    const bring = await fay.request<ApiError>('POST', `${path}/bring-everyone`, { sectionId: sections[0]?.sectionId });
    expect(bring.body.error.message).toBe(
      'This workshop has not started yet. You can bring everyone to a section while it is running.',
    );
    await setWorkshop(kit.server.databaseFile, workshop.id, { state: 'running' });
    const gone = await fay.request<ApiError>('POST', `${path}/bring-everyone`, { sectionId: 'no-such-section' });
    expect(gone.status).toBe(400);
    expect(gone.body.error.message).toBe('That section is no longer in the document. Choose another.');
    const blank = await fay.request<ApiError>('POST', `${hands}/in-room`, { name: ' ' });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain('Type the name of the person in the room.');
  });
});
