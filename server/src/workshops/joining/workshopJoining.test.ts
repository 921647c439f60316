import {
  type ApiError,
  CloseCode,
  type JoinEnterResponse,
  type JoinWaitingResponse,
  type MadeWorkshopLinkResponse,
  type MeResponse,
  type ProjectDetailResponse,
  SESSION_COOKIE,
  type WorkshopJoiningResponse,
  type WorkshopLinkPreviewResponse,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WORKSHOP_JOIN_COOKIE } from '../../http/workshopJoinCookie.ts';
import { type ConnectedDocument, connectDocument } from '../../testing/connectDocument.ts';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { TestPerson } from '../../testing/TestPerson.ts';
import { MINUTE } from '../../testing/workshopFixtures.ts';
import { Device, plannedWorkshopWithTeam } from '../../testing/workshopJoinFixtures.ts';

const START = Date.parse('2030-03-12T09:00:00Z');

describe('joining a workshop through its link', () => {
  let server: TestServer;
  let now = START;
  const tabs: ConnectedDocument[] = [];

  beforeEach(async () => {
    now = START;
    server = await startTestServer({ now: () => now });
  });
  afterEach(async () => {
    for (const tab of tabs.splice(0)) tab.destroy();
    await server.destroy();
  });

  const openTab = (documentName: string, session: string | undefined) => {
    const tab = connectDocument(server.wsUrl, documentName, session);
    tabs.push(tab);
    return tab;
  };

  /** Everything of the project a person might ask for, by HTTP: each status. */
  async function projectStatuses(
    device: Device | TestPerson,
    team: Awaited<ReturnType<typeof plannedWorkshopWithTeam>>,
  ) {
    const paths = [
      `/api/projects/${team.projectId}`,
      `/api/projects/${team.projectId}/documents/${team.documentId}`,
      `/api/projects/${team.projectId}/workshops`,
      `/api/projects/${team.projectId}/workshops/${team.workshop.id}`,
      `/api/projects/${team.projectId}/documents/${team.documentId}/sections`,
      team.joining,
    ];
    return Promise.all(paths.map(async (path) => (await device.request('GET', path)).status));
  }

  it('lets someone new ask and wait, seeing nothing of the project, until the facilitator lets them in', async () => {
    const team = await plannedWorkshopWithTeam(server.url, now);
    const { made, token } = await team.makeLink();
    expect(made.url.startsWith(`${server.url}/join/`)).toBe(true);
    // Without PUBLIC_ORIGIN the server knows itself only as localhost: the page says phones cannot reach that.
    expect(made.address.reachableFromOtherDevices).toBe(false);
    expect(made.link).toMatchObject({ maxUses: 40, uses: 0, worksUntil: new Date(team.plannedEnd).toISOString() });

    const phone = new Device(server.url);
    const { preview } = await phone.expectOk<WorkshopLinkPreviewResponse>('GET', `/api/workshop-links/${token}`);
    expect(preview).toMatchObject({ workshopTitle: 'Strategy day', alreadyIn: null });
    expect(preview.worksUntil).toBe(new Date(team.plannedEnd).toISOString());

    const asked = await phone.request<JoinWaitingResponse>('POST', `/api/workshop-links/${token}/join`, {
      displayName: '  Priya ',
      perspective: 'lived-experience',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ state: 'waiting', displayName: 'Priya', workshopTitle: 'Strategy day' });
    expect(phone.session).toBeUndefined();

    // Waiting, the phone sees nothing of the project: no session, no project, no document, no socket.
    expect(await projectStatuses(phone, team)).toEqual([401, 401, 401, 401, 401, 401]);
    expect((await phone.request('GET', '/api/projects')).status).toBe(401);
    const refused = openTab(team.documentName, phone.session);
    expect((await refused.closed).code).toBe(CloseCode.NotSignedIn);
    // The secret the waiting browser keeps is no session either.
    const posing = openTab(team.documentName, phone.cookies.get(WORKSHOP_JOIN_COOKIE));
    expect((await posing.closed).code).toBe(CloseCode.NotSignedIn);
    const posingHttp = new Device(server.url);
    posingHttp.cookies.set(SESSION_COOKIE, phone.cookies.get(WORKSHOP_JOIN_COOKIE) ?? '');
    expect(await projectStatuses(posingHttp, team)).toEqual([401, 401, 401, 401, 401, 401]);
    const early = await phone.request<ApiError>('POST', '/api/workshop-join/enter');
    expect(early.status).toBe(409);

    // A member cannot see the waiting list, let anyone in, or make or stop the link.
    const samTries = await Promise.all([
      team.sam.request('GET', team.joining),
      team.sam.request('POST', `${team.joining}/link`, {}),
      team.sam.request('DELETE', `${team.joining}/link`),
      team.sam.request('PATCH', `${team.joining}/link`, { maxUses: 100 }),
    ]);
    expect(samTries.map((tried) => tried.status)).toEqual([403, 403, 403, 403]);

    const [priya] = await team.waitingIn();
    expect(priya).toMatchObject({ displayName: 'Priya', hasAccount: false, canComeBack: false });
    const samAdmits = await team.sam.request('POST', `${team.joining}/requests/${priya?.id}/admit`);
    const samTurnsAway = await team.sam.request('POST', `${team.joining}/requests/${priya?.id}/turn-away`);
    expect([samAdmits.status, samTurnsAway.status]).toEqual([403, 403]);
    expect((await phone.expectOk<JoinWaitingResponse>('GET', '/api/workshop-join')).state).toBe('waiting');

    const afterAdmit = await team.fay.expectOk<WorkshopJoiningResponse>(
      'POST',
      `${team.joining}/requests/${priya?.id}/admit`,
    );
    expect(afterAdmit.waiting).toEqual([]);
    expect(afterAdmit.joined.map((person) => person.displayName)).toEqual(['Priya']);
    expect(afterAdmit.link?.uses).toBe(1);
    expect((await phone.expectOk<JoinWaitingResponse>('GET', '/api/workshop-join')).state).toBe('admitted');

    const entered = await phone.expectOk<JoinEnterResponse>('POST', '/api/workshop-join/enter');
    expect(entered).toEqual({
      destination: { projectId: team.projectId, workshopId: team.workshop.id, documentId: team.documentId },
      signedInUntil: new Date(team.plannedEnd).toISOString(),
    });
    expect(phone.session).toBeDefined();
    expect(await projectStatuses(phone, team)).toEqual([200, 200, 200, 200, 200, 403]);
    const { me } = await phone.expectOk<ProjectDetailResponse>('GET', `/api/projects/${team.projectId}`);
    expect(me).toMatchObject({ role: 'member', perspective: 'lived-experience' });
    const tab = openTab(team.documentName, phone.session);
    await tab.synced;

    // The request signs a browser in once only.
    const again = new Device(server.url);
    for (const [name, value] of phone.cookies) again.cookies.set(name, value);
    again.cookies.delete(SESSION_COOKIE);
    expect((await again.request('POST', '/api/workshop-join/enter')).status).toBe(404);

    // Used all through the workshop, the session still ends at its planned end: devices are shared.
    now = team.plannedEnd - 2 * MINUTE;
    expect((await phone.request('GET', '/api/me')).status).toBe(200);
    now = team.plannedEnd + 1;
    expect((await phone.request('GET', '/api/me')).status).toBe(401);
  });

  it('lets someone signed in ask under their own name, refused everywhere in the project until let in', async () => {
    const team = await plannedWorkshopWithTeam(server.url, now);
    const { token } = await team.makeLink();
    // Olu has an account from another project.
    const olu = new TestPerson(server.url, 'Olu');
    const other = new TestPerson(server.url, 'Nia');
    await other.signUp(await team.ada.invite(team.projectId));
    await olu.signUp(await team.ada.invite(await team.ada.createProject('Another group')));

    const { preview } = await olu.expectOk<WorkshopLinkPreviewResponse>('GET', `/api/workshop-links/${token}`);
    expect(preview.alreadyIn).toBeNull();
    const { preview: samSees } = await team.sam.expectOk<WorkshopLinkPreviewResponse>(
      'GET',
      `/api/workshop-links/${token}`,
    );
    expect(samSees.alreadyIn).toMatchObject({ documentId: team.documentId });

    const oluPhone = new Device(server.url);
    oluPhone.cookies.set(SESSION_COOKIE, olu.cookie ?? '');
    const asked = await oluPhone.request<JoinWaitingResponse>('POST', `/api/workshop-links/${token}/join`, {
      displayName: 'Somebody else',
      perspective: 'professional',
    });
    expect(asked.body).toMatchObject({ state: 'waiting', displayName: 'Olu' });
    expect(await projectStatuses(oluPhone, team)).toEqual([404, 404, 404, 404, 404, 404]);
    const refused = openTab(team.documentName, olu.cookie);
    expect(await refused.refused).toBe('not-a-member');

    const [waiting] = await team.waitingIn();
    expect(waiting).toMatchObject({
      displayName: 'Olu',
      hasAccount: true,
      canComeBack: true,
      perspective: 'professional',
    });
    await team.ada.expectOk('POST', `${team.joining}/requests/${waiting?.id}/admit`);
    const entered = await oluPhone.expectOk<JoinEnterResponse>('POST', '/api/workshop-join/enter');
    expect(entered.signedInUntil).toBeNull();
    expect(oluPhone.session).toBe(olu.cookie);
    expect(await projectStatuses(oluPhone, team)).toEqual([200, 200, 200, 200, 200, 403]);
    await openTab(team.documentName, olu.cookie).synced;

    // Someone already in the project has nothing to ask.
    const samAsks = await team.sam.request<ApiError>('POST', `/api/workshop-links/${token}/join`, {
      perspective: 'both',
    });
    expect(samAsks.status).toBe(409);
  });

  it('keeps the account of someone new who gave an email and password, to come back later', async () => {
    const team = await plannedWorkshopWithTeam(server.url, now);
    const { token } = await team.makeLink();
    const phone = new Device(server.url);
    const half = await phone.request<ApiError>('POST', `/api/workshop-links/${token}/join`, {
      displayName: 'Kemi',
      perspective: 'both',
      email: 'kemi@example.org',
    });
    expect(half.status).toBe(400);
    expect(half.body.error.fields?.password).toBe('Choose a password too, or leave the email address empty.');
    const taken = await phone.request<ApiError>('POST', `/api/workshop-links/${token}/join`, {
      displayName: 'Kemi',
      perspective: 'both',
      email: team.sam.email,
      password: 'a long enough password',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields?.email).toMatch(/Sign in first/);

    await phone.expectOk('POST', `/api/workshop-links/${token}/join`, {
      displayName: 'Kemi',
      perspective: 'both',
      email: 'Kemi@Example.org',
      password: 'a long enough password',
    });
    const [kemi] = await team.waitingIn();
    expect(kemi).toMatchObject({ canComeBack: true, hasAccount: false });
    await team.fay.expectOk('POST', `${team.joining}/requests/${kemi?.id}/admit`);
    const entered = await phone.expectOk<JoinEnterResponse>('POST', '/api/workshop-join/enter');
    expect(entered.signedInUntil).toBeNull();

    now = team.plannedEnd + 60 * MINUTE;
    const later = new TestPerson(server.url, 'Kemi', 'kemi@example.org');
    const { user } = await later.expectOk<MeResponse>('POST', '/api/auth/signin', {
      email: 'kemi@example.org',
      password: 'a long enough password',
    });
    expect(user.displayName).toBe('Kemi');
    expect((await later.request('GET', `/api/projects/${team.projectId}`)).status).toBe(200);
  });

  it('lets the facilitator turn people away and remove people who joined through the link, and no one else', async () => {
    const team = await plannedWorkshopWithTeam(server.url, now);
    const { token } = await team.makeLink();
    const priyaPhone = new Device(server.url);
    const tomPhone = new Device(server.url);
    await priyaPhone.expectOk('POST', `/api/workshop-links/${token}/join`, {
      displayName: 'Priya',
      perspective: 'both',
    });
    await tomPhone.expectOk('POST', `/api/workshop-links/${token}/join`, { displayName: 'Tom', perspective: 'both' });
    const waiting = await team.waitingIn();
    const priya = waiting.find((request) => request.displayName === 'Priya');
    const tom = waiting.find((request) => request.displayName === 'Tom');
    await team.fay.expectOk('POST', `${team.joining}/requests/${tom?.id}/turn-away`);
    expect((await tomPhone.expectOk<JoinWaitingResponse>('GET', '/api/workshop-join')).state).toBe('turned-away');
    expect((await tomPhone.request('POST', '/api/workshop-join/enter')).status).toBe(409);
    const turnedTwice = await team.fay.request('POST', `${team.joining}/requests/${tom?.id}/admit`);
    expect(turnedTwice.status).toBe(409);

    await team.fay.expectOk('POST', `${team.joining}/requests/${priya?.id}/admit`);
    await priyaPhone.expectOk('POST', '/api/workshop-join/enter');
    const priyaTab = openTab(team.documentName, priyaPhone.session);
    await priyaTab.synced;
    const { joined } = await team.fay.expectOk<WorkshopJoiningResponse>('GET', team.joining);
    const priyaId = joined[0]?.userId;

    expect((await team.sam.request('DELETE', `${team.joining}/people/${priyaId}`)).status).toBe(403);
    const samRemoved = await team.fay.request<ApiError>('DELETE', `${team.joining}/people/${team.sam.id}`);
    expect(samRemoved.status).toBe(403);
    expect(samRemoved.body.error.message).toMatch(/Ask a lead/);

    const removed = await team.fay.expectOk<WorkshopJoiningResponse>('DELETE', `${team.joining}/people/${priyaId}`);
    expect(removed.joined).toEqual([]);
    expect((await priyaTab.closed).code).toBeGreaterThan(4000);
    expect((await priyaPhone.request('GET', `/api/projects/${team.projectId}`)).status).toBe(404);

    // Someone waiting can also stop waiting.
    const kimPhone = new Device(server.url);
    await kimPhone.expectOk('POST', `/api/workshop-links/${token}/join`, { displayName: 'Kim', perspective: 'both' });
    expect((await kimPhone.request('DELETE', '/api/workshop-join')).status).toBe(204);
    expect(await team.waitingIn()).toEqual([]);
    expect((await kimPhone.request('GET', '/api/workshop-join')).status).toBe(404);
  });

  it('shows the link only when made: a new one stops the old one', async () => {
    const team = await plannedWorkshopWithTeam(server.url, now);
    const first = await team.makeLink();
    const second = await team.fay.expectOk<MadeWorkshopLinkResponse>('POST', `${team.joining}/link`, { maxUses: 5 });
    expect(second.url).not.toBe(first.made.url);
    const state = await team.fay.expectOk<WorkshopJoiningResponse>('GET', team.joining);
    expect(state.link).toMatchObject({ id: second.link.id, maxUses: 5, createdBy: { displayName: 'Fay' } });
    expect(JSON.stringify(state)).not.toContain(first.token);
    const old = await new Device(server.url).request<ApiError>('GET', `/api/workshop-links/${first.token}`);
    expect(old.status).toBe(404);
  });
  it('points the link and QR code at PUBLIC_ORIGIN, the address phones in the room can reach', async () => {
    const publicServer = await startTestServer({
      now: () => now,
      env: { PUBLIC_ORIGIN: 'https://roundtable.example.org' },
    });
    try {
      const team = await plannedWorkshopWithTeam(publicServer.url, now);
      const { made, token } = await team.makeLink();
      expect(made.url).toBe(`https://roundtable.example.org/join/${token}`);
      expect(made.address).toEqual({ origin: 'https://roundtable.example.org', reachableFromOtherDevices: true });
    } finally {
      await publicServer.destroy();
    }
  });
});
