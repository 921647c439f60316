import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { kindOfServerFrame } from './serverFrames.ts';

/** WebSocket.OPEN, the state in which the provider sends at once rather than queueing. */
const SOCKET_OPEN = 1;

/**
 * Takes over from the provider the sending of the document's changes: only those not read
 * back from this device's copy (`copy`), and only while the socket is open and the
 * provider is synced (it has the server's answer to its handshake), on a connection that
 * may write. Returns how to stop.
 *
 * Content read back from this device is not a new edit. Forwarding it would resend
 * other people's words under this person's connection, which the server refuses; what
 * this device has and the server lacks is sent by the sync handshake instead. So are
 * edits made before the handshake is done. Queued while the socket is closed, they would
 * be confirmed one by one after the new handshake had begun, and the provider, which then
 * restarts its count at one, would report nothing unconfirmed while the handshake's own
 * reply was still on its way. Sent while the handshake is in flight, they may build on
 * words the server has not yet had from this device's answer (written offline), and the
 * server holds them back until that answer is saved.
 *
 * Hocuspocus asks for the device's answer (its state vector) just before it sends its
 * own: a change made before the device answers is in that answer; one made after (typing,
 * or Yjs tidying formatting as it applies the server's answer) is sent on its own the
 * moment the server's answer has arrived. A read-only connection is sent nothing: the
 * server would refuse it, and the words stay on this device for the next handshake.
 */
export function sendOwnEditsWhileOpen(provider: HocuspocusProvider, copy: unknown): () => void {
  const ydoc = provider.document;
  const socket = provider.configuration.websocketProvider;
  ydoc.off('update', provider.boundDocumentUpdateHandler);
  // Made since the device last answered the server's state vector, before the server's answer arrived.
  let sinceAnswer: Uint8Array[] = [];
  const isOpen = () => socket.webSocket?.readyState === SOCKET_OPEN;
  const mayWrite = () => provider.authorizedScope !== 'readonly';

  const forward = (update: Uint8Array, origin: unknown) => {
    if (origin === copy || origin === provider || !isOpen()) return;
    if (!provider.isSynced) sinceAnswer.push(update);
    else if (mayWrite()) provider.boundDocumentUpdateHandler(update, origin);
  };
  // Emitted before the provider reads the message, so before it answers.
  const noteMessage = ({ event }: { event: MessageEvent }) => {
    if (kindOfServerFrame(event.data) === 'asks-for-answer') sinceAnswer = [];
  };
  const sendWhatFollowedTheAnswer = () => {
    const updates = sinceAnswer;
    sinceAnswer = [];
    if (updates.length === 0 || !isOpen() || !mayWrite()) return;
    provider.boundDocumentUpdateHandler(
      updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates),
      null,
    );
  };

  ydoc.on('update', forward);
  provider.on('message', noteMessage);
  provider.on('synced', sendWhatFollowedTheAnswer);
  return () => {
    ydoc.off('update', forward);
    provider.off('message', noteMessage);
    provider.off('synced', sendWhatFollowedTheAnswer);
  };
}
