import type { Clock } from '../Clock.ts';

export interface DelayRule {
  /** Failures allowed before any wait. */
  freeFailures: number;
  /** The wait after the first failure past those, doubled with each further one. */
  firstDelayMs: number;
  longestDelayMs: number;
  /** A run of failures is forgotten once none has come for this long. */
  memoryMs: number;
}

interface Streak {
  failures: number;
  lastAt: number;
}

/** Keys remembered at most; past this the oldest runs are forgotten first. */
const MAX_KEYS = 100_000;

/**
 * Makes each failure in a run wait longer than the one before, per key, instead of
 * locking the key out: whoever holds the right password is never refused for long,
 * while guessing slows to a crawl. Kept in memory: a restart forgives.
 */
export class ProgressiveDelay {
  private readonly streaks = new Map<string, Streak>();

  constructor(
    private readonly rule: DelayRule,
    private readonly now: Clock,
  ) {}

  /** How long until the next attempt for this key may be tried; 0 if now. */
  msUntilAllowed(key: string): number {
    const streak = this.current(key);
    if (!streak) return 0;
    return Math.max(0, streak.lastAt + this.delayAfter(streak.failures) - this.now());
  }

  recordFailure(key: string): void {
    const streak = this.current(key) ?? { failures: 0, lastAt: 0 };
    this.streaks.delete(key);
    this.streaks.set(key, { failures: streak.failures + 1, lastAt: this.now() });
    if (this.streaks.size > MAX_KEYS) this.forgetOldest();
  }

  /** Takes back one failure: an attempt counted before it was known to succeed. */
  forgiveOne(key: string): void {
    const streak = this.current(key);
    if (!streak) return;
    if (streak.failures <= 1) this.streaks.delete(key);
    else streak.failures -= 1;
  }

  clear(key: string): void {
    this.streaks.delete(key);
  }

  /** The wait after `failures` failures in a run. */
  delayAfter(failures: number): number {
    const past = failures - this.rule.freeFailures;
    if (past <= 0) return 0;
    // Capped before doubling further, so a long run cannot overflow.
    return Math.min(this.rule.firstDelayMs * 2 ** Math.min(past - 1, 30), this.rule.longestDelayMs);
  }

  private current(key: string): Streak | undefined {
    const streak = this.streaks.get(key);
    if (streak && this.now() - streak.lastAt > this.rule.memoryMs) {
      this.streaks.delete(key);
      return undefined;
    }
    return streak;
  }

  private forgetOldest(): void {
    const cutoff = this.now() - this.rule.memoryMs;
    for (const [key, streak] of this.streaks) {
      if (streak.lastAt <= cutoff) this.streaks.delete(key);
    }
    // Still full of recent runs: the least recently failed go first (a Map keeps insertion order).
    for (const key of this.streaks.keys()) {
      if (this.streaks.size <= MAX_KEYS) break;
      this.streaks.delete(key);
    }
  }
}
