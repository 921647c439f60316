import { ServerEvent } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import { parseServerEvent } from './serverEvents.ts';

describe('parseServerEvent', () => {
  it('reads an event the page knows', () => {
    expect(parseServerEvent(JSON.stringify({ event: ServerEvent.DocumentDetailsChanged }))).toBe(
      ServerEvent.DocumentDetailsChanged,
    );
  });

  it('ignores events from a newer server that this page does not know', () => {
    expect(parseServerEvent('{"event":"comments-changed"}')).toBeNull();
  });

  it('ignores anything that is not an event', () => {
    for (const payload of ['', 'not json', 'null', '42', '"document-details-changed"', '[]', '{}', '{"event":7}']) {
      expect(parseServerEvent(payload)).toBeNull();
    }
  });
});
