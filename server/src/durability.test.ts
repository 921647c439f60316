import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLABORATION_FIELD } from '@roundtable/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocumentLog } from './documents/DocumentLog.ts';
import type { LoggedUpdate } from './store/DocumentLogStore.ts';
import { eventually } from './testing/connectDocument.ts';
import { type DurabilityStore, durabilityStores } from './testing/DurabilityStore.ts';
import { StormWriter, storm } from './testing/EditStorm.ts';
import { ServerProcess } from './testing/ServerProcess.ts';
import { TestPerson } from './testing/TestPerson.ts';

/**
 * Saved means committed: the server is killed (SIGKILL) or stopped (SIGTERM) in the
 * middle of ten people typing, sometimes while its database is stalled by a held lock.
 * Every word a device saw acknowledged must be in the database afterwards; once the
 * server is back every device's words arrive, credited to their writer, and no honest
 * device is ever refused.
 */
const WRITERS = 10;
const WORD_EVERY_MS = 30;
/** Each scenario restarts the server and waits for ten devices to come back. */
const SCENARIO_MS = 90_000;

describe.each(durabilityStores)('durability on $name', (store) => {
  let dataDir: string;
  let prepared: Awaited<ReturnType<DurabilityStore['prepare']>>;
  let server: ServerProcess;
  let writers: StormWriter[] = [];
  let documentId: string;
  let joinLate: (name: string) => Promise<StormWriter>;

  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'roundtable-durability-'));
    prepared = await store.prepare(dataDir);
    server = await ServerProcess.start({ dataDir, databaseUrl: prepared.databaseUrl });
    const lead = new TestPerson(server.url, 'Lead');
    await lead.signUp();
    const projectId = await lead.createProject();
    const detail = await lead.createDocument(projectId);
    documentId = detail.document.id;
    const people = [lead];
    for (let index = 1; index < WRITERS; index++) {
      const person = new TestPerson(server.url, `Writer ${index}`);
      const token = await lead.invite(projectId);
      await person.signUp(token);
      await person.join(token);
      people.push(person);
    }
    writers = people.map(
      (person, index) => new StormWriter(`w${index}`, server.wsUrl, detail.collaborationName, person.cookie ?? ''),
    );
    joinLate = async (name) => {
      const person = new TestPerson(server.url, name);
      const token = await lead.invite(projectId);
      await person.signUp(token);
      await person.join(token);
      const writer = new StormWriter(name, server.wsUrl, detail.collaborationName, person.cookie ?? '');
      writers.push(writer);
      return writer;
    };
    await Promise.all(writers.map((writer) => writer.synced));
  }, 120_000);

  afterEach(async () => {
    for (const writer of writers) writer.destroy();
    await server.dispose();
    await prepared.cleanUp();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function storedText(): Promise<string> {
    const opened = prepared.open();
    try {
      const { ydoc } = await new DocumentLog(opened.log, Date.now).loadAt(documentId);
      return ydoc.getXmlFragment(COLLABORATION_FIELD).toString();
    } finally {
      await opened.close();
    }
  }

  /** Every word each writer saw acknowledged is in `text`. */
  function expectAcknowledgedWordsIn(text: string, acknowledged: number[]) {
    const missing = writers.flatMap((writer, index) =>
      Array.from({ length: acknowledged[index] ?? 0 }, (_, word) => writer.word(word)).filter((w) => !text.includes(w)),
    );
    expect(missing).toEqual([]);
  }

  async function expectEveryDeviceBackInFull() {
    // A device is synced once it has the server's answer, before its own answer (all it
    // holds that the server lacks) is saved: that is acknowledged when nothing is unsynced.
    await eventually(
      () =>
        writers.every(
          (writer) =>
            writer.provider.isSynced &&
            !writer.provider.hasUnsyncedChanges &&
            writer.acknowledged === writer.typedCount,
        ),
      'every device has sent everything it holds',
      30_000,
    );
    const text = await storedText();
    expectAcknowledgedWordsIn(
      text,
      writers.map((writer) => writer.typedCount),
    );
    expect(writers.flatMap((writer) => writer.refusals)).toEqual([]);
    await expectEveryWordCreditedToItsWriter();
  }

  async function expectEveryWordCreditedToItsWriter() {
    const ownerOf = new Map(writers.map((writer, index) => [writer.ydoc.clientID, index]));
    const opened = prepared.open();
    try {
      const logged = await opened.log.listUpdatesAfter(documentId, 0);
      const people = new Map<number, Set<string | null>>();
      for (const update of logged) {
        for (const clientId of update.clientIds) {
          if (!ownerOf.has(clientId)) continue;
          people.set(clientId, (people.get(clientId) ?? new Set()).add(update.userId));
        }
      }
      // Each writer's client id appears in rows of exactly one person.
      for (const [clientId, userIds] of people) expect([clientId, userIds.size]).toEqual([clientId, 1]);
    } finally {
      await opened.close();
    }
  }

  /** Client ids some of whose words are in more than one of the `logged` updates. */
  function clientIdsLoggedTwice(logged: LoggedUpdate[]): number[] {
    const ranges = new Map<number, Array<{ from: number; to: number }>>();
    const twice = new Set<number>();
    for (const update of logged) {
      const { from, to } = Y.parseUpdateMeta(update.update);
      for (const [clientId, end] of to) {
        const range = { from: from.get(clientId) ?? 0, to: end };
        const earlier = ranges.get(clientId) ?? [];
        if (earlier.some((other) => range.from < other.to && other.from < range.to)) twice.add(clientId);
        ranges.set(clientId, [...earlier, range]);
      }
    }
    return [...twice];
  }

  async function typeFor(ms: number, pace: 'steady' | 'reckless' = 'steady', everyMs = WORD_EVERY_MS) {
    const typing = storm(writers, everyMs, pace);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return typing;
  }

  it(
    'keeps every acknowledged word when the server is killed in the middle of typing',
    async () => {
      const typing = await typeFor(1500);
      await server.stop('SIGKILL');
      const acknowledged = writers.map((writer) => writer.acknowledged);
      expect(acknowledged.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(WRITERS);
      expectAcknowledgedWordsIn(await storedText(), acknowledged);

      await new Promise((resolve) => setTimeout(resolve, 300));
      typing.stop();
      await server.restart();
      await expectEveryDeviceBackInFull();
    },
    SCENARIO_MS,
  );

  it(
    'keeps every acknowledged word when killed while the database is stalled',
    async () => {
      const typing = await typeFor(800);
      const stalled = prepared.stall(2000);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await server.stop('SIGKILL');
      const acknowledged = writers.map((writer) => writer.acknowledged);
      await stalled;
      expectAcknowledgedWordsIn(await storedText(), acknowledged);

      typing.stop();
      await server.restart();
      await expectEveryDeviceBackInFull();
    },
    SCENARIO_MS,
  );

  it(
    'saves everything started and exits cleanly when stopped in the middle of typing, even with the database stalled',
    async () => {
      const typing = await typeFor(800);
      const stalled = prepared.stall(2000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const exitCode = server.stop('SIGTERM');
      typing.stop();
      expect(await exitCode).toBe(0);
      const acknowledged = writers.map((writer) => writer.acknowledged);
      await stalled;
      expect(server.output).not.toMatch(/could not append|destroyed/);
      expectAcknowledgedWordsIn(await storedText(), acknowledged);

      await server.restart();
      await expectEveryDeviceBackInFull();
    },
    SCENARIO_MS,
  );

  it(
    'takes back every word typed through reconnects, a word every 2 ms, refusing no device',
    async () => {
      const typing = await typeFor(400, 'reckless', 2);
      for (let restart = 0; restart < 2; restart++) {
        await server.stop('SIGKILL');
        await new Promise((resolve) => setTimeout(resolve, 200));
        await server.restart();
        // Typing goes on while every device reconnects and hands back what it holds.
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
      typing.stop();
      await expectEveryDeviceBackInFull();
    },
    SCENARIO_MS,
  );

  it(
    'takes back every word after a restore from an older backup, never crediting the device that hands it back',
    async () => {
      // Everything written until the backup, with every device's presence (so its id) known to it.
      let typing = await typeFor(600);
      typing.stop();
      await eventually(() => writers.every((writer) => writer.acknowledged === writer.typedCount), 'all saved', 30_000);
      const opened = prepared.open();
      const lastUpdateId = await opened.log.latestUpdateId(documentId);
      await opened.close();
      // A real backup of the whole database, taken as an operator would while the server runs.
      const backup = await prepared.backUp();

      // After the backup: everyone writes more, and someone new joins, writes and leaves for good.
      const departed = await joinLate('gone');
      await departed.synced;
      typing = await typeFor(600);
      typing.stop();
      await eventually(() => writers.every((writer) => writer.acknowledged === writer.typedCount), 'all saved', 30_000);
      departed.destroy();
      writers = writers.filter((writer) => writer !== departed);
      await server.stop('SIGKILL');
      await backup.restore();
      expect(await storedText()).not.toContain(departed.word(0));

      await server.restart({ RECOVERING_FROM_BACKUP: 'true' });
      await expectEveryDeviceBackInFull();
      const text = await storedText();
      expect(
        Array.from({ length: departed.typedCount }, (_, word) => departed.word(word)).filter((w) => !text.includes(w)),
      ).toEqual([]);

      const opened2 = prepared.open();
      try {
        const logged = await opened2.log.listUpdatesAfter(documentId, lastUpdateId);
        const userOf = new Map(writers.map((writer, index) => [writer.ydoc.clientID, index]));
        for (const update of logged) {
          if (update.clientIds.includes(departed.ydoc.clientID)) {
            // The departed writer's words: known to nobody the backup knew, so of unknown writer, and recovered.
            expect(update.userId).toBeNull();
            expect(update.recoveredBy).not.toBeNull();
          }
          for (const clientId of update.clientIds) {
            const writer = userOf.get(clientId);
            if (writer === undefined) continue;
            // Another writer's words are credited to them, never to the device that handed them back.
            if (update.recoveredBy !== null) expect(update.userId).not.toBe(update.recoveredBy);
          }
        }
        expect(logged.some((update) => update.recoveredBy !== null)).toBe(true);
        // Every device hands the lost words back; they are logged once all the same.
        expect(clientIdsLoggedTwice(logged)).toEqual([]);
      } finally {
        await opened2.close();
      }
    },
    SCENARIO_MS,
  );
});
