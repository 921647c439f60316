import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPathFor } from './safeNextPath.ts';

describe('safeNextPath', () => {
  it('follows paths on this site', () => {
    expect(safeNextPath('/projects/abc?tab=1')).toBe('/projects/abc?tab=1');
  });

  it('refuses other sites and odd values', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'projects', '', null, '/a\nb']) {
      expect(safeNextPath(next)).toBe('/');
    }
    expect(safeNextPath('/sign-in?next=/x')).toBe('/');
  });

  it('round-trips through the sign-in address', () => {
    const path = signInPathFor('/projects/a b');
    const next = new URL(path, 'https://roundtable.test').searchParams.get('next');
    expect(safeNextPath(next)).toBe('/projects/a b');
    expect(signInPathFor('/')).toBe('/sign-in');
  });
});
