import { join } from 'node:path';
import { COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';
import { connectMany } from '../clients/connectMany.ts';
import { waitForCharacters } from '../content/waitForCharacters.ts';
import { directorySize } from '../measure/directorySize.ts';
import { sleep } from '../measure/sleep.ts';
import { isRoundtable } from '../servers/ServerKind.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import { loadEditingTrace, tinyTrace } from '../traces/EditingTrace.ts';
import { readRoundtableStorage } from '../traces/readRoundtableStorage.ts';
import { patchCount, replayTrace, textContent } from '../traces/replayTrace.ts';
import type { Figure, Scenario } from './Scenario.ts';

const MB = 1024 * 1024;

function firstText(ydoc: Y.Doc): Y.XmlText | undefined {
  const paragraph = ydoc.getXmlFragment(COLLABORATION_FIELD).toArray().at(-1);
  const text = paragraph instanceof Y.XmlElement ? paragraph.toArray()[0] : undefined;
  return text instanceof Y.XmlText ? text : undefined;
}

export const traceReplay: Scenario = {
  id: 'T',
  title: 'Editing trace replay',
  description:
    'Real editing histories typed keystroke by keystroke through a provider, as fast as the server passes them on; then the server is restarted and the text reloaded from storage.',
  needsStorage: true,
  // Long, and deterministic: once is enough.
  repeats: () => 1,
  async run(context) {
    const traces = context.scale.traces.length ? context.scale.traces.map(loadEditingTrace) : [tinyTrace()];
    const workspace = await prepareWorkspace(context, { documents: traces.length, people: 2 });
    const figures: Figure[] = [];
    const finished: { document: number; characters: number; endContent: string; name: string }[] = [];
    for (const [document, trace] of traces.entries()) {
      const [typist, observer] = await connectMany(workspace, [
        { document, person: 0 },
        { document, person: 1 },
      ]);
      if (!typist || !observer) throw new Error('The replay clients did not connect');
      context.log(`  replaying ${trace.name} (${patchCount(trace)} patches)`);
      const before = context.server.usage();
      const startedAt = performance.now();
      const text = await replayTrace(trace, typist, observer);
      const seconds = (performance.now() - startedAt) / 1000;
      const cpuSeconds = context.server.usage().cpuSeconds - before.cpuSeconds;
      const observed = firstText(observer.ydoc);
      const matches = textContent(text) === trace.endContent && observed && textContent(observed) === trace.endContent;
      typist.destroy();
      observer.destroy();
      finished.push({ document, characters: trace.endContent.length, endContent: trace.endContent, name: trace.name });
      const figure = (key: string, label: string, unit: string, better: Figure['better'], value: number) =>
        figures.push({ key: `${trace.name}.${key}`, label: `${trace.name}: ${label}`, unit, better, value });
      figure('seconds', 'replay time', 's', 'lower', seconds);
      figure('patchesPerSecond', 'keystrokes per second', 'patches/s', 'higher', patchCount(trace) / seconds);
      figure('cpuSeconds', 'server CPU time', 's', 'lower', cpuSeconds);
      figure('matches', 'final text equals endContent', 'yes = 1', 'higher', matches ? 1 : 0);
    }
    // Closing the last connection makes every server write what it keeps (and a clean
    // stop flushes anything pending); a moment for in-flight writes, then storage alone.
    await sleep(500);
    await context.restartServer();
    for (const { document, characters, endContent, name } of finished) {
      const client = workspace.connect(document, 0);
      await waitForCharacters(client, characters, 60_000).catch(() => undefined);
      const text = firstText(client.ydoc);
      figures.push({
        key: `${name}.reloadedMatches`,
        label: `${name}: text reloaded from storage equals endContent`,
        unit: 'yes = 1',
        better: 'higher',
        value: text && textContent(text) === endContent ? 1 : 0,
      });
      client.destroy();
    }
    await context.server.stop();
    figures.push({
      key: 'storedMB',
      label: 'stored on disk (all traces)',
      unit: 'MB',
      better: 'lower',
      value: directorySize(context.server.dataDir) / MB,
    });
    if (isRoundtable(context.server.kind)) {
      for (const { document, name } of finished) {
        const storage = readRoundtableStorage(
          join(context.server.dataDir, 'roundtable.sqlite'),
          workspace.documentIds[document] as string,
        );
        const figure = (key: string, label: string, unit: string, value: number) =>
          figures.push({ key: `${name}.${key}`, label: `${name}: ${label}`, unit, better: 'lower', value });
        figure('loggedUpdates', 'updates in the log', 'updates', storage.loggedUpdates);
        figure('logMB', 'update log size', 'MB', storage.logBytes / MB);
        figure('checkpoints', 'checkpoints written', 'checkpoints', storage.checkpoints);
        figure('checkpointKB', 'latest checkpoint size', 'KB', storage.latestCheckpointBytes / 1024);
      }
    }
    return { figures };
  },
};
