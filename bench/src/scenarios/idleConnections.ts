import { connectMany } from '../clients/connectMany.ts';
import { GeneratorMonitor } from '../measure/GeneratorMonitor.ts';
import { ServerWindow } from '../measure/ServerWindow.ts';
import { sleep } from '../measure/sleep.ts';
import { median } from '../measure/summarize.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import type { Scenario } from './Scenario.ts';

const MB = 1024 * 1024;

export const idleConnections: Scenario = {
  id: 'S1',
  title: 'Idle connections',
  description: 'Many people with a document open and doing nothing: server memory per connection and idle CPU.',
  needsStorage: false,
  targets: [
    {
      figure: 'kbPerConnection',
      text: 'under 150 KB of server memory per idle connection',
      isMet: (roundtable) => roundtable < 150,
    },
  ],
  async run(context) {
    const { server, scale } = context;
    const { connections, documents, people, idleSeconds } = scale.idle;
    const workspace = await prepareWorkspace(context, { documents, people });
    // Warm-up: the connection path runs once before anything is measured.
    const warmup = await connectMany(workspace, [{ document: 0, person: 0 }]);
    for (const client of warmup) client.destroy();
    await sleep(1000);
    const baseline: number[] = [];
    for (let sample = 0; sample < 5; sample += 1) {
      baseline.push(server.usage().rssBytes);
      await sleep(100);
    }

    const generator = new GeneratorMonitor();
    generator.start();
    const startedAt = performance.now();
    const seats = Array.from({ length: connections }, (_, index) => ({ document: index % documents, person: index }));
    const clients = await connectMany(workspace, seats);
    const connectSeconds = (performance.now() - startedAt) / 1000;
    await sleep(Math.min(2000, idleSeconds * 1000));

    const window = new ServerWindow(server);
    await window.start();
    await sleep(idleSeconds * 1000);
    const measured = await window.stop();
    const health = generator.stop();
    const dropped = clients.filter((client) => client.unexpectedCloses > 0).length;
    for (const client of clients) client.destroy();

    return {
      figures: [
        { key: 'rssMB', label: 'server RSS', unit: 'MB', better: 'lower', value: measured.rssMedianBytes / MB },
        {
          key: 'kbPerConnection',
          label: 'server memory per idle connection',
          unit: 'KB',
          better: 'lower',
          value: (measured.rssMedianBytes - median(baseline)) / connections / 1024,
        },
        {
          key: 'cpuPercent',
          label: 'server CPU while idle',
          unit: '% of a core',
          better: 'lower',
          value: measured.cpuPercent,
        },
        {
          key: 'connectSeconds',
          label: 'time to open every connection',
          unit: 's',
          better: 'lower',
          value: connectSeconds,
        },
      ],
      load: {
        scheduled: connections,
        sent: clients.length,
        completeness: (clients.length - dropped) / connections,
        generatorEventLoopDelayP99Ms: health.eventLoopDelayP99Ms,
        generatorCpuPercent: health.cpuPercent,
        otherCpuPercent: measured.otherCpuPercent,
      },
    };
  },
};
