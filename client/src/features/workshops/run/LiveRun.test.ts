import type { WorkshopRun } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { liveRun, newerRun } from './LiveRun.ts';

const run = (serverNow: string, fields: Partial<WorkshopRun> = {}): WorkshopRun => ({
  workshopId: 'w1',
  documentId: 'd1',
  state: 'running',
  startedAt: '2026-05-12T09:00:00.000Z',
  endedAt: null,
  currentItemId: 'i1',
  timer: { status: 'paused', remainingMs: 600_000 },
  serverNow,
  ...fields,
});

describe('the page’s clock against the server’s', () => {
  it('takes the server’s moment as halfway through the request', () => {
    const at = Date.parse('2026-05-12T09:30:00.000Z');
    // This device's clock is 90 seconds behind; the request took 400 ms.
    const heard = liveRun(run('2026-05-12T09:30:00.000Z'), at - 90_000 + 200, at - 90_000 - 200);
    expect(heard.offsetMs).toBe(90_000);
    expect(liveRun(run('2026-05-12T09:30:00.000Z'), at + 5000).offsetMs).toBe(-5000);
  });

  it('keeps the newer state by the server’s clock, whichever arrives last', () => {
    const older = liveRun(run('2026-05-12T09:30:00.000Z'), 0);
    const newer = liveRun(run('2026-05-12T09:30:01.000Z', { currentItemId: 'i2' }), 0);
    expect(newerRun(newer, older)).toBe(newer);
    expect(newerRun(older, newer)).toBe(newer);
    expect(newerRun(null, older)).toBe(older);
    const another = liveRun(run('2026-05-12T09:00:00.000Z', { workshopId: 'w2' }), 0);
    expect(newerRun(newer, another)).toBe(another);
  });
});
