import type { LoadedDocument } from './LoadedDocument.ts';

/**
 * While an operator has declared that the database was restored from a backup
 * (RECOVERING_FROM_BACKUP), devices hold words the database lacks, written with client
 * ids it may never have seen, and hand them back when they reconnect. Those words are
 * taken back, never credited to the device that relays them: to their writer where the
 * client id's binding is older than the restore (the backup kept it), otherwise as text
 * of unknown writer, for a lead to review.
 */
export class Recovery {
  /** `since`: when the server started recovering; bindings made since are not the backup's. */
  constructor(readonly since: number) {}

  /**
   * For the client ids an update writes new words with, those it hands back for others,
   * each with the writer to credit (null: unknown). Ids bound to the sender are theirs
   * and left out; so is everything when the sender writes only with their own.
   */
  writersOf(clientIds: number[], document: LoadedDocument, senderId: string): Map<number, string | null> {
    const writers = new Map<number, string | null>();
    for (const clientId of clientIds) {
      const owner = document.clientOwners.get(clientId);
      if (owner === senderId) continue;
      const keptByBackup =
        owner !== undefined && (document.boundAt.get(clientId) ?? Number.POSITIVE_INFINITY) < this.since;
      writers.set(clientId, keptByBackup ? owner : null);
    }
    return writers;
  }
}
