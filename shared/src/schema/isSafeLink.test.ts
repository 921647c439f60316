import { describe, expect, it } from 'vitest';
import { isSafeLink } from './isSafeLink.ts';

describe('isSafeLink', () => {
  it.each(['https://example.org', 'http://council.gov.uk/x?y=1', 'mailto:ada@example.org', '/relative/page'])(
    'allows %s',
    (url) => expect(isSafeLink(url)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>',
    'vbscript:x',
  ])('refuses %s', (url) => expect(isSafeLink(url)).toBe(false));
});
