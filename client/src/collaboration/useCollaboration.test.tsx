import { CloseCode, closeReasons, type Perspective } from '@roundtable/shared';
import { act, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeCollaborationSocket, serverMessage } from '../testing/FakeCollaborationSocket.ts';
import { copies } from '../testing/fakeOfflineCache.ts';
import { acceptAndSync, DOCUMENT_NAME, loadDeviceCopy, sam, settle } from '../testing/playCollaborationServer.ts';
import { useCollaboration } from './useCollaboration.ts';

vi.mock('./offlineCache.ts', () => import('../testing/fakeOfflineCache.ts'));

interface Props {
  onDetailsChanged?: () => void;
  perspective?: Perspective;
}

function openHook(initialProps: Props = {}, options: { strict?: boolean } = {}) {
  return renderHook(
    ({ onDetailsChanged, perspective = 'lived-experience' }: Props) =>
      useCollaboration({ collaborationName: DOCUMENT_NAME, user: sam, perspective, onDetailsChanged }),
    { initialProps, wrapper: options.strict ? StrictMode : undefined },
  );
}

/** Runs a step of the server's script where React sees the changes it causes. */
function step<T>(action: () => Promise<T>): Promise<T> {
  return act(action);
}

describe('useCollaboration', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('WebSocket', FakeCollaborationSocket);
    FakeCollaborationSocket.instances = [];
    copies.opened.length = 0;
    copies.deleted.length = 0;
    localStorage.clear();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('shows the page what the connection is doing, from connecting to saved and back to reconnecting', async () => {
    const { result, unmount } = openHook();
    expect(result.current.connectionState).toBe('connecting');
    expect(result.current.session).toBeNull();

    await step(() => loadDeviceCopy());
    await step(() => acceptAndSync());
    expect(result.current.connectionState).toBe('saved');
    expect(result.current.contentReady).toBe(true);
    expect(result.current.session).not.toBeNull();

    await step(async () => {
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerRestarting, closeReasons.ServerRestarting);
      await settle();
    });
    expect(result.current.connectionState).toBe('reconnecting');
    unmount();
  });

  it('calls what the page passes now when the server speaks, without reconnecting', async () => {
    const first = vi.fn();
    const latest = vi.fn();
    const { rerender, unmount } = openHook({ onDetailsChanged: first });
    await step(() => loadDeviceCopy());
    const socket = await step(() => acceptAndSync());

    rerender({ onDetailsChanged: latest });
    await step(async () => {
      socket.receive(serverMessage.stateless(DOCUMENT_NAME, '{"event":"document-details-changed"}'));
      await settle();
    });
    expect(first).not.toHaveBeenCalled();
    expect(latest).toHaveBeenCalledTimes(1);
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
    unmount();
  });

  it('connects once when React mounts the page twice', async () => {
    const { result, unmount } = openHook({}, { strict: true });
    await step(async () => {
      for (const copy of copies.opened) copy.finishLoading();
      await settle();
    });
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
    await step(() => acceptAndSync());
    expect(result.current.connectionState).toBe('saved');
    unmount();
  });

  it('opens the document afresh when the person’s perspective changes, and keeps what they are doing', async () => {
    const { result, rerender, unmount } = openHook();
    act(() => result.current.setActivity({ kind: 'editing', section: 'Priority 1' }));
    await step(() => loadDeviceCopy());
    await step(() => acceptAndSync());
    const before = result.current.session;

    rerender({ perspective: 'professional' });
    expect(result.current.session).toBeNull();
    await step(() => loadDeviceCopy());
    await step(() => acceptAndSync());
    expect(copies.opened).toHaveLength(2);
    expect(result.current.session).not.toBe(before);
    expect(result.current.session?.identity.perspective).toBe('professional');
    expect(result.current.session?.provider.awareness?.getLocalState()?.activity).toEqual({
      kind: 'editing',
      section: 'Priority 1',
    });
    unmount();
  });

  it('opens no new socket when the page closes while waiting to reconnect', async () => {
    const { unmount } = openHook();
    await step(() => loadDeviceCopy());
    await step(() => acceptAndSync());
    await step(async () => {
      FakeCollaborationSocket.latest().closedWith(CloseCode.ServerError, closeReasons.ServerError);
      await settle();
    });
    unmount();
    await settle(60_000);
    expect(FakeCollaborationSocket.instances).toHaveLength(1);
  });

  it('discards this device copy on request', async () => {
    const { result, unmount } = openHook();
    await step(() => loadDeviceCopy());
    await step(() => acceptAndSync());
    await act(() => result.current.discardOfflineCopy());
    expect(copies.deleted).toEqual([`roundtable:u-sam:${DOCUMENT_NAME}`]);
    unmount();
  });
});
