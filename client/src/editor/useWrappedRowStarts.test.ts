import { describe, expect, it } from 'vitest';
import { rowStarts } from './useWrappedRowStarts.ts';

describe('rowStarts', () => {
  it('marks only the first item when everything fits on one row', () => {
    expect(rowStarts([6, 6, 6.5, 6])).toEqual([true, false, false, false]);
  });

  it('marks the first item of each wrapped row', () => {
    expect(rowStarts([6, 6, 54, 54, 102])).toEqual([true, false, true, false, true]);
  });

  it('has nothing to mark when there are no items', () => {
    expect(rowStarts([])).toEqual([]);
  });
});
