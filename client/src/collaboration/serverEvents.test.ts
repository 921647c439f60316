import { ServerEvent } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import {
  parseCommentsChanged,
  parseEveryoneBrought,
  parseHandsChanged,
  parseServerEvent,
  parseWorkshopRunChanged,
} from './serverEvents.ts';

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

describe('workshop room messages', () => {
  const hand = {
    id: 'h1',
    userId: 'sam',
    name: 'Sam',
    inRoom: false,
    raisedAt: '2026-03-02T09:00:00.000Z',
    hasSpoken: false,
  };
  const raised = {
    event: 'workshop-hands-changed',
    workshopId: 'w1',
    kind: 'raised',
    hand,
    by: { id: 'sam', displayName: 'Sam' },
    hands: [hand],
  };
  const brought = {
    event: 'workshop-everyone-brought',
    id: 'b1',
    workshopId: 'w1',
    sectionId: 'transport',
    sectionTitle: 'Transport',
    by: { id: 'lena', displayName: 'Lena' },
  };

  it('reads hands going up and everyone being brought to a section', () => {
    expect(parseServerEvent(JSON.stringify(raised))).toBe(ServerEvent.WorkshopHandsChanged);
    expect(parseHandsChanged(JSON.stringify(raised))).toEqual(raised);
    expect(parseServerEvent(JSON.stringify(brought))).toBe(ServerEvent.WorkshopEveryoneBrought);
    expect(parseEveryoneBrought(JSON.stringify(brought))).toEqual(brought);
  });

  it('ignores a message that lacks its details', () => {
    expect(parseHandsChanged(JSON.stringify({ ...raised, hands: undefined }))).toBeNull();
    expect(parseHandsChanged(JSON.stringify({ ...raised, kind: 'waved' }))).toBeNull();
    expect(parseEveryoneBrought(JSON.stringify({ ...brought, sectionId: 7 }))).toBeNull();
    expect(parseEveryoneBrought('{"event":"workshop-everyone-brought"}')).toBeNull();
  });
});

describe('parseWorkshopRunChanged', () => {
  const run = {
    workshopId: 'w1',
    documentId: 'd1',
    state: 'running',
    startedAt: '2026-05-12T09:00:00.000Z',
    endedAt: null,
    currentItemId: 'i2',
    timer: { status: 'running', deadline: '2026-05-12T09:45:00.000Z' },
    serverNow: '2026-05-12T09:30:00.000Z',
  };

  it('reads where the workshop is and the timer’s deadline, with the server’s time', () => {
    expect(parseWorkshopRunChanged(JSON.stringify({ event: 'workshop-run-changed', run }))).toEqual(run);
  });

  it('ignores a message without a time from the server, or with a timer it cannot read', () => {
    const { serverNow: _, ...withoutTime } = run;
    expect(parseWorkshopRunChanged(JSON.stringify({ event: 'workshop-run-changed', run: withoutTime }))).toBeNull();
    const badTimer = { ...run, timer: { status: 'running', deadline: 'soon' } };
    expect(parseWorkshopRunChanged(JSON.stringify({ event: 'workshop-run-changed', run: badTimer }))).toBeNull();
    expect(parseWorkshopRunChanged('{"event":"workshop-run-changed"}')).toBeNull();
  });
});
