import { describe, expect, it } from 'vitest';
import { bringEveryoneBody } from './bringEveryoneSchemas.ts';
import { inRoomHandBody } from './handSchemas.ts';

const problem = (name: unknown) => {
  const result = inRoomHandBody.safeParse({ name });
  return result.success ? null : result.error.issues[0]?.message;
};

describe('a name typed for someone in the room', () => {
  it('is kept as typed, without spaces at the ends', () => {
    expect(inRoomHandBody.parse({ name: '  Mary from the café ' })).toEqual({ name: 'Mary from the café' });
  });

  it('is refused, in words about that person, when nobody could read it as it is', () => {
    expect(problem('   ')).toBe('Type the name of the person in the room.');
    expect(problem(undefined)).toBe('Type the name of the person in the room.');
    expect(problem('Mary\nJones')).toBe('Type the name on one line, without tabs or other hidden control characters.');
    expect(problem('Mary\u202Eyrtne')).toBe(
      'The name cannot contain characters that change the direction of text. Type it without them.',
    );
    expect(problem('\u200B\u2800')).toBe(
      'The name needs at least one letter, number or other character that people can see.',
    );
    expect(problem('M'.repeat(81))).toBe('Names can be at most 80 characters.');
  });
});

describe('bringing everyone to a section', () => {
  it('takes a section id, and nothing that could not be one', () => {
    expect(bringEveryoneBody.parse({ sectionId: 'housing-1' })).toEqual({ sectionId: 'housing-1' });
    for (const sectionId of ['', 'has space', 'x'.repeat(65), 42, null]) {
      expect(bringEveryoneBody.safeParse({ sectionId }).success, String(sectionId)).toBe(false);
    }
  });
});
