import {
  type AccountNoticesResponse,
  type AdminAccountResponse,
  type AdminAccountsResponse,
  type ApiError,
  CloseCode,
  type PasswordResetCheckResponse,
  type PasswordResetLinkResponse,
} from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { TestPerson } from '../testing/TestPerson.ts';
import { useAccountsServer } from '../testing/useAccountsServer.ts';

const NEW_PASSWORD = 'chosen on the telephone';

describe('administrators', () => {
  let now = 1_750_000_000_000;
  const kit = useAccountsServer(() => ({ now: () => now }));

  const linkFor = (admin: TestPerson, person: TestPerson) =>
    admin.request<PasswordResetLinkResponse & ApiError>('POST', `/api/admin/accounts/${person.id}/password-reset-link`);

  it('makes the first account an administrator, who can name another and never leave none', async () => {
    const { ada, sam } = await kit.sharedDocument();
    const { accounts } = await ada.expectOk<AdminAccountsResponse>('GET', '/api/admin/accounts?search=SAM');
    expect(accounts).toEqual([expect.objectContaining({ id: sam.id, email: sam.email, isAdministrator: false })]);

    const onlyOne = await ada.request<ApiError>('PATCH', `/api/admin/accounts/${ada.id}`, {
      administrator: false,
    });
    expect(onlyOne.status).toBe(409);
    expect(onlyOne.body.error.message).toMatch(/at least one administrator/);

    const made = await ada.expectOk<AdminAccountResponse>('PATCH', `/api/admin/accounts/${sam.id}`, {
      administrator: true,
    });
    expect(made.account.isAdministrator).toBe(true);
    await sam.expectOk('PATCH', `/api/admin/accounts/${ada.id}`, { administrator: false });
    expect((await ada.request('GET', '/api/admin/accounts')).status).toBe(403);
    expect((await sam.request('PATCH', `/api/admin/accounts/${sam.id}`, { administrator: false })).status).toBe(409);
  });

  it('lets an administrator make a single-use, short-lived reset link that signs the person out everywhere and tells them', async () => {
    const { ada, sam, name } = await kit.sharedDocument();
    const tab = kit.connect(name, sam.cookie);
    await tab.synced;
    const created = await linkFor(ada, sam);
    expect(created.status).toBe(201);
    const { token, expiresAt } = created.body;
    expect(Date.parse(expiresAt) - now).toBe(60 * 60 * 1000);

    const stranger = new TestPerson(kit.server.url, 'Whoever holds the link');
    const check = await stranger.expectOk<PasswordResetCheckResponse>('POST', '/api/password-reset/check', { token });
    expect(check.displayName).toBe('Sam');
    await stranger.expectOk('POST', '/api/password-reset', { token, newPassword: NEW_PASSWORD });
    expect((await tab.closed).code).toBe(CloseCode.NotSignedIn);
    expect((await sam.request('GET', '/api/me')).status).toBe(401);

    const again = await stranger.request<ApiError>('POST', '/api/password-reset', {
      token,
      newPassword: 'yet another password',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already been used/);
    const checkAgain = await stranger.request<ApiError>('POST', '/api/password-reset/check', { token });
    expect(checkAgain.body.error.message).toMatch(/already been used/);

    const samNow = new TestPerson(kit.server.url, 'Sam', sam.email, NEW_PASSWORD);
    await samNow.signIn();
    const { notices, unreadCount } = await samNow.expectOk<AccountNoticesResponse>('GET', '/api/account/notices');
    expect(unreadCount).toBe(1);
    expect(notices[0]).toMatchObject({ kind: 'password-reset-by-administrator', by: { id: ada.id } });
    expect(notices[0]?.text).toMatch(/link made by Ada/);
    const read = await samNow.expectOk<AccountNoticesResponse>('POST', '/api/account/notices/read', { all: true });
    expect(read.unreadCount).toBe(0);
  });

  it('refuses an expired link, a replaced link and a made-up one, each with a clear message', async () => {
    const { ada, sam } = await kit.sharedDocument();
    const first = (await linkFor(ada, sam)).body.token;
    const second = (await linkFor(ada, sam)).body.token;
    const holder = new TestPerson(kit.server.url, 'Holder');
    const replaced = await holder.request<ApiError>('POST', '/api/password-reset', {
      token: first,
      newPassword: NEW_PASSWORD,
    });
    expect(replaced.status).toBe(404);
    expect(replaced.body.error.message).toMatch(/does not work/);
    now += 60 * 60 * 1000;
    const expired = await holder.request<ApiError>('POST', '/api/password-reset', {
      token: second,
      newPassword: NEW_PASSWORD,
    });
    expect(expired.status).toBe(409);
    expect(expired.body.error.message).toMatch(/expired/);
    expect((await holder.request('POST', '/api/password-reset/check', { token: 'made-up' })).status).toBe(404);
    // Sam's password is unchanged.
    await new TestPerson(kit.server.url, 'Sam', sam.email).signIn();
  });

  it('never lets a project lead who is not an administrator make a reset link, even for their own members', async () => {
    const { ada, sam } = await kit.sharedDocument();
    // Anyone can start a project and invite someone: Sam leads one with Bea in it.
    const projectId = await sam.createProject('Sam’s own group');
    const bea = new TestPerson(kit.server.url, 'Bea');
    const invite = await sam.invite(projectId);
    await bea.signUp(invite);
    await bea.join(invite);
    const refused = await linkFor(sam, bea);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/Only administrators/);
    expect((await sam.request('GET', '/api/admin/accounts')).status).toBe(403);
    expect((await sam.request('PATCH', `/api/admin/accounts/${sam.id}`, { administrator: true })).status).toBe(403);
    // An administrator may not make one for themselves either: they change their password instead.
    expect((await linkFor(ada, ada)).status).toBe(400);
  });
});
