import { join } from 'node:path';
import type { RenderedNode, VersionContentResponse, VersionResponse } from '@roundtable/shared';
import { strategyBlocks } from '../content/strategyBlocks.ts';
import { typeDocument } from '../content/typeDocument.ts';
import { GeneratorMonitor } from '../measure/GeneratorMonitor.ts';
import { ServerWindow } from '../measure/ServerWindow.ts';
import { median } from '../measure/summarize.ts';
import { timeDownload } from '../measure/timeDownload.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import { readRoundtableStorage, readUpdatesToReplay } from '../traces/readRoundtableStorage.ts';
import type { Figure, Scenario } from './Scenario.ts';

const points = ['early', 'middle', 'end'] as const;
type Point = (typeof points)[number];

/** Characters of text in rendered content. */
function renderedLength(node: RenderedNode): number {
  return (node.text?.length ?? 0) + (node.content ?? []).reduce((sum, child) => sum + renderedLength(child), 0);
}

export const historyReconstruction: Scenario = {
  id: 'S4b',
  title: 'History reconstruction',
  description:
    'A strategy typed keystroke by keystroke (the odd typo corrected) over many sessions, everyone leaving at the end of each, with versions named early, in the middle and at the end; then, after a restart, each version rebuilt, the history timeline built (first request) and read again (cached), and the early version compared with the current text.',
  needsStorage: true,
  appliesTo: { servers: ['roundtable'], otherwise: 'no history or versions to measure' },
  // Typing the history is long; it restarts the server for every round itself.
  repeats: () => 1,
  targets: [
    {
      figure: 'versionSlowest',
      text: 'any named version rebuilt after a restart in well under a second (under 500 ms)',
      isMet: (roundtable) => roundtable < 500,
    },
  ],
  async run(context) {
    const { updates, sessionUpdates, versionsAt, rounds } = context.scale.history;
    // Document 1 is small: it warms the server's code paths after each restart.
    const workspace = await prepareWorkspace(context, { documents: 2, people: 2 });
    const path = (document: number) =>
      `/api/projects/${workspace.projectId}/documents/${workspace.documentIds[document]}`;
    const nameVersion = async (document: number, name: string) =>
      (await workspace.api(1).request<VersionResponse>('POST', `${path(document)}/versions`, { name })).version;

    await typeDocument(workspace, 1, {
      blocks: strategyBlocks({ words: 60, wordsPerSection: 60 }),
      charactersPerUpdate: 20,
      sessionUpdates: Number.POSITIVE_INFINITY,
    });
    const warmupVersion = await nameVersion(1, 'Warm-up');

    const versions = new Map<Point, { id: string; upToUpdateId: number }>();
    context.log(`  typing ${updates} updates`);
    const typingStartedAt = performance.now();
    const typed = await typeDocument(workspace, 0, {
      blocks: strategyBlocks({ wordsPerSection: 500 }),
      maxUpdates: updates,
      charactersPerUpdate: 1,
      sessionUpdates,
      milestones: points.map((point) => ({
        at: Math.max(1, Math.round(updates * versionsAt[point])),
        reached: async () => {
          versions.set(point, await nameVersion(0, `The ${point} draft`));
        },
      })),
    });
    const typingSeconds = (performance.now() - typingStartedAt) / 1000;
    context.log(`  typed ${typed.updates} updates in ${typed.sessions} sessions, ${typingSeconds.toFixed(0)} s`);

    const times = new Map<string, number[]>();
    const note = (key: string, ms: number) => times.set(key, [...(times.get(key) ?? []), ms]);
    const otherCpu: number[] = [];
    const generatorDelay: number[] = [];
    const generatorCpu: number[] = [];
    let endLength = 0;
    let requests = 0;
    const early = versions.get('early')?.id as string;
    for (let round = 0; round < rounds; round += 1) {
      await context.restartServer();
      const lead = workspace.api(0);
      // Warm the code paths on another document, so the figures are this document's work.
      await lead.download(`${path(1)}/versions/${warmupVersion.id}`);
      await lead.download(`${path(1)}/history`);
      await lead.download(`${path(1)}/compare?from=${warmupVersion.id}&to=current`);

      const window = new ServerWindow(context.server);
      const generator = new GeneratorMonitor();
      await window.start();
      generator.start();
      for (const point of points) {
        const timed = await timeDownload(lead, `${path(0)}/versions/${versions.get(point)?.id}`);
        note(point, timed.ms);
        if (point === 'end') {
          const answer = JSON.parse(new TextDecoder().decode(timed.bytes)) as VersionContentResponse;
          endLength = renderedLength(answer.content);
        }
      }
      note('historyFirst', (await timeDownload(lead, `${path(0)}/history`)).ms);
      note('historyCached', (await timeDownload(lead, `${path(0)}/history`)).ms);
      note('compare', (await timeDownload(lead, `${path(0)}/compare?from=${early}&to=current`)).ms);
      requests += 6;
      const health = generator.stop();
      otherCpu.push((await window.stop()).otherCpuPercent);
      generatorDelay.push(health.eventLoopDelayP99Ms);
      generatorCpu.push(health.cpuPercent);
    }
    // Read beside the running server: SQLite's WAL lets a read-only reader in, and every
    // session ended (so was checkpointed) before the restarts.
    const databaseFile = join(context.server.dataDir, 'roundtable.sqlite');
    const documentId = workspace.documentIds[0] as string;
    const storage = readRoundtableStorage(databaseFile, documentId);
    const replayed = readUpdatesToReplay(
      databaseFile,
      documentId,
      points.map((point) => versions.get(point)?.upToUpdateId ?? 0),
    );

    const ms = (key: string) => median(times.get(key) ?? []);
    const figure = (key: string, label: string, unit: string, value: number, better: Figure['better'] = 'lower') => ({
      key,
      label,
      unit,
      better,
      value,
    });
    const figures: Figure[] = [
      ...points.map((point) => figure(`version${point}`, `rebuild the ${point} version, cold`, 'ms', ms(point))),
      figure('versionSlowest', 'slowest of those', 'ms', Math.max(...points.map(ms))),
      figure('historyFirst', 'history timeline, first request (replays the whole log)', 'ms', ms('historyFirst')),
      figure('historyCached', 'history timeline, second request (cached)', 'ms', ms('historyCached')),
      figure('compare', 'compare the early version with the current text', 'ms', ms('compare')),
      ...points.map((point, index) =>
        figure(
          `replayed${point}`,
          `${point} version: updates replayed after its checkpoint`,
          'updates',
          replayed[index] ?? 0,
        ),
      ),
      figure('loggedUpdates', 'updates in the log', 'updates', storage.loggedUpdates, 'higher'),
      figure('checkpoints', 'checkpoints written', 'checkpoints', storage.checkpoints),
      figure('typingSeconds', 'time to type the history (generator)', 's', typingSeconds),
      figure(
        'endMatches',
        'end version holds all the typed text',
        'yes = 1',
        endLength === typed.characters ? 1 : 0,
        'higher',
      ),
    ];
    return {
      figures,
      load: {
        scheduled: requests,
        sent: requests,
        completeness: 1,
        generatorEventLoopDelayP99Ms: median(generatorDelay),
        generatorCpuPercent: median(generatorCpu),
        otherCpuPercent: median(otherCpu),
      },
    };
  },
};
