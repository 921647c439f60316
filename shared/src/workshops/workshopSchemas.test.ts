import { describe, expect, it } from 'vitest';
import { agendaItemBody, createWorkshopBody } from './workshopSchemas.ts';

const valid = {
  documentId: 'd1',
  title: 'Strategy day',
  startsAt: '2026-05-12T09:30:00.000Z',
};

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe('workshop request bodies', () => {
  it('takes a plan with blank place and link as none, in London time unless told', () => {
    expect(createWorkshopBody.parse({ ...valid, place: '  ', meetingLink: '' })).toEqual({
      ...valid,
      timeZone: 'Europe/London',
      place: null,
      meetingLink: null,
      agenda: [],
    });
  });

  it('takes only whole http and https meeting links', () => {
    const link = (meetingLink: string) => firstMessage(createWorkshopBody.safeParse({ ...valid, meetingLink }));
    expect(link('https://meet.example.org/abc?pwd=1')).toBeUndefined();
    expect(link('http://meet.example.org/abc')).toBeUndefined();
    const message = 'Enter the whole meeting link, starting with https:// (or http://).';
    for (const bad of ['javascript:alert(1)', 'meet.example.org/abc', 'mailto:a@b.org', 'https://a b.org', 'data:x']) {
      expect(link(bad)).toBe(message);
    }
    expect(link(`https://example.org/${'a'.repeat(2000)}`)).toBe('Meeting links can be at most 2,000 characters.');
  });

  it('explains titles, times and time zones that will not do', () => {
    expect(firstMessage(createWorkshopBody.safeParse({ ...valid, title: ' ' }))).toBe('Give the workshop a title.');
    expect(firstMessage(createWorkshopBody.safeParse({ ...valid, title: 'x'.repeat(121) }))).toBe(
      'Workshop titles can be at most 120 characters.',
    );
    expect(firstMessage(createWorkshopBody.safeParse({ ...valid, startsAt: 'next Tuesday' }))).toBe(
      'Enter the date and time the workshop starts.',
    );
    expect(firstMessage(createWorkshopBody.safeParse({ ...valid, timeZone: 'Mars/Olympus' }))).toBe(
      'Roundtable does not know that time zone.',
    );
  });

  it('keeps agenda items between 1 and 240 whole minutes', () => {
    const minutes = (durationMinutes: unknown) =>
      firstMessage(agendaItemBody.safeParse({ title: 'Welcome', durationMinutes }));
    expect(minutes(1)).toBeUndefined();
    expect(minutes(240)).toBeUndefined();
    expect(minutes(0)).toBe('An item takes at least 1 minute.');
    expect(minutes(241)).toBe('An item can take at most 240 minutes (4 hours). Split a longer one in two.');
    expect(minutes(2.5)).toBe('Enter a whole number of minutes.');
    expect(minutes(Number.NaN)).toBe('Enter how many minutes the item takes, as a number.');
  });

  it('allows at most 30 agenda items', () => {
    const agenda = Array.from({ length: 31 }, () => ({ title: 'Item', durationMinutes: 5 }));
    expect(firstMessage(createWorkshopBody.safeParse({ ...valid, agenda }))).toBe(
      'An agenda can have at most 30 items.',
    );
  });
});
