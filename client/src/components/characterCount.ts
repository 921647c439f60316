/** How close to the limit someone must be before the count appears: short entries stay uncluttered. */
const SHOW_FROM_SHARE = 0.8;

export interface CharacterCount {
  /** Shown under the field, and read with it. */
  text: string;
  over: boolean;
}

const characters = (count: number) => (count === 1 ? '1 character' : `${count} characters`);

/**
 * How much room is left in a field with a limit, or null while there is plenty. Counted
 * as the server counts, after surrounding spaces are trimmed, so it agrees with the
 * error the person would otherwise get on sending.
 */
export function characterCount(value: string, limit: number): CharacterCount | null {
  const length = value.trim().length;
  if (length < limit * SHOW_FROM_SHARE) return null;
  const left = limit - length;
  if (left >= 0) return { text: `You have ${characters(left)} left.`, over: false };
  return { text: `You have ${characters(-left)} too many. The limit is ${characters(limit)}.`, over: true };
}
