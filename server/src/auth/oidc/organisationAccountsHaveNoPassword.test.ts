import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Stores } from '../../store/Stores.ts';
import { SqliteStore } from '../../store/sqlite/SqliteStore.ts';
import type { UserStore } from '../../store/UserStore.ts';
import { addPerson, contractNow as now } from '../../testing/storeFixtures.ts';
import { NO_PASSWORD } from './OrganisationSignInService.ts';
import { organisationAccountsHaveNoPassword } from './organisationAccountsHaveNoPassword.ts';

describe('organisationAccountsHaveNoPassword', () => {
  let stores: Stores;
  let guarded: UserStore;
  let citizen: string;
  const staff = {
    id: 'staff-1',
    email: 'priya@camden.example',
    displayName: 'Priya',
    passwordHash: NO_PASSWORD,
    createdAt: now,
  };

  beforeEach(async () => {
    stores = SqliteStore.open(':memory:');
    await stores.migrate();
    citizen = await addPerson(stores, 'Ada', 'ada@example.org');
    await stores.identities.createAccountWithIdentity(staff, {
      issuer: 'https://id.camden.example',
      tenant: '',
      subject: 'priya',
      userId: staff.id,
      email: staff.email,
      createdAt: now,
      lastSignedInAt: now,
    });
    guarded = organisationAccountsHaveNoPassword(stores.users, stores.identities);
  });

  afterEach(async () => {
    await stores.close();
  });

  it('finds citizens by email for a reset, never an account that signs in through its organisation', async () => {
    expect((await guarded.findUserByEmail('ada@example.org'))?.id).toBe(citizen);
    expect(await guarded.findUserByEmail('priya@camden.example')).toBeUndefined();
  });

  it('makes no reset link for such an account and gives it no password, saying why', async () => {
    const reset = {
      tokenHash: 'h',
      userId: staff.id,
      createdBy: citizen,
      createdAt: now,
      expiresAt: now + 1,
      usedAt: null,
    };
    await expect(guarded.createPasswordReset(reset)).rejects.toThrow(/signs in through their organisation/);
    await expect(guarded.setPasswordHash(staff.id, 'a hash')).rejects.toThrow(/signs in through their organisation/);
    expect((await stores.users.findUserById(staff.id))?.passwordHash).toBe(NO_PASSWORD);
    expect(await stores.users.findPasswordReset('h')).toBeUndefined();
  });

  it('leaves everything else as the user store does it', async () => {
    await guarded.createPasswordReset({
      tokenHash: 'c',
      userId: citizen,
      createdBy: null,
      createdAt: now,
      expiresAt: now + 1,
      usedAt: null,
    });
    expect((await guarded.findPasswordReset('c'))?.userId).toBe(citizen);
    expect(await guarded.countUsers()).toBe(2);
    expect((await guarded.findUserById(staff.id))?.displayName).toBe('Priya');
  });
});
