import { Limits } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccessEvents } from '../events/AccessEvents.ts';
import type { Stores } from '../store/Stores.ts';
import { SqliteStore } from '../store/sqlite/SqliteStore.ts';
import { AuthService } from './AuthService.ts';
import { SignInLimiter } from './SignInLimiter.ts';
import { hashSecretToken } from './secretTokens.ts';

const client = (address: string, deviceToken?: string) => ({ address, userAgent: 'Firefox/140.0', deviceToken });

describe('AuthService sessions', () => {
  let stores: Stores;
  let now: number;
  let auth: AuthService;
  let events: AccessEvents;
  const account = { displayName: 'Ada', email: 'ada@example.org', password: 'a long enough password' };

  beforeEach(async () => {
    stores = SqliteStore.open(':memory:');
    await stores.migrate();
    now = 1_700_000_000_000;
    events = new AccessEvents();
    auth = new AuthService(stores.users, new SignInLimiter(() => now), events, () => now);
  });
  afterEach(async () => {
    await stores.close();
  });

  it('stores only a hash of the session token, and hashes passwords with argon2id', async () => {
    const { token } = await auth.signUp(account, async () => false);
    expect(await stores.users.findSession(token)).toBeUndefined();
    expect(await stores.users.findSession(hashSecretToken(token))).toBeDefined();
    expect((await stores.users.findUserByEmail(account.email))?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('expires a session left unused, and renews one in use up to its maximum age', async () => {
    const { token } = await auth.signUp(account, async () => false);
    now += Limits.sessionIdleMs - 1000;
    expect(await auth.authenticate(token)).not.toBeNull();
    now += Limits.sessionIdleMs - 1000;
    expect(await auth.authenticate(token)).not.toBeNull();
    now += Limits.sessionIdleMs + 1;
    expect(await auth.authenticate(token)).toBeNull();

    const { token: busy } = await auth.signIn(account, client('10.0.0.1'));
    const started = now;
    while (now < started + Limits.sessionMaxMs - Limits.sessionIdleMs) {
      now += Limits.sessionIdleMs / 2;
      expect(await auth.authenticate(busy)).not.toBeNull();
    }
    now = started + Limits.sessionMaxMs + 1;
    expect(await auth.authenticate(busy)).toBeNull();
  });

  it('ends a session at sign-out and tells whoever holds its connections', async () => {
    const { token } = await auth.signUp(account, async () => false);
    const ended: string[] = [];
    events.on('sessionEnded', ({ tokenHash }) => ended.push(tokenHash));
    await auth.signOut(token);
    expect(await auth.authenticate(token)).toBeNull();
    expect(ended).toEqual([hashSecretToken(token)]);
  });

  it('does not say whether an email has an account', async () => {
    await auth.signUp(account, async () => false);
    const wrongPassword = await auth
      .signIn({ ...account, password: 'not the password' }, client('a'))
      .catch((e: Error) => e.message);
    const noAccount = await auth
      .signIn({ email: 'nobody@example.org', password: 'x' }, client('b'))
      .catch((e: Error) => e.message);
    expect(wrongPassword).toBe(noAccount);
  });

  it('makes the first account an administrator, and nobody after it', async () => {
    const first = await auth.signUp(account, async () => false);
    const second = await auth.signUp(
      { displayName: 'Sam', email: 'sam@example.org', password: account.password, inviteToken: 'valid' },
      async () => true,
    );
    expect(await stores.users.isAdministrator(first.user.id)).toBe(true);
    expect(await stores.users.isAdministrator(second.user.id)).toBe(false);
  });

  it('keeps the browser of each session, and recognises a browser that signed in before, for that account only', async () => {
    const { user, deviceToken } = await auth.signUp(account, async () => false, client('10.0.0.1'));
    const again = await auth.signIn(account, client('10.0.0.1', deviceToken));
    expect(again.deviceToken).toBe(deviceToken);
    const sessions = await stores.users.listSessions(user.id, now);
    expect(sessions.map((session) => session.userAgent)).toEqual(['Firefox/140.0', 'Firefox/140.0']);
    expect(await stores.users.isKnownDevice(hashSecretToken(deviceToken), user.id, 0)).toBe(true);

    // A made-up device token is replaced by one of ours.
    const fresh = await auth.signIn(account, client('10.0.0.1', 'made up'));
    expect(fresh.deviceToken).not.toBe('made up');
    expect(fresh.deviceToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
