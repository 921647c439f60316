import type { BenchClient } from '../clients/BenchClient.ts';
import { waitUntilSeen } from '../content/waitUntilSeen.ts';
import { EditTracker } from '../measure/EditTracker.ts';
import { type GeneratorHealth, GeneratorMonitor } from '../measure/GeneratorMonitor.ts';
import { ServerWindow, type ServerWindowResult } from '../measure/ServerWindow.ts';
import { sleep } from '../measure/sleep.ts';
import { type Distribution, percentile, summarize } from '../measure/summarize.ts';
import type { RunningServer } from '../servers/startServer.ts';
import { PoissonTypist } from './PoissonTypist.ts';

export interface TypingLoadOptions {
  server: RunningServer;
  /** Clients grouped by the document they have open; every group the same size. */
  groups: BenchClient[][];
  /** How many clients in each group type; the rest only watch. */
  typistsPerGroup: number;
  keystrokesPerSecond: number;
  withCursor: boolean;
  warmupSeconds: number;
  seconds: number;
}

export interface TypingLoadResult {
  latency: Distribution;
  /** Receipts seen over receipts expected (every measured edit at every other client in its document). */
  completeness: number;
  measuredEdits: number;
  receipts: number;
  scheduled: number;
  sent: number;
  sendLatenessP99Ms: number;
  server: ServerWindowResult;
  generator: GeneratorHealth;
}

/**
 * People typing at random into shared documents while everyone else in each document
 * watches. Edits from the warm-up are not counted; edits sent in the window are followed
 * until every other client has them (or a drain timeout passes).
 */
export async function runTypingLoad(options: TypingLoadOptions): Promise<TypingLoadResult> {
  const tracker = new EditTracker();
  const typists: PoissonTypist[] = [];
  let id = 0;
  for (const group of options.groups) {
    for (const [index, client] of group.entries()) {
      const typist = index < options.typistsPerGroup ? id : undefined;
      if (typist !== undefined) {
        typists.push(
          new PoissonTypist(client, typist, tracker, {
            keystrokesPerSecond: options.keystrokesPerSecond,
            withCursor: options.withCursor,
          }),
        );
      }
      tracker.watch(client.ydoc, typist);
      id += 1;
    }
  }
  // Everyone has every typist's paragraph before any keystroke is timed.
  for (const group of options.groups) {
    const writers = group.slice(0, options.typistsPerGroup).map((client) => client.ydoc);
    await waitUntilSeen(
      writers,
      group.map((client) => client.ydoc),
      30_000,
    );
  }

  const warmupEnd = performance.now() + options.warmupSeconds * 1000;
  await Promise.all(typists.map((typist) => typist.run(warmupEnd)));
  await sleep(500);

  const window = new ServerWindow(options.server);
  const generator = new GeneratorMonitor();
  const scheduledBefore = typists.reduce((sum, typist) => sum + typist.scheduled, 0);
  const sentBefore = typists.reduce((sum, typist) => sum + typist.sent, 0);
  const latenessFrom = typists.map((typist) => typist.lateness.length);
  await window.start();
  generator.start();
  tracker.measuring = true;
  const end = performance.now() + options.seconds * 1000;
  await Promise.all(typists.map((typist) => typist.run(end)));
  tracker.measuring = false;
  const health = generator.stop();
  const server = await window.stop();

  const groupSize = options.groups[0]?.length ?? 0;
  const expected = tracker.measuredEdits * (groupSize - 1);
  const drainUntil = performance.now() + 10_000;
  while (tracker.receipts < expected && performance.now() < drainUntil) await sleep(20);

  const lateness = Float64Array.from(
    typists.flatMap((typist, index) => typist.lateness.slice(latenessFrom[index])),
  ).sort();
  return {
    latency: summarize(tracker.latencies),
    completeness: expected > 0 ? tracker.receipts / expected : 1,
    measuredEdits: tracker.measuredEdits,
    receipts: tracker.receipts,
    scheduled: typists.reduce((sum, typist) => sum + typist.scheduled, 0) - scheduledBefore,
    sent: typists.reduce((sum, typist) => sum + typist.sent, 0) - sentBefore,
    sendLatenessP99Ms: percentile(lateness, 99),
    server,
    generator: health,
  };
}
