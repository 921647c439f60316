import type { PresentPerson } from '../../collaboration/PresentPerson.ts';

/** More names than this would not fit one line on a phone. */
const NAMES_SHOWN = 2;

/**
 * One line saying who else has the document open, for above the text on narrow screens
 * where the full list comes after it.
 */
export function presenceSummary(people: readonly PresentPerson[], connected: boolean): string {
  const others = people.filter((person) => !person.isYou).map((person) => person.name);
  if (others.length === 0) return connected ? 'Only you are here.' : 'Not connected to others yet.';
  const shown = others.slice(0, NAMES_SHOWN);
  const rest = others.length - shown.length;
  if (rest > 0) return `Also here: ${shown.join(', ')} and ${rest === 1 ? '1 other' : `${rest} others`}.`;
  return `Also here: ${shown.join(' and ')}.`;
}
