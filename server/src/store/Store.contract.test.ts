import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractStores } from '../testing/contractStores.ts';
import type { Store } from './Store.ts';

/** The contract every store passes (comments, inboxes and visits: CommentStore.contract.test.ts). */
describe.each(contractStores)('%s store', (_name, openStore) => {
  let store: Store;
  const now = 1_700_000_000_000;

  beforeEach(async () => {
    store = await openStore();
    await store.migrate();
  });
  afterEach(async () => {
    await store.close();
  });

  async function person(name: string) {
    const id = randomUUID();
    await store.createUser({ id, email: `${name}@example.org`, displayName: name, passwordHash: 'x', createdAt: now });
    return id;
  }

  async function projectWithDocument() {
    const lead = await person(`lead-${randomUUID()}`);
    const projectId = randomUUID();
    await store.createProject(
      { id: projectId, name: 'P', purpose: '', createdBy: lead, createdAt: now },
      { projectId, userId: lead, role: 'lead', perspective: 'unsaid', joinedAt: now },
    );
    const documentId = randomUUID();
    await store.createDocument(
      { id: documentId, projectId, title: 'D', template: 'blank', createdBy: lead, createdAt: now, archivedAt: null },
      {
        documentId,
        userId: null,
        onBehalfOf: null,
        clientIds: [1],
        update: new Uint8Array([1, 2]),
        createdAt: now,
        restoredVersionId: null,
      },
      [{ clientId: 1, userId: null }],
    );
    return { lead, projectId, documentId };
  }

  it('finds users by email and id, and counts them', async () => {
    expect(await store.countUsers()).toBe(0);
    const id = await person('ada');
    expect((await store.findUserByEmail('ada@example.org'))?.id).toBe(id);
    expect((await store.findUserById(id))?.displayName).toBe('ada');
    expect(await store.countUsers()).toBe(1);
    await expect(
      store.createUser({
        id: randomUUID(),
        email: 'ada@example.org',
        displayName: 'x',
        passwordHash: 'x',
        createdAt: now,
      }),
    ).rejects.toThrow();
  });

  it('keeps, renews and deletes sessions', async () => {
    const userId = await person('ada');
    await store.createSession({ tokenHash: 'h', userId, createdAt: now, lastUsedAt: now, expiresAt: now + 10 });
    await store.touchSession('h', now + 5, now + 20);
    expect(await store.findSession('h')).toMatchObject({ lastUsedAt: now + 5, expiresAt: now + 20 });
    await store.deleteSession('h');
    expect(await store.findSession('h')).toBeUndefined();
  });

  it('creates a project with its lead and lists it with counts', async () => {
    const { lead, projectId } = await projectWithDocument();
    const member = await person('sam');
    await store.addMember({ projectId, userId: member, role: 'member', perspective: 'both', joinedAt: now + 1 });
    await store.addMember({ projectId, userId: member, role: 'lead', perspective: 'unsaid', joinedAt: now + 2 });
    expect((await store.findMembership(projectId, member))?.role).toBe('member');
    const [summary] = await store.listProjectsForUser(lead);
    expect(summary).toMatchObject({ id: projectId, myRole: 'lead', memberCount: 2, documentCount: 1 });
    await store.updateMembership(projectId, member, { perspective: 'professional' });
    expect((await store.listMembers(projectId)).map((m) => [m.displayName, m.perspective])).toEqual([
      [expect.stringMatching(/^lead-/), 'unsaid'],
      ['sam', 'professional'],
    ]);
    await store.removeMember(projectId, member, now + 3);
    expect(await store.listProjectsForUser(member)).toEqual([]);
  });

  it('keeps each member’s credit choice, and what a former member last chose', async () => {
    const { lead, projectId } = await projectWithDocument();
    const member = await person('pat');
    await store.addMember({ projectId, userId: member, role: 'member', perspective: 'both', joinedAt: now + 1 });
    expect((await store.findMembership(projectId, member))?.creditAs).toBe('name');
    await store.updateMembership(projectId, member, { creditAs: 'anonymous' });
    expect((await store.listMembers(projectId)).map((m) => [m.displayName, m.creditAs])).toEqual([
      [expect.stringMatching(/^lead-/), 'name'],
      ['pat', 'anonymous'],
    ]);
    expect(await store.listFormerMembers(projectId)).toEqual([]);

    await store.removeMember(projectId, member, now + 5);
    expect(await store.listFormerMembers(projectId)).toEqual([
      { projectId, userId: member, displayName: 'pat', perspective: 'both', creditAs: 'anonymous', leftAt: now + 5 },
    ]);
    // Coming back makes them a member again; leaving again keeps their latest choice.
    await store.addMember({
      projectId,
      userId: member,
      role: 'member',
      perspective: 'professional',
      joinedAt: now + 6,
    });
    expect(await store.listFormerMembers(projectId)).toEqual([]);
    await store.removeMember(projectId, member, now + 7);
    expect((await store.listFormerMembers(projectId)).map((m) => [m.perspective, m.creditAs, m.leftAt])).toEqual([
      ['professional', 'name', now + 7],
    ]);
    await store.removeMember(projectId, lead, now + 8);
    expect(await store.listFormerMembers(projectId)).toHaveLength(2);
  });

  it('appends updates in order with their authors and binds each new client id to its first writer', async () => {
    const { documentId } = await projectWithDocument();
    const ada = await person('ada');
    const sam = await person('sam');
    const first = await store.appendUpdate({
      documentId,
      userId: ada,
      onBehalfOf: null,
      clientIds: [7],
      update: new Uint8Array([3]),
      createdAt: now + 1,
      restoredVersionId: null,
    });
    const second = await store.appendUpdate({
      documentId,
      userId: sam,
      onBehalfOf: ada,
      clientIds: [8],
      update: new Uint8Array([4]),
      createdAt: now + 2,
      restoredVersionId: null,
    });
    // A later claim on client id 7 does not move it from Ada.
    await store.appendUpdate({
      documentId,
      userId: sam,
      onBehalfOf: null,
      clientIds: [7],
      update: new Uint8Array([5]),
      createdAt: now + 3,
      restoredVersionId: null,
    });
    expect(second).toBeGreaterThan(first);

    const all = await store.listUpdatesAfter(documentId, 0);
    expect(all.map((u) => [u.userId, u.onBehalfOf, u.clientIds, [...u.update]])).toEqual([
      [null, null, [1], [1, 2]],
      [ada, null, [7], [3]],
      [sam, ada, [8], [4]],
      [sam, null, [7], [5]],
    ]);
    expect((await store.listUpdatesAfter(documentId, first)).map((u) => u.id)).toEqual([second, expect.any(Number)]);
    expect(new Map((await store.listClientBindings(documentId)).map((b) => [b.clientId, b.userId]))).toEqual(
      new Map([
        [1, null],
        [7, ada],
        [8, sam],
      ]),
    );
  });

  it('returns the latest checkpoint, or the latest at or before a point in the log', async () => {
    const { documentId } = await projectWithDocument();
    expect(await store.latestCheckpoint(documentId)).toBeUndefined();
    await store.saveCheckpoint({ documentId, upToUpdateId: 3, state: new Uint8Array([9]), createdAt: now });
    await store.saveCheckpoint({ documentId, upToUpdateId: 9, state: new Uint8Array([8, 8]), createdAt: now });
    const latest = await store.latestCheckpoint(documentId);
    expect(latest?.upToUpdateId).toBe(9);
    expect([...(latest?.state ?? [])]).toEqual([8, 8]);
    expect((await store.latestCheckpoint(documentId, 8))?.upToUpdateId).toBe(3);
    expect((await store.latestCheckpoint(documentId, 9))?.upToUpdateId).toBe(9);
    expect(await store.latestCheckpoint(documentId, 2)).toBeUndefined();
  });

  it('lists updates between two points in the log, and which version an update restored', async () => {
    const { lead, documentId } = await projectWithDocument();
    const ids: number[] = [];
    for (const n of [1, 2, 3]) {
      ids.push(
        await store.appendUpdate({
          documentId,
          userId: lead,
          onBehalfOf: null,
          clientIds: [],
          update: new Uint8Array([n]),
          createdAt: now + n,
          restoredVersionId: null,
        }),
      );
    }
    const [first, second, third] = ids as [number, number, number];
    expect(await store.latestUpdateId(documentId)).toBe(third);
    expect(await store.latestUpdateId('no-such-document')).toBe(0);
    expect((await store.listUpdatesAfter(documentId, first, second)).map((u) => u.id)).toEqual([second]);
    expect((await store.listUpdatesAfter(documentId, first)).map((u) => u.id)).toEqual([second, third]);

    await store.createVersion({
      id: 'v1',
      documentId,
      name: 'Draft for workshop 2',
      kind: 'named',
      upToUpdateId: second,
      createdBy: lead,
      createdAt: now + 10,
    });
    const restore = await store.appendUpdate({
      documentId,
      userId: lead,
      onBehalfOf: null,
      clientIds: [],
      update: new Uint8Array([4]),
      createdAt: now + 11,
      restoredVersionId: 'v1',
    });
    expect((await store.listUpdatesAfter(documentId, third)).map((u) => [u.id, u.restoredVersionId])).toEqual([
      [restore, 'v1'],
    ]);
  });

  it('keeps versions, newest first, and finds one by id', async () => {
    const { lead, documentId } = await projectWithDocument();
    const base = { documentId, createdBy: null, upToUpdateId: 1 } as const;
    await store.createVersion({ ...base, id: 'a', name: 'Automatic', kind: 'automatic', createdAt: now + 1 });
    await store.createVersion({ ...base, id: 'b', name: 'Draft', kind: 'named', createdBy: lead, createdAt: now + 2 });
    expect((await store.listVersions(documentId)).map((v) => v.id)).toEqual(['b', 'a']);
    expect(await store.findVersion('b')).toEqual({
      ...base,
      id: 'b',
      name: 'Draft',
      kind: 'named',
      createdBy: lead,
      createdAt: now + 2,
    });
    expect(await store.findVersion('missing')).toBeUndefined();
  });

  it('remembers what each person last saw of a document', async () => {
    const { lead, documentId } = await projectWithDocument();
    expect(await store.findVisit(documentId, lead)).toBeUndefined();
    await store.saveVisit({ documentId, userId: lead, lastSeenUpdateId: 4, lastSeenAt: now });
    await store.saveVisit({ documentId, userId: lead, lastSeenUpdateId: 9, lastSeenAt: now + 5 });
    expect(await store.findVisit(documentId, lead)).toEqual({
      documentId,
      userId: lead,
      lastSeenUpdateId: 9,
      lastSeenAt: now + 5,
    });
  });

  it('lists, renames and archives documents, with the time of their last change', async () => {
    const { lead, projectId, documentId } = await projectWithDocument();
    await store.appendUpdate({
      documentId,
      userId: lead,
      onBehalfOf: null,
      clientIds: [],
      update: new Uint8Array([1]),
      createdAt: now + 50,
      restoredVersionId: null,
    });
    await store.updateDocument(documentId, { title: 'Renamed', archivedAt: now + 60 });
    const [listed] = await store.listDocuments(projectId);
    expect(listed).toMatchObject({ id: documentId, title: 'Renamed', archivedAt: now + 60, updatedAt: now + 50 });
    await store.updateDocument(documentId, { archivedAt: null });
    expect((await store.findDocument(documentId))?.archivedAt).toBeNull();
  });

  it('keeps invites by token hash, and lets each be used once', async () => {
    const { lead, projectId } = await projectWithDocument();
    const sam = await person('sam');
    await store.createInvite({
      tokenHash: 't',
      projectId,
      role: 'facilitator',
      createdBy: lead,
      createdAt: now,
      expiresAt: now + 1,
      usedAt: null,
    });
    expect(await store.findInvite('t')).toMatchObject({
      projectId,
      role: 'facilitator',
      expiresAt: now + 1,
      usedAt: null,
    });
    expect(await store.findInvite('other')).toBeUndefined();
    expect(await store.useInvite('t', sam, now + 5)).toBe(true);
    expect(await store.useInvite('t', lead, now + 6)).toBe(false);
    expect((await store.findInvite('t'))?.usedAt).toBe(now + 5);
  });
});
