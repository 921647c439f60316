import { describe, expect, it } from 'vitest';
import { saveAccessNeedsBody } from './accessNeedsSchemas.ts';

const messagesOf = (body: unknown) => {
  const result = saveAccessNeedsBody.safeParse(body);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('saveAccessNeedsBody', () => {
  it('takes ticked needs and trimmed words of the person’s own, with consent', () => {
    expect(
      saveAccessNeedsBody.parse({ needs: ['breaks', 'large-print'], otherNeeds: '  A quiet room  ', consent: true }),
    ).toEqual({ needs: ['breaks', 'large-print'], otherNeeds: 'A quiet room', consent: true, showName: false });
  });

  it('keeps nothing without consent', () => {
    expect(messagesOf({ needs: ['breaks'] })).toEqual([
      ['consent', 'Tick the box to say Roundtable may keep this and show it to leads and facilitators.'],
    ]);
    expect(messagesOf({ needs: ['breaks'], consent: false })[0]?.[0]).toBe('consent');
  });

  it('refuses needs it does not know, the same need twice, words too long or of the wrong type, and nothing at all', () => {
    expect(messagesOf({ needs: ['teleport'], consent: true })[0]).toEqual([
      'needs.0',
      'Choose from the list of things that help.',
    ]);
    expect(messagesOf({ needs: ['breaks', 'breaks'], consent: true })[0]?.[1]).toBe(
      'Choose each thing that helps once.',
    );
    expect(messagesOf({ otherNeeds: 'x'.repeat(501), consent: true })[0]?.[1]).toBe(
      'Anything else that helps can be at most 500 characters.',
    );
    expect(messagesOf({ otherNeeds: 42, consent: true })[0]?.[1]).toBe('Write anything else that helps as text.');
    expect(messagesOf({ needs: 'breaks', consent: true })[0]?.[1]).toBe('Choose from the list of things that help.');
    expect(messagesOf({ needs: [], otherNeeds: '   ', consent: true })).toEqual([
      ['needs', 'Tick at least one thing that helps, or write what helps you.'],
    ]);
  });
});
