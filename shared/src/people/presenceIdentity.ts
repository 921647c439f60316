import type { Perspective } from './perspectives.ts';

/**
 * What other people see of someone in a live document. The server derives it from the
 * signed-in person and refuses presence that claims anything else.
 */
export interface PresenceIdentity {
  id: string;
  name: string;
  perspective: Perspective;
  color: string;
  /** Set while this person records what another member says ("recording for Ada"). */
  recordingFor: { id: string; name: string } | null;
}

/**
 * Caret colours chosen to keep at least 4.5:1 contrast with white text on their
 * label; colour is never the only cue (the name is always shown too).
 */
const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#be185d', '#0e7490', '#4d7c0f'];

export function colorForPerson(personId: string): string {
  let hash = 0;
  for (const char of personId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? '#1d4ed8';
}

export function presenceIdentity(
  person: { id: string; displayName: string },
  perspective: Perspective,
  recordingFor: { id: string; name: string } | null = null,
): PresenceIdentity {
  return { id: person.id, name: person.displayName, perspective, color: colorForPerson(person.id), recordingFor };
}

export function samePresenceIdentity(a: PresenceIdentity, b: PresenceIdentity): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.perspective === b.perspective &&
    a.color === b.color &&
    a.recordingFor?.id === b.recordingFor?.id
  );
}
