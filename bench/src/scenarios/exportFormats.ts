import { type ExportFormat, exportFormats as formats } from '@roundtable/shared';
import { strategyBlocks } from '../content/strategyBlocks.ts';
import { typeDocument } from '../content/typeDocument.ts';
import { GeneratorMonitor } from '../measure/GeneratorMonitor.ts';
import { ServerWindow } from '../measure/ServerWindow.ts';
import { median } from '../measure/summarize.ts';
import { timeDownload } from '../measure/timeDownload.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import type { Figure, Scenario } from './Scenario.ts';

/** The format of the first export after a restart: the cheapest, so the rest is building the history index. */
const FIRST: ExportFormat = 'md';

export const exportFormats: Scenario = {
  id: 'S6',
  title: 'Export',
  description:
    'A long strategy (headings, paragraphs, bulleted lists, some bold, italic and links) typed a few words per update through a provider, then exported by the lead to each format after a restart: the first export (which also builds the history index), later ones per format, and the file sizes.',
  needsStorage: true,
  appliesTo: { servers: ['roundtable'], otherwise: 'no export to measure' },
  // Typing the document is long; it restarts the server for every round itself.
  repeats: () => 1,
  async run(context) {
    const { words, sections, charactersPerUpdate, sessionUpdates, rounds, exportsPerFormat } = context.scale.export;
    // Document 1 is small: it warms every format's code (fonts, libraries) after each restart.
    const workspace = await prepareWorkspace(context, { documents: 2, people: 2 });
    const path = (document: number, format: ExportFormat) =>
      `/api/projects/${workspace.projectId}/documents/${workspace.documentIds[document]}/export?format=${format}`;
    await typeDocument(workspace, 1, {
      blocks: strategyBlocks({ words: 60, wordsPerSection: 60 }),
      charactersPerUpdate,
      sessionUpdates: Number.POSITIVE_INFINITY,
    });
    context.log(`  typing ${words} words`);
    const typed = await typeDocument(workspace, 0, {
      blocks: strategyBlocks({ words, wordsPerSection: Math.round(words / sections) }),
      charactersPerUpdate,
      sessionUpdates,
    });
    context.log(`  typed ${typed.updates} updates in ${typed.sessions} sessions`);
    const headings = [...strategyBlocks({ words, wordsPerSection: Math.round(words / sections) })]
      .filter((block) => block.type === 'heading')
      .map((block) => block.content?.[0]?.text ?? '');

    const firstTimes: number[] = [];
    const times = new Map<ExportFormat, number[]>(formats.map((format) => [format, []]));
    const sizes = new Map<ExportFormat, number>();
    const otherCpu: number[] = [];
    const generatorDelay: number[] = [];
    const generatorCpu: number[] = [];
    let everySection = true;
    let requests = 0;
    for (let round = 0; round < rounds; round += 1) {
      await context.restartServer();
      const lead = workspace.api(0);
      for (const format of formats) await lead.download(path(1, format));

      const window = new ServerWindow(context.server);
      const generator = new GeneratorMonitor();
      await window.start();
      generator.start();
      const first = await timeDownload(lead, path(0, FIRST));
      firstTimes.push(first.ms);
      const markdown = new TextDecoder().decode(first.bytes);
      everySection &&= headings.every((heading) => markdown.includes(heading));
      for (let repeat = 0; repeat < exportsPerFormat; repeat += 1) {
        for (const format of formats) {
          const timed = await timeDownload(lead, path(0, format));
          times.get(format)?.push(timed.ms);
          sizes.set(format, timed.bytes.byteLength);
        }
      }
      requests += 1 + exportsPerFormat * formats.length;
      const health = generator.stop();
      otherCpu.push((await window.stop()).otherCpuPercent);
      generatorDelay.push(health.eventLoopDelayP99Ms);
      generatorCpu.push(health.cpuPercent);
    }

    const figures: Figure[] = [
      {
        key: 'first',
        label: `first export after a restart (${FIRST}, includes building the history index)`,
        unit: 'ms',
        better: 'lower',
        value: median(firstTimes),
      },
      ...formats.map(
        (format): Figure => ({
          key: `${format}Ms`,
          label: `export to ${format}`,
          unit: 'ms',
          better: 'lower',
          value: median(times.get(format) ?? []),
        }),
      ),
      ...formats.map(
        (format): Figure => ({
          key: `${format}KB`,
          label: `${format} file size`,
          unit: 'KB',
          better: 'lower',
          value: (sizes.get(format) ?? 0) / 1024,
        }),
      ),
      { key: 'updates', label: 'updates in the document', unit: 'updates', better: 'lower', value: typed.updates },
      {
        key: 'everySection',
        label: 'markdown export holds every section heading',
        unit: 'yes = 1',
        better: 'higher',
        value: everySection ? 1 : 0,
      },
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
