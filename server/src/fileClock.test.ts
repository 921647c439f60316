import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileClock } from './fileClock.ts';

const settle = () => new Promise((resolve) => setTimeout(resolve, 120));

describe('fileClock', () => {
  it('tells the time written in the file, and the system time without one', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clock-')), 'now');
    const clock = fileClock(file);
    expect(Math.abs(clock() - Date.now())).toBeLessThan(1000);
    const written = Date.UTC(2026, 10, 3, 10, 0);
    writeFileSync(file, String(written));
    await settle();
    expect(clock()).toBe(written);
    writeFileSync(file, String(written + 25 * 60_000));
    await settle();
    expect(clock()).toBe(written + 25 * 60_000);
    writeFileSync(file, 'not a time');
    await settle();
    expect(Math.abs(clock() - Date.now())).toBeLessThan(1000);
  });
});
