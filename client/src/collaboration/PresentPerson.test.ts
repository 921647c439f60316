import { describe, expect, it } from 'vitest';
import { peopleFromAwareness } from './PresentPerson.ts';

const sam = { id: 'u-sam', name: 'Sam', perspective: 'lived-experience', color: '#b91c1c' };
const ada = { id: 'u-ada', name: 'Ada', perspective: 'professional', color: '#1d4ed8' };
const you = { id: 'u-you', name: 'Zoe', perspective: 'both', color: '#047857' };

describe('peopleFromAwareness', () => {
  it('lists you first, then others by name, with their activity', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: sam, activity: { kind: 'editing', section: 'Priority 2' } }],
      [2, { user: you, activity: { kind: 'reading' } }],
      [3, { user: ada, activity: { kind: 'away' } }],
    ]);
    const people = peopleFromAwareness(states, 2, 'u-you');
    expect(people.map((person) => [person.name, person.isYou, person.activity])).toEqual([
      ['Zoe', true, { kind: 'reading' }],
      ['Ada', false, { kind: 'away' }],
      ['Sam', false, { kind: 'editing', section: 'Priority 2' }],
    ]);
  });

  it('shows a person once, with their most active tab', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: sam, activity: { kind: 'away' } }],
      [4, { user: sam, activity: { kind: 'editing', section: null } }],
      [5, { user: sam, activity: { kind: 'reading' } }],
    ]);
    const people = peopleFromAwareness(states, 9, 'u-you');
    expect(people).toHaveLength(1);
    expect(people[0]?.activity).toEqual({ kind: 'editing', section: null });
  });

  it('skips states without a valid identity and reads a missing activity as reading', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, { user: { ...sam, perspective: 'boss' } }],
      [3, { user: { name: 'No id' } }],
      [4, { user: ada, activity: 'typing' }],
    ]);
    const people = peopleFromAwareness(states, 9, 'u-you');
    expect(people.map((person) => person.name)).toEqual(['Ada']);
    expect(people[0]?.activity).toEqual({ kind: 'reading' });
  });

  it('reads whom someone is recording for, from any of their tabs', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { ...sam, recordingFor: { id: 'u-ada', name: 'Ada' } }, activity: { kind: 'away' } }],
      [2, { user: { ...sam, recordingFor: null }, activity: { kind: 'editing', section: null } }],
      [3, { user: { ...ada, recordingFor: { id: 42 } } }],
    ]);
    const people = peopleFromAwareness(states, 9, 'u-you');
    expect(people.map((person) => [person.name, person.recordingFor])).toEqual([
      ['Ada', null],
      ['Sam', { id: 'u-ada', name: 'Ada' }],
    ]);
  });
});
