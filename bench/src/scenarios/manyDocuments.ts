import { connectMany } from '../clients/connectMany.ts';
import { runTypingLoad } from '../load/runTypingLoad.ts';
import { typingFigures, typingLoad } from '../load/typingFigures.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import type { Scenario } from './Scenario.ts';

export const manyDocuments: Scenario = {
  id: 'S5',
  title: 'Many documents',
  description: 'Many small groups, each editing its own document at once: throughput and latency.',
  needsStorage: false,
  async run(context) {
    const { server, scale } = context;
    const { documents, editorsPerDocument, keystrokesPerSecond, seconds, warmupSeconds } = scale.manyDocuments;
    const workspace = await prepareWorkspace(context, { documents, people: editorsPerDocument });
    const seats = Array.from({ length: documents * editorsPerDocument }, (_, index) => ({
      document: Math.floor(index / editorsPerDocument),
      person: index % editorsPerDocument,
    }));
    const clients = await connectMany(workspace, seats);
    const groups = Array.from({ length: documents }, (_, document) =>
      clients.slice(document * editorsPerDocument, (document + 1) * editorsPerDocument),
    );
    try {
      const result = await runTypingLoad({
        server,
        groups,
        typistsPerGroup: editorsPerDocument,
        keystrokesPerSecond,
        withCursor: false,
        warmupSeconds,
        seconds,
      });
      return {
        figures: [
          {
            key: 'editsPerSecond',
            label: 'edits applied per second',
            unit: 'edits/s',
            better: 'higher',
            value: result.measuredEdits / seconds,
          },
          {
            key: 'deliveriesPerSecond',
            label: 'edits delivered per second',
            unit: 'receipts/s',
            better: 'higher',
            value: result.receipts / seconds,
          },
          ...typingFigures(result),
        ],
        load: typingLoad(result),
      };
    } finally {
      for (const client of clients) client.destroy();
    }
  },
};
