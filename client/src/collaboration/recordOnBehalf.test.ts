import { describe, expect, it } from 'vitest';
import { parseRecordOnBehalfReply, recordOnBehalfRequest } from './recordOnBehalf.ts';

describe('record on behalf messages', () => {
  it('asks the server in the agreed shape', () => {
    expect(JSON.parse(recordOnBehalfRequest('ada'))).toEqual({ event: 'record-on-behalf', personId: 'ada' });
    expect(JSON.parse(recordOnBehalfRequest(null))).toEqual({ event: 'record-on-behalf', personId: null });
  });

  it('reads the server’s answer, its refusal, and ignores everything else', () => {
    expect(parseRecordOnBehalfReply('{"event":"record-on-behalf","personId":"ada"}')).toEqual({
      personId: 'ada',
      error: null,
    });
    expect(parseRecordOnBehalfReply('{"event":"record-on-behalf","personId":null}')).toEqual({
      personId: null,
      error: null,
    });
    expect(
      parseRecordOnBehalfReply('{"event":"record-on-behalf","personId":null,"error":"Ada is not a member."}'),
    ).toEqual({ personId: null, error: 'Ada is not a member.' });
    expect(parseRecordOnBehalfReply('{"event":"document-details-changed"}')).toBeNull();
    expect(parseRecordOnBehalfReply('not json')).toBeNull();
  });
});
