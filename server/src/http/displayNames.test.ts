import {
  type ApiError,
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  displayNameMessages,
  Limits,
  type MeResponse,
  type ProjectDetailResponse,
} from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/startTestServer.ts';
import { TestPerson } from '../testing/TestPerson.ts';

const badNames: Array<[string, string, string]> = [
  ['nothing', '', displayNameMessages.missing],
  ['only spaces', '  \u00A0 ', displayNameMessages.missing],
  ['only zero-width characters', '\u200B\u200D\uFEFF', displayNameMessages.invisible],
  ['only a Hangul filler', '\u3164', displayNameMessages.invisible],
  ['a NUL', 'Ada\u0000', displayNameMessages.controlCharacters],
  ['a line break', 'Ada\nAdmin', displayNameMessages.controlCharacters],
  ['a tab', 'Ada\tLovelace', displayNameMessages.controlCharacters],
  ['a right-to-left override', 'Ada \u202Enimda', displayNameMessages.directionControls],
  ['a left-to-right isolate', '\u2066Ada\u2069', displayNameMessages.directionControls],
  ['a right-to-left mark', 'Ada\u200F', displayNameMessages.directionControls],
  ['a lone surrogate', 'Ada \uD83D', displayNameMessages.unreadable],
  ['too many characters', 'x'.repeat(Limits.displayNameMax + 1), displayNameMessages.tooLong],
];

describe('display names over the real server', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.destroy();
  });

  const signUp = (displayName: unknown, inviteToken?: string) =>
    new TestPerson(server.url, 'Someone').request<ApiError | MeResponse>('POST', '/api/auth/signup', {
      displayName,
      email: `someone.${Math.random().toString(36).slice(2)}@example.org`,
      password: 'a long enough password',
      inviteToken,
    });

  it.each(badNames)('refuses a first account whose name has %s, saying why', async (_case, name, message) => {
    const refused = await signUp(name);
    expect(refused.status).toBe(400);
    expect((refused.body as ApiError).error.fields?.displayName).toBe(message);
  });

  it('refuses the same names when joining through an invite link, and keeps good ones trimmed', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const projectId = await ada.createProject();
    const token = await ada.invite(projectId);
    for (const [what, name, message] of badNames) {
      const refused = await signUp(name, token);
      expect(refused.status, what).toBe(400);
      expect((refused.body as ApiError).error.fields?.displayName, what).toBe(message);
    }

    const joined = await signUp('  Zoë \u200B', token);
    expect(joined.status).toBe(201);
    expect((joined.body as MeResponse).user.displayName).toBe('Zoë');
  });

  it('refuses a name that is not text, and bytes that were not text', async () => {
    expect((await signUp(42)).status).toBe(400);
    const response = await fetch(`${server.url}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: CSRF_HEADER_VALUE },
      body: Buffer.concat([
        Buffer.from('{"displayName":"Ada '),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('","email":"ada.bytes@example.org","password":"a long enough password"}'),
      ]),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as ApiError).error.fields?.displayName).toBe(displayNameMessages.unreadable);
  });

  it('shows other members the name as it was kept', async () => {
    const ada = new TestPerson(server.url, 'Ada');
    await ada.signUp();
    const projectId = await ada.createProject();
    const token = await ada.invite(projectId);
    const zoe = new TestPerson(server.url, '\u00A0Zoë Ó Briain 👩🏽‍🦱 ', 'zoe@example.org');
    await zoe.signUp(token);
    await zoe.join(token);
    const { members } = await ada.expectOk<ProjectDetailResponse>('GET', `/api/projects/${projectId}`);
    expect(members.map((member) => member.displayName).sort()).toEqual(['Ada', 'Zoë Ó Briain 👩🏽‍🦱']);
  });
});
