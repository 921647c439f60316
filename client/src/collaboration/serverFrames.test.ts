import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serverMessage } from '../testing/FakeCollaborationSocket.ts';
import { DOCUMENT_NAME } from '../testing/playCollaborationServer.ts';
import { kindOfServerFrame } from './serverFrames.ts';

describe('kindOfServerFrame', () => {
  it('tells the server asking for the device’s answer from the rest of a handshake', () => {
    const server = new Y.Doc();
    expect(kindOfServerFrame(serverMessage.syncStep1(DOCUMENT_NAME, Y.encodeStateVector(server)).buffer)).toBe(
      'asks-for-answer',
    );
    expect(kindOfServerFrame(serverMessage.syncStep2(DOCUMENT_NAME, Y.encodeStateAsUpdate(server)))).toBe('other');
  });

  it('reads whether the server saved what it was sent', () => {
    expect(kindOfServerFrame(serverMessage.applied(DOCUMENT_NAME))).toBe('saved');
    expect(kindOfServerFrame(serverMessage.notApplied(DOCUMENT_NAME))).toBe('not-saved');
  });

  it('takes anything else, or anything cut short, for something else', () => {
    expect(kindOfServerFrame(serverMessage.stateless(DOCUMENT_NAME, '{}'))).toBe('other');
    expect(kindOfServerFrame(serverMessage.authenticated(DOCUMENT_NAME, 'readonly'))).toBe('other');
    expect(kindOfServerFrame(serverMessage.applied(DOCUMENT_NAME).slice(0, -1))).toBe('other');
    expect(kindOfServerFrame(new Uint8Array([]))).toBe('other');
    expect(kindOfServerFrame('not bytes')).toBe('other');
  });
});
