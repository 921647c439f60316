import type { ApiError, IdeasRoundResponse, IdeasRoundView } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IdeasWorkshop, ideasWorkshop } from '../../testing/ideasFixtures.ts';
import {
  type RunningServer,
  serverDatabases,
  startServerOn,
  type TestDatabase,
} from '../../testing/serverOnEachStore.ts';
import type { TestPerson } from '../../testing/TestPerson.ts';

describe.each(serverDatabases)('dot voting on ideas (%s)', (_name, createDatabase) => {
  let database: TestDatabase;
  let server: RunningServer;
  /** The raw text of every answer anyone was given. */
  let answers: string[];

  beforeEach(async () => {
    database = await createDatabase();
    server = await startServerOn(database);
    answers = [];
  });
  afterEach(async () => {
    await server.stop();
    await database.drop();
  });

  async function ok<T>(person: TestPerson, method: string, path: string, body?: unknown): Promise<T> {
    const result = await person.request<T>(method, path, body);
    answers.push(JSON.stringify(result.body));
    if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  }

  async function refused(person: TestPerson, method: string, path: string, body?: unknown) {
    const result = await person.request<ApiError>(method, path, body);
    answers.push(JSON.stringify(result.body));
    return { status: result.status, message: result.body.error.message };
  }

  const view = async (person: TestPerson, path: string) => (await ok<IdeasRoundResponse>(person, 'GET', path)).round;

  async function roundWithCards(
    room: IdeasWorkshop,
    settings: { anonymous: boolean; privateUntilRevealed: boolean },
    cards: Array<[TestPerson, string]>,
  ) {
    const { round } = await ok<IdeasRoundResponse>(room.fay, 'POST', room.rounds, {
      sectionId: room.section.sectionId,
      prompt: 'What would make information easier to find?',
      ...settings,
    });
    const path = `${room.rounds}/${round.id}`;
    await ok(room.fay, 'POST', `${path}/open`);
    for (const [person, text] of cards) await ok(person, 'POST', `${path}/cards`, { text });
    return { round, path, votes: `${path}/votes/mine` };
  }

  const idOf = (round: IdeasRoundView, text: string) => {
    const card = round.cards.find((candidate) => candidate.text === text);
    if (!card) throw new Error(`No card "${text}"`);
    return card.id;
  };

  it('keeps every rule of an anonymous vote on the server, shows only how many have voted until it closes, and never says who voted', async () => {
    const room = await ideasWorkshop(server.url);
    const { ada, fay, sam, kim, lee } = room;
    const { path, votes } = await roundWithCards(room, { anonymous: true, privateUntilRevealed: true }, [
      [sam, 'A phone line that answers'],
      [sam, 'Leaflets in large print'],
      [kim, 'One place online for everything'],
      [lee, 'Fewer forms to fill in'],
      [ada, 'Easy read versions of letters'],
      [fay, 'Drop-in sessions at the library'],
    ]);
    expect(await refused(fay, 'POST', `${path}/voting/open`, {})).toMatchObject({
      status: 409,
      message: 'Reveal the cards first: everyone needs to see them to vote.',
    });
    await ok(fay, 'POST', `${path}/reveal`);
    expect((await refused(sam, 'POST', `${path}/voting/open`, {})).status).toBe(403);
    const opened = await ok<IdeasRoundResponse>(fay, 'POST', `${path}/voting/open`, { ownCards: false });
    // A third of six cards: two votes each.
    expect(opened.round).toMatchObject({
      state: 'closed',
      voting: { state: 'open', votesPerPerson: 2, manyPerCard: false, ownCards: false, voterCount: 0, results: null },
    });
    expect(await refused(kim, 'POST', `${path}/cards`, { text: 'Too late' })).toMatchObject({ status: 409 });
    expect(await refused(fay, 'POST', `${path}/open`)).toMatchObject({
      status: 409,
      message: 'Voting has started on this round, so it takes no more cards.',
    });

    const round = opened.round;
    const phone = idOf(round, 'A phone line that answers');
    const online = idOf(round, 'One place online for everything');
    const forms = idOf(round, 'Fewer forms to fill in');
    const easyRead = idOf(round, 'Easy read versions of letters');
    expect(await refused(sam, 'PUT', votes, { cardIds: [online, forms, easyRead] })).toMatchObject({
      status: 400,
      message: 'You have 2 votes in this round. Take some away to vote again.',
    });
    expect(await refused(sam, 'PUT', votes, { cardIds: [online, online] })).toMatchObject({
      status: 400,
      message: 'In this round each card can have only one of your votes.',
    });
    expect(await refused(sam, 'PUT', votes, { cardIds: [phone] })).toMatchObject({
      status: 400,
      message: 'In this round you cannot vote for your own cards.',
    });
    expect(await refused(sam, 'PUT', votes, { cardIds: ['not-a-card'] })).toMatchObject({ status: 400 });
    expect(await refused(sam, 'PUT', votes, { cardIds: 'all of them' })).toMatchObject({ status: 400 });

    // Sam moves a vote; everyone else votes once.
    await ok(sam, 'PUT', votes, { cardIds: [online, forms] });
    const moved = await ok<IdeasRoundResponse>(sam, 'PUT', votes, { cardIds: [online, easyRead] });
    expect(moved.round.voting.myVotes).toEqual([online, easyRead].sort());
    await ok(kim, 'PUT', votes, { cardIds: [forms, easyRead] });
    await ok(lee, 'PUT', votes, { cardIds: [online, easyRead] });
    await ok(ada, 'PUT', votes, { cardIds: [online, forms] });
    await ok(fay, 'PUT', votes, { cardIds: [forms, phone] });
    for (const person of [ada, fay, sam, kim, lee]) {
      const during = await view(person, path);
      expect(during.voting).toMatchObject({ state: 'open', voterCount: 5, results: null });
      expect(during.voting.myVotes).toHaveLength(2);
    }

    expect((await refused(kim, 'POST', `${path}/voting/close`)).status).toBe(403);
    await ok(fay, 'POST', `${path}/voting/close`);
    expect(await refused(kim, 'PUT', votes, { cardIds: [online] })).toMatchObject({
      status: 409,
      message: 'Voting on this round has closed.',
    });
    const results = (await view(kim, path)).voting.results ?? [];
    const resultOf = (cardId: string) => results.find((result) => result.cardId === cardId);
    // Three cards share first place with three votes each; ties are shown as ties.
    for (const cardId of [online, forms, easyRead]) expect(resultOf(cardId)).toMatchObject({ total: 3, rank: 1 });
    expect(resultOf(phone)).toMatchObject({ total: 1, rank: 4 });
    expect(results.filter((result) => result.total === 0).map((result) => result.rank)).toEqual([5, 5]);
    expect(results.map((result) => result.total)).toEqual([3, 3, 3, 1, 0, 0]);
    // One or two voters of a perspective are too few: no split is given, so none can be worked out.
    for (const result of results) {
      expect(result.byPerspective).toEqual({ 'lived-experience': null, professional: null, unsaid: null });
    }

    // No answer ever held a voter's or an anonymous writer's id.
    for (const person of [ada, sam, kim, lee]) {
      const id = person.user?.id;
      if (!id) throw new Error('signed up');
      expect(answers.filter((text) => text.includes(id))).toEqual([]);
    }
    // Nor does the database keep who voted.
    const stores = database.open();
    try {
      const stored = await stores.ideas.listVotes(opened.round.id);
      expect(stored).toHaveLength(10);
      expect(Object.keys(stored[0] ?? {}).sort()).toEqual(['cardId', 'id', 'roundId', 'voterHash', 'voterPerspective']);
      const ids = [ada, fay, sam, kim, lee].map((person) => person.user?.id ?? 'missing');
      expect(stored.some((vote) => ids.some((id) => vote.voterHash.includes(id)))).toBe(false);
    } finally {
      await stores.close();
    }
  });

  it('lets people put several votes on one card when the facilitator allows it, and vote for their own when allowed', async () => {
    const room = await ideasWorkshop(server.url);
    const { fay, sam, kim } = room;
    const { path, votes } = await roundWithCards(room, { anonymous: false, privateUntilRevealed: false }, [
      [sam, 'A phone line'],
      [kim, 'One place online'],
    ]);
    const opened = await ok<IdeasRoundResponse>(fay, 'POST', `${path}/voting/open`, {
      votesPerPerson: 3,
      manyPerCard: true,
    });
    const phone = idOf(opened.round, 'A phone line');
    await ok(sam, 'PUT', votes, { cardIds: [phone, phone, phone] });
    expect((await refused(sam, 'PUT', votes, { cardIds: [phone, phone, phone, phone] })).status).toBe(400);
    expect(
      await refused(fay, 'POST', `${path}/voting/open`, { votesPerPerson: 0 }).then((answer) => answer.status),
    ).toBe(400);
    await ok(fay, 'POST', `${path}/voting/close`);
    const results = (await view(sam, path)).voting.results;
    expect(results?.map(({ total, rank }) => ({ total, rank }))).toEqual([
      { total: 3, rank: 1 },
      { total: 0, rank: 2 },
    ]);
    // One voter is too few to show any perspective.
    expect(results?.[0]?.byPerspective).toEqual({ 'lived-experience': null, professional: null, unsaid: null });
  });
});
