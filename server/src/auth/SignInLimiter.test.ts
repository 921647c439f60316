import { AccountLimits } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { SignInLimiter } from './SignInLimiter.ts';

const ada = 'ada@example.org';

/** Fails sign-ins for a source as soon as each is allowed, answering the waits before each. */
function guess(limiter: SignInLimiter, clock: { now: number }, times: number, source: (i: number) => object) {
  const waits: number[] = [];
  for (let i = 0; i < times; i++) {
    const from = { account: ada, address: '10.0.0.1', ...source(i) };
    const wait = limiter.secondsUntilAllowed(from);
    waits.push(wait);
    clock.now += wait * 1000;
    limiter.recordAttempt(from);
  }
  return waits;
}

describe('SignInLimiter', () => {
  it('makes each failure past the first few wait twice as long, up to a cap, and never locks', () => {
    const clock = { now: 1_000_000 };
    const limiter = new SignInLimiter(() => clock.now);
    const waits = guess(limiter, clock, 14, () => ({}));
    const free = AccountLimits.signInFreeFailuresPerAccount;
    expect(waits.slice(0, free + 1)).toEqual(Array(free + 1).fill(0));
    expect(waits.slice(free + 1)).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300]);
    // The right password is still taken once the short wait is over.
    expect(limiter.secondsUntilAllowed({ account: ada, address: '10.0.0.1' })).toBe(300);
    clock.now += 300_000;
    expect(limiter.secondsUntilAllowed({ account: ada, address: '10.0.0.1' })).toBe(0);
  });

  it('forgets a run of failures once none has come for the memory time', () => {
    const clock = { now: 1_000_000 };
    const limiter = new SignInLimiter(() => clock.now);
    guess(limiter, clock, 8, () => ({}));
    clock.now += AccountLimits.signInFailureMemoryMs + 1;
    expect(guess(limiter, clock, 4, () => ({}))).toEqual([0, 0, 0, 0]);
  });

  it('counts per account whatever address the guesses come from', () => {
    const clock = { now: 1_000_000 };
    const limiter = new SignInLimiter(() => clock.now);
    const waits = guess(limiter, clock, 8, (i) => ({ address: `10.0.${i}.1` }));
    expect(waits.slice(-3)).toEqual([2, 4, 8]);
    expect(limiter.secondsUntilAllowed({ account: ada, address: '192.0.2.200' })).toBe(16);
    expect(limiter.secondsUntilAllowed({ account: 'sam@example.org', address: '192.0.2.200' })).toBe(0);
  });

  it('slows an address that tries many accounts', () => {
    const clock = { now: 5 };
    const limiter = new SignInLimiter(() => clock.now);
    const waits = guess(limiter, clock, AccountLimits.signInFreeFailuresPerAddress + 3, (i) => ({
      account: `person${i}@example.org`,
    }));
    expect(waits.slice(-2)).toEqual([1, 2]);
    expect(limiter.secondsUntilAllowed({ account: 'new@example.org', address: '10.0.0.1' })).toBe(4);
    expect(limiter.secondsUntilAllowed({ account: 'new@example.org', address: '10.0.0.8' })).toBe(0);
  });

  it('lets a browser that signed in to the account before in while others guess, counting it on its own', () => {
    const clock = { now: 1_000_000 };
    const limiter = new SignInLimiter(() => clock.now);
    guess(limiter, clock, 12, () => ({}));
    const owner = { account: ada, address: '10.0.0.1', knownDevice: 'owner-device' };
    expect(limiter.secondsUntilAllowed({ account: ada, address: '10.0.0.2' })).toBeGreaterThan(0);
    expect(limiter.secondsUntilAllowed(owner)).toBe(0);
    limiter.recordAttempt(owner);
    limiter.recordSuccess(owner);
    // The guesser's run goes on: the owner's success does not clear it.
    expect(limiter.secondsUntilAllowed({ account: ada, address: '10.0.0.2' })).toBeGreaterThan(0);

    // A recognised browser that keeps failing is slowed too, on its own count.
    const waits = guess(limiter, clock, AccountLimits.signInFreeFailuresPerDevice + 2, () => ({
      knownDevice: 'owner-device',
    }));
    expect(waits.slice(-2)).toEqual([0, 1]);
    // It is recognised for this account only.
    expect(limiter.secondsUntilAllowed({ account: 'sam@example.org', address: '10.0.0.1' })).toBeGreaterThan(0);
  });

  it('clears an account after a successful sign-in, and counts guesses sent all at once', () => {
    const clock = { now: 5 };
    const limiter = new SignInLimiter(() => clock.now);
    const from = { account: ada, address: '10.0.0.1' };
    for (let i = 0; i <= AccountLimits.signInFreeFailuresPerAccount; i++) limiter.recordAttempt(from);
    expect(limiter.secondsUntilAllowed(from)).toBe(1);
    limiter.recordSuccess(from);
    expect(limiter.secondsUntilAllowed(from)).toBe(0);
  });

  it('does not count successful sign-ins against a shared address, such as a room on one Wi-Fi', () => {
    const limiter = new SignInLimiter(() => 5);
    for (let i = 0; i < AccountLimits.signInFreeFailuresPerAddress * 3; i++) {
      const from = { account: `person${i}@example.org`, address: '10.0.0.9' };
      expect(limiter.secondsUntilAllowed(from)).toBe(0);
      limiter.recordAttempt(from);
      limiter.recordSuccess(from);
    }
  });
});
