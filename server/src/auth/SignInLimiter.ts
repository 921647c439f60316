import { Limits } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';

/**
 * Counts sign-in attempts per account and per address within a sliding window, so
 * guessing passwords is slow. An attempt counts from the moment it starts (so guesses
 * sent all at once are counted too) and is forgiven when it succeeds. Kept in memory:
 * a restart forgives, which is acceptable for a window of minutes.
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: Clock) {}

  /** Minutes until the next attempt is allowed, or 0 if it is allowed now. */
  minutesUntilAllowed(account: string, address: string): number {
    const accountWait = this.waitFor(`account:${account}`, Limits.signInAttemptsPerAccount);
    const addressWait = this.waitFor(`address:${address}`, Limits.signInAttemptsPerAddress);
    return Math.ceil(Math.max(accountWait, addressWait) / 60_000);
  }

  recordAttempt(account: string, address: string): void {
    for (const key of [`account:${account}`, `address:${address}`]) {
      this.failures.set(key, [...this.recent(key), this.now()]);
    }
  }

  /** A successful sign-in clears the account and takes its own attempt off the address. */
  recordSuccess(account: string, address: string): void {
    this.failures.delete(`account:${account}`);
    const addressKey = `address:${address}`;
    const remaining = this.recent(addressKey).slice(0, -1);
    if (remaining.length === 0) this.failures.delete(addressKey);
    else this.failures.set(addressKey, remaining);
  }

  private waitFor(key: string, allowed: number): number {
    const recent = this.recent(key);
    if (recent.length < allowed) return 0;
    const oldestCounted = recent[recent.length - allowed] ?? this.now();
    return oldestCounted + Limits.signInWindowMs - this.now();
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - Limits.signInWindowMs;
    const recent = (this.failures.get(key) ?? []).filter((time) => time > cutoff);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}
