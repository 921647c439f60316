import { type Perspective, perspectives } from '@roundtable/shared';
import { type Activity, parseActivity } from './Activity.ts';

/** One person in a live document, however many tabs or devices they have it open in. */
export interface PresentPerson {
  id: string;
  name: string;
  perspective: Perspective;
  color: string;
  activity: Activity;
  isYou: boolean;
  /** Whom they are typing for as a scribe, if anyone ("recording for Ada"). */
  recordingFor: { id: string; name: string } | null;
}

const activityRank: Record<Activity['kind'], number> = { editing: 2, reading: 1, away: 0 };

function isPerspective(value: unknown): value is Perspective {
  return typeof value === 'string' && (perspectives as readonly string[]).includes(value);
}

function readRecordingFor(value: unknown): PresentPerson['recordingFor'] {
  if (typeof value !== 'object' || value === null) return null;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof name === 'string' ? { id, name } : null;
}

function readUser(state: Record<string, unknown>): Omit<PresentPerson, 'activity' | 'isYou'> | null {
  const user = state.user;
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, perspective, color, recordingFor } = user as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof color !== 'string') return null;
  if (!isPerspective(perspective)) return null;
  return { id, name, perspective, color, recordingFor: readRecordingFor(recordingFor) };
}

/**
 * Turns raw awareness states into the list of people shown as "Who is here": one entry
 * per person, showing their most active tab, you first, then by name.
 */
export function peopleFromAwareness(
  states: ReadonlyMap<number, Record<string, unknown>>,
  yourClientId: number,
  yourUserId: string,
): PresentPerson[] {
  const byPerson = new Map<string, PresentPerson>();
  for (const [clientId, state] of states) {
    const user = readUser(state);
    if (!user) continue;
    const activity = parseActivity(state.activity);
    const isYou = user.id === yourUserId || clientId === yourClientId;
    const existing = byPerson.get(user.id);
    // Recording for someone in any tab is worth showing whichever tab is the most active.
    const recordingFor = user.recordingFor ?? existing?.recordingFor ?? null;
    if (existing && activityRank[existing.activity.kind] >= activityRank[activity.kind]) {
      existing.recordingFor = recordingFor;
      continue;
    }
    byPerson.set(user.id, { ...user, activity, isYou, recordingFor });
  }
  return Array.from(byPerson.values()).sort((a, b) => {
    if (a.isYou !== b.isYou) return a.isYou ? -1 : 1;
    return a.name.localeCompare(b.name);
  });
}
