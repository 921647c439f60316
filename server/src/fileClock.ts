import { readFileSync, statSync } from 'node:fs';
import type { Clock } from './Clock.ts';

/** How often the file is looked at, at most. */
const LOOK_EVERY_MS = 50;

/**
 * For browser tests only: the time written in a file (milliseconds since the epoch),
 * standing still until the test writes another, so a test can let the minutes of a
 * workshop pass exactly and at once, the same for every screen. Without the file, or
 * with something else in it, the system clock.
 */
export function fileClock(file: string): Clock {
  let written: number | null = null;
  let lookedAt = 0;
  let changedAt = -1;
  return () => {
    const now = Date.now();
    if (now - lookedAt >= LOOK_EVERY_MS) {
      lookedAt = now;
      try {
        const changed = statSync(file).mtimeMs;
        if (changed !== changedAt) {
          changedAt = changed;
          const read = Number(readFileSync(file, 'utf8').trim());
          written = Number.isFinite(read) && read > 0 ? read : null;
        }
      } catch {
        written = null;
      }
    }
    return written ?? now;
  };
}
