import { type ChangeFacts, type Credit, recordedFor, TEMPLATE_CREDIT, writtenBy } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { exportContributors } from './exportContributors.ts';

const change = (updateId: number, credit: Credit, extra: Partial<ChangeFacts> = {}): ChangeFacts => ({
  updateId,
  credit,
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
      change(1, TEMPLATE_CREDIT),
      change(2, writtenBy('ada')),
      change(3, recordedFor('nia', 'sam')),
      change(4, writtenBy('tom'), { restoredVersionId: 'v1' }),
      change(5, writtenBy('late')),
    ];
    expect([...exportContributors(changes, 4)]).toEqual(['ada', 'nia', 'sam', 'tom']);
    expect([...exportContributors(changes, 1)]).toEqual([]);
  });
});
