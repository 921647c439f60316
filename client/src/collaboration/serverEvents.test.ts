import { ServerEvent } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { parseCommentsChanged, parseServerEvent } from './serverEvents.ts';

const commented = {
  event: 'comments-changed',
  kind: 'replied',
  threadId: 't1',
  commentId: 'c2',
  by: { id: 'ada', displayName: 'Ada Lovelace' },
  section: 'Housing',
};

describe('parseServerEvent', () => {
  it('reads an event the page knows', () => {
    expect(parseServerEvent(JSON.stringify({ event: ServerEvent.DocumentDetailsChanged }))).toBe(
      ServerEvent.DocumentDetailsChanged,
    );
    expect(parseServerEvent(JSON.stringify(commented))).toBe(ServerEvent.CommentsChanged);
  });

  it('ignores events from a newer server that this page does not know', () => {
    expect(parseServerEvent('{"event":"reactions-changed"}')).toBeNull();
  });

  it('ignores anything that is not an event', () => {
    for (const payload of ['', 'not json', 'null', '42', '"document-details-changed"', '[]', '{}', '{"event":7}']) {
      expect(parseServerEvent(payload)).toBeNull();
    }
  });
});

describe('parseCommentsChanged', () => {
  it('reads who did what, and where', () => {
    expect(parseCommentsChanged(JSON.stringify(commented))).toEqual(commented);
  });

  it('ignores a comments message that lacks its details', () => {
    expect(parseCommentsChanged('{"event":"comments-changed"}')).toBeNull();
    expect(parseCommentsChanged(JSON.stringify({ ...commented, kind: 'liked' }))).toBeNull();
    expect(parseCommentsChanged('not json')).toBeNull();
  });
});
