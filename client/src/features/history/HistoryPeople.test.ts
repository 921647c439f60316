import { ERASED_ACCOUNT_NAME, recordedFor, recoveredFrom, TEMPLATE_CREDIT, writtenBy } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { HistoryPeople } from './HistoryPeople.ts';

const people = new HistoryPeople([
  { id: 'ada', displayName: 'Ada Lovelace', perspective: 'lived-experience' },
  { id: 'sam', displayName: 'Sam Okafor', perspective: 'professional' },
  { id: 'tom', displayName: 'Tom Brown', perspective: null },
  { id: 'erased', displayName: ERASED_ACCOUNT_NAME, perspective: null },
]);

describe('HistoryPeople', () => {
  it('names people, the template, and those who have left', () => {
    expect(people.name('ada')).toBe('Ada Lovelace');
    expect(people.attribution(TEMPLATE_CREDIT)).toBe('Template');
    expect(people.label('tom')).toBe('Tom Brown (former member)');
    expect(people.perspective('ada')).toBe('Lived experience');
    expect(people.perspective('tom')).toBe('Former member');
    expect(people.creditedPerspective(TEMPLATE_CREDIT)).toBeNull();
    expect(people.name('nobody')).toBe('Someone');
  });

  it('calls a deleted account only "A former member", never twice over', () => {
    expect(people.label('erased')).toBe('A former member');
    expect(people.attribution(recordedFor('ada', 'erased'))).toBe('Ada Lovelace (recorded by A former member)');
  });

  it('credits a scribe alongside the person they recorded for', () => {
    expect(people.attribution(writtenBy('ada'))).toBe('Ada Lovelace');
    expect(people.attribution(recordedFor('ada', 'sam'))).toBe('Ada Lovelace (recorded by Sam Okafor)');
    expect(people.attribution(recordedFor('ada', 'tom'))).toBe('Ada Lovelace (recorded by Tom Brown, former member)');
    expect(people.attribution(writtenBy('tom'))).toBe('Tom Brown (former member)');
    expect(people.creditedPerspective(recordedFor('ada', 'sam'))).toBe('Lived experience');
  });

  it('names the device that handed back recovered words, never crediting it', () => {
    expect(people.attribution(recoveredFrom('ada', 'sam'))).toBe('Ada Lovelace (recovered from Sam Okafor’s device)');
    expect(people.creditedPerspective(recoveredFrom('ada', 'sam'))).toBe('Lived experience');
    const unknown = { kind: 'unknownWriter', relayedById: 'sam' } as const;
    expect(people.attribution(unknown)).toBe('Unknown writer (recovered from Sam Okafor’s device)');
    expect(people.creditedPerspective(unknown)).toBeNull();
  });
});
