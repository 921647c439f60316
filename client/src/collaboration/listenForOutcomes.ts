import type { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import type { CloseCodeName } from '@roundtable/shared';
import { closeRemovesOfflineCopy, refusalRemovesOfflineCopy } from './removesOfflineCopy.ts';
import { outcomeOfClose, outcomeOfRefusal, type StopReason } from './stopReason.ts';

export interface OutcomeHandlers {
  /** Editing stops for good; `removesCopy`: the person may no longer read the document. */
  stop: (reason: StopReason, removesCopy: boolean) => void;
  /** The server asked this page to come back, at once or later. */
  rejoin: (cause: CloseCodeName) => void;
  /** An ordinary drop, which the provider retries by itself. */
  dropped: () => void;
  /**
   * The server let this page in, saying what it may do; told afresh on every
   * authentication, as rights change when a document is archived or restored.
   * `changed`: not what it said last time on this page.
   */
  admitted: (readOnly: boolean, changed: boolean) => void;
}

/**
 * Turns what the server says when it lets this page in, closes or refuses this document
 * into what the page may do, stopping, rejoining or an ordinary drop (see stopReason).
 * Returns how to stop listening.
 */
export function listenForOutcomes(
  provider: HocuspocusProvider,
  socket: HocuspocusProviderWebsocket,
  handlers: OutcomeHandlers,
): () => void {
  const onClose = ({ event }: { event: { code: number; reason?: string } }) => {
    // A real close has already marked the socket disconnected; a close message for this
    // document alone leaves it connected.
    const outcome = outcomeOfClose(event.code, event.reason, socket.status === 'connected');
    if (outcome.kind === 'stop') handlers.stop(outcome.reason, closeRemovesOfflineCopy(event.code, event.reason));
    else if (outcome.kind === 'retry') handlers.rejoin(outcome.cause);
    else handlers.dropped();
  };
  const onRefused = ({ reason }: { reason: string }) => {
    const outcome = outcomeOfRefusal(reason);
    if (outcome.kind === 'stop') handlers.stop(outcome.reason, refusalRemovesOfflineCopy(reason));
    else if (outcome.kind === 'retry') handlers.rejoin(outcome.cause);
  };
  let lastScope: string | null = null;
  const onAdmitted = ({ scope }: { scope: string }) => {
    const changed = lastScope !== null && scope !== lastScope;
    lastScope = scope;
    handlers.admitted(scope === 'readonly', changed);
  };
  provider.on('close', onClose);
  provider.on('authenticationFailed', onRefused);
  provider.on('authenticated', onAdmitted);
  return () => {
    provider.off('close', onClose);
    provider.off('authenticationFailed', onRefused);
    provider.off('authenticated', onAdmitted);
  };
}
