import { describe, expect, it } from 'vitest';
import type { CommentRecord } from '../store/CommentStore.ts';
import { commentInboxItems } from './commentInboxItems.ts';

const comment: CommentRecord = {
  id: 'c',
  threadId: 't',
  documentId: 'd',
  authorId: 'ada',
  body: '@Sam @Ada @Bea',
  createdAt: 1,
  editedAt: null,
  deletedAt: null,
  mentionedIds: ['sam', 'ada', 'bea'],
};
const members = new Set(['ada', 'sam', 'bea', 'cal']);
const kindsFor = (items: ReturnType<typeof commentInboxItems>) => items.map((item) => [item.userId, item.kind]);

describe('commentInboxItems', () => {
  it('mentions members other than the author, and tells earlier participants of a reply once', () => {
    const items = commentInboxItems(comment, {
      projectId: 'p',
      memberIds: members,
      earlierParticipantIds: ['ada', 'cal', 'sam', 'cal', 'gone'],
      alreadyMentionedIds: [],
    });
    expect(kindsFor(items)).toEqual([
      ['sam', 'mention'],
      ['bea', 'mention'],
      ['cal', 'reply'],
    ]);
    expect(items[0]).toMatchObject({
      projectId: 'p',
      documentId: 'd',
      threadId: 't',
      commentId: 'c',
      fromUserId: 'ada',
    });
  });

  it('after an edit, tells only people newly mentioned', () => {
    const edited = { ...comment, editedAt: 5 };
    const items = commentInboxItems(edited, {
      projectId: 'p',
      memberIds: members,
      earlierParticipantIds: [],
      alreadyMentionedIds: ['sam'],
    });
    expect(kindsFor(items)).toEqual([['bea', 'mention']]);
    expect(items[0]?.createdAt).toBe(5);
  });
});
