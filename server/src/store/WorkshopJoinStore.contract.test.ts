import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addPerson, addProjectWithDocument, addWorkshop, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';
import type { JoinRequestRecord, WorkshopLinkRecord } from './WorkshopJoinStore.ts';

/** The contract every WorkshopJoinStore passes. */
describe.each(contractStores)('%s workshop join store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  async function plannedWorkshop() {
    const place = await addProjectWithDocument(stores);
    const workshopId = await addWorkshop(stores, place, 'planned');
    return { ...place, workshopId };
  }

  const link = (workshopId: string, createdBy: string, fields: Partial<WorkshopLinkRecord> = {}) => ({
    id: randomUUID(),
    workshopId,
    tokenHash: randomUUID(),
    maxUses: 40,
    uses: 0,
    createdBy,
    createdAt: now,
    revokedAt: null,
    revokedBy: null,
    ...fields,
  });

  const request = (made: WorkshopLinkRecord, fields: Partial<JoinRequestRecord> = {}): JoinRequestRecord => ({
    id: randomUUID(),
    linkId: made.id,
    workshopId: made.workshopId,
    waitingTokenHash: randomUUID(),
    userId: null,
    hadAccount: false,
    displayName: 'Priya',
    perspective: 'lived-experience',
    email: null,
    passwordHash: null,
    state: 'waiting',
    askedAt: now,
    decidedAt: null,
    decidedBy: null,
    enteredAt: null,
    ...fields,
  });

  it('finds a link by the hash of its secret, and a new link stops the one before', async () => {
    const { workshopId, lead } = await plannedWorkshop();
    const first = link(workshopId, lead);
    await stores.joining.createLink(first);
    expect(await stores.joining.findLinkByToken(first.tokenHash)).toEqual(first);
    expect(await stores.joining.findWorkingLink(workshopId)).toEqual(first);

    const waiting = request(first);
    expect(await stores.joining.addRequest(waiting)).toBe('added');
    const second = link(workshopId, lead, { createdAt: now + 10 });
    await stores.joining.createLink(second);
    expect(await stores.joining.findWorkingLink(workshopId)).toEqual(second);
    expect(await stores.joining.findLink(first.id)).toMatchObject({ revokedAt: now + 10, revokedBy: lead });
    // Whoever was waiting through the stopped link is told it closed.
    expect((await stores.joining.findRequest(waiting.id))?.state).toBe('link-closed');
  });

  it('counts each request as a use, and records none once the link is used up or stopped', async () => {
    const { workshopId, lead } = await plannedWorkshop();
    const made = link(workshopId, lead, { maxUses: 2 });
    await stores.joining.createLink(made);
    const outcomes = await Promise.all([1, 2, 3].map(() => stores.joining.addRequest(request(made))));
    expect(outcomes.sort()).toEqual(['added', 'added', 'used-up']);
    expect((await stores.joining.findLink(made.id))?.uses).toBe(2);
    expect(await stores.joining.listRequests(workshopId, 'waiting')).toHaveLength(2);

    await stores.joining.setMaxUses(made.id, 3);
    expect(await stores.joining.revokeLink(made.id, lead, now + 1)).toBe(true);
    expect(await stores.joining.revokeLink(made.id, lead, now + 2)).toBe(false);
    expect(await stores.joining.addRequest(request(made))).toBe('stopped');
    expect(await stores.joining.findWorkingLink(workshopId)).toBeUndefined();
    expect(await stores.joining.listRequests(workshopId, 'waiting')).toEqual([]);
    expect(await stores.joining.listRequests(workshopId, 'link-closed')).toHaveLength(2);
  });

  it('lets a new person in once, making their account and membership together', async () => {
    const { workshopId, lead, projectId } = await plannedWorkshop();
    const made = link(workshopId, lead);
    await stores.joining.createLink(made);
    const asked = request(made, { email: 'priya@example.org', passwordHash: 'hash' });
    await stores.joining.addRequest(asked);
    expect(await stores.joining.findRequestByWaitingToken(asked.waitingTokenHash)).toEqual(asked);

    const userId = randomUUID();
    const account = {
      id: userId,
      email: 'priya@example.org',
      displayName: 'Priya',
      passwordHash: 'hash',
      createdAt: now,
    };
    const membership = { projectId, userId, role: 'member' as const, perspective: asked.perspective, joinedAt: now };
    const both = await Promise.all([
      stores.joining.admit(asked.id, account, membership, lead, now + 5),
      stores.joining.admit(asked.id, account, membership, lead, now + 5),
    ]);
    expect(both.sort()).toEqual(['admitted', 'not-waiting']);
    expect(await stores.users.findUserByEmail('priya@example.org')).toMatchObject({ id: userId, passwordHash: 'hash' });
    expect(await stores.projects.findMembership(projectId, userId)).toMatchObject({ perspective: 'lived-experience' });
    const admitted = await stores.joining.findRequest(asked.id);
    expect(admitted).toMatchObject({ state: 'admitted', userId, decidedBy: lead, email: null, passwordHash: null });

    expect(await stores.joining.markEntered(asked.id, now + 6)).toBe(true);
    expect(await stores.joining.markEntered(asked.id, now + 7)).toBe(false);
    expect(await stores.joining.closeRequest(asked.id, 'turned-away', lead, now + 8)).toBe(false);
  });

  it('keeps a person waiting when their email was taken meanwhile, and forgets what they gave when turned away', async () => {
    const { workshopId, lead, projectId } = await plannedWorkshop();
    const made = link(workshopId, lead);
    await stores.joining.createLink(made);
    const asked = request(made, { email: 'sam@example.org', passwordHash: 'hash' });
    await stores.joining.addRequest(asked);
    await addPerson(stores, 'Sam', 'sam@example.org');

    const userId = randomUUID();
    const account = {
      id: userId,
      email: 'sam@example.org',
      displayName: 'Priya',
      passwordHash: 'hash',
      createdAt: now,
    };
    const membership = { projectId, userId, role: 'member' as const, perspective: asked.perspective, joinedAt: now };
    expect(await stores.joining.admit(asked.id, account, membership, lead, now)).toBe('email-taken');
    expect(await stores.projects.findMembership(projectId, userId)).toBeUndefined();
    expect((await stores.joining.findRequest(asked.id))?.state).toBe('waiting');

    expect(await stores.joining.closeRequest(asked.id, 'turned-away', lead, now + 1)).toBe(true);
    expect(await stores.joining.findRequest(asked.id)).toMatchObject({
      state: 'turned-away',
      email: null,
      passwordHash: null,
      decidedBy: lead,
    });
  });

  it('lets someone with an account in, and finds their waiting request', async () => {
    const { workshopId, lead, projectId } = await plannedWorkshop();
    const made = link(workshopId, lead);
    await stores.joining.createLink(made);
    const kim = await addPerson(stores, 'Kim');
    const asked = request(made, { userId: kim, hadAccount: true, displayName: 'Kim', perspective: 'professional' });
    await stores.joining.addRequest(asked);
    expect((await stores.joining.findWaitingRequestOf(workshopId, kim))?.id).toBe(asked.id);

    const membership = {
      projectId,
      userId: kim,
      role: 'member' as const,
      perspective: asked.perspective,
      joinedAt: now,
    };
    expect(await stores.joining.admit(asked.id, null, membership, lead, now)).toBe('admitted');
    expect(await stores.projects.findMembership(projectId, kim)).toMatchObject({ role: 'member' });
    expect(await stores.joining.findWaitingRequestOf(workshopId, kim)).toBeUndefined();
    expect(await stores.joining.listRequests(workshopId, 'admitted')).toMatchObject([
      { id: asked.id, hadAccount: true },
    ]);
  });

  it('keeps when a session must end, whatever renews it', async () => {
    const person = await addPerson(stores, 'Priya');
    await stores.users.createSession({
      tokenHash: 'guest',
      userId: person,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: now + 100,
      endsAt: now + 100,
    });
    await stores.users.createSession({
      tokenHash: 'usual',
      userId: person,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: now + 100,
    });
    expect((await stores.users.findSession('guest'))?.endsAt).toBe(now + 100);
    expect((await stores.users.findSession('usual'))?.endsAt).toBeNull();
  });
});
