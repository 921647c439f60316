import { createHmac, randomBytes } from 'node:crypto';
import type { CardWriter, IdeaCardRecord, IdeasRoundRecord } from '../../store/IdeasStore.ts';
import type { SecretStore } from '../../store/SecretStore.ts';

const KEY_NAME = 'anonymous-card-writers';

/**
 * Who wrote a card (and who voted), as far as the server may know it. In a named round that is the
 * writer's id. In an anonymous round it is only an HMAC of writer and round, so "is this
 * my card" (and, for voting, "not your own card") still works while no row names the
 * writer, and the same person's hashes in two rounds cannot be matched to each other.
 *
 * The key is made by the server the first time it is needed and kept in the database,
 * not in the data folder or an environment variable that operators would have to set:
 * every process sharing a PostgreSQL database must use the same key, or a writer served
 * by another process would stop recognising their own cards. What this protects: no
 * member, facilitator or lead can learn a writer through the app, the API, exports or a
 * copy of the cards alone. What it does not: whoever holds the whole database (cards
 * and key) can test each member's id against a card's hash.
 */
export class CardWriters {
  private key: Promise<Buffer> | undefined;

  constructor(private readonly secrets: SecretStore) {}

  /** The person as the round's cards record their writer. */
  async of(round: IdeasRoundRecord, userId: string): Promise<CardWriter> {
    if (!round.anonymous) return { writerId: userId };
    return { writerHash: await this.hash(`${round.id}\u0000${userId}`) };
  }

  /**
   * The person as the round's votes record them, in named rounds too: votes are never
   * kept by name. Another hash than their cards', so votes cannot be matched to writers.
   */
  async voterOf(roundId: string, userId: string): Promise<string> {
    return this.hash(`vote\u0000${roundId}\u0000${userId}`);
  }

  private async hash(message: string): Promise<string> {
    return createHmac('sha256', await this.keyOnce())
      .update(message)
      .digest('base64url');
  }

  private keyOnce(): Promise<Buffer> {
    this.key ??= this.secrets.keepSecret(KEY_NAME, randomBytes(32).toString('base64url')).then(
      (kept) => Buffer.from(kept, 'base64url'),
      (error: unknown) => {
        // A database that failed once is asked again next time.
        this.key = undefined;
        throw error;
      },
    );
    return this.key;
  }
}

export function wrote(writer: CardWriter, card: IdeaCardRecord): boolean {
  return 'writerId' in writer ? card.writerId === writer.writerId : card.writerHash === writer.writerHash;
}
