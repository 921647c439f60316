import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addPerson, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';
import type { PasswordResetRecord } from './UserStore.ts';

/** The UserStore contract for password reset links and notices about accounts. */
describe.each(contractStores)('%s user store: recovery', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  const reset = (tokenHash: string, userId: string, createdBy: string | null = null): PasswordResetRecord => ({
    tokenHash,
    userId,
    createdBy,
    createdAt: now,
    expiresAt: now + 100,
    usedAt: null,
  });

  it('uses a reset link once, and only before it expires', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada');
    const admin = await addPerson(stores, 'admin');
    await users.createPasswordReset(reset('r1', ada, admin));
    expect(await users.findPasswordReset('r1')).toEqual(reset('r1', ada, admin));
    const [first, second] = await Promise.all([
      users.usePasswordReset('r1', now + 1),
      users.usePasswordReset('r1', now + 1),
    ]);
    expect([first, second].sort()).toEqual([false, true]);
    expect((await users.findPasswordReset('r1'))?.usedAt).toBe(now + 1);

    await users.createPasswordReset(reset('r2', ada));
    expect(await users.usePasswordReset('r2', now + 100)).toBe(false);
    expect(await users.usePasswordReset('unknown', now)).toBe(false);
  });

  it('keeps only the newest unused link of a person, and drops unused links on request', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada');
    const sam = await addPerson(stores, 'sam');
    await users.createPasswordReset(reset('used', ada));
    await users.usePasswordReset('used', now);
    await users.createPasswordReset(reset('older', ada));
    await users.createPasswordReset(reset('sams', sam));
    await users.createPasswordReset(reset('newer', ada));
    expect(await users.findPasswordReset('older')).toBeUndefined();
    expect(await users.findPasswordReset('newer')).toBeDefined();
    expect(await users.findPasswordReset('used')).toBeDefined();
    await users.discardPasswordResets(ada);
    expect(await users.findPasswordReset('newer')).toBeUndefined();
    expect(await users.findPasswordReset('used')).toBeDefined();
    expect(await users.findPasswordReset('sams')).toBeDefined();
  });

  it('keeps notices about an account, newest first, with who acted, and marks them read', async () => {
    const users = stores.users;
    const ada = await addPerson(stores, 'ada');
    const admin = await addPerson(stores, 'Admin');
    await users.addAccountNotice({
      id: 'n1',
      userId: ada,
      kind: 'password-changed',
      byUserId: null,
      createdAt: now,
      readAt: null,
    });
    await users.addAccountNotice({
      id: 'n2',
      userId: ada,
      kind: 'password-reset-by-administrator',
      byUserId: admin,
      createdAt: now + 1,
      readAt: null,
    });
    await users.addAccountNotice({
      id: 'n3',
      userId: admin,
      kind: 'password-changed',
      byUserId: null,
      createdAt: now,
      readAt: null,
    });
    const listed = await users.listAccountNotices(ada, 10);
    expect(listed.map((n) => [n.id, n.byDisplayName])).toEqual([
      ['n2', 'Admin'],
      ['n1', null],
    ]);
    expect(await users.listAccountNotices(ada, 1)).toHaveLength(1);
    expect(await users.countUnreadAccountNotices(ada)).toBe(2);
    await users.markAccountNoticesRead(ada, ['n1', 'n3'], now + 5);
    expect(await users.countUnreadAccountNotices(ada)).toBe(1);
    expect(await users.countUnreadAccountNotices(admin)).toBe(1);
    await users.markAccountNoticesRead(ada, 'all', now + 6);
    expect((await users.listAccountNotices(ada, 10)).map((n) => n.readAt)).toEqual([now + 6, now + 5]);
  });
});
