import { connectMany } from '../clients/connectMany.ts';
import { characterCount } from '../content/documentText.ts';
import { seedDocument } from '../content/seedDocument.ts';
import { waitForCharacters } from '../content/waitForCharacters.ts';
import { directorySize } from '../measure/directorySize.ts';
import { GeneratorMonitor } from '../measure/GeneratorMonitor.ts';
import { ServerWindow } from '../measure/ServerWindow.ts';
import { sleep } from '../measure/sleep.ts';
import { median } from '../measure/summarize.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import type { Figure, Scenario } from './Scenario.ts';

const sizeLabel = (characters: number) =>
  characters >= 1_000_000 ? `${characters / 1_000_000}M` : `${Math.round(characters / 1000)}k`;

export const coldLoad: Scenario = {
  id: 'S4',
  title: 'Cold load',
  description:
    'Documents written as many separate edits, then the server restarted: time from opening each to having all its text.',
  needsStorage: true,
  // It restarts the server for every load itself.
  repeats: () => 1,
  targets: [
    {
      figure: 'coldLoad300k',
      text: 'a 300k character document cold-loaded in under 300 ms',
      isMet: (roundtable) => roundtable < 300,
    },
  ],
  async run(context) {
    const { sizes, loadsPerSize } = context.scale.coldLoad;
    // The last document only warms the connection path after each restart.
    const warmupDocument = sizes.length;
    const workspace = await prepareWorkspace(context, { documents: sizes.length + 1, people: 2 });
    const expected: number[] = [];
    for (const [document, size] of sizes.entries()) {
      const [writer, observer] = await connectMany(workspace, [
        { document, person: 0 },
        { document, person: 1 },
      ]);
      if (!writer || !observer) throw new Error('The seeding clients did not connect');
      await seedDocument(writer, observer, size);
      expected.push(characterCount(writer.ydoc));
      writer.destroy();
      observer.destroy();
    }
    await sleep(500);

    const loads: number[][] = sizes.map(() => []);
    const warmLoads: number[][] = sizes.map(() => []);
    // How busy the machine and the generator were, so a slow load on a busy machine is read as such.
    const otherCpu: number[] = [];
    const generatorDelay: number[] = [];
    const generatorCpu: number[] = [];
    for (let round = 0; round < loadsPerSize; round += 1) {
      await context.restartServer();
      for (const client of await connectMany(workspace, [{ document: warmupDocument, person: 0 }])) client.destroy();
      const window = new ServerWindow(context.server);
      const generator = new GeneratorMonitor();
      await window.start();
      generator.start();
      for (const [document] of sizes.entries()) {
        const startedAt = performance.now();
        const client = workspace.connect(document, 0);
        await waitForCharacters(client, expected[document] as number, 60_000);
        loads[document]?.push(performance.now() - startedAt);
        // The same again with the document already in the server's memory: what is left
        // is connecting and the client taking in the text, so the difference is storage.
        const warmStartedAt = performance.now();
        const second = workspace.connect(document, 1);
        await waitForCharacters(second, expected[document] as number, 60_000);
        warmLoads[document]?.push(performance.now() - warmStartedAt);
        second.destroy();
        client.destroy();
      }
      const health = generator.stop();
      otherCpu.push((await window.stop()).otherCpuPercent);
      generatorDelay.push(health.eventLoopDelayP99Ms);
      generatorCpu.push(health.cpuPercent);
    }
    await context.server.stop();
    const stored = directorySize(context.server.dataDir);

    const figures: Figure[] = sizes.map((size, index) => ({
      key: `coldLoad${sizeLabel(size.characters)}`,
      label: `cold load, ${sizeLabel(size.characters)} characters (${size.updates} edits)`,
      unit: 'ms',
      better: 'lower',
      value: median(loads[index] ?? []),
    }));
    for (const [index, size] of sizes.entries()) {
      figures.push({
        key: `warmLoad${sizeLabel(size.characters)}`,
        label: `the same, already loaded in the server, ${sizeLabel(size.characters)} characters`,
        unit: 'ms',
        better: 'lower',
        value: median(warmLoads[index] ?? []),
      });
    }
    figures.push({
      key: 'storedMB',
      label: 'stored on disk for these documents',
      unit: 'MB',
      better: 'lower',
      value: stored / 1024 / 1024,
    });
    const timedLoads = sizes.length * loadsPerSize * 2;
    return {
      figures,
      load: {
        scheduled: timedLoads,
        sent: timedLoads,
        completeness: 1,
        generatorEventLoopDelayP99Ms: median(generatorDelay),
        generatorCpuPercent: median(generatorCpu),
        otherCpuPercent: median(otherCpu),
      },
    };
  },
};
