import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import {
  addMember,
  addProjectWithDocument,
  type CommentPlace,
  commentRecord,
  commentEffects as effects,
  inboxItemAbout,
  contractNow as now,
  threadRecord,
} from '../testing/storeFixtures.ts';
import type { CommentRecord, CommentThreadRecord } from './CommentStore.ts';
import type { NewInboxItemRecord } from './InboxStore.ts';
import type { Stores } from './Stores.ts';

/** The contract every CommentStore passes. */
describe.each(contractStores)('%s comment store', (_name, openStores) => {
  let stores: Stores;
  let place: CommentPlace;
  eachMigratedStore(openStores, async (opened) => {
    stores = opened;
    place = await addProjectWithDocument(stores, 'Ada');
  });

  const thread = (fields?: Partial<CommentThreadRecord>) => threadRecord(place, fields);
  const comment = (threadId: string, fields?: Partial<CommentRecord>) => commentRecord(place, threadId, fields);
  const told = (c: CommentRecord, userId: string, kind: NewInboxItemRecord['kind']) =>
    inboxItemAbout(place, c, userId, kind);

  it('starts a thread with its first comment, activity and inbox items in one go, once per id', async () => {
    const comments = stores.comments;
    const { projectId, documentId } = place;
    const sam = await addMember(stores, projectId, 'Sam');
    const started = thread();
    const first = comment(started.id, { body: 'Thanks @Sam', mentionedIds: [sam] });
    const written = await comments.createThread(
      started,
      first,
      effects(first, 'commented', [told(first, sam, 'mention')]),
    );
    expect(written?.map((item) => [item.userId, item.kind])).toEqual([[sam, 'mention']]);
    expect(await comments.findThread(started.id)).toEqual(started);
    expect(await comments.findComment(first.id)).toEqual(first);
    expect(await comments.countThreads(documentId)).toBe(1);

    const again = comment(started.id);
    expect(await comments.createThread({ ...started, section: 'Other' }, again, effects(again, 'commented'))).toBe(
      undefined,
    );
    expect(await comments.findComment(again.id)).toBeUndefined();
    expect(await comments.findThread(started.id)).toEqual(started);
    expect(await comments.listCommentActivity(documentId)).toHaveLength(1);
    expect(await stores.inbox.countUnreadInbox(sam)).toBe(1);
  });

  it('finds the comments mentioning a person and rewrites what they say without making it an edit', async () => {
    const comments = stores.comments;
    const sam = await addMember(stores, place.projectId, 'Sam');
    const started = thread();
    const first = comment(started.id, { body: 'Thanks @Sam', mentionedIds: [sam] });
    await comments.createThread(started, first, effects(first, 'commented', []));
    const other = comment(started.id, { body: 'Nobody named here' });
    await comments.addComment(other, effects(other, 'replied', []));

    expect((await comments.listCommentsMentioning(sam)).map((found) => found.id)).toEqual([first.id]);
    await comments.rewriteBodies([{ commentId: first.id, body: 'Thanks @A former member' }]);
    expect(await comments.findComment(first.id)).toMatchObject({ body: 'Thanks @A former member', editedAt: null });
  });

  it('lists threads in the order they began, and comments and activity oldest first', async () => {
    const comments = stores.comments;
    const { lead, documentId } = place;
    const later = thread({ createdAt: now + 10, anchor: 'document', quote: null, section: '' });
    const earlier = thread({ createdAt: now + 5 });
    const laterFirst = comment(later.id, { createdAt: now + 10 });
    const earlierFirst = comment(earlier.id, { createdAt: now + 5 });
    await comments.createThread(later, laterFirst, effects(laterFirst, 'commented'));
    await comments.createThread(earlier, earlierFirst, effects(earlierFirst, 'commented'));
    const reply = comment(earlier.id, { createdAt: now + 20, body: 'Yes' });
    await comments.addComment(reply, effects(reply, 'replied'));
    await comments.setThreadResolution(
      earlier.id,
      { resolvedAt: now + 30, resolvedBy: lead },
      { documentId, threadId: earlier.id, commentId: null, userId: lead, kind: 'resolved', createdAt: now + 30 },
    );

    expect((await comments.listThreads(documentId)).map((t) => [t.id, t.anchor, t.quote, t.resolvedAt])).toEqual([
      [earlier.id, 'text', 'warm homes', now + 30],
      [later.id, 'document', null, null],
    ]);
    expect((await comments.listComments(documentId)).map((c) => c.id)).toEqual([
      earlierFirst.id,
      laterFirst.id,
      reply.id,
    ]);
    expect((await comments.listThreadComments(earlier.id)).map((c) => c.id)).toEqual([earlierFirst.id, reply.id]);
    const activity = await comments.listCommentActivity(documentId);
    expect(activity.map((a) => [a.kind, a.threadId, a.commentId])).toEqual([
      ['commented', later.id, laterFirst.id],
      ['commented', earlier.id, earlierFirst.id],
      ['replied', earlier.id, reply.id],
      ['resolved', earlier.id, null],
    ]);
    expect(activity.every((a, i) => i === 0 || a.id > (activity[i - 1]?.id ?? 0))).toBe(true);
    expect(typeof activity[0]?.id).toBe('number');

    await comments.setThreadResolution(earlier.id, null, {
      documentId,
      threadId: earlier.id,
      commentId: null,
      userId: lead,
      kind: 'reopened',
      createdAt: now + 40,
    });
    expect(await comments.findThread(earlier.id)).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  it('edits a comment telling newly mentioned people once, and a deletion withdraws what it told', async () => {
    const comments = stores.comments;
    const sam = await addMember(stores, place.projectId, 'Sam');
    const started = thread();
    const first = comment(started.id);
    await comments.createThread(started, first, effects(first, 'commented'));
    const edited = { ...first, body: 'Thanks @Sam', editedAt: now + 1, mentionedIds: [sam] };
    const change = { body: edited.body, editedAt: edited.editedAt, mentionedIds: edited.mentionedIds };
    expect(
      await comments.updateComment(first.id, change, effects(edited, 'edited', [told(edited, sam, 'mention')])),
    ).toHaveLength(1);
    // Telling the same person about the same comment again writes nothing.
    expect(
      await comments.updateComment(first.id, change, effects(edited, 'edited', [told(edited, sam, 'mention')])),
    ).toEqual([]);
    expect(await comments.findComment(first.id)).toEqual(edited);
    expect(await stores.inbox.countUnreadInbox(sam)).toBe(1);

    const deleted = { ...edited, body: '', mentionedIds: [], deletedAt: now + 2 };
    await comments.updateComment(
      first.id,
      { body: '', mentionedIds: [], deletedAt: now + 2 },
      effects(deleted, 'deleted'),
    );
    expect(await comments.findComment(first.id)).toEqual(deleted);
    expect(await stores.inbox.countUnreadInbox(sam)).toBe(0);
    expect((await comments.listCommentActivity(place.documentId)).map((a) => a.kind)).toEqual([
      'commented',
      'edited',
      'edited',
      'deleted',
    ]);
  });

  it('lists others’ new threads and replies in a project after a time, newest first, leaving out deleted ones', async () => {
    const comments = stores.comments;
    const { lead, projectId } = place;
    const sam = await addMember(stores, projectId, 'Sam');
    const bea = await addMember(stores, projectId, 'Bea');
    const byBea = thread({ createdBy: bea, createdAt: now + 5 });
    const beaFirst = comment(byBea.id, { authorId: bea, createdAt: now + 5, body: 'From Bea' });
    await comments.createThread(byBea, beaFirst, effects(beaFirst, 'commented'));
    const samReply = comment(byBea.id, { authorId: sam, createdAt: now + 6, body: 'From Sam' });
    await comments.addComment(samReply, effects(samReply, 'replied'));
    const leadReply = comment(byBea.id, { authorId: lead, createdAt: now + 7 });
    await comments.addComment(leadReply, effects(leadReply, 'replied'));
    const gone = comment(byBea.id, { authorId: sam, createdAt: now + 8 });
    await comments.addComment(gone, effects(gone, 'replied'));
    await comments.updateComment(
      gone.id,
      { body: '', deletedAt: now + 9 },
      effects({ ...gone, deletedAt: now + 9 }, 'deleted'),
    );

    const listed = await comments.listProjectComments(projectId, now, lead, 10);
    expect(listed.map((c) => [c.kind, c.userId, c.body, c.section])).toEqual([
      ['replied', sam, 'From Sam', 'Housing'],
      ['commented', bea, 'From Bea', 'Housing'],
    ]);
    expect(await comments.listProjectComments(projectId, now + 5, lead, 10)).toHaveLength(1);
    expect(await comments.listProjectComments(projectId, now, lead, 1)).toHaveLength(1);
  });
});
