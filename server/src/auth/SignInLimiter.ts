import { AccountLimits } from '@roundtable/shared';
import type { Clock } from '../Clock.ts';
import { type DelayRule, ProgressiveDelay } from './ProgressiveDelay.ts';

/** Where a sign-in attempt comes from. */
export interface SignInSource {
  /** The email address tried. */
  account: string;
  /** The client's address. */
  address: string;
  /** The hash of the browser's known-device token, when that browser signed in to this account before. */
  knownDevice?: string | undefined;
}

const rule = (freeFailures: number): DelayRule => ({
  freeFailures,
  firstDelayMs: AccountLimits.signInFirstDelayMs,
  longestDelayMs: AccountLimits.signInLongestDelayMs,
  memoryMs: AccountLimits.signInFailureMemoryMs,
});

/**
 * Slows password guessing without ever locking the owner out. Each failure past a few
 * makes the next attempt wait longer (doubling, up to a cap), counted per account and
 * per client address, so changing address does not help a guesser. A browser that
 * signed in to the account before is counted on its own instead: failures from
 * elsewhere never hold it back, so the owner signs in while someone guesses.
 * An attempt counts from the moment it starts (so guesses sent all at once are
 * counted too) and is taken back when it succeeds.
 */
export class SignInLimiter {
  private readonly accounts: ProgressiveDelay;
  private readonly addresses: ProgressiveDelay;
  private readonly devices: ProgressiveDelay;

  constructor(now: Clock) {
    this.accounts = new ProgressiveDelay(rule(AccountLimits.signInFreeFailuresPerAccount), now);
    this.addresses = new ProgressiveDelay(rule(AccountLimits.signInFreeFailuresPerAddress), now);
    this.devices = new ProgressiveDelay(rule(AccountLimits.signInFreeFailuresPerDevice), now);
  }

  /** Whole seconds until this source may try again; 0 if it may now. */
  secondsUntilAllowed(source: SignInSource): number {
    const waits = this.counters(source).map(([delay, key]) => delay.msUntilAllowed(key));
    return Math.ceil(Math.max(0, ...waits) / 1000);
  }

  recordAttempt(source: SignInSource): void {
    for (const [delay, key] of this.counters(source)) delay.recordFailure(key);
  }

  /**
   * The attempt succeeded. From a recognised browser only that browser's count is
   * cleared (someone else may be guessing); otherwise the account's count is cleared,
   * and the address only loses this attempt (others in the room may be guessing).
   */
  recordSuccess(source: SignInSource): void {
    if (source.knownDevice !== undefined) {
      this.devices.clear(deviceKey(source.knownDevice, source.account));
      return;
    }
    this.accounts.clear(source.account);
    this.addresses.forgiveOne(source.address);
  }

  private counters(source: SignInSource): Array<[ProgressiveDelay, string]> {
    if (source.knownDevice !== undefined) return [[this.devices, deviceKey(source.knownDevice, source.account)]];
    return [
      [this.accounts, source.account],
      [this.addresses, source.address],
    ];
  }
}

const deviceKey = (device: string, account: string) => `${device}\n${account}`;
