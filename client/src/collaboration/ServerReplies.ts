import type { HocuspocusProvider } from '@hocuspocus/provider';
import { kindOfServerFrame } from './serverFrames.ts';

/**
 * Follows what the server's messages mean for this device's own words:
 *
 * - whether the provider is applying one right now. Yjs tidies formatting after applying
 *   someone else's changes, in a transaction of its own with no origin; that change is
 *   not the person's words. The provider reads each message at once, within the task that
 *   announced it, so the window closes when that task ends.
 * - when the server will not take them because the connection may only read (the
 *   document is archived). Hocuspocus answers "not saved" to an update or handshake
 *   answer holding words it lacks on such a connection. On a connection that may write,
 *   "not saved" only means held back for a moment, and "saved" follows.
 */
export class ServerReplies {
  private applyingMessage = false;

  constructor(
    private readonly provider: HocuspocusProvider,
    private readonly onRefusedWhileReadOnly: () => void,
  ) {
    provider.on('message', this.noteMessage);
  }

  /** The provider is applying a message from the server: changes made now are not the person's. */
  get applying(): boolean {
    return this.applyingMessage;
  }

  stop(): void {
    this.provider.off('message', this.noteMessage);
  }

  private readonly noteMessage = ({ event }: { event: MessageEvent }) => {
    this.applyingMessage = true;
    queueMicrotask(() => {
      this.applyingMessage = false;
    });
    if (kindOfServerFrame(event.data) === 'not-saved' && this.provider.authorizedScope === 'readonly') {
      this.onRefusedWhileReadOnly();
    }
  };
}
