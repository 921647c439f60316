import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safeReturnPath.ts';

describe('safeReturnPath', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnPath('/invite/abc123')).toBe('/invite/abc123');
    expect(safeReturnPath('/projects/p1?tab=history#top')).toBe('/projects/p1?tab=history#top');
  });

  it('sends anything else to the home page', () => {
    for (const value of [
      undefined,
      42,
      '',
      'projects',
      '//evil.example/',
      '/\\evil.example',
      'https://evil.example/',
      '/\t/evil.example',
      'javascript:alert(1)',
      '/api/auth/oidc/start',
      '/sign-in?next=/x',
      `/${'a'.repeat(2001)}`,
    ]) {
      expect(safeReturnPath(value), String(value)).toBe('/');
    }
  });
});
