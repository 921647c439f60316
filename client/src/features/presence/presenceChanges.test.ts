import { describe, expect, it } from 'vitest';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';
import { activityLabel } from './activityLabel.ts';
import { presenceChanges } from './presenceChanges.ts';

const person = (id: string, name: string, isYou = false): PresentPerson => ({
  id,
  name,
  perspective: 'lived-experience',
  color: '#1d4ed8',
  activity: { kind: 'reading' },
  isYou,
  recordingFor: null,
});

describe('presenceChanges', () => {
  it('reports who joined with their perspective, and who left', () => {
    const before = [person('you', 'Zoe', true), person('a', 'Ada')];
    const after = [person('you', 'Zoe', true), person('s', 'Sam')];
    expect(presenceChanges(before, after)).toEqual(['Sam (Lived experience) joined', 'Ada left']);
  });

  it('never reports you, and says nothing when only activities change', () => {
    expect(presenceChanges([], [person('you', 'Zoe', true)])).toEqual([]);
    const ada = person('a', 'Ada');
    expect(presenceChanges([ada], [{ ...ada, activity: { kind: 'away' } }])).toEqual([]);
  });
});

describe('presenceChanges for scribes', () => {
  it('says when someone starts and stops recording for another member', () => {
    const sam = person('s', 'Sam');
    const recording = { ...sam, recordingFor: { id: 'a', name: 'Ada' } };
    expect(presenceChanges([sam], [recording])).toEqual(['Sam is recording for Ada']);
    expect(presenceChanges([recording], [sam])).toEqual(['Sam stopped recording for Ada']);
    expect(presenceChanges([recording], [recording])).toEqual([]);
    expect(presenceChanges([], [recording])).toEqual(['Sam (Lived experience) joined', 'Sam is recording for Ada']);
  });
});

describe('activityLabel', () => {
  it('names the section someone is editing', () => {
    expect(activityLabel({ kind: 'editing', section: 'Priority 2: Community' })).toBe(
      "Editing 'Priority 2: Community'",
    );
    expect(activityLabel({ kind: 'editing', section: null })).toBe('Editing');
    expect(activityLabel({ kind: 'reading' })).toBe('Reading');
    expect(activityLabel({ kind: 'away' })).toBe('Away');
  });
});
