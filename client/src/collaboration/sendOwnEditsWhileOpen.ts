import type { HocuspocusProvider } from '@hocuspocus/provider';

/** WebSocket.OPEN, the state in which the provider sends at once rather than queueing. */
const SOCKET_OPEN = 1;

/**
 * Takes over from the provider the sending of the document's changes: only those not read
 * back from this device's copy (`copy`), and only while the socket is open. Returns how
 * to stop.
 *
 * Content read back from this device is not a new edit. Forwarding it would resend
 * other people's words under this person's connection, which the server refuses; what
 * this device has and the server lacks is sent by the sync handshake instead. So are
 * edits made while the socket is not open. Queued until it opens again, they would be
 * confirmed one by one after the new handshake had begun, and the provider, which then
 * restarts its count at one, would report nothing unconfirmed while the handshake's own
 * reply was still on its way.
 */
export function sendOwnEditsWhileOpen(provider: HocuspocusProvider, copy: unknown): () => void {
  const ydoc = provider.document;
  const socket = provider.configuration.websocketProvider;
  ydoc.off('update', provider.boundDocumentUpdateHandler);
  const forward = (update: Uint8Array, origin: unknown) => {
    if (origin === copy || socket.webSocket?.readyState !== SOCKET_OPEN) return;
    provider.boundDocumentUpdateHandler(update, origin);
  };
  ydoc.on('update', forward);
  return () => ydoc.off('update', forward);
}
