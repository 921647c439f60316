import { randomUUID } from 'node:crypto';
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
import type { Stores } from './Stores.ts';

/** The contract every InboxStore passes (items are written with comments, through the CommentStore). */
describe.each(contractStores)('%s inbox store', (_name, openStores) => {
  let stores: Stores;
  let place: CommentPlace;
  eachMigratedStore(openStores, async (opened) => {
    stores = opened;
    place = await addProjectWithDocument(stores, 'Ada');
  });

  it('lists a person’s inbox newest first across projects they are still in, and marks items read', async () => {
    const { inbox, comments } = stores;
    const sam = await addMember(stores, place.projectId, 'Sam');
    const started = threadRecord(place);
    const first = commentRecord(place, started.id, { mentionedIds: [sam] });
    await comments.createThread(
      started,
      first,
      effects(first, 'commented', [inboxItemAbout(place, first, sam, 'mention')]),
    );
    const reply = commentRecord(place, started.id, { createdAt: now + 5, body: 'A reply' });
    await comments.addComment(reply, effects(reply, 'replied', [inboxItemAbout(place, reply, sam, 'reply')]));

    const listed = await inbox.listInbox(sam, { limit: 10 });
    expect(listed.map((item) => [item.kind, item.body, item.fromDisplayName])).toEqual([
      ['reply', 'A reply', 'Ada'],
      ['mention', first.body, 'Ada'],
    ]);
    expect(listed[0]).toMatchObject({
      projectName: 'Older People’s Strategy group',
      documentTitle: 'Strategy',
      section: 'Housing',
      readAt: null,
    });
    expect(await inbox.listInbox(sam, { limit: 1 })).toHaveLength(1);
    expect((await inbox.listInbox(sam, { limit: 10, kind: 'mention' })).map((i) => i.commentId)).toEqual([first.id]);
    expect((await inbox.listInbox(sam, { limit: 10, after: now })).map((i) => i.commentId)).toEqual([reply.id]);
    expect(await inbox.listInbox(sam, { limit: 10, projectId: randomUUID() })).toEqual([]);

    await inbox.markInboxRead(sam, [listed[1]?.id ?? '', 'someone-elses'], now + 6);
    expect(await inbox.countUnreadInbox(sam)).toBe(1);
    await inbox.markInboxRead(sam, [], now + 7);
    expect(await inbox.countUnreadInbox(sam)).toBe(1);
    await inbox.markInboxRead(sam, 'all', now + 8);
    expect(await inbox.countUnreadInbox(sam)).toBe(0);
    expect((await inbox.listInbox(sam, { limit: 10 })).map((item) => item.readAt)).toEqual([now + 8, now + 6]);

    await stores.projects.removeMember(place.projectId, sam, now + 9);
    expect(await inbox.listInbox(sam, { limit: 10 })).toEqual([]);
  });
});
