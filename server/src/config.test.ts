import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('readConfig', () => {
  it('recovers from a backup only when the operator says so, on SQLite and PostgreSQL alike', () => {
    expect(readConfig({}).recoveringFromBackup).toBe(false);
    expect(readConfig({ RECOVERING_FROM_BACKUP: 'true' }).recoveringFromBackup).toBe(true);
    expect(
      readConfig({ RECOVERING_FROM_BACKUP: 'true', DATABASE_URL: 'postgres://db/roundtable' }).recoveringFromBackup,
    ).toBe(true);
    expect(readConfig({ DATABASE_URL: 'postgres://db/roundtable' }).recoveringFromBackup).toBe(false);
  });

  it('keeps SQLite commits through a power cut only when asked, and says what it accepts', () => {
    expect(readConfig({}).sqliteSynchronous).toBe('normal');
    expect(readConfig({ SQLITE_SYNCHRONOUS: 'FULL' }).sqliteSynchronous).toBe('full');
    expect(() => readConfig({ SQLITE_SYNCHRONOUS: 'sometimes' })).toThrow(/normal or full/);
  });
});
