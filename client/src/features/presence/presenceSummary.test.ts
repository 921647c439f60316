import { describe, expect, it } from 'vitest';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';
import { presenceSummary } from './presenceSummary.ts';

const person = (name: string, isYou = false): PresentPerson => ({
  id: name,
  name,
  perspective: 'unsaid',
  color: '#1d4ed8',
  activity: { kind: 'reading' },
  isYou,
  recordingFor: null,
});
const you = person('Lena Lead', true);

describe('presenceSummary', () => {
  it('says when nobody else is here, or that it cannot know yet', () => {
    expect(presenceSummary([you], true)).toBe('Only you are here.');
    expect(presenceSummary([], false)).toBe('Not connected to others yet.');
  });

  it('names the others, leaving you out', () => {
    expect(presenceSummary([you, person('Sam Okafor')], true)).toBe('Also here: Sam Okafor.');
    expect(presenceSummary([person('Sam Okafor'), you, person('Ann Lee')], true)).toBe(
      'Also here: Sam Okafor and Ann Lee.',
    );
  });

  it('counts the rest when there are more than fit on one line', () => {
    const others = ['Sam Okafor', 'Ann Lee', 'Tom Brown', 'Mo Carer'].map((name) => person(name));
    expect(presenceSummary([you, ...others.slice(0, 3)], true)).toBe('Also here: Sam Okafor, Ann Lee and 1 other.');
    expect(presenceSummary([you, ...others], true)).toBe('Also here: Sam Okafor, Ann Lee and 2 others.');
  });
});
