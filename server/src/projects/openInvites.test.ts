import type { InvitePreviewResponse, OpenInvitesResponse } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningServer, serverDatabases, startServerOn, type TestDatabase } from '../testing/serverOnEachStore.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

describe.each(serverDatabases)('invite links a lead can see and withdraw (%s)', (_name, createDatabase) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeEach(async () => {
    database = await createDatabase();
    server = await startServerOn(database);
  });
  afterEach(async () => {
    await server.stop();
    await database.drop();
  });

  it('lists the links nobody has used to leads only, and a withdrawn link lets nobody in and says why', async () => {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const first = await ada.invite(projectId, 'facilitator');
    await ada.invite(projectId);
    const invites = `/api/projects/${projectId}/invites`;
    const open = await ada.expectOk<OpenInvitesResponse>('GET', invites);
    expect(open.invites.map((each) => [each.role, each.createdBy])).toEqual([
      ['member', 'Ada'],
      ['facilitator', 'Ada'],
    ]);
    // Never the link itself: only the lead who made it had that.
    expect(JSON.stringify(open)).not.toContain(first);
    expect((await sam.request('GET', invites)).status).toBe(403);
    expect((await sam.request('DELETE', `${invites}/${open.invites[1]?.id}`)).status).toBe(403);

    const left = await ada.expectOk<OpenInvitesResponse>('DELETE', `${invites}/${open.invites[1]?.id}`);
    expect(left.invites.map((each) => each.role)).toEqual(['member']);
    expect((await ada.request('DELETE', `${invites}/${open.invites[1]?.id}`)).status).toBe(404);

    const kim = new TestPerson(server.url, 'Kim');
    const refused = await kim.request<{ error: { message: string } }>('GET', `/api/invites/${first}`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe('A project lead withdrew this invite link. Ask them for a new one.');
    expect((await kim.request('POST', '/api/auth/signup', { ...kim, inviteToken: first })).status).toBe(403);
  });

  it('takes someone who opens their own used link again straight to the project', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const projectId = await ada.createProject();
    const token = await ada.invite(projectId);
    const sam = new TestPerson(server.url, 'Sam');
    await sam.signUp(token);
    await sam.join(token, 'both');
    const again = await sam.expectOk<InvitePreviewResponse>('GET', `/api/invites/${token}`);
    expect(again.alreadyMemberOf).toBe(projectId);
    const stranger = new TestPerson(server.url, 'Kim');
    expect((await stranger.request('GET', `/api/invites/${token}`)).status).toBe(404);
  });
});
