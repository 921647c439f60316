import { describe, expect, it } from 'vitest';
import type { WorkshopRecord } from '../../store/WorkshopStore.ts';
import { workshopForDocument } from './workshopForDocument.ts';

const HOUR = 60 * 60 * 1000;
// Tuesday 12 May 2026, 09:00 in London (BST).
const now = Date.parse('2026-05-12T08:00:00Z');

function workshop(id: string, fields: Partial<WorkshopRecord> = {}): WorkshopRecord {
  return {
    id,
    projectId: 'project',
    documentId: 'strategy',
    title: id,
    startsAt: now + HOUR,
    timeZone: 'Europe/London',
    place: null,
    meetingLink: null,
    createdBy: 'lena',
    createdAt: now - 24 * HOUR,
    state: 'planned',
    startedAt: null,
    endedAt: null,
    currentItemId: null,
    timerDeadline: null,
    timerPausedRemainingMs: null,
    ...fields,
  };
}

const pick = (...workshops: WorkshopRecord[]) => workshopForDocument(workshops, 'strategy', now)?.id;

describe('the workshop a document shows', () => {
  it('shows the one running, before any planned', () => {
    expect(pick(workshop('planned'), workshop('running', { state: 'running', startsAt: now - 3 * HOUR }))).toBe(
      'running',
    );
  });

  it('shows the soonest planned for today in its own time zone, late or not', () => {
    expect(pick(workshop('afternoon', { startsAt: now + 5 * HOUR }), workshop('late', { startsAt: now - HOUR }))).toBe(
      'late',
    );
    // 23:30 in London is still today there.
    expect(pick(workshop('tonight', { startsAt: Date.parse('2026-05-12T22:30:00Z') }))).toBe('tonight');
    expect(pick(workshop('tomorrow', { startsAt: Date.parse('2026-05-12T23:30:00Z') }))).toBeUndefined();
    expect(
      pick(workshop('in Auckland', { startsAt: Date.parse('2026-05-12T13:00:00Z'), timeZone: 'Pacific/Auckland' })),
    ).toBeUndefined();
  });

  it('shows one that ended today, and nothing cancelled, on another document or from another day', () => {
    const ended = workshop('ended', { state: 'ended', startsAt: now - 3 * HOUR, endedAt: now - HOUR });
    expect(pick(ended)).toBe('ended');
    expect(pick(ended, workshop('next', { startsAt: now + 4 * HOUR }))).toBe('next');
    expect(
      pick(
        workshop('cancelled', { state: 'cancelled' }),
        workshop('elsewhere', { documentId: 'easy-read' }),
        workshop('yesterday', { state: 'ended', startsAt: now - 26 * HOUR, endedAt: now - 25 * HOUR }),
      ),
    ).toBeUndefined();
  });
});
