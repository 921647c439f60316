import type { HandsChangedEvent, HandView } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { describeHandEvent, ordinal } from './describeHandEvent.ts';

const ada: HandView = { id: 'h1', userId: 'ada', name: 'Ada', inRoom: false, raisedAt: '', hasSpoken: false };
const mary: HandView = { id: 'h2', userId: null, name: 'Mary', inRoom: true, raisedAt: '', hasSpoken: false };
const lena = { id: 'lena', displayName: 'Lena' };
const event = (kind: HandsChangedEvent['kind'], hand = ada, by = lena): HandsChangedEvent => ({
  event: 'workshop-hands-changed',
  workshopId: 'w',
  kind,
  hand,
  by,
  hands: [],
});

describe('describeHandEvent', () => {
  it('says plainly who raised a hand or was added, and who was called', () => {
    expect(describeHandEvent(event('raised', ada, { id: 'ada', displayName: 'Ada' }), 'sam')).toBe(
      'Ada raised a hand.',
    );
    expect(describeHandEvent(event('added', mary), 'sam')).toBe('Mary, in the room, was added to the queue.');
    expect(describeHandEvent(event('called'), 'sam')).toBe('Lena called Ada to speak.');
    expect(describeHandEvent(event('called'), 'ada')).toBe('Lena called you to speak.');
    expect(describeHandEvent(event('lowered'), 'ada')).toBe('Lena lowered your hand.');
  });

  it('stays quiet about one’s own actions and hands simply going down', () => {
    expect(describeHandEvent(event('raised', ada, { id: 'ada', displayName: 'Ada' }), 'ada')).toBeNull();
    expect(describeHandEvent(event('added', mary), 'lena')).toBeNull();
    expect(describeHandEvent(event('called'), 'lena')).toBeNull();
    expect(describeHandEvent(event('lowered'), 'sam')).toBeNull();
    expect(describeHandEvent(event('lowered', ada, { id: 'ada', displayName: 'Ada' }), 'ada')).toBeNull();
  });
});

describe('ordinal', () => {
  it('names places in the queue', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});
