import type { BenchClient } from '../clients/BenchClient.ts';
import { connectMany } from '../clients/connectMany.ts';
import { characterCount } from '../content/documentText.ts';
import { seedDocument } from '../content/seedDocument.ts';
import { GeneratorMonitor } from '../measure/GeneratorMonitor.ts';
import { ServerWindow } from '../measure/ServerWindow.ts';
import { summarize } from '../measure/summarize.ts';
import { withTimeout } from '../measure/withTimeout.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import type { Scenario } from './Scenario.ts';

const MB = 1024 * 1024;

export const massJoin: Scenario = {
  id: 'S3',
  title: 'Mass join',
  description:
    'Everyone opens a long document with a long history within a couple of seconds: time until each is synced.',
  needsStorage: false,
  async run(context) {
    const { server, scale } = context;
    const { clients: count, withinMs, characters, updates } = scale.massJoin;
    const workspace = await prepareWorkspace(context, { documents: 1, people: Math.min(count, 20) });
    const [writer, observer] = await connectMany(workspace, [
      { document: 0, person: 0 },
      { document: 0, person: 1 },
    ]);
    if (!writer || !observer) throw new Error('The seeding clients did not connect');
    await seedDocument(writer, observer, { characters, updates });
    const expected = characterCount(writer.ydoc);
    observer.destroy();
    // Warm-up: a few joins first, not counted. The writer stays, so the document stays loaded.
    for (const client of await connectMany(
      workspace,
      [0, 1, 2].map((person) => ({ document: 0, person })),
    )) {
      client.destroy();
    }

    const window = new ServerWindow(server);
    const generator = new GeneratorMonitor();
    await window.start();
    generator.start();
    const joined: BenchClient[] = [];
    const times = await withTimeout(
      Promise.all(
        Array.from(
          { length: count },
          (_, index) =>
            new Promise<number>((resolve) => {
              setTimeout(() => {
                const startedAt = performance.now();
                const client = workspace.connect(0, index);
                joined.push(client);
                client.synced.then(() => resolve(performance.now() - startedAt));
              }, Math.random() * withinMs);
            }),
        ),
      ),
      120_000,
      'every joining client to sync',
    );
    const health = generator.stop();
    const measured = await window.stop();
    const complete = joined.filter((client) => characterCount(client.ydoc) >= expected).length;
    for (const client of [...joined, writer]) client.destroy();
    const synced = summarize(times);
    return {
      figures: [
        { key: 'syncP50', label: 'time to synced p50', unit: 'ms', better: 'lower', value: synced.p50 },
        { key: 'syncP99', label: 'time to synced p99', unit: 'ms', better: 'lower', value: synced.p99 },
        { key: 'syncMax', label: 'time to synced max', unit: 'ms', better: 'lower', value: synced.max },
        {
          key: 'cpuSeconds',
          label: 'server CPU time for the joins',
          unit: 's',
          better: 'lower',
          value: measured.cpuSeconds,
        },
        { key: 'rssPeakMB', label: 'server RSS peak', unit: 'MB', better: 'lower', value: measured.rssPeakBytes / MB },
        {
          key: 'eventLoopDelayP99',
          label: 'server event-loop delay p99',
          unit: 'ms',
          better: 'lower',
          value: measured.eventLoopDelay.p99Ms,
        },
      ],
      load: {
        scheduled: count,
        sent: joined.length,
        completeness: complete / count,
        generatorEventLoopDelayP99Ms: health.eventLoopDelayP99Ms,
        generatorCpuPercent: health.cpuPercent,
        otherCpuPercent: measured.otherCpuPercent,
      },
    };
  },
};
