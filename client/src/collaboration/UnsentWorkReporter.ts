import { trackUnconfirmedChanges } from './signOutWouldLoseWork.ts';
import { clearUnsentEdits, flagUnsentEdits } from './unsentEditFlags.ts';

/**
 * One open document's part in the sign-out warning: the changes sent and not yet
 * confirmed (counted while the page is open), and whether this device's copy holds words
 * of the person's own that the server has not confirmed (kept after the page closes).
 */
export class UnsentWorkReporter {
  private readonly count = trackUnconfirmedChanges();
  /** A copy that has been removed holds nothing sign-out could lose. */
  private copyRemoved = false;

  constructor(private readonly copyName: string) {}

  /** The person's own words, on this device only until the server confirms them. */
  noteOwnEdit(): void {
    flagUnsentEdits(this.copyName);
  }

  /**
   * Call whenever the connection changes. `allConfirmed`: everything this device holds
   * has reached the server.
   */
  noteConnection(unconfirmedChanges: number, allConfirmed: boolean): void {
    this.count.report(this.copyRemoved ? 0 : unconfirmedChanges);
    if (allConfirmed) clearUnsentEdits(this.copyName);
  }

  /** Whatever the copy held is gone with it: nothing left for sign-out to warn about. */
  forgetCopy(): void {
    this.count.forget();
    clearUnsentEdits(this.copyName);
  }

  /** The copy is removed for good, and with it whatever this page had not yet sent. */
  copyRemovedForGood(): void {
    this.copyRemoved = true;
  }

  /** The document is closing. */
  stop(): void {
    this.count.forget();
  }
}
