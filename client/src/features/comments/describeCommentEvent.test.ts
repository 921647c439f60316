import type { CommentsChangedEvent } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { describeCommentEvent } from './describeCommentEvent.ts';

const event = (kind: CommentsChangedEvent['kind'], section = 'Housing'): CommentsChangedEvent => ({
  event: 'comments-changed',
  kind,
  threadId: 't1',
  commentId: 'c1',
  by: { id: 'ada', displayName: 'Ada Lovelace' },
  section,
});

describe('describeCommentEvent', () => {
  it('says who did what, and in which section', () => {
    expect(describeCommentEvent(event('commented'))).toBe('New comment from Ada Lovelace on ‘Housing’');
    expect(describeCommentEvent(event('replied'))).toBe('Ada Lovelace replied on ‘Housing’');
    expect(describeCommentEvent(event('resolved', ''))).toBe('Ada Lovelace resolved a comment on the opening text');
    expect(describeCommentEvent(event('reopened'))).toBe('Ada Lovelace reopened a comment on ‘Housing’');
  });

  it('keeps quiet about edits and deletions', () => {
    expect(describeCommentEvent(event('edited'))).toBeNull();
    expect(describeCommentEvent(event('deleted'))).toBeNull();
  });
});
