import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addMember, addPerson, addProjectWithDocument, contractNow as now } from '../testing/storeFixtures.ts';
import type { Stores } from './Stores.ts';

/** The contract every ProjectStore passes. */
describe.each(contractStores)('%s project store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  it('creates a project with its lead and lists it with counts', async () => {
    const projects = stores.projects;
    const { lead, projectId } = await addProjectWithDocument(stores);
    const member = await addPerson(stores, 'sam');
    await projects.addMember({ projectId, userId: member, role: 'member', perspective: 'both', joinedAt: now + 1 });
    await projects.addMember({ projectId, userId: member, role: 'lead', perspective: 'unsaid', joinedAt: now + 2 });
    expect((await projects.findMembership(projectId, member))?.role).toBe('member');
    const [summary] = await projects.listProjectsForUser(lead);
    expect(summary).toMatchObject({ id: projectId, myRole: 'lead', memberCount: 2, documentCount: 1 });
    await projects.updateMembership(projectId, member, { perspective: 'professional' });
    expect((await projects.listMembers(projectId)).map((m) => [m.displayName, m.perspective])).toEqual([
      ['Lead', 'unsaid'],
      ['sam', 'professional'],
    ]);
    await projects.removeMember(projectId, member, now + 3);
    expect(await projects.listProjectsForUser(member)).toEqual([]);
  });

  it('keeps each member’s credit choice, and what a former member last chose', async () => {
    const projects = stores.projects;
    const { lead, projectId } = await addProjectWithDocument(stores);
    const member = await addPerson(stores, 'pat');
    await projects.addMember({ projectId, userId: member, role: 'member', perspective: 'both', joinedAt: now + 1 });
    expect((await projects.findMembership(projectId, member))?.creditAs).toBe('name');
    await projects.updateMembership(projectId, member, { creditAs: 'anonymous' });
    expect((await projects.listMembers(projectId)).map((m) => [m.displayName, m.creditAs])).toEqual([
      ['Lead', 'name'],
      ['pat', 'anonymous'],
    ]);
    expect(await projects.listFormerMembers(projectId)).toEqual([]);

    await projects.removeMember(projectId, member, now + 5);
    expect(await projects.listFormerMembers(projectId)).toEqual([
      { projectId, userId: member, displayName: 'pat', perspective: 'both', creditAs: 'anonymous', leftAt: now + 5 },
    ]);
    // Coming back makes them a member again; leaving again keeps their latest choice.
    await projects.addMember({
      projectId,
      userId: member,
      role: 'member',
      perspective: 'professional',
      joinedAt: now + 6,
    });
    expect(await projects.listFormerMembers(projectId)).toEqual([]);
    await projects.removeMember(projectId, member, now + 7);
    expect((await projects.listFormerMembers(projectId)).map((m) => [m.perspective, m.creditAs, m.leftAt])).toEqual([
      ['professional', 'name', now + 7],
    ]);
    await projects.removeMember(projectId, lead, now + 8);
    expect(await projects.listFormerMembers(projectId)).toHaveLength(2);
  });

  it('keeps each member’s email choice, off until they ask', async () => {
    const projects = stores.projects;
    const { lead, projectId } = await addProjectWithDocument(stores);
    const sam = await addMember(stores, projectId, 'Sam');
    expect((await projects.findMembership(projectId, sam))?.emailNotifications).toBe(false);
    await projects.updateMembership(projectId, sam, { emailNotifications: true });
    expect((await projects.findMembership(projectId, sam))?.emailNotifications).toBe(true);
    const members = await projects.listMembers(projectId);
    expect(members.find((m) => m.userId === sam)?.emailNotifications).toBe(true);
    expect(members.find((m) => m.userId === lead)?.emailNotifications).toBe(false);
    await projects.updateMembership(projectId, sam, { emailNotifications: false });
    expect((await projects.findMembership(projectId, sam))?.emailNotifications).toBe(false);
  });

  it('lists the invites nobody has used, withdrawn or outlived, and withdraws only those', async () => {
    const projects = stores.projects;
    const { lead, projectId } = await addProjectWithDocument(stores);
    const sam = await addPerson(stores, 'sam');
    const invite = (tokenHash: string, createdAt: number, expiresAt: number) => ({
      tokenHash,
      projectId,
      role: 'member' as const,
      createdBy: lead,
      createdAt,
      expiresAt,
      usedAt: null,
      usedBy: null,
      withdrawnAt: null,
    });
    await projects.createInvite(invite('older', now, now + 100));
    await projects.createInvite(invite('newer', now + 1, now + 100));
    await projects.createInvite(invite('used', now + 2, now + 100));
    await projects.createInvite(invite('expired', now + 3, now + 10));
    await projects.useInvite('used', sam, now + 5);
    expect((await projects.listOpenInvites(projectId, now + 50)).map((each) => each.tokenHash)).toEqual([
      'newer',
      'older',
    ]);
    expect(await projects.withdrawInvite(projectId, 'used', now + 60)).toBe(false);
    expect(await projects.withdrawInvite('another project', 'older', now + 60)).toBe(false);
    expect(await projects.withdrawInvite(projectId, 'older', now + 60)).toBe(true);
    expect(await projects.withdrawInvite(projectId, 'older', now + 61)).toBe(false);
    expect(await projects.findInvite('older')).toMatchObject({ withdrawnAt: now + 60, usedAt: null });
    expect(await projects.useInvite('older', sam, now + 62)).toBe(false);
    expect((await projects.listOpenInvites(projectId, now + 50)).map((each) => each.tokenHash)).toEqual(['newer']);
  });

  it('keeps invites by token hash, and lets each be used once', async () => {
    const projects = stores.projects;
    const { lead, projectId } = await addProjectWithDocument(stores);
    const sam = await addPerson(stores, 'sam');
    await projects.createInvite({
      tokenHash: 't',
      projectId,
      role: 'facilitator',
      createdBy: lead,
      createdAt: now,
      expiresAt: now + 1,
      usedAt: null,
      usedBy: null,
      withdrawnAt: null,
    });
    expect(await projects.findInvite('t')).toMatchObject({
      projectId,
      role: 'facilitator',
      expiresAt: now + 1,
      usedAt: null,
    });
    expect(await projects.findInvite('other')).toBeUndefined();
    expect(await projects.useInvite('t', sam, now + 5)).toBe(true);
    expect(await projects.useInvite('t', lead, now + 6)).toBe(false);
    expect((await projects.findInvite('t'))?.usedAt).toBe(now + 5);
  });
});
