import { connectMany } from '../clients/connectMany.ts';
import { runTypingLoad } from '../load/runTypingLoad.ts';
import { typingFigures, typingLoad } from '../load/typingFigures.ts';
import { prepareWorkspace } from '../setup/prepareWorkspace.ts';
import type { Scenario } from './Scenario.ts';

/** Sessions are shared round-robin: enough distinct people for presence to look real. */
const MAX_PEOPLE = 20;

export const workshop: Scenario = {
  id: 'S2',
  title: 'Workshop',
  description:
    'Everyone on one strategy document, some typing (Poisson) with cursor presence: time from an edit to every other client.',
  needsStorage: false,
  targets: [
    {
      figure: 'latencyP99',
      text: 'propagation p99 within 1.2× of bare Hocuspocus and under 50 ms',
      isMet: (roundtable, hocuspocus) =>
        roundtable < 50 && (hocuspocus === undefined || roundtable <= 1.2 * hocuspocus),
    },
  ],
  async run(context) {
    const { server, scale } = context;
    const { people, typists, keystrokesPerSecond, seconds, warmupSeconds } = scale.workshop;
    const workspace = await prepareWorkspace(context, { documents: 1, people: Math.min(people, MAX_PEOPLE) });
    const clients = await connectMany(
      workspace,
      Array.from({ length: people }, (_, index) => ({ document: 0, person: index })),
    );
    try {
      const result = await runTypingLoad({
        server,
        groups: [clients],
        typistsPerGroup: typists,
        keystrokesPerSecond,
        withCursor: true,
        warmupSeconds,
        seconds,
      });
      return { figures: typingFigures(result), load: typingLoad(result) };
    } finally {
      for (const client of clients) client.destroy();
    }
  },
};
