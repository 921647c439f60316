import {
  type ApiError,
  displayNameMessages,
  type JoinWaitingResponse,
  joinMessages,
  type WorkshopJoiningResponse,
  WorkshopJoinLimits,
} from '@roundtable/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/startTestServer.ts';
import { MINUTE, workshopsPath } from '../../testing/workshopFixtures.ts';
import { Device, plannedWorkshopWithTeam } from '../../testing/workshopJoinFixtures.ts';

const START = Date.parse('2030-03-12T09:00:00Z');

const ask = (device: Device, token: string, displayName: string) =>
  device.request<ApiError | JoinWaitingResponse>('POST', `/api/workshop-links/${token}/join`, {
    displayName,
    perspective: 'lived-experience',
  });

describe('what a workshop link no longer lets anyone do', () => {
  let server: TestServer | undefined;
  let now = START;
  afterEach(async () => {
    await server?.destroy();
    server = undefined;
  });
  const start = async (env: NodeJS.ProcessEnv = {}) => {
    now = START;
    server = await startTestServer({ now: () => now, env });
    return server;
  };

  it('lets nobody join through a stopped link, and tells whoever was waiting', async () => {
    const { url } = await start();
    const team = await plannedWorkshopWithTeam(url, now);
    const { token } = await team.makeLink();
    const priya = new Device(url);
    await priya.expectOk('POST', `/api/workshop-links/${token}/join`, { displayName: 'Priya', perspective: 'both' });
    const [waiting] = await team.waitingIn();

    const stopped = await team.fay.expectOk<WorkshopJoiningResponse>('DELETE', `${team.joining}/link`);
    expect(stopped).toMatchObject({ link: null, waiting: [], canMakeLink: true });
    expect((await priya.expectOk<JoinWaitingResponse>('GET', '/api/workshop-join')).state).toBe('link-closed');
    const admitted = await team.fay.request<ApiError>('POST', `${team.joining}/requests/${waiting?.id}/admit`);
    expect(admitted.status).toBe(409);

    const preview = await new Device(url).request<ApiError>('GET', `/api/workshop-links/${token}`);
    expect(preview.status).toBe(404);
    expect(preview.body.error.message).toMatch(/stopped this workshop link/);
    const late = await ask(new Device(url), token, 'Tom');
    expect(late.status).toBe(404);
    expect((await team.fay.request('DELETE', `${team.joining}/link`)).status).toBe(404);
  });

  it('lets nobody join once the workshop’s planned end has passed', async () => {
    const { url } = await start();
    const team = await plannedWorkshopWithTeam(url, now);
    const { token } = await team.makeLink();
    const priya = new Device(url);
    await priya.expectOk('POST', `/api/workshop-links/${token}/join`, { displayName: 'Priya', perspective: 'both' });
    const [waiting] = await team.waitingIn();

    now = team.plannedEnd;
    const preview = await new Device(url).request<ApiError>('GET', `/api/workshop-links/${token}`);
    expect(preview.status).toBe(404);
    expect(preview.body.error.message).toMatch(/only until the workshop’s planned end/);
    expect((await ask(new Device(url), token, 'Tom')).status).toBe(404);
    expect((await priya.expectOk<JoinWaitingResponse>('GET', '/api/workshop-join')).state).toBe('link-closed');
    expect((await team.fay.request('POST', `${team.joining}/requests/${waiting?.id}/admit`)).status).toBe(409);
    const joining = await team.fay.expectOk<WorkshopJoiningResponse>('GET', team.joining);
    expect(joining).toMatchObject({ link: null, waiting: [], canMakeLink: false });
    expect((await team.fay.request<ApiError>('POST', `${team.joining}/link`, {})).status).toBe(409);
  });

  it('lets nobody join a cancelled workshop', async () => {
    const { url } = await start();
    const team = await plannedWorkshopWithTeam(url, now);
    const { token } = await team.makeLink();
    await team.fay.expectOk('POST', `${workshopsPath(team.projectId)}/${team.workshop.id}/cancel`);
    expect((await new Device(url).request('GET', `/api/workshop-links/${token}`)).status).toBe(404);
    expect((await ask(new Device(url), token, 'Tom')).status).toBe(404);
  });

  it('lets only as many people ask as the facilitator allows', async () => {
    const { url } = await start();
    const team = await plannedWorkshopWithTeam(url, now);
    const { token } = await team.makeLink(2);
    expect((await ask(new Device(url), token, 'Priya')).status).toBe(201);
    expect((await ask(new Device(url), token, 'Tom')).status).toBe(201);
    const third = await ask(new Device(url), token, 'Kim');
    expect(third.status).toBe(409);
    expect((third.body as ApiError).error.message).toMatch(/as it allows/);

    const raised = await team.fay.expectOk<WorkshopJoiningResponse>('PATCH', `${team.joining}/link`, { maxUses: 3 });
    expect(raised.link).toMatchObject({ maxUses: 3, uses: 2 });
    expect((await ask(new Device(url), token, 'Kim')).status).toBe(201);
    expect((await ask(new Device(url), token, 'Olu')).status).toBe(409);
    const tooMany = await team.fay.request<ApiError>('PATCH', `${team.joining}/link`, {
      maxUses: WorkshopJoinLimits.maxUsesMax + 1,
    });
    expect(tooMany.status).toBe(400);
  });

  it('refuses names identical or confusable with a member’s, or with someone waiting', async () => {
    const { url } = await start();
    const team = await plannedWorkshopWithTeam(url, now);
    const { token } = await team.makeLink();
    expect((await ask(new Device(url), token, 'Priya')).status).toBe(201);
    // Ada and Sam are members; Priya is waiting. Each of these could be taken for one of them.
    for (const name of ['ada', 'ＡＤＡ', 'Аda', 'Ѕam', 'Sarn', 'PRIYA', 'Príya', 'Pri\u200Bya']) {
      const refused = await ask(new Device(url), token, name);
      expect(refused.status, name).toBe(400);
      expect((refused.body as ApiError).error.fields?.displayName, name).toBe(joinMessages.nameTooLike);
    }
    // Names are checked like every display name, too.
    const hidden = await ask(new Device(url), token, 'Ada\u202E');
    expect((hidden.body as ApiError).error.fields?.displayName).toBe(displayNameMessages.directionControls);
    expect((await ask(new Device(url), token, 'Ada L')).status).toBe(201);
    expect((await team.waitingIn()).map((waiting) => waiting.displayName).sort()).toEqual(['Ada L', 'Priya']);
  });

  it('slows too many attempts from one address, and through one link, without holding back anyone else', async () => {
    const { url } = await start({ TRUST_PROXY: '1' });
    const team = await plannedWorkshopWithTeam(url, now);
    const guesser = new Device(url, '203.0.113.9');
    const guesses: number[] = [];
    for (let attempt = 0; attempt <= WorkshopJoinLimits.freeAttemptsPerAddress + 1; attempt++) {
      guesses.push((await guesser.request('GET', `/api/workshop-links/${'x'.repeat(43)}`)).status);
    }
    expect(guesses.slice(0, -1).every((status) => status === 404)).toBe(true);
    const slowed = await guesser.request<ApiError>('GET', '/api/workshop-links/another-guess');
    expect(slowed.status).toBe(429);
    expect(slowed.body.error.message).toMatch(/too many attempts to join/);

    const { token } = await team.makeLink();
    // Someone else, even in the same room behind another address, is not held back.
    expect((await ask(new Device(url, '203.0.113.10'), token, 'Priya')).status).toBe(201);
    expect((await ask(guesser, token, 'Tom')).status).toBe(429);
    now += WorkshopJoinLimits.attemptFirstDelayMs * 2;
    expect((await ask(guesser, token, 'Tom')).status).toBe(201);

    // One link passed round: failed attempts through it from many addresses are slowed too.
    now += 20 * MINUTE;
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= WorkshopJoinLimits.freeAttemptsPerLink; attempt++) {
      statuses.push((await ask(new Device(url, `198.51.100.${attempt % 250}`), token, 'priya')).status);
    }
    expect(statuses.every((status) => status === 400)).toBe(true);
    const linkSlowed = await ask(new Device(url, '192.0.2.1'), token, 'Kemi');
    expect(linkSlowed.status).toBe(429);
  });
});
