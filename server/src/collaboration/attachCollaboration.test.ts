import { CloseCode, Limits } from '@roundtable/shared';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { textOf, typeParagraph, useCollaborationServer } from '../testing/collaborationTestKit.ts';
import { eventually } from '../testing/connectDocument.ts';

describe('accepting websocket connections', () => {
  const kit = useCollaborationServer();

  it('closes the socket of a signed-out person with a named close code', async () => {
    const { name } = await kit.sharedDocument();
    const tab = kit.connect(name, undefined);
    expect((await tab.closed).code).toBe(CloseCode.NotSignedIn);
    const forged = kit.connect(name, 'not-a-real-session');
    expect((await forged.closed).code).toBe(CloseCode.NotSignedIn);
  });

  it('closes the socket when the session is signed out elsewhere', async () => {
    const { sam, name } = await kit.sharedDocument();
    const tab = kit.connect(name, sam.cookie);
    await tab.synced;
    await sam.expectOk('POST', '/api/auth/signout');
    expect((await tab.closed).code).toBe(CloseCode.NotSignedIn);
  });

  it('refuses a websocket opened from another site', async () => {
    const { ada, name } = await kit.sharedDocument();
    const tab = kit.connect(name, ada.cookie, { origin: 'https://evil.example' });
    expect((await tab.closed).code).toBe(CloseCode.OriginRefused);
  });

  it('closes only the socket that sends an oversized frame or random bytes; others keep editing', async () => {
    const { ada, sam, name } = await kit.sharedDocument();
    const adaTab = kit.connect(name, ada.cookie);
    const samTab = kit.connect(name, sam.cookie);
    await Promise.all([adaTab.synced, samTab.synced]);

    const cookieHeader = { headers: { cookie: `rt_session=${sam.cookie}` } };
    const hostile = async (payload: Buffer) => {
      const socket = new WebSocket(kit.server.wsUrl, cookieHeader);
      await new Promise((resolve) => socket.once('open', resolve));
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.send(payload);
      return closed;
    };
    expect(await hostile(Buffer.alloc(2 * 1024 * 1024, 7))).toBe(CloseCode.MessageTooBig);
    expect(await hostile(Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919 + 13) % 256)))).toBe(
      CloseCode.MalformedMessage,
    );
    expect(2 * 1024 * 1024).toBeGreaterThan(Limits.maxFrameBytes);

    typeParagraph(adaTab.ydoc, 'Still here');
    await eventually(() => textOf(samTab.ydoc).includes('Still here'), 'the others keep editing');
  });
});
