import { createProjectBody, signInBody, signUpBody } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { validateForm } from './validateForm.ts';

describe('validateForm', () => {
  it('returns the parsed data when the values are valid', () => {
    const result = validateForm(signInBody, { email: ' Sam@Example.org ', password: 'secret' });
    expect(result).toEqual({ ok: true, data: { email: 'sam@example.org', password: 'secret' } });
  });

  it('returns one plain-English message per field, keyed by field name', () => {
    const result = validateForm(signUpBody, { displayName: '', email: 'not an email', password: 'short' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(['displayName', 'email', 'password']);
    expect(result.fieldErrors.displayName).toBe('Enter the name you would like others to see.');
    expect(result.fieldErrors.password).toMatch(/at least 10 characters/);
  });

  it('applies the shared defaults', () => {
    const result = validateForm(createProjectBody, { name: 'Older People' });
    expect(result).toEqual({ ok: true, data: { name: 'Older People', purpose: '' } });
  });
});
