import { trackUnconfirmedChanges } from './signOutWouldLoseWork.ts';
import { clearUnsentEdits, copiesWithUnsentEdits, flagUnsentEdits } from './unsentEditFlags.ts';

/**
 * One open document's part in the sign-out warning: the changes sent and not yet
 * confirmed (counted while the page is open), and whether this device's copy holds words
 * of the person's own that the server has not confirmed (kept after the page closes).
 */
export class UnsentWorkReporter {
  private readonly count = trackUnconfirmedChanges();
  /** A copy that has been removed holds nothing sign-out could lose. */
  private copyRemoved = false;
  /** Own words typed on this page that the server has not confirmed, known here even where storage is blocked. */
  private ownEditsUnconfirmed = false;

  constructor(private readonly copyName: string) {}

  /** The person's own words, on this device only until the server confirms them. */
  noteOwnEdit(): void {
    this.ownEditsUnconfirmed = true;
    flagUnsentEdits(this.copyName);
  }

  /** Whether the copy may hold words of the person's own that the server has not confirmed, from this page or an earlier one. */
  holdsOwnEdits(): boolean {
    return !this.copyRemoved && (this.ownEditsUnconfirmed || copiesWithUnsentEdits().includes(this.copyName));
  }

  /**
   * Call whenever the connection changes. `allConfirmed`: everything this device holds
   * has reached the server.
   */
  noteConnection(unconfirmedChanges: number, allConfirmed: boolean): void {
    this.count.report(this.copyRemoved ? 0 : unconfirmedChanges);
    if (!allConfirmed) return;
    this.ownEditsUnconfirmed = false;
    clearUnsentEdits(this.copyName);
  }

  /** Whatever the copy held is gone with it: nothing left for sign-out to warn about. */
  forgetCopy(): void {
    this.ownEditsUnconfirmed = false;
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
