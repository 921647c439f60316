import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contractStores, eachMigratedStore } from '../testing/contractStores.ts';
import { addMember, addProjectWithDocument, contractNow as now } from '../testing/storeFixtures.ts';
import type { IdeaCardRecord, IdeasRoundRecord } from './IdeasStore.ts';
import type { Stores } from './Stores.ts';

const PER_WRITER = 3;
const NAMED = { anonymous: false, privateUntilRevealed: false };
const ANONYMOUS = { anonymous: true, privateUntilRevealed: false };

/** The contract every IdeasStore (and the SecretStore beside it) passes. */
describe.each(contractStores)('%s ideas store', (_name, openStores) => {
  let stores: Stores;
  eachMigratedStore(openStores, (opened) => {
    stores = opened;
  });

  /** A workshop with a lead and two members. */
  async function workshop() {
    const place = await addProjectWithDocument(stores);
    const workshopId = randomUUID();
    await stores.workshops.createWorkshop(
      {
        id: workshopId,
        projectId: place.projectId,
        documentId: place.documentId,
        title: 'Strategy day',
        startsAt: now,
        timeZone: 'Europe/London',
        place: null,
        meetingLink: null,
        createdBy: place.lead,
        createdAt: now,
        state: 'running',
        startedAt: now,
        endedAt: null,
        currentItemId: null,
        timerDeadline: null,
        timerPausedRemainingMs: null,
      },
      [],
    );
    const ada = await addMember(stores, place.projectId, 'Ada');
    const sam = await addMember(stores, place.projectId, 'Sam');
    return { ...place, workshopId, ada, sam };
  }

  const roundIn = (workshopId: string, by: string, fields: Partial<IdeasRoundRecord> = {}): IdeasRoundRecord => ({
    id: randomUUID(),
    workshopId,
    sectionId: 'priority-4',
    prompt: 'What would make information easier to find?',
    anonymous: false,
    privateUntilRevealed: false,
    revealed: false,
    state: 'open',
    createdBy: by,
    createdAt: now,
    voting: 'not-started',
    votesPerPerson: null,
    votesManyPerCard: false,
    votesOwnCards: true,
    ...fields,
  });

  const namedCard = (roundId: string, writerId: string, text = 'Large print leaflets'): IdeaCardRecord => ({
    id: randomUUID(),
    roundId,
    writerId,
    writerHash: null,
    writerPerspective: 'lived-experience',
    text,
  });

  const anonymousCard = (roundId: string, writerHash: string, text = 'A phone line'): IdeaCardRecord => ({
    id: randomUUID(),
    roundId,
    writerId: null,
    writerHash,
    writerPerspective: 'professional',
    text,
  });

  it('keeps a workshop’s rounds, oldest first, up to the limit', async () => {
    const { workshopId, lead } = await workshop();
    const first = roundIn(workshopId, lead, { createdAt: now });
    const second = roundIn(workshopId, lead, { createdAt: now + 1, anonymous: true, privateUntilRevealed: true });
    expect(await stores.ideas.createRound(second, 2)).toBe(true);
    expect(await stores.ideas.createRound(first, 2)).toBe(true);
    expect(await stores.ideas.createRound(roundIn(workshopId, lead), 2)).toBe(false);
    expect(await stores.ideas.listRounds(workshopId)).toEqual([first, second]);
    expect(await stores.ideas.findRound(workshopId, second.id)).toEqual(second);
    expect(await stores.ideas.findRound(randomUUID(), second.id)).toBeUndefined();
  });

  it('takes cards only while the round is open, and no more than each writer’s share', async () => {
    const { workshopId, lead, ada, sam } = await workshop();
    const round = roundIn(workshopId, lead, { state: 'draft' });
    await stores.ideas.createRound(round, 10);
    expect(await stores.ideas.addCard(namedCard(round.id, ada), { writerId: ada }, PER_WRITER, NAMED)).toBe('not-open');
    await stores.ideas.setState(round.id, 'open');
    for (let i = 0; i < PER_WRITER; i++) {
      expect(await stores.ideas.addCard(namedCard(round.id, ada), { writerId: ada }, PER_WRITER, NAMED)).toBe('added');
    }
    expect(await stores.ideas.addCard(namedCard(round.id, ada), { writerId: ada }, PER_WRITER, NAMED)).toBe('full');
    expect(await stores.ideas.addCard(namedCard(round.id, sam), { writerId: sam }, PER_WRITER, NAMED)).toBe('added');
    expect(await stores.ideas.countCards([round.id, randomUUID()])).toEqual(new Map([[round.id, PER_WRITER + 1]]));
    await stores.ideas.setState(round.id, 'closed');
    expect(await stores.ideas.addCard(namedCard(round.id, sam), { writerId: sam }, PER_WRITER, NAMED)).toBe('not-open');
    expect(await stores.ideas.listCards(round.id)).toHaveLength(PER_WRITER + 1);
  });

  it('counts an anonymous writer’s share by their hash, and keeps no writer on the card', async () => {
    const { workshopId, lead } = await workshop();
    const round = roundIn(workshopId, lead, { anonymous: true });
    await stores.ideas.createRound(round, 10);
    for (let i = 0; i < PER_WRITER; i++) {
      await stores.ideas.addCard(anonymousCard(round.id, 'hash-a'), { writerHash: 'hash-a' }, PER_WRITER, ANONYMOUS);
    }
    expect(
      await stores.ideas.addCard(anonymousCard(round.id, 'hash-a'), { writerHash: 'hash-a' }, PER_WRITER, ANONYMOUS),
    ).toBe('full');
    const other = anonymousCard(round.id, 'hash-b', 'Fewer forms');
    expect(await stores.ideas.addCard(other, { writerHash: 'hash-b' }, PER_WRITER, ANONYMOUS)).toBe('added');
    expect(await stores.ideas.findCard(round.id, other.id)).toEqual(other);
    expect((await stores.ideas.listCards(round.id)).every((card) => card.writerId === null)).toBe(true);
  });

  it('holds each writer’s share and the round’s settings when cards arrive at the same moment', async () => {
    const { workshopId, lead, ada } = await workshop();
    const round = roundIn(workshopId, lead);
    await stores.ideas.createRound(round, 10);
    const results = await Promise.all(
      Array.from({ length: PER_WRITER * 3 }, () =>
        stores.ideas.addCard(namedCard(round.id, ada), { writerId: ada }, PER_WRITER, NAMED),
      ),
    );
    expect(results.filter((result) => result === 'added')).toHaveLength(PER_WRITER);
    expect(await stores.ideas.listCards(round.id)).toHaveLength(PER_WRITER);

    // A change of anonymity racing the first card: whichever comes first, no card is
    // ever kept under settings other than those it was written for.
    const fresh = roundIn(workshopId, lead);
    await stores.ideas.createRound(fresh, 10);
    const [added, changed] = await Promise.all([
      stores.ideas.addCard(namedCard(fresh.id, ada), { writerId: ada }, PER_WRITER, NAMED),
      stores.ideas.updateRound(fresh.id, { anonymous: true }),
    ]);
    expect([added, changed]).toContainEqual(added === 'added' ? 'has-cards' : 'updated');
    const kept = await stores.ideas.listCards(fresh.id);
    const anonymousNow = (await stores.ideas.findRound(workshopId, fresh.id))?.anonymous;
    expect(kept.every((card) => (card.writerId === null) === anonymousNow)).toBe(true);
  });

  it('refuses a card written under settings the round no longer has', async () => {
    const { workshopId, lead, ada } = await workshop();
    const named = roundIn(workshopId, lead);
    const anonymous = roundIn(workshopId, lead, { anonymous: true });
    await stores.ideas.createRound(named, 10);
    await stores.ideas.createRound(anonymous, 10);
    expect(await stores.ideas.addCard(namedCard(anonymous.id, ada), { writerId: ada }, PER_WRITER, ANONYMOUS)).toBe(
      'settings-changed',
    );
    expect(
      await stores.ideas.addCard(anonymousCard(named.id, 'hash-a'), { writerHash: 'hash-a' }, PER_WRITER, NAMED),
    ).toBe('settings-changed');
    // Written under settings the round no longer has.
    expect(await stores.ideas.addCard(namedCard(named.id, ada), { writerId: ada }, PER_WRITER, ANONYMOUS)).toBe(
      'settings-changed',
    );
    const seenPrivate = { anonymous: false, privateUntilRevealed: true };
    expect(await stores.ideas.addCard(namedCard(named.id, ada), { writerId: ada }, PER_WRITER, seenPrivate)).toBe(
      'settings-changed',
    );
    expect(await stores.ideas.listCards(named.id)).toEqual([]);
    expect(await stores.ideas.listCards(anonymous.id)).toEqual([]);
  });

  it('changes and removes cards only while the round is open', async () => {
    const { workshopId, lead, ada } = await workshop();
    const round = roundIn(workshopId, lead);
    await stores.ideas.createRound(round, 10);
    const card = namedCard(round.id, ada);
    await stores.ideas.addCard(card, { writerId: ada }, PER_WRITER, NAMED);
    expect(await stores.ideas.updateCardText(round.id, card.id, 'Easy read leaflets')).toBe('updated');
    expect((await stores.ideas.findCard(round.id, card.id))?.text).toBe('Easy read leaflets');
    expect(await stores.ideas.updateCardText(round.id, randomUUID(), 'x')).toBe('not-found');
    expect(await stores.ideas.deleteCard(randomUUID(), card.id)).toBe('not-found');
    await stores.ideas.setState(round.id, 'closed');
    expect(await stores.ideas.updateCardText(round.id, card.id, 'Changed late')).toBe('not-open');
    expect(await stores.ideas.deleteCard(round.id, card.id)).toBe('not-open');
    await stores.ideas.setState(round.id, 'open');
    expect(await stores.ideas.deleteCard(round.id, card.id)).toBe('deleted');
    expect(await stores.ideas.findCard(round.id, card.id)).toBeUndefined();
  });

  it('fixes anonymity and privacy once the round has cards, but not its question or section', async () => {
    const { workshopId, lead } = await workshop();
    const round = roundIn(workshopId, lead);
    await stores.ideas.createRound(round, 10);
    expect(await stores.ideas.updateRound(round.id, { anonymous: true, privateUntilRevealed: true })).toBe('updated');
    const seen = { anonymous: true, privateUntilRevealed: true };
    expect(
      await stores.ideas.addCard(anonymousCard(round.id, 'hash-a'), { writerHash: 'hash-a' }, PER_WRITER, seen),
    ).toBe('added');
    expect(await stores.ideas.updateRound(round.id, { anonymous: false })).toBe('has-cards');
    expect(await stores.ideas.updateRound(round.id, { privateUntilRevealed: false })).toBe('has-cards');
    expect(await stores.ideas.updateRound(round.id, { prompt: 'What helps?', sectionId: 'priority-1' })).toBe(
      'updated',
    );
    expect(await stores.ideas.updateRound(randomUUID(), { prompt: 'x' })).toBe('not-found');
    expect(await stores.ideas.findRound(workshopId, round.id)).toMatchObject({
      anonymous: true,
      privateUntilRevealed: true,
      prompt: 'What helps?',
      sectionId: 'priority-1',
    });
  });

  it('reveals a round for good', async () => {
    const { workshopId, lead } = await workshop();
    const round = roundIn(workshopId, lead, { privateUntilRevealed: true });
    await stores.ideas.createRound(round, 10);
    await stores.ideas.reveal(round.id);
    await stores.ideas.setState(round.id, 'closed');
    expect(await stores.ideas.findRound(workshopId, round.id)).toMatchObject({ revealed: true, state: 'closed' });
  });

  it('opens voting only on a closed round whose cards all can see, and keeps each voter’s votes as they last cast them', async () => {
    const { workshopId, lead, ada, sam } = await workshop();
    const round = roundIn(workshopId, lead, { privateUntilRevealed: true });
    await stores.ideas.createRound(round, 10);
    const seen = { anonymous: false, privateUntilRevealed: true };
    const first = namedCard(round.id, ada, 'Large print');
    const second = namedCard(round.id, sam, 'A phone line');
    await stores.ideas.addCard(first, { writerId: ada }, PER_WRITER, seen);
    await stores.ideas.addCard(second, { writerId: sam }, PER_WRITER, seen);
    const rules = { votesPerPerson: 2, votesManyPerCard: false, votesOwnCards: true };
    expect(await stores.ideas.openVoting(round.id, rules)).toBe('not-ready');
    await stores.ideas.setState(round.id, 'closed');
    expect(await stores.ideas.openVoting(round.id, rules)).toBe('not-ready');
    await stores.ideas.reveal(round.id);
    expect(await stores.ideas.openVoting(round.id, rules)).toBe('opened');
    expect(await stores.ideas.openVoting(round.id, rules)).toBe('not-ready');
    expect(await stores.ideas.setState(round.id, 'open')).toBe(false);
    expect(await stores.ideas.findRound(workshopId, round.id)).toMatchObject({
      state: 'closed',
      voting: 'open',
      votesPerPerson: 2,
      votesManyPerCard: false,
      votesOwnCards: true,
    });

    const vote = (cardId: string, voterHash: string) => ({
      id: randomUUID(),
      roundId: round.id,
      cardId,
      voterHash,
      voterPerspective: 'professional' as const,
    });
    expect(await stores.ideas.castVotes(round.id, [vote(first.id, 'v1'), vote(second.id, 'v1')], 'v1')).toBe('cast');
    expect(await stores.ideas.castVotes(round.id, [vote(second.id, 'v2')], 'v2')).toBe('cast');
    // Moving votes: what v1 casts now replaces what they cast before.
    expect(await stores.ideas.castVotes(round.id, [vote(second.id, 'v1')], 'v1')).toBe('cast');
    const votes = await stores.ideas.listVotes(round.id);
    expect(votes.map((v) => `${v.voterHash}:${v.cardId === first.id ? 'first' : 'second'}`).sort()).toEqual([
      'v1:second',
      'v2:second',
    ]);
    await stores.ideas.closeVoting(round.id);
    expect(await stores.ideas.castVotes(round.id, [vote(first.id, 'v2')], 'v2')).toBe('not-open');
    expect(await stores.ideas.listVotes(round.id)).toHaveLength(2);
    expect((await stores.ideas.findRound(workshopId, round.id))?.voting).toBe('closed');
  });

  it('keeps the first secret written under a name, whoever asks after', async () => {
    const [first, second] = await Promise.all([
      stores.secrets.keepSecret('anonymous-card-writers', 'one'),
      stores.secrets.keepSecret('anonymous-card-writers', 'two'),
    ]);
    expect(first).toBe(second);
    expect(await stores.secrets.keepSecret('anonymous-card-writers', 'three')).toBe(first);
    expect(await stores.secrets.keepSecret('another', 'four')).toBe('four');
  });
});
