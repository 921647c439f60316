import { describe, expect, it } from 'vitest';
import { countdownInWords, formatCountdown } from './formatCountdown.ts';

describe('the timer as shown and said', () => {
  it('shows minutes and seconds, and hours once there are any', () => {
    expect(formatCountdown(10 * 60_000)).toBe('10:00');
    expect(formatCountdown(65_000)).toBe('1:05');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
  });

  it('rounds up, reading 0:00 only when time is up', () => {
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-500)).toBe('0:00');
  });

  it('says it in words', () => {
    expect(countdownInWords(10 * 60_000)).toBe('10 minutes');
    expect(countdownInWords(90_000)).toBe('1 minute 30 seconds');
    expect(countdownInWords(1000)).toBe('1 second');
    expect(countdownInWords(0)).toBe('0 seconds');
  });
});
