import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addPerson, contractNow as now } from '../testing/storeFixtures.ts';
import type { IdentityKey, IdentityRecord } from './IdentityStore.ts';
import type { Stores } from './Stores.ts';
import type { UserRecord } from './UserStore.ts';

const entraIssuer = 'https://login.microsoftonline.com/2f1a0c2e-0000-4000-8000-000000000001/v2.0';

function anAccount(email: string): UserRecord {
  return { id: randomUUID(), email, displayName: 'Priya Shah', passwordHash: '', createdAt: now };
}

function anIdentity(key: IdentityKey, userId: string, email: string | null = 'priya@camden.example'): IdentityRecord {
  return { ...key, userId, email, createdAt: now, lastSignedInAt: now };
}

/** The contract every IdentityStore passes. */
describe.each(contractStores)('%s identity store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  it('creates an account with its identity and finds it by issuer, tenant and subject only', async () => {
    const key = { issuer: entraIssuer, tenant: 'tenant-a', subject: 'object-1' };
    const account = anAccount('priya@camden.example');
    await stores.identities.createAccountWithIdentity(account, anIdentity(key, account.id));

    expect(await stores.identities.findIdentity(key)).toEqual(anIdentity(key, account.id));
    expect(await stores.users.findUserById(account.id)).toMatchObject({ displayName: 'Priya Shah' });
    expect(await stores.identities.hasIdentity(account.id)).toBe(true);
    // The same subject in another tenant, or at another issuer, is someone else.
    expect(await stores.identities.findIdentity({ ...key, tenant: 'tenant-b' })).toBeUndefined();
    expect(await stores.identities.findIdentity({ ...key, issuer: 'https://id.example.org' })).toBeUndefined();
    expect(await stores.identities.findIdentity({ ...key, subject: 'object-2' })).toBeUndefined();
  });

  it('says which accounts sign in through an organisation', async () => {
    const citizen = await addPerson(stores, 'Ada');
    expect(await stores.identities.hasIdentity(citizen)).toBe(false);
  });

  it('creates neither the account nor a second link when the identity is already linked', async () => {
    const key = { issuer: 'https://id.example.org', tenant: '', subject: 'sub-1' };
    const first = anAccount('first@example.org');
    await stores.identities.createAccountWithIdentity(first, anIdentity(key, first.id));
    const second = anAccount('second@example.org');

    await expect(stores.identities.createAccountWithIdentity(second, anIdentity(key, second.id))).rejects.toThrow();

    expect(await stores.users.findUserById(second.id)).toBeUndefined();
    expect((await stores.identities.findIdentity(key))?.userId).toBe(first.id);
  });

  it('creates no identity when the account cannot be created', async () => {
    await addPerson(stores, 'Ada', 'taken@example.org');
    const key = { issuer: 'https://id.example.org', tenant: '', subject: 'sub-2' };
    const account = anAccount('taken@example.org');

    await expect(stores.identities.createAccountWithIdentity(account, anIdentity(key, account.id))).rejects.toThrow();

    expect(await stores.identities.findIdentity(key)).toBeUndefined();
  });

  it('records later sign-ins with the email address the provider gives now', async () => {
    const key = { issuer: entraIssuer, tenant: 'tenant-a', subject: 'object-3' };
    const account = anAccount('old@camden.example');
    await stores.identities.createAccountWithIdentity(account, anIdentity(key, account.id, 'old@camden.example'));

    await stores.identities.recordSignIn(key, now + 60_000, 'new@camden.example');
    expect(await stores.identities.findIdentity(key)).toMatchObject({
      email: 'new@camden.example',
      createdAt: now,
      lastSignedInAt: now + 60_000,
    });
    await stores.identities.recordSignIn(key, now + 120_000, null);
    expect((await stores.identities.findIdentity(key))?.email).toBeNull();
  });
});
