import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addPerson, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';

/** The contract every UserStore passes. */
describe.each(contractStores)('%s user store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  it('finds users by email and id, and counts them', async () => {
    const users = stores.users;
    expect(await users.countUsers()).toBe(0);
    const id = await addPerson(stores, 'ada', 'ada@example.org');
    expect((await users.findUserByEmail('ada@example.org'))?.id).toBe(id);
    expect((await users.findUserById(id))?.displayName).toBe('ada');
    expect(await users.countUsers()).toBe(1);
    await expect(
      users.createUser({
        id: randomUUID(),
        email: 'ada@example.org',
        displayName: 'x',
        passwordHash: 'x',
        createdAt: now,
      }),
    ).rejects.toThrow();
  });

  it('deletes an account but keeps its id, with no name, email, password or sessions left', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada', 'ada@example.org');
    const sam = await addPerson(stores, 'sam', 'sam@example.org');
    await users.setAdministrator(ada, true);
    await users.createSession({ tokenHash: 'a1', userId: ada, createdAt: now, lastUsedAt: now, expiresAt: now + 10 });
    await users.createSession({ tokenHash: 's1', userId: sam, createdAt: now, lastUsedAt: now, expiresAt: now + 10 });
    await users.rememberDevice('device', ada, now);
    expect(await users.countAdministrators()).toBe(1);

    expect(await users.eraseAccount(ada, now + 1, 'A former member')).toEqual(['a1']);
    expect(await users.findUserById(ada)).toMatchObject({
      displayName: 'A former member',
      passwordHash: '',
      erasedAt: now + 1,
    });
    expect(await users.findUserByEmail('ada@example.org')).toBeUndefined();
    expect(await users.findSession('a1')).toBeUndefined();
    expect(await users.isKnownDevice('device', ada, 0)).toBe(false);
    expect(await users.countAdministrators()).toBe(0);
    expect((await users.listAccounts('', 10)).map((account) => account.displayName)).toEqual(['sam']);
    expect(await users.findSession('s1')).toBeDefined();
    expect((await users.findUserById(sam))?.erasedAt).toBeNull();
  });

  it('keeps, renews and deletes sessions', async () => {
    const users = stores.users;
    const userId = await addPerson(stores, 'ada');
    await users.createSession({ tokenHash: 'h', userId, createdAt: now, lastUsedAt: now, expiresAt: now + 10 });
    await users.touchSession('h', now + 5, now + 20);
    expect(await users.findSession('h')).toMatchObject({ lastUsedAt: now + 5, expiresAt: now + 20 });
    await users.deleteSession('h');
    expect(await users.findSession('h')).toBeUndefined();
  });

  it('lists the sessions of a person that have not expired, most recently used first, with their browser', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada');
    const sam = await addPerson(stores, 'sam');
    const session = (tokenHash: string, userId: string, lastUsedAt: number, userAgent?: string) =>
      users.createSession({ tokenHash, userId, createdAt: now, lastUsedAt, expiresAt: lastUsedAt + 100, userAgent });
    await session('old', ada, now);
    await session('new', ada, now + 50, 'Mozilla/5.0 Firefox/140.0');
    await session('gone', ada, now - 200);
    await session('sams', sam, now);
    const listed = await users.listSessions(ada, now + 10);
    expect(listed.map((s) => s.tokenHash)).toEqual(['new', 'old']);
    expect(listed[0]?.userAgent).toBe('Mozilla/5.0 Firefox/140.0');
    expect(listed[1]?.userAgent).toBeNull();
  });

  it('ends all of a person’s sessions but the one kept, answering which', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada');
    const sam = await addPerson(stores, 'sam');
    for (const [tokenHash, userId] of [
      ['a1', ada],
      ['a2', ada],
      ['a3', ada],
      ['s1', sam],
    ] as const) {
      await users.createSession({ tokenHash, userId, createdAt: now, lastUsedAt: now, expiresAt: now + 10 });
    }
    expect((await users.deleteSessionsOfUser(ada, 'a2')).sort()).toEqual(['a1', 'a3']);
    expect(await users.findSession('a2')).toBeDefined();
    expect(await users.deleteSessionsOfUser(ada)).toEqual(['a2']);
    expect(await users.findSession('s1')).toBeDefined();
  });

  it('changes a password', async () => {
    const ada = await addPerson(stores, 'ada');
    await stores.users.setPasswordHash(ada, 'new hash');
    expect((await stores.users.findUserById(ada))?.passwordHash).toBe('new hash');
  });

  it('remembers browsers that signed in to an account, per account, until they are forgotten', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada');
    const sam = await addPerson(stores, 'sam');
    await users.rememberDevice('d', ada, now);
    expect(await users.isKnownDevice('d', ada, now - 1)).toBe(true);
    expect(await users.isKnownDevice('d', sam, now - 1)).toBe(false);
    expect(await users.isKnownDevice('d', ada, now)).toBe(false);
    await users.rememberDevice('d', ada, now + 10);
    await users.rememberDevice('d', sam, now + 10);
    expect(await users.isKnownDevice('d', ada, now + 5)).toBe(true);
    await users.forgetDevicesOfUser(ada);
    expect(await users.isKnownDevice('d', ada, 0)).toBe(false);
    expect(await users.isKnownDevice('d', sam, 0)).toBe(true);
  });

  it('keeps at least one administrator', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada');
    const sam = await addPerson(stores, 'sam');
    expect(await users.isAdministrator(ada)).toBe(false);
    expect(await users.setAdministrator(ada, true)).toBe(true);
    expect(await users.setAdministrator(sam, true)).toBe(true);
    expect(await users.setAdministrator(ada, false)).toBe(true);
    expect(await users.setAdministrator(ada, false)).toBe(true);
    expect(await users.setAdministrator(sam, false)).toBe(false);
    expect(await users.isAdministrator(sam)).toBe(true);
    expect(await users.isAdministrator(ada)).toBe(false);
  });

  it('lists accounts by name, finding them by part of their name or email in any case', async () => {
    const users = stores.users;
    await addPerson(stores, 'bea', 'bea@council.example');
    const ada = await addPerson(stores, 'Ada Lovelace', 'ada@example.org');
    await addPerson(stores, 'Sam_100%', 'sam@example.org');
    await users.setAdministrator(ada, true);
    expect((await users.listAccounts('', 10)).map((a) => a.displayName)).toEqual(['Ada Lovelace', 'bea', 'Sam_100%']);
    expect(await users.listAccounts('LOVE', 10)).toEqual([
      { id: ada, displayName: 'Ada Lovelace', email: 'ada@example.org', createdAt: now, isAdministrator: true },
    ]);
    expect((await users.listAccounts('COUNCIL', 10)).map((a) => a.displayName)).toEqual(['bea']);
    expect((await users.listAccounts('_1', 10)).map((a) => a.displayName)).toEqual(['Sam_100%']);
    expect(await users.listAccounts('%', 10)).toHaveLength(1);
    expect(await users.listAccounts('', 2)).toHaveLength(2);
  });

  it('names people by id, leaving out ids of nobody', async () => {
    const sam = await addPerson(stores, 'Sam');
    const bea = await addPerson(stores, 'Bea');
    expect(
      (await stores.users.listPeopleNames([sam, bea, 'nobody'])).sort((a, b) =>
        a.displayName.localeCompare(b.displayName),
      ),
    ).toEqual([
      { id: bea, displayName: 'Bea' },
      { id: sam, displayName: 'Sam' },
    ]);
    expect(await stores.users.listPeopleNames([])).toEqual([]);
  });
});
