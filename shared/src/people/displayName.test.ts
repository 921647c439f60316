import { describe, expect, it } from 'vitest';
import { Limits } from '../limits.ts';
import { displayNameMessages, displayNameProblem, displayNameSchema } from './displayName.ts';

describe('display names', () => {
  it.each([
    ['Ada Lovelace'],
    ['Zoë Ó Briain-Smith'],
    ['李小龍'],
    ['محمد'],
    ['Ana 👩🏽‍🦱'],
    ['می‌خواهم'], // a zero-width non-joiner inside Persian text, where it belongs
    ['A'],
    ['x'.repeat(Limits.displayNameMax)],
  ])('accepts %s', (name) => {
    expect(displayNameProblem(name)).toBeNull();
  });

  it('keeps the name trimmed of spaces and invisible characters at its ends', () => {
    expect(displayNameSchema.parse('  Ada \u200B\u00A0')).toBe('Ada');
    expect(displayNameSchema.parse(`  ${'x'.repeat(Limits.displayNameMax)}  `)).toHaveLength(Limits.displayNameMax);
  });

  it.each([
    ['nothing', '', displayNameMessages.missing],
    ['only spaces', '   \u00A0 ', displayNameMessages.missing],
    ['only zero-width characters', '\u200B\u200C\u200D\u2060\uFEFF', displayNameMessages.invisible],
    ['only Hangul fillers', '\u3164\u3164', displayNameMessages.invisible],
    ['only blank Braille', '\u2800', displayNameMessages.invisible],
    ['only a combining mark', '\u0301', displayNameMessages.invisible],
    ['a NUL', 'Ada\u0000', displayNameMessages.controlCharacters],
    ['a line break', 'Ada\nLovelace', displayNameMessages.controlCharacters],
    ['a carriage return', 'Ada\r', displayNameMessages.controlCharacters],
    ['a tab', 'Ada\tLovelace', displayNameMessages.controlCharacters],
    ['a line separator', 'Ada\u2028Lovelace', displayNameMessages.controlCharacters],
    ['a C1 control', 'Ada\u0085', displayNameMessages.controlCharacters],
    ['a right-to-left override', 'Ada\u202Egnp.exe', displayNameMessages.directionControls],
    ['a left-to-right embedding', '\u202AAda', displayNameMessages.directionControls],
    ['a first-strong isolate', 'Ada\u2068', displayNameMessages.directionControls],
    ['a pop directional isolate', 'Ada\u2069 Lovelace', displayNameMessages.directionControls],
    ['a right-to-left mark', 'Ada\u200F', displayNameMessages.directionControls],
    ['a lone high surrogate', 'Ada\uD83D', displayNameMessages.unreadable],
    ['a lone low surrogate', '\uDE00Ada', displayNameMessages.unreadable],
    ['a character that was not text when sent', 'Ad\uFFFD', displayNameMessages.unreadable],
    ['too many characters', 'x'.repeat(Limits.displayNameMax + 1), displayNameMessages.tooLong],
  ])('refuses %s with a plain message', (_case, name, message) => {
    expect(displayNameProblem(name)).toBe(message);
    const parsed = displayNameSchema.safeParse(name);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });

  it('refuses what is not text at all', () => {
    expect(displayNameSchema.safeParse(42).error?.issues[0]?.message).toBe(displayNameMessages.missing);
  });
});
