import { randomUUID } from 'node:crypto';
import { IdeasLimits, type IdeasRoundResponse, type NewIdeaCard } from '@roundtable/shared';
import { DomainError, forbidden, notFound } from '../../errors/DomainError.ts';
import type { WorkshopRoomEvents } from '../../events/WorkshopRoomEvents.ts';
import type { IdeaCardRecord, IdeasRoundRecord, IdeasStore } from '../../store/IdeasStore.ts';
import { type CardWriters, wrote } from './CardWriters.ts';
import type { IdeasRoundAccess, InRound } from './IdeasRoundAccess.ts';
import type { IdeasRoundViews } from './IdeasRoundViews.ts';
import { tellRoundChanged } from './tellRoundChanged.ts';

/**
 * Idea cards: every member adds their own, one at a time, and changes or removes only
 * their own, while the round takes cards. In an anonymous round the card keeps the
 * writer's perspective and a keyed hash (see CardWriters), never who they are.
 */
export class IdeaCardService {
  constructor(
    private readonly access: IdeasRoundAccess,
    private readonly ideasStore: IdeasStore,
    private readonly writers: CardWriters,
    private readonly views: IdeasRoundViews,
    private readonly events: WorkshopRoomEvents,
  ) {}

  async add(
    projectId: string,
    workshopId: string,
    roundId: string,
    userId: string,
    { text, ...seen }: NewIdeaCard,
  ): Promise<IdeasRoundResponse> {
    const inRound = await this.access.memberInRound(projectId, workshopId, roundId, userId);
    const { part, round } = inRound;
    const written = {
      anonymous: seen.anonymous ?? round.anonymous,
      privateUntilRevealed: seen.privateUntilRevealed ?? round.privateUntilRevealed,
    };
    const writer = await this.writers.of(round, userId);
    const card: IdeaCardRecord = {
      id: randomUUID(),
      roundId,
      writerId: 'writerId' in writer ? writer.writerId : null,
      writerHash: 'writerHash' in writer ? writer.writerHash : null,
      writerPerspective: part.me.perspective,
      text,
    };
    const result = await this.ideasStore.addCard(card, writer, IdeasLimits.cardsPerPersonMax, written);
    if (result === 'not-open') throw notTakingCards(await this.access.round(part, roundId));
    if (result === 'settings-changed') {
      throw new DomainError(
        'conflict',
        'Whether this round shows who wrote each card, or keeps cards hidden until they are revealed, has changed. Look at the round again before adding your card.',
      );
    }
    if (result === 'full') {
      throw new DomainError(
        'conflict',
        `You have written ${IdeasLimits.cardsPerPersonMax} cards in this round, the most one person can add. Change or remove one of yours to add another.`,
      );
    }
    return this.changed(inRound, userId);
  }

  async edit(
    projectId: string,
    workshopId: string,
    roundId: string,
    cardId: string,
    userId: string,
    text: string,
  ): Promise<IdeasRoundResponse> {
    const inRound = await this.access.memberInRound(projectId, workshopId, roundId, userId);
    await this.requireOwn(inRound, cardId, userId, 'change');
    const result = await this.ideasStore.updateCardText(roundId, cardId, text);
    if (result === 'not-open') throw notTakingCards(await this.access.round(inRound.part, roundId));
    if (result === 'not-found') throw notFound('This card');
    return this.changed(inRound, userId);
  }

  async remove(
    projectId: string,
    workshopId: string,
    roundId: string,
    cardId: string,
    userId: string,
  ): Promise<IdeasRoundResponse> {
    const inRound = await this.access.memberInRound(projectId, workshopId, roundId, userId);
    await this.requireOwn(inRound, cardId, userId, 'remove');
    const result = await this.ideasStore.deleteCard(roundId, cardId);
    if (result === 'not-open') throw notTakingCards(await this.access.round(inRound.part, roundId));
    if (result === 'not-found') throw notFound('This card');
    return this.changed(inRound, userId);
  }

  /**
   * Someone else's card is refused as yours to change only where the person can see it;
   * a hidden card is not found, so asking says nothing about which cards exist.
   */
  private async requireOwn(
    { round }: InRound,
    cardId: string,
    userId: string,
    doing: 'change' | 'remove',
  ): Promise<void> {
    const card = await this.ideasStore.findCard(round.id, cardId);
    if (!card) throw notFound('This card');
    if (wrote(await this.writers.of(round, userId), card)) return;
    const seenByAll = !round.privateUntilRevealed || round.revealed;
    if (!seenByAll) throw notFound('This card');
    throw forbidden(`You can ${doing} only your own cards.`);
  }

  private async changed({ part, round: before }: InRound, userId: string): Promise<IdeasRoundResponse> {
    tellRoundChanged(this.events, part, before.id);
    return this.views.response(part, await this.access.round(part, before.id), userId);
  }
}

function notTakingCards(round: IdeasRoundRecord): DomainError {
  return new DomainError(
    'conflict',
    round.state === 'draft'
      ? 'This round has not been opened yet. You can add cards once the facilitator opens it.'
      : 'This round has closed, so its cards can no longer be added, changed or removed.',
  );
}
