import { describe, expect, it } from 'vitest';
import { collaborationToken, DOCUMENT_SCHEMA_VERSION, schemaVersionOfToken } from './documentSchemaVersion.ts';

describe('collaboration tokens', () => {
  it('name the schema version of the page that sends them', () => {
    expect(schemaVersionOfToken(collaborationToken())).toBe(DOCUMENT_SCHEMA_VERSION);
    expect(schemaVersionOfToken(collaborationToken(7))).toBe(7);
  });

  it.each([
    ['the fixed token older pages sent', 'cookie'],
    ['no token', ''],
    ['a missing token', undefined],
    ['no number', 'schema-version:'],
    ['not a whole number', 'schema-version:1.5'],
    ['a negative number', 'schema-version:-1'],
    ['words after the number', 'schema-version:2 please'],
    ['an absurdly long number', 'schema-version:12345678901234567890'],
  ])('name no version for %s', (_case, token) => {
    expect(schemaVersionOfToken(token)).toBeNull();
  });
});
