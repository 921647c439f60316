import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contractStores } from '../testing/contractStores.ts';
import type { CommentEffects, CommentRecord, CommentThreadRecord } from './CommentStore.ts';
import type { NewInboxItemRecord } from './InboxStore.ts';
import type { Store } from './Store.ts';

/** The comments, inbox and visits part of the contract every store passes. */
describe.each(contractStores)('%s comment store', (_name, openStore) => {
  let store: Store;
  const now = 1_700_000_000_000;
  let lead: string;
  let projectId: string;
  let documentId: string;

  async function person(name: string) {
    const id = randomUUID();
    await store.createUser({ id, email: `${id}@example.org`, displayName: name, passwordHash: 'x', createdAt: now });
    return id;
  }

  async function member(name: string) {
    const id = await person(name);
    await store.addMember({ projectId, userId: id, role: 'member', perspective: 'both', joinedAt: now });
    return id;
  }

  async function createDocument(title: string) {
    const id = randomUUID();
    await store.createDocument(
      { id, projectId, title, template: 'blank', createdBy: lead, createdAt: now, archivedAt: null },
      {
        documentId: id,
        userId: null,
        onBehalfOf: null,
        clientIds: [1],
        update: new Uint8Array([1]),
        createdAt: now,
        restoredVersionId: null,
      },
      [{ clientId: 1, userId: null }],
    );
    return id;
  }

  beforeEach(async () => {
    store = await openStore();
    await store.migrate();
    lead = await person('Ada');
    projectId = randomUUID();
    await store.createProject(
      { id: projectId, name: 'Older People’s Strategy group', purpose: '', createdBy: lead, createdAt: now },
      { projectId, userId: lead, role: 'lead', perspective: 'unsaid', joinedAt: now },
    );
    documentId = await createDocument('Strategy');
  });
  afterEach(async () => {
    await store.close();
  });

  function thread(fields: Partial<CommentThreadRecord> = {}): CommentThreadRecord {
    return {
      id: randomUUID(),
      projectId,
      documentId,
      anchor: 'text',
      quote: 'warm homes',
      section: 'Housing',
      createdBy: lead,
      createdAt: now,
      resolvedAt: null,
      resolvedBy: null,
      ...fields,
    };
  }

  function comment(threadId: string, fields: Partial<CommentRecord> = {}): CommentRecord {
    return {
      id: randomUUID(),
      threadId,
      documentId,
      authorId: lead,
      body: 'Should we say more about heating?',
      createdAt: now,
      editedAt: null,
      deletedAt: null,
      mentionedIds: [],
      ...fields,
    };
  }

  function told(c: CommentRecord, userId: string, kind: NewInboxItemRecord['kind']): NewInboxItemRecord {
    return {
      id: randomUUID(),
      userId,
      projectId,
      documentId: c.documentId,
      threadId: c.threadId,
      commentId: c.id,
      kind,
      fromUserId: c.authorId,
      createdAt: c.editedAt ?? c.createdAt,
    };
  }

  function effects(
    c: CommentRecord,
    kind: CommentEffects['activity']['kind'],
    inbox: NewInboxItemRecord[] = [],
  ): CommentEffects {
    const createdAt = c.deletedAt ?? c.editedAt ?? c.createdAt;
    return {
      activity: { documentId, threadId: c.threadId, commentId: c.id, userId: c.authorId, kind, createdAt },
      inbox,
    };
  }

  it('starts a thread with its first comment, activity and inbox items in one go, once per id', async () => {
    const sam = await member('Sam');
    const started = thread();
    const first = comment(started.id, { body: 'Thanks @Sam', mentionedIds: [sam] });
    const written = await store.createThread(
      started,
      first,
      effects(first, 'commented', [told(first, sam, 'mention')]),
    );
    expect(written?.map((item) => [item.userId, item.kind])).toEqual([[sam, 'mention']]);
    expect(await store.findThread(started.id)).toEqual(started);
    expect(await store.findComment(first.id)).toEqual(first);
    expect(await store.countThreads(documentId)).toBe(1);

    const again = comment(started.id);
    expect(await store.createThread({ ...started, section: 'Other' }, again, effects(again, 'commented'))).toBe(
      undefined,
    );
    expect(await store.findComment(again.id)).toBeUndefined();
    expect(await store.findThread(started.id)).toEqual(started);
    expect(await store.listCommentActivity(documentId)).toHaveLength(1);
    expect(await store.countUnreadInbox(sam)).toBe(1);
  });

  it('lists threads in the order they began, and comments and activity oldest first', async () => {
    const later = thread({ createdAt: now + 10, anchor: 'document', quote: null, section: '' });
    const earlier = thread({ createdAt: now + 5 });
    const laterFirst = comment(later.id, { createdAt: now + 10 });
    const earlierFirst = comment(earlier.id, { createdAt: now + 5 });
    await store.createThread(later, laterFirst, effects(laterFirst, 'commented'));
    await store.createThread(earlier, earlierFirst, effects(earlierFirst, 'commented'));
    const reply = comment(earlier.id, { createdAt: now + 20, body: 'Yes' });
    await store.addComment(reply, effects(reply, 'replied'));
    await store.setThreadResolution(
      earlier.id,
      { resolvedAt: now + 30, resolvedBy: lead },
      { documentId, threadId: earlier.id, commentId: null, userId: lead, kind: 'resolved', createdAt: now + 30 },
    );

    expect((await store.listThreads(documentId)).map((t) => [t.id, t.anchor, t.quote, t.resolvedAt])).toEqual([
      [earlier.id, 'text', 'warm homes', now + 30],
      [later.id, 'document', null, null],
    ]);
    expect((await store.listComments(documentId)).map((c) => c.id)).toEqual([earlierFirst.id, laterFirst.id, reply.id]);
    expect((await store.listThreadComments(earlier.id)).map((c) => c.id)).toEqual([earlierFirst.id, reply.id]);
    const activity = await store.listCommentActivity(documentId);
    expect(activity.map((a) => [a.kind, a.threadId, a.commentId])).toEqual([
      ['commented', later.id, laterFirst.id],
      ['commented', earlier.id, earlierFirst.id],
      ['replied', earlier.id, reply.id],
      ['resolved', earlier.id, null],
    ]);
    expect(activity.every((a, i) => i === 0 || a.id > (activity[i - 1]?.id ?? 0))).toBe(true);
    expect(typeof activity[0]?.id).toBe('number');

    await store.setThreadResolution(earlier.id, null, {
      documentId,
      threadId: earlier.id,
      commentId: null,
      userId: lead,
      kind: 'reopened',
      createdAt: now + 40,
    });
    expect(await store.findThread(earlier.id)).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  it('edits a comment telling newly mentioned people once, and a deletion withdraws what it told', async () => {
    const sam = await member('Sam');
    const started = thread();
    const first = comment(started.id);
    await store.createThread(started, first, effects(first, 'commented'));
    const edited = { ...first, body: 'Thanks @Sam', editedAt: now + 1, mentionedIds: [sam] };
    const change = { body: edited.body, editedAt: edited.editedAt, mentionedIds: edited.mentionedIds };
    expect(
      await store.updateComment(first.id, change, effects(edited, 'edited', [told(edited, sam, 'mention')])),
    ).toHaveLength(1);
    // Telling the same person about the same comment again writes nothing.
    expect(
      await store.updateComment(first.id, change, effects(edited, 'edited', [told(edited, sam, 'mention')])),
    ).toEqual([]);
    expect(await store.findComment(first.id)).toEqual(edited);
    expect(await store.countUnreadInbox(sam)).toBe(1);

    const deleted = { ...edited, body: '', mentionedIds: [], deletedAt: now + 2 };
    await store.updateComment(
      first.id,
      { body: '', mentionedIds: [], deletedAt: now + 2 },
      effects(deleted, 'deleted'),
    );
    expect(await store.findComment(first.id)).toEqual(deleted);
    expect(await store.countUnreadInbox(sam)).toBe(0);
    expect((await store.listCommentActivity(documentId)).map((a) => a.kind)).toEqual([
      'commented',
      'edited',
      'edited',
      'deleted',
    ]);
  });

  it('lists a person’s inbox newest first across projects they are still in, and marks items read', async () => {
    const sam = await member('Sam');
    const started = thread();
    const first = comment(started.id, { mentionedIds: [sam] });
    await store.createThread(started, first, effects(first, 'commented', [told(first, sam, 'mention')]));
    const reply = comment(started.id, { createdAt: now + 5, body: 'A reply' });
    await store.addComment(reply, effects(reply, 'replied', [told(reply, sam, 'reply')]));

    const inbox = await store.listInbox(sam, { limit: 10 });
    expect(inbox.map((item) => [item.kind, item.body, item.fromDisplayName])).toEqual([
      ['reply', 'A reply', 'Ada'],
      ['mention', first.body, 'Ada'],
    ]);
    expect(inbox[0]).toMatchObject({
      projectName: 'Older People’s Strategy group',
      documentTitle: 'Strategy',
      section: 'Housing',
      readAt: null,
    });
    expect(await store.listInbox(sam, { limit: 1 })).toHaveLength(1);
    expect((await store.listInbox(sam, { limit: 10, kind: 'mention' })).map((i) => i.commentId)).toEqual([first.id]);
    expect((await store.listInbox(sam, { limit: 10, after: now })).map((i) => i.commentId)).toEqual([reply.id]);
    expect(await store.listInbox(sam, { limit: 10, projectId: randomUUID() })).toEqual([]);

    await store.markInboxRead(sam, [inbox[1]?.id ?? '', 'someone-elses'], now + 6);
    expect(await store.countUnreadInbox(sam)).toBe(1);
    await store.markInboxRead(sam, [], now + 7);
    expect(await store.countUnreadInbox(sam)).toBe(1);
    await store.markInboxRead(sam, 'all', now + 8);
    expect(await store.countUnreadInbox(sam)).toBe(0);
    expect((await store.listInbox(sam, { limit: 10 })).map((item) => item.readAt)).toEqual([now + 8, now + 6]);

    await store.removeMember(projectId, sam, now + 9);
    expect(await store.listInbox(sam, { limit: 10 })).toEqual([]);
  });

  it('keeps each member’s email choice, off until they ask', async () => {
    const sam = await member('Sam');
    expect((await store.findMembership(projectId, sam))?.emailNotifications).toBe(false);
    await store.updateMembership(projectId, sam, { emailNotifications: true });
    expect((await store.findMembership(projectId, sam))?.emailNotifications).toBe(true);
    const members = await store.listMembers(projectId);
    expect(members.find((m) => m.userId === sam)?.emailNotifications).toBe(true);
    expect(members.find((m) => m.userId === lead)?.emailNotifications).toBe(false);
    await store.updateMembership(projectId, sam, { emailNotifications: false });
    expect((await store.findMembership(projectId, sam))?.emailNotifications).toBe(false);
  });

  it('keeps project visits', async () => {
    expect(await store.findProjectVisit(projectId, lead)).toBeUndefined();
    await store.saveProjectVisit({ projectId, userId: lead, sinceAt: null, lastAt: now });
    expect(await store.findProjectVisit(projectId, lead)).toEqual({
      projectId,
      userId: lead,
      sinceAt: null,
      lastAt: now,
    });
    await store.saveProjectVisit({ projectId, userId: lead, sinceAt: now, lastAt: now + 1 });
    expect(await store.findProjectVisit(projectId, lead)).toMatchObject({ sinceAt: now, lastAt: now + 1 });
  });

  it('counts others’ changes per document and person after a time, and lists others’ new comments', async () => {
    const sam = await member('Sam');
    const bea = await member('Bea');
    const other = await createDocument('Other');
    const append = (document: string, userId: string, createdAt: number) =>
      store.appendUpdate({
        documentId: document,
        userId,
        onBehalfOf: null,
        clientIds: [],
        update: new Uint8Array([2]),
        createdAt,
        restoredVersionId: null,
      });
    await append(documentId, sam, now - 1);
    await append(documentId, sam, now + 1);
    await append(documentId, sam, now + 2);
    await append(documentId, bea, now + 3);
    await append(other, lead, now + 4);
    const changes = await store.listDocumentChanges(projectId, now, lead);
    expect(
      changes.map((c) => [c.documentId, c.userId, c.changes, c.lastAt]).sort((a, b) => Number(a[3]) - Number(b[3])),
    ).toEqual([
      [documentId, sam, 2, now + 2],
      [documentId, bea, 1, now + 3],
    ]);

    const byBea = thread({ createdBy: bea, createdAt: now + 5 });
    const beaFirst = comment(byBea.id, { authorId: bea, createdAt: now + 5, body: 'From Bea' });
    await store.createThread(byBea, beaFirst, effects(beaFirst, 'commented'));
    const samReply = comment(byBea.id, { authorId: sam, createdAt: now + 6, body: 'From Sam' });
    await store.addComment(samReply, effects(samReply, 'replied'));
    const leadReply = comment(byBea.id, { authorId: lead, createdAt: now + 7 });
    await store.addComment(leadReply, effects(leadReply, 'replied'));
    const gone = comment(byBea.id, { authorId: sam, createdAt: now + 8 });
    await store.addComment(gone, effects(gone, 'replied'));
    await store.updateComment(
      gone.id,
      { body: '', deletedAt: now + 9 },
      effects({ ...gone, deletedAt: now + 9 }, 'deleted'),
    );

    const listed = await store.listProjectComments(projectId, now, lead, 10);
    expect(listed.map((c) => [c.kind, c.userId, c.body, c.section])).toEqual([
      ['replied', sam, 'From Sam', 'Housing'],
      ['commented', bea, 'From Bea', 'Housing'],
    ]);
    expect(await store.listProjectComments(projectId, now + 5, lead, 10)).toHaveLength(1);
    expect(await store.listProjectComments(projectId, now, lead, 1)).toHaveLength(1);

    expect(
      (await store.listPeopleNames([sam, bea, 'nobody'])).sort((a, b) => a.displayName.localeCompare(b.displayName)),
    ).toEqual([
      { id: bea, displayName: 'Bea' },
      { id: sam, displayName: 'Sam' },
    ]);
    expect(await store.listPeopleNames([])).toEqual([]);
  });
});
