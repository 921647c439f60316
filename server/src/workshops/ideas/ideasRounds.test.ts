import type {
  ApiError,
  IdeasChangedEvent,
  IdeasRoundResponse,
  IdeasRoundsResponse,
  IdeasRoundView,
} from '@roundtable/shared';
import { IdeasLimits } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ConnectedDocument, connectDocument, eventually } from '../../testing/connectDocument.ts';
import { type IdeasWorkshop, ideasWorkshop } from '../../testing/ideasFixtures.ts';
import {
  type RunningServer,
  serverDatabases,
  startServerOn,
  type TestDatabase,
} from '../../testing/serverOnEachStore.ts';
import type { ApiResult, TestPerson } from '../../testing/TestPerson.ts';
import { planWorkshop } from '../../testing/workshopFixtures.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe.each(serverDatabases)('ideas rounds (%s)', (_name, createDatabase) => {
  let database: TestDatabase;
  let server: RunningServer;
  const connections: ConnectedDocument[] = [];
  /** The raw text of every answer anyone was given, and who was given it. */
  let answers: string[];
  let given: Array<{ to: string; text: string }>;

  beforeEach(async () => {
    database = await createDatabase();
    server = await startServerOn(database);
    answers = [];
    given = [];
  });
  afterEach(async () => {
    for (const connection of connections.splice(0)) connection.destroy();
    await server.stop();
    await database.drop();
  });

  /** Asks the API as the person, keeping the raw text of the answer. */
  async function ask<T>(person: TestPerson, method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const result = await person.request<T>(method, path, body);
    const text = JSON.stringify(result.body);
    answers.push(text);
    given.push({ to: person.displayName, text });
    return result;
  }

  async function ok<T>(person: TestPerson, method: string, path: string, body?: unknown): Promise<T> {
    const result = await ask<T>(person, method, path, body);
    if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
    return result.body;
  }

  async function refused(person: TestPerson, method: string, path: string, body?: unknown) {
    const result = await ask<ApiError>(person, method, path, body);
    return { status: result.status, message: result.body.error.message, fields: result.body.error.fields };
  }

  const workshop = () => ideasWorkshop(server.url);

  async function newRound(room: IdeasWorkshop, settings: { anonymous: boolean; privateUntilRevealed: boolean }) {
    const { round } = await ok<IdeasRoundResponse>(room.fay, 'POST', room.rounds, {
      sectionId: room.section.sectionId,
      prompt: 'What would make information easier to find?',
      ...settings,
    });
    const path = `${room.rounds}/${round.id}`;
    await ok(room.fay, 'POST', `${path}/open`);
    return { round, path, cards: `${path}/cards` };
  }

  const addCard = (person: TestPerson, cards: string, text: string) =>
    ok<IdeasRoundResponse>(person, 'POST', cards, { text });
  const view = async (person: TestPerson, path: string) => (await ok<IdeasRoundResponse>(person, 'GET', path)).round;
  const texts = (round: IdeasRoundView) => round.cards.map((card) => card.text).sort();

  it('lets only leads and facilitators create, change, open, close and reveal rounds', async () => {
    const room = await workshop();
    const body = {
      sectionId: room.section.sectionId,
      prompt: 'What would make information easier to find?',
      anonymous: true,
      privateUntilRevealed: true,
    };
    expect(await refused(room.sam, 'POST', room.rounds, body)).toMatchObject({
      status: 403,
      message: 'Only a lead or facilitator of this project can create, open, close or reveal ideas rounds.',
    });
    const created = await ask<IdeasRoundResponse>(room.ada, 'POST', room.rounds, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      canRun: true,
      round: { state: 'draft', anonymous: true, privateUntilRevealed: true, sectionTitle: room.section.title },
    });
    const path = `${room.rounds}/${created.body.round.id}`;
    for (const action of ['open', 'close', 'reveal']) {
      expect((await refused(room.sam, 'POST', `${path}/${action}`)).status).toBe(403);
      expect((await refused(room.kim, 'POST', `${path}/${action}`)).status).toBe(403);
    }
    expect((await refused(room.sam, 'PATCH', path, { prompt: 'Something else' })).status).toBe(403);
    expect((await view(room.sam, path)).state).toBe('draft');

    expect((await ok<IdeasRoundResponse>(room.fay, 'POST', `${path}/open`)).round.state).toBe('open');
    expect((await ok<IdeasRoundResponse>(room.fay, 'POST', `${path}/close`)).round.state).toBe('closed');
    expect((await ok<IdeasRoundResponse>(room.ada, 'POST', `${path}/reveal`)).round.revealed).toBe(true);
    const list = await ok<IdeasRoundsResponse>(room.sam, 'GET', room.rounds);
    expect(list).toMatchObject({ canRun: false, rounds: [{ id: created.body.round.id, revealed: true }] });
  });

  it('never tells anyone who wrote a card of an anonymous round, and shows hidden cards only to their writer until revealed', async () => {
    const room = await workshop();
    const tab = connectDocument(server.wsUrl, room.name, room.kim.cookie);
    connections.push(tab);
    await tab.synced;
    const heard: string[] = [];
    tab.provider.on('stateless', ({ payload }: { payload: string }) => heard.push(payload));

    const { round, path, cards } = await newRound(room, { anonymous: true, privateUntilRevealed: true });
    await addCard(room.sam, cards, 'A phone line that answers');
    await addCard(room.sam, cards, 'Leaflets in large print');
    await addCard(room.kim, cards, 'One place online for everything');
    const leeCard = await addCard(room.lee, cards, 'Fewer forms to fill in');
    await addCard(room.ada, cards, 'Easy read versions of letters');
    expect(leeCard.round.cards).toEqual([
      { id: expect.stringMatching(UUID), text: 'Fewer forms to fill in', mine: true, writer: null },
    ]);

    // Before the reveal: each writer sees only their own cards; the facilitator sees only counts.
    const before = await view(room.fay, path);
    expect(before).toMatchObject({ cardCount: 5, myCardCount: 0, cards: [], revealed: false, perspectives: null });
    expect(texts(await view(room.sam, path))).toEqual(['A phone line that answers', 'Leaflets in large print']);
    expect(texts(await view(room.kim, path))).toEqual(['One place online for everything']);
    expect(texts(await view(room.ada, path))).toEqual(['Easy read versions of letters']);
    const listed = await ok<IdeasRoundsResponse>(room.fay, 'GET', room.rounds);
    expect(listed.rounds[0]?.cards).toEqual([]);
    // Until the reveal, every answer holding a card's words went to the card's writer.
    const writerOf: Record<string, string> = {
      'A phone line': 'Sam',
      Leaflets: 'Sam',
      'One place online': 'Kim',
      'Fewer forms': 'Lee',
      'Easy read': 'Ada',
    };
    const hiddenTexts = Object.keys(writerOf);
    for (const [words, writer] of Object.entries(writerOf)) {
      const holders = new Set(given.filter(({ text }) => text.includes(words)).map(({ to }) => to));
      expect([...holders]).toEqual([writer]);
    }

    await ok(room.fay, 'POST', `${path}/reveal`);
    for (const person of [room.ada, room.fay, room.sam, room.kim, room.lee]) {
      const after = await view(person, path);
      expect(after.cards).toHaveLength(5);
      for (const card of after.cards) {
        expect(Object.keys(card).sort()).toEqual(['id', 'mine', 'text', 'writer']);
        expect(card.writer).toBeNull();
        expect(card.id).toMatch(UUID);
      }
      expect(after.cards.filter((card) => card.mine).length).toBe(after.myCardCount);
      // While cards can still come, a moving split would give away each new card's perspective.
      expect(after.perspectives).toBeNull();
    }
    expect(
      (await view(room.sam, path)).cards
        .filter((card) => card.mine)
        .map((card) => card.text)
        .sort(),
    ).toEqual(['A phone line that answers', 'Leaflets in large print']);
    await ok(room.fay, 'POST', `${path}/close`);
    await ok(room.ada, 'GET', room.rounds);
    expect((await view(room.fay, path)).perspectives).toEqual({
      'lived-experience': 1,
      professional: 2,
      both: 1,
      unsaid: 1,
    });

    // No answer, to anyone at any time, holds an anonymous writer's id or name.
    const writers = [room.sam, room.kim, room.lee, room.ada];
    for (const writer of writers) {
      const id = writer.user?.id;
      if (!id) throw new Error('signed up');
      expect(answers.filter((text) => text.includes(id))).toEqual([]);
      expect(answers.filter((text) => text.includes(`"${writer.displayName}"`))).toEqual([]);
    }

    // Live notices only say which round changed.
    await eventually(() => heard.length >= 7, 'the notices of the round');
    const ideas = heard
      .map((text) => JSON.parse(text) as IdeasChangedEvent)
      .filter((m) => m.event === 'workshop-ideas-changed');
    for (const message of ideas) {
      expect(message).toEqual({ event: 'workshop-ideas-changed', workshopId: room.planned.id, roundId: round.id });
    }
    for (const text of heard) {
      for (const hidden of hiddenTexts) expect(text).not.toContain(hidden);
      for (const writer of writers) expect(text).not.toContain(writer.user?.id ?? 'missing');
    }

    // The database keeps no writer on any card of the round: only a perspective and a keyed hash.
    const stores = database.open();
    try {
      const stored = await stores.ideas.listCards(round.id);
      expect(stored).toHaveLength(5);
      expect(stored.every((card) => card.writerId === null && typeof card.writerHash === 'string')).toBe(true);
      expect(new Set(stored.map((card) => card.writerHash)).size).toBe(4);
      for (const writer of writers) {
        expect(stored.some((card) => card.writerHash?.includes(writer.user?.id ?? 'missing'))).toBe(false);
      }
    } finally {
      await stores.close();
    }
  });

  it('names the writers of a named round, keeps a private one hidden until revealed, and lets people change only their own cards', async () => {
    const room = await workshop();
    const { path, cards } = await newRound(room, { anonymous: false, privateUntilRevealed: true });
    const samCard = (await addCard(room.sam, cards, 'A phone line that answers')).round.cards[0];
    const kimCard = (await addCard(room.kim, cards, 'One place online')).round.cards[0];
    if (!samCard || !kimCard) throw new Error('cards added');
    expect(samCard).toMatchObject({ mine: true, writer: { id: room.sam.user?.id, displayName: 'Sam' } });

    const facilitator = await view(room.fay, path);
    expect(facilitator).toMatchObject({ cardCount: 2, cards: [], perspectives: null });
    // Someone else's hidden card is not found; a seen one is refused as not theirs.
    expect((await refused(room.kim, 'PATCH', `${cards}/${samCard.id}`, { text: 'Mine now' })).status).toBe(404);
    expect((await refused(room.fay, 'DELETE', `${cards}/${samCard.id}`)).status).toBe(404);

    await ok(room.fay, 'POST', `${path}/reveal`);
    const revealed = await view(room.fay, path);
    expect(revealed.cards.map((card) => card.writer?.displayName).sort()).toEqual(['Kim', 'Sam']);
    expect(await refused(room.kim, 'PATCH', `${cards}/${samCard.id}`, { text: 'Mine now' })).toMatchObject({
      status: 403,
      message: 'You can change only your own cards.',
    });
    expect((await refused(room.ada, 'DELETE', `${cards}/${samCard.id}`)).status).toBe(403);

    const changed = await ok<IdeasRoundResponse>(room.sam, 'PATCH', `${cards}/${samCard.id}`, {
      text: '  A phone line that a person answers  ',
    });
    expect(changed.round.cards.find((card) => card.id === samCard.id)?.text).toBe('A phone line that a person answers');
    await ok(room.kim, 'DELETE', `${cards}/${kimCard.id}`);
    expect((await view(room.sam, path)).cards.map((card) => card.text)).toEqual(['A phone line that a person answers']);

    // Anonymity and privacy are fixed once there are cards; the question can still be put better.
    expect(await refused(room.fay, 'PATCH', path, { anonymous: true })).toMatchObject({ status: 409 });
    expect(
      (await ok<IdeasRoundResponse>(room.fay, 'PATCH', path, { prompt: 'What helps you find things?' })).round.prompt,
    ).toBe('What helps you find things?');
    const closed = await ok<IdeasRoundResponse>(room.fay, 'POST', `${path}/close`);
    // One card is too few to split by perspective, even once the round has closed.
    expect(closed.round).toMatchObject({ state: 'closed', cardCount: 1, perspectives: null });
    expect(await refused(room.sam, 'POST', cards, { text: 'One more' })).toMatchObject({
      status: 409,
      message: 'This round has closed, so its cards can no longer be added, changed or removed.',
    });
    expect((await refused(room.sam, 'PATCH', `${cards}/${samCard.id}`, { text: 'Later' })).status).toBe(409);
  });

  it('refuses a card written under settings the round no longer has', async () => {
    const room = await workshop();
    const { path, cards } = await newRound(room, { anonymous: true, privateUntilRevealed: true });
    const seen = await view(room.sam, path);
    // Before anyone writes, the facilitator makes the round named and open to all.
    await ok(room.fay, 'PATCH', path, { anonymous: false, privateUntilRevealed: false });
    const late = await refused(room.sam, 'POST', cards, {
      text: 'A phone line',
      anonymous: seen.anonymous,
      privateUntilRevealed: seen.privateUntilRevealed,
    });
    expect(late).toMatchObject({
      status: 409,
      message:
        'Whether this round shows who wrote each card, or keeps cards hidden until they are revealed, has changed. Look at the round again before adding your card.',
    });
    expect((await view(room.fay, path)).cardCount).toBe(0);
    const now = await view(room.sam, path);
    const added = await ok<IdeasRoundResponse>(room.sam, 'POST', cards, {
      text: 'A phone line',
      anonymous: now.anonymous,
      privateUntilRevealed: now.privateUntilRevealed,
    });
    expect(added.round.cards[0]?.writer).toEqual({ id: room.sam.user?.id, displayName: 'Sam' });
  });

  it('sends cards in no set order, and caps how many one person adds', async () => {
    const room = await workshop();
    const { path, cards } = await newRound(room, { anonymous: true, privateUntilRevealed: false });
    for (let i = 1; i <= IdeasLimits.cardsPerPersonMax; i++) await addCard(room.sam, cards, `Idea number ${i}`);
    expect(await refused(room.sam, 'POST', cards, { text: 'One too many' })).toMatchObject({ status: 409 });
    await addCard(room.kim, cards, 'Kim can still add hers');
    const orders = new Set<string>();
    for (let i = 0; i < 5; i++) orders.add((await view(room.lee, path)).cards.map((card) => card.id).join());
    expect(orders.size).toBeGreaterThan(1);
  });

  it('refuses bad input with a clear message', async () => {
    const room = await workshop();
    const good = {
      sectionId: room.section.sectionId,
      prompt: 'What helps?',
      anonymous: false,
      privateUntilRevealed: false,
    };
    expect(await refused(room.fay, 'POST', room.rounds, { ...good, prompt: '   ' })).toMatchObject({
      status: 400,
      message: 'Write the question people will answer with their ideas.',
    });
    expect(await refused(room.fay, 'POST', room.rounds, { ...good, anonymous: 'yes' })).toMatchObject({
      status: 400,
      fields: { anonymous: 'Say whether cards show who wrote them (true for anonymous, false for named).' },
    });
    expect(await refused(room.fay, 'POST', room.rounds, { ...good, sectionId: 'not a section' })).toMatchObject({
      status: 400,
      message: 'Choose the section of the document the ideas are for.',
    });
    expect((await refused(room.fay, 'POST', room.rounds, { ...good, prompt: 'x'.repeat(201) })).status).toBe(400);
    expect(await refused(room.fay, 'POST', room.rounds, '{"sectionId":')).toMatchObject({ status: 400 });
    expect(await refused(room.fay, 'PATCH', `${room.rounds}/nothing`, {})).toMatchObject({ status: 400 });

    const { cards } = await newRound(room, good);
    const cases: Array<[unknown, string]> = [
      [{}, 'Write your idea as text.'],
      [{ text: 42 }, 'Write your idea as text.'],
      [{ text: '   ' }, 'Write your idea before adding the card.'],
      [{ text: 'x'.repeat(IdeasLimits.cardTextMax + 1) }, 'An idea card can hold at most 280 characters.'],
      [{ text: 'Two\nlines' }, 'Write your idea on one line, without tabs, line breaks or hidden characters.'],
    ];
    for (const [body, message] of cases) {
      expect(await refused(room.sam, 'POST', cards, body)).toMatchObject({ status: 400, message });
    }
    expect(
      (
        await view(
          room.sam,
          `${room.rounds}/${(await ok<IdeasRoundsResponse>(room.sam, 'GET', room.rounds)).rounds[0]?.id}`,
        )
      ).cardCount,
    ).toBe(0);
  });

  it('tells people outside the project nothing', async () => {
    const room = await workshop();
    const { path, cards } = await newRound(room, { anonymous: false, privateUntilRevealed: false });
    const card = (await addCard(room.sam, cards, 'A phone line')).round.cards[0];
    const outsider = room.zoe;
    for (const [method, where, body] of [
      ['GET', room.rounds, undefined],
      [
        'POST',
        room.rounds,
        { sectionId: room.section.sectionId, prompt: 'x', anonymous: false, privateUntilRevealed: false },
      ],
      ['GET', path, undefined],
      ['POST', `${path}/close`, undefined],
      ['POST', cards, { text: 'Let me in' }],
      ['DELETE', `${cards}/${card?.id}`, undefined],
    ] as const) {
      expect((await refused(outsider, method, where, body)).status).toBe(404);
    }
    // A round asked for under another workshop is not found either.
    const other = await planWorkshop(room.fay, room.projectId, {
      documentId: room.documentId,
      title: 'Second day',
      startsAt: new Date(Date.now() + 120_000).toISOString(),
    });
    const elsewhere = path.replace(room.planned.id, other.id);
    expect((await refused(room.sam, 'GET', elsewhere)).status).toBe(404);
  });
});
