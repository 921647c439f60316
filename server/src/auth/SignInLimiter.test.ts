import { Limits } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { SignInLimiter } from './SignInLimiter.ts';

describe('SignInLimiter', () => {
  it('blocks an account after too many failures and forgives after the window', () => {
    let now = 1_000_000;
    const limiter = new SignInLimiter(() => now);
    for (let i = 0; i < Limits.signInAttemptsPerAccount; i++) {
      expect(limiter.minutesUntilAllowed('ada@example.org', '10.0.0.1')).toBe(0);
      limiter.recordAttempt('ada@example.org', '10.0.0.1');
    }
    expect(limiter.minutesUntilAllowed('ada@example.org', '10.0.0.2')).toBe(15);
    expect(limiter.minutesUntilAllowed('sam@example.org', '10.0.0.2')).toBe(0);
    now += Limits.signInWindowMs + 1;
    expect(limiter.minutesUntilAllowed('ada@example.org', '10.0.0.1')).toBe(0);
  });

  it('blocks an address that tries many accounts', () => {
    const limiter = new SignInLimiter(() => 5);
    for (let i = 0; i < Limits.signInAttemptsPerAddress; i++)
      limiter.recordAttempt(`person${i}@example.org`, '10.0.0.9');
    expect(limiter.minutesUntilAllowed('new@example.org', '10.0.0.9')).toBeGreaterThan(0);
    expect(limiter.minutesUntilAllowed('new@example.org', '10.0.0.8')).toBe(0);
  });

  it('clears an account after a successful sign-in', () => {
    const limiter = new SignInLimiter(() => 5);
    for (let i = 0; i < Limits.signInAttemptsPerAccount; i++) limiter.recordAttempt('ada@example.org', `10.0.0.${i}`);
    limiter.recordSuccess('ada@example.org', '10.0.0.0');
    expect(limiter.minutesUntilAllowed('ada@example.org', '10.0.1.1')).toBe(0);
  });

  it('does not count successful sign-ins against a shared address, such as a room on one Wi-Fi', () => {
    const limiter = new SignInLimiter(() => 5);
    for (let i = 0; i < Limits.signInAttemptsPerAddress * 3; i++) {
      expect(limiter.minutesUntilAllowed(`person${i}@example.org`, '10.0.0.9')).toBe(0);
      limiter.recordAttempt(`person${i}@example.org`, '10.0.0.9');
      limiter.recordSuccess(`person${i}@example.org`, '10.0.0.9');
    }
  });
});
