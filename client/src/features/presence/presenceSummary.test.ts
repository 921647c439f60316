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
  it('says when nobody else is here, or what happened to the connection when it cannot know', () => {
    expect(presenceSummary([you], 'saved')).toBe('Only you are here.');
    expect(presenceSummary([], 'connecting')).toBe('Connecting to the others…');
    expect(presenceSummary([you, person('Sam Okafor')], 'reconnecting')).toBe(
      'Connection lost. Trying again; what you type is kept on this device.',
    );
    expect(presenceSummary([you], 'offline')).toBe(
      'You are offline. What you type is kept on this device until you are back.',
    );
  });

  it('names the others, leaving you out', () => {
    expect(presenceSummary([you, person('Sam Okafor')], 'connected')).toBe('Also here: Sam Okafor.');
    expect(presenceSummary([person('Sam Okafor'), you, person('Ann Lee')], 'connected')).toBe(
      'Also here: Sam Okafor and Ann Lee.',
    );
  });

  it('counts the rest when there are more than fit on one line', () => {
    const others = ['Sam Okafor', 'Ann Lee', 'Tom Brown', 'Mo Carer'].map((name) => person(name));
    expect(presenceSummary([you, ...others.slice(0, 3)], 'connected')).toBe(
      'Also here: Sam Okafor, Ann Lee and 1 other.',
    );
    expect(presenceSummary([you, ...others], 'connected')).toBe('Also here: Sam Okafor, Ann Lee and 2 others.');
  });
});
