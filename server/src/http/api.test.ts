import {
  AccountLimits,
  type ApiError,
  CSRF_HEADER,
  type InvitePreviewResponse,
  Limits,
  type ProjectDetailResponse,
  type ProjectResponse,
  type ProjectsResponse,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { projectWithTwoMembers, TestPerson } from '../testing/TestPerson.ts';

describe('the JSON API', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.destroy();
  });

  it('lets the first visitor create the first account, and nobody else without an invite', async () => {
    const visitor = new TestPerson(server.url, 'Ada');
    expect((await visitor.request('GET', '/api/setup')).body).toEqual({
      needsFirstAccount: true,
      passwordResetByEmail: false,
    });
    await visitor.signUp();
    expect((await visitor.request('GET', '/api/setup')).body).toEqual({
      needsFirstAccount: false,
      passwordResetByEmail: false,
    });
    expect((await visitor.request('GET', '/api/me')).status).toBe(200);

    const stranger = new TestPerson(server.url, 'Stranger');
    const refused = await stranger.request<ApiError>('POST', '/api/auth/signup', {
      displayName: 'Stranger',
      email: 'stranger@example.org',
      password: 'a long enough password',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/invite link/);
  });

  it('makes the creator of a project its lead under the perspective they gave, or unsaid', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const given = await ada.expectOk<ProjectResponse>('POST', '/api/projects', {
      name: 'Carers strategy',
      perspective: 'both',
    });
    const detail = await ada.expectOk<ProjectDetailResponse>('GET', `/api/projects/${given.project.id}`);
    expect(detail.me).toMatchObject({ role: 'lead', perspective: 'both' });
    const notGiven = await ada.expectOk<ProjectResponse>('POST', '/api/projects', { name: 'Housing strategy' });
    expect(
      (await ada.expectOk<ProjectDetailResponse>('GET', `/api/projects/${notGiven.project.id}`)).me.perspective,
    ).toBe('unsaid');
    const wrong = await ada.request<ApiError>('POST', '/api/projects', { name: 'X', perspective: 'manager' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields?.perspective).toBe('Choose how you describe your perspective.');
  });

  it('sets an httpOnly, SameSite session cookie and forgets it at sign-out', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    const response = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ displayName: 'Ada', email: ada.email, password: ada.password }),
    });
    const cookie = response.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    await ada.signIn();
    expect((await ada.request('POST', '/api/auth/signout')).status).toBe(204);
    expect((await ada.request('GET', '/api/me')).status).toBe(401);
  });

  it('refuses writes without the request header or from another origin', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const noHeader = await ada.request<ApiError>('POST', '/api/projects', { name: 'X' }, { [CSRF_HEADER]: '' });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error.code).toBe('csrf');
    const otherSite = await ada.request<ApiError>(
      'POST',
      '/api/projects',
      { name: 'X' },
      { origin: 'https://evil.example' },
    );
    expect(otherSite.status).toBe(403);
  });

  it('gives clear errors for bad input, oversized bodies and malformed JSON', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    const bad = await ada.request<ApiError>('POST', '/api/auth/signup', {
      displayName: '',
      email: 'nope',
      password: 'short',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields ?? {})).toEqual(
      expect.arrayContaining(['displayName', 'email', 'password']),
    );
    expect(bad.body.error.fields?.email).toMatch(/email address/);

    await ada.signUp();
    const huge = await ada.request<ApiError>('POST', '/api/projects', {
      name: 'x',
      purpose: 'y'.repeat(Limits.maxRequestBodyBytes),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload-too-large');
    const malformed = await ada.request<ApiError>('POST', '/api/projects', '{"name":', {
      'content-type': 'application/json',
    });
    expect(malformed.status).toBe(400);
    const wrongType = await ada.request<ApiError>('POST', '/api/projects', { name: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.fields?.name).toBeDefined();
  });

  it('slows down repeated failed sign-ins for an account', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const guesser = new TestPerson(server.url, 'Ada', ada.email, 'wrong password!!');
    const statuses: number[] = [];
    // Failures past the first few wait, doubling each time (see SignInLimiter).
    const answered = AccountLimits.signInFreeFailuresPerAccount + 1;
    for (let i = 0; i <= answered; i++) {
      statuses.push(
        (await guesser.request('POST', '/api/auth/signin', { email: ada.email, password: 'wrong password!!' })).status,
      );
    }
    expect(statuses.slice(0, answered).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });

  it('counts guesses sent all at once', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const guesses = Array.from({ length: 20 }, () =>
      new TestPerson(server.url, 'Guess').request('POST', '/api/auth/signin', {
        email: ada.email,
        password: 'wrong password!!',
      }),
    );
    const statuses = (await Promise.all(guesses)).map((result) => result.status);
    const answered = AccountLimits.signInFreeFailuresPerAccount + 1;
    expect(statuses.filter((status) => status === 401)).toHaveLength(answered);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - answered);
  });

  it('shows a project only to its members, without leaking its name', async () => {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const outsider = new TestPerson(server.url, 'Olu');
    await outsider.signUp(await ada.invite(await ada.createProject('Elsewhere')));

    const seen = await outsider.request<ApiError>('GET', `/api/projects/${projectId}`);
    expect(seen.status).toBe(404);
    expect(JSON.stringify(seen.body)).not.toContain('Older');
    expect((await outsider.request('GET', '/api/projects/not-a-uuid')).status).toBe(404);
    expect(
      (await outsider.request('POST', `/api/projects/${projectId}/documents`, { title: 'x', template: 'blank' }))
        .status,
    ).toBe(404);
    expect((await new TestPerson(server.url, 'Nobody').request('GET', `/api/projects/${projectId}`)).status).toBe(401);

    const detail = await sam.expectOk<ProjectDetailResponse>('GET', `/api/projects/${projectId}`);
    expect(detail.me.role).toBe('member');
    expect(detail.members.map((member) => [member.displayName, member.role, member.perspective])).toEqual([
      ['Ada', 'lead', 'unsaid'],
      ['Sam', 'member', 'professional'],
    ]);
    const sams = await sam.expectOk<ProjectsResponse>('GET', '/api/projects');
    expect(sams.projects.map((project) => project.id)).toEqual([projectId]);
  });

  it('gives every role the same document rights, and only leads manage', async () => {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const created = await sam.createDocument(projectId, 'send-strategy', 'SEND strategy 2027');
    expect(created.document.title).toBe('SEND strategy 2027');

    const refused = await sam.request<ApiError>('POST', `/api/projects/${projectId}/invites`, { role: 'member' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/lead/);
    expect(
      (await sam.request('PATCH', `/api/projects/${projectId}/documents/${created.document.id}`, { archived: true }))
        .status,
    ).toBe(403);
    expect(
      (await sam.request('PATCH', `/api/projects/${projectId}/members/${ada.id}`, { role: 'member' })).status,
    ).toBe(403);

    const archived = await ada.expectOk<{ document: { archivedAt: string | null } }>(
      'PATCH',
      `/api/projects/${projectId}/documents/${created.document.id}`,
      { archived: true, title: 'SEND strategy (final)' },
    );
    expect(archived.document.archivedAt).not.toBeNull();

    expect((await sam.request('PATCH', `/api/projects/${projectId}/me`, { perspective: 'both' })).status).toBe(200);
    expect((await sam.request('PATCH', `/api/projects/${projectId}/me`, { perspective: 'superuser' })).status).toBe(
      400,
    );
  });

  it('keeps at least one lead in every project', async () => {
    const { ada, sam, projectId } = await projectWithTwoMembers(server.url);
    const demote = await ada.request<ApiError>('PATCH', `/api/projects/${projectId}/members/${ada.id}`, {
      role: 'member',
    });
    expect(demote.status).toBe(409);
    expect((await ada.request('DELETE', `/api/projects/${projectId}/members/${ada.id}`)).status).toBe(409);

    await ada.expectOk('PATCH', `/api/projects/${projectId}/members/${sam.id}`, { role: 'lead' });
    await ada.expectOk('DELETE', `/api/projects/${projectId}/members/${ada.id}`);
    expect((await ada.request('GET', `/api/projects/${projectId}`)).status).toBe(404);
  });

  it('refuses expired or unknown invite links clearly', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const unknown = await ada.request<ApiError>('GET', '/api/invites/made-up-token');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/not valid/);
    const token = await ada.invite(await ada.createProject(), 'facilitator');
    expect((await ada.request('GET', `/api/invites/${token}`)).body).toMatchObject({
      invitedBy: 'Ada',
      role: 'facilitator',
    });
  });

  it('lets each invite link bring in one person only, so a removed member cannot use theirs again', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const projectId = await ada.createProject();
    const token = await ada.invite(projectId, 'lead');
    const sam = new TestPerson(server.url, 'Sam');
    await sam.signUp(token);
    await sam.join(token);
    // Opening your own link again changes nothing.
    await sam.join(token, 'both');

    const forwardedTo = new TestPerson(server.url, 'Mallory');
    const refusedSignUp = await forwardedTo.request<ApiError>('POST', '/api/auth/signup', {
      displayName: 'Mallory',
      email: forwardedTo.email,
      password: forwardedTo.password,
      inviteToken: token,
    });
    expect(refusedSignUp.status).toBe(403);
    expect((await forwardedTo.request<ApiError>('GET', `/api/invites/${token}`)).body.error.message).toMatch(
      /already been used/,
    );
    // Someone already in the project who opens it is sent to the project instead.
    expect((await ada.request<InvitePreviewResponse>('GET', `/api/invites/${token}`)).body.alreadyMemberOf).toBe(
      projectId,
    );

    await ada.expectOk('DELETE', `/api/projects/${projectId}/members/${sam.id}`);
    const rejoin = await sam.request<ApiError>('POST', `/api/invites/${token}/accept`, { perspective: 'both' });
    expect(rejoin.status).toBe(404);
    expect((await sam.request('GET', `/api/projects/${projectId}`)).status).toBe(404);
  });
});
