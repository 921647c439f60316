import type { HandsChangedEvent } from '@roundtable/shared';

/**
 * What a screen reader hears when hands change, plainly and briefly; null for what needs
 * no saying (one's own actions, and hands simply going down).
 */
export function describeHandEvent(event: HandsChangedEvent, myId: string): string | null {
  const { kind, hand, by } = event;
  const mine = hand.userId === myId;
  const byMe = by.id === myId;
  switch (kind) {
    case 'raised':
      return byMe ? null : `${hand.name} raised a hand.`;
    case 'added':
      return byMe ? null : `${hand.name}, in the room, was added to the queue.`;
    case 'called':
      if (mine) return `${by.displayName} called you to speak.`;
      return byMe ? null : `${by.displayName} called ${hand.name} to speak.`;
    case 'lowered':
      return mine && !byMe ? `${by.displayName} lowered your hand.` : null;
  }
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = { 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
