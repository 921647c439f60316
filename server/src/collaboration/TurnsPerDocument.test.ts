import { describe, expect, it } from 'vitest';
import { TurnsPerDocument } from './TurnsPerDocument.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TurnsPerDocument', () => {
  it('starts each turn on a document once every earlier one has ended, in the order they were taken', async () => {
    const turns = new TurnsPerDocument();
    const started: string[] = [];
    const ends = new Map<string, () => void>();
    for (const name of ['first', 'second', 'third']) {
      void turns.take('plan').then((end) => {
        started.push(name);
        ends.set(name, end);
      });
    }
    await settle();
    expect(started).toEqual(['first']);
    ends.get('first')?.();
    await settle();
    expect(started).toEqual(['first', 'second']);
    ends.get('second')?.();
    await settle();
    expect(started).toEqual(['first', 'second', 'third']);
  });

  it('lets another document go ahead, and a document whose turns have all ended start at once', async () => {
    const turns = new TurnsPerDocument();
    const endPlan = await turns.take('plan');
    const endOther = await turns.take('other');
    endOther();
    endPlan();
    endPlan();
    const next = await turns.take('plan');
    next();
  });
});
