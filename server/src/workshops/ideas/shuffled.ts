import { randomInt } from 'node:crypto';

/**
 * A new array in a random order (Fisher–Yates): cards are never sent in the order they
 * arrived, which in an anonymous round could point at who wrote one.
 */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
