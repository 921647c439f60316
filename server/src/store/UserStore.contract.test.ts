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

  it('keeps, renews and deletes sessions', async () => {
    const users = stores.users;
    const userId = await addPerson(stores, 'ada');
    await users.createSession({ tokenHash: 'h', userId, createdAt: now, lastUsedAt: now, expiresAt: now + 10 });
    await users.touchSession('h', now + 5, now + 20);
    expect(await users.findSession('h')).toMatchObject({ lastUsedAt: now + 5, expiresAt: now + 20 });
    await users.deleteSession('h');
    expect(await users.findSession('h')).toBeUndefined();
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
