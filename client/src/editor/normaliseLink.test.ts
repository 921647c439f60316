import { describe, expect, it } from 'vitest';
import { normaliseLink } from './normaliseLink.ts';

describe('normaliseLink', () => {
  it('keeps full web and email addresses', () => {
    expect(normaliseLink(' https://example.org/a?b=1 ')).toEqual({ ok: true, href: 'https://example.org/a?b=1' });
    expect(normaliseLink('mailto:team@example.org')).toEqual({ ok: true, href: 'mailto:team@example.org' });
  });

  it('adds the scheme people usually leave out', () => {
    expect(normaliseLink('www.example.org')).toEqual({ ok: true, href: 'https://www.example.org' });
    expect(normaliseLink('team@example.org')).toEqual({ ok: true, href: 'mailto:team@example.org' });
  });

  it('refuses links that could run script, and empty or partial addresses', () => {
    for (const unsafe of ['javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,hi', 'vbscript:x']) {
      expect(normaliseLink(unsafe).ok).toBe(false);
    }
    expect(normaliseLink('   ').ok).toBe(false);
    expect(normaliseLink('/just/a/path').ok).toBe(false);
  });
});
