import type { ChangeFacts } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { exportContributors } from './exportContributors.ts';

const change = (updateId: number, authorId: string | null, extra: Partial<ChangeFacts> = {}): ChangeFacts => ({
  updateId,
  authorId,
  recordedById: null,
  createdAt: updateId,
  restoredVersionId: null,
  wordsAdded: 0,
  wordsRemoved: 0,
  charactersAdded: 0,
  charactersRemoved: 0,
  sections: [],
  ...extra,
});

describe('exportContributors', () => {
  it('credits writers, the people words were recorded for and their scribes, and whoever restored a version', () => {
    const changes = [
      change(1, null),
      change(2, 'ada'),
      change(3, 'nia', { recordedById: 'sam' }),
      change(4, 'tom', { restoredVersionId: 'v1' }),
      change(5, 'late'),
    ];
    expect([...exportContributors(changes, 4)]).toEqual(['ada', 'nia', 'sam', 'tom']);
    expect([...exportContributors(changes, 1)]).toEqual([]);
  });
});
