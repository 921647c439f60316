import { perspectiveLabels } from '@roundtable/shared';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';

/** Sentences about who arrived, who left and who records for whom, between two snapshots of "Who is here". */
export function presenceChanges(before: readonly PresentPerson[], after: readonly PresentPerson[]): string[] {
  const others = (people: readonly PresentPerson[]) =>
    new Map(people.filter((person) => !person.isYou).map((person) => [person.id, person]));
  const previous = others(before);
  const current = others(after);
  const messages: string[] = [];
  for (const [id, person] of current) {
    if (!previous.has(id)) messages.push(`${person.name} (${perspectiveLabels[person.perspective]}) joined`);
  }
  for (const [id, person] of previous) {
    if (!current.has(id)) messages.push(`${person.name} left`);
  }
  for (const [id, person] of current) {
    const was = previous.get(id)?.recordingFor ?? null;
    const now = person.recordingFor;
    if (now && now.id !== was?.id) messages.push(`${person.name} is recording for ${now.name}`);
    else if (!now && was && previous.has(id)) messages.push(`${person.name} stopped recording for ${was.name}`);
  }
  return messages;
}
