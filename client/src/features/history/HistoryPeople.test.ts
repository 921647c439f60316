import { describe, expect, it } from 'vitest';
import { HistoryPeople } from './HistoryPeople.ts';

const people = new HistoryPeople([
  { id: 'ada', displayName: 'Ada Lovelace', perspective: 'lived-experience' },
  { id: 'sam', displayName: 'Sam Okafor', perspective: 'professional' },
  { id: 'tom', displayName: 'Tom Brown', perspective: null },
]);

describe('HistoryPeople', () => {
  it('names people, the template, and those who have left', () => {
    expect(people.name('ada')).toBe('Ada Lovelace');
    expect(people.name(null)).toBe('Template');
    expect(people.label('tom')).toBe('Tom Brown (former member)');
    expect(people.perspective('ada')).toBe('Lived experience');
    expect(people.perspective('tom')).toBe('Former member');
    expect(people.perspective(null)).toBeNull();
    expect(people.name('nobody')).toBe('Someone');
  });

  it('credits a scribe alongside the person they recorded for', () => {
    expect(people.attribution('ada', null)).toBe('Ada Lovelace');
    expect(people.attribution('ada', 'sam')).toBe('Ada Lovelace (recorded by Sam Okafor)');
    expect(people.attribution('ada', 'ada')).toBe('Ada Lovelace');
    expect(people.attribution('ada', 'tom')).toBe('Ada Lovelace (recorded by Tom Brown, former member)');
  });
});
