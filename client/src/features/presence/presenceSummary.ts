import type { ConnectionState } from '../../collaboration/connectionState.ts';
import type { PresentPerson } from '../../collaboration/PresentPerson.ts';

/** More names than this would not fit one line on a phone. */
const NAMES_SHOWN = 2;

/** While not connected, who else is here cannot be known: say what happened instead. */
const whileNotConnected: Record<ConnectionState, string | null> = {
  connected: null,
  saved: null,
  connecting: 'Connecting to the others…',
  reconnecting: 'Connection lost. Trying again; what you type is kept on this device.',
  offline: 'You are offline. What you type is kept on this device until you are back.',
  stopped: 'Not connected to the others.',
};

/**
 * One line saying who else has the document open, for above the text on narrow screens
 * where the full list comes after it.
 */
export function presenceSummary(people: readonly PresentPerson[], connection: ConnectionState): string {
  const away = whileNotConnected[connection];
  if (away) return away;
  const others = people.filter((person) => !person.isYou).map((person) => person.name);
  if (others.length === 0) return 'Only you are here.';
  const shown = others.slice(0, NAMES_SHOWN);
  const rest = others.length - shown.length;
  if (rest > 0) return `Also here: ${shown.join(', ')} and ${rest === 1 ? '1 other' : `${rest} others`}.`;
  return `Also here: ${shown.join(' and ')}.`;
}
