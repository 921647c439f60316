import { describe, expect, it } from 'vitest';
import { lookAlikeOf, namesLookAlike } from './lookAlikeNames.ts';

describe('names that look alike', () => {
  it.each([
    ['the same name', 'Ada Lovelace', 'Ada Lovelace'],
    ['another case', 'Ada Lovelace', 'ADA LOVELACE'],
    ['accents', 'Zoë Brontë', 'Zoe Bronte'],
    ['a Cyrillic а in place of a Latin a', 'Ada', 'Аdа'],
    ['Greek capitals', 'ADA', 'ΑDΑ'],
    ['a capital I for a small l', 'lan', 'Ian'],
    ['rn for m', 'Sam', 'Sarn'],
    ['a zero for an O', 'OLU', '0LU'],
    ['doubled and invisible spaces', 'Ada  Lovelace', 'Ada\u200B Lovelace'],
    ['full-width letters', 'Ada', 'Ａｄａ'],
  ])('takes %s for the same name', (_case, a, b) => {
    expect(namesLookAlike(a, b)).toBe(true);
    expect(namesLookAlike(b, a)).toBe(true);
  });

  it.each([
    ['different people', 'Ada', 'Sam'],
    ['a surname added', 'Sam', 'Sam K'],
    ['capital L and capital I', 'Lan', 'Ian'],
    ['different letters with accents', 'Zoë', 'Zak'],
  ])('tells %s apart', (_case, a, b) => {
    expect(namesLookAlike(a, b)).toBe(false);
  });

  it('names the first existing name a new one looks like', () => {
    expect(lookAlikeOf('Рriya', ['Sam', 'Priya', 'PRIYA'])).toBe('Priya');
    expect(lookAlikeOf('Priya S', ['Sam', 'Priya'])).toBeUndefined();
  });
});
