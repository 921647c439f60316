import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newThreadId } from './newThreadId.ts';

describe('newThreadId', () => {
  it('uses randomUUID where the browser has it', () => {
    expect(newThreadId({ getRandomValues: crypto.getRandomValues.bind(crypto), randomUUID: () => 'a-b-c-d-e' })).toBe(
      'a-b-c-d-e',
    );
  });

  it('makes a valid version 4 UUID from random bytes on pages that are not secure contexts', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const id = newThreadId({ getRandomValues: crypto.getRandomValues.bind(crypto) });
      expect(z.uuid().safeParse(id).success).toBe(true);
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      ids.add(id);
    }
    expect(ids.size).toBe(50);
  });
});
