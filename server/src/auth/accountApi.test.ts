import { type AccountNoticesResponse, type AccountResponse, type ApiError, CloseCode } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { TestPerson } from '../testing/TestPerson.ts';
import { useAccountsServer } from '../testing/useAccountsServer.ts';

const NEW_PASSWORD = 'a new and longer password';

describe('a person’s own account', () => {
  const kit = useAccountsServer();

  /** Sam, signed in a second time as if on another device. */
  async function samElsewhere(sam: TestPerson, password = sam.password) {
    const other = new TestPerson(kit.server.url, 'Sam', sam.email, password);
    await other.signIn();
    return other;
  }

  it('changes the password, signing out every other session and closing its connections, but not this one', async () => {
    const { sam, name } = await kit.sharedDocument();
    const phone = await samElsewhere(sam);
    const tab = kit.connect(name, phone.cookie);
    await tab.synced;
    const mine = kit.connect(name, sam.cookie);
    await mine.synced;

    const wrong = await sam.request<ApiError>('POST', '/api/account/password', {
      currentPassword: 'not my password',
      newPassword: NEW_PASSWORD,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields?.currentPassword).toMatch(/current password is not right/);
    const weak = await sam.request<ApiError>('POST', '/api/account/password', {
      currentPassword: sam.password,
      newPassword: 'short',
    });
    expect(weak.body.error.fields?.newPassword).toMatch(/at least 10 characters/);

    await sam.expectOk('POST', '/api/account/password', { currentPassword: sam.password, newPassword: NEW_PASSWORD });
    expect((await tab.closed).code).toBe(CloseCode.NotSignedIn);
    expect((await phone.request('GET', '/api/me')).status).toBe(401);
    expect((await sam.request('GET', '/api/me')).status).toBe(200);
    expect(mine.provider.isSynced).toBe(true);

    expect(
      (
        await new TestPerson(kit.server.url, 'Sam', sam.email).request('POST', '/api/auth/signin', {
          email: sam.email,
          password: sam.password,
        })
      ).status,
    ).toBe(401);
    await samElsewhere(sam, NEW_PASSWORD);
    const { notices } = await sam.expectOk<AccountNoticesResponse>('GET', '/api/account/notices');
    expect(notices.map((notice) => notice.kind)).toEqual(['password-changed']);
  });

  it('slows down wrong current passwords, so a borrowed session cannot guess the password', async () => {
    const { sam } = await kit.sharedDocument();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const result = await sam.request('POST', '/api/account/password', {
        currentPassword: `guess ${i}`,
        newPassword: NEW_PASSWORD,
      });
      statuses.push(result.status);
    }
    expect(statuses.slice(0, 4)).toEqual([400, 400, 400, 400]);
    expect(statuses.slice(4)).toContain(429);
  });

  it('lists signed-in devices in plain words, signs out one, and signs out everywhere', async () => {
    const { sam, name } = await kit.sharedDocument();
    const phone = await samElsewhere(sam);
    const { devices, isAdministrator } = await sam.expectOk<AccountResponse>('GET', '/api/account');
    expect(isAdministrator).toBe(false);
    expect(devices).toHaveLength(2);
    // Node's fetch names itself, which is no browser we know.
    expect(devices.map((device) => device.device)).toEqual(['An unknown browser', 'An unknown browser']);
    expect(devices.filter((device) => device.current)).toHaveLength(1);
    expect(JSON.stringify(devices)).not.toContain(sam.cookie ?? 'no cookie');

    const phoneDevice = devices.find((device) => !device.current);
    const tab = kit.connect(name, phone.cookie);
    await tab.synced;
    await sam.expectOk('DELETE', `/api/account/devices/${phoneDevice?.id}`);
    expect((await tab.closed).code).toBe(CloseCode.NotSignedIn);
    expect((await phone.request('GET', '/api/me')).status).toBe(401);
    expect((await sam.request('DELETE', `/api/account/devices/${phoneDevice?.id}`)).status).toBe(404);

    const laptop = await samElsewhere(sam);
    const laptopTab = kit.connect(name, laptop.cookie);
    await laptopTab.synced;
    await sam.expectOk('POST', '/api/account/sign-out-everywhere');
    expect((await laptopTab.closed).code).toBe(CloseCode.NotSignedIn);
    expect((await laptop.request('GET', '/api/me')).status).toBe(401);
    expect((await sam.request('GET', '/api/me')).status).toBe(401);
  });

  it('does not let one person sign out another’s device', async () => {
    const { ada, sam } = await kit.sharedDocument();
    const { devices } = await sam.expectOk<AccountResponse>('GET', '/api/account');
    expect((await ada.request('DELETE', `/api/account/devices/${devices[0]?.id}`)).status).toBe(404);
    expect((await sam.request('GET', '/api/me')).status).toBe(200);
  });

  it('needs a signed-in person', async () => {
    const stranger = new TestPerson(kit.server.url, 'Stranger');
    expect((await stranger.request('GET', '/api/account')).status).toBe(401);
    expect((await stranger.request('POST', '/api/account/sign-out-everywhere')).status).toBe(401);
  });
});
