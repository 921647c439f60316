/** How big each scenario is: the full benchmark, or a smoke run of a few seconds. */
export interface Scale {
  name: 'full' | 'quick';
  repeats: number;
  idle: { connections: number; documents: number; people: number; idleSeconds: number };
  workshop: { people: number; typists: number; keystrokesPerSecond: number; seconds: number; warmupSeconds: number };
  massJoin: { clients: number; withinMs: number; characters: number; updates: number };
  coldLoad: { sizes: { characters: number; updates: number }[]; loadsPerSize: number };
  manyDocuments: {
    documents: number;
    editorsPerDocument: number;
    keystrokesPerSecond: number;
    seconds: number;
    warmupSeconds: number;
  };
  /** Trace files to replay; empty means the small built-in trace. */
  traces: string[];
}

export const fullScale: Scale = {
  name: 'full',
  repeats: 3,
  idle: { connections: 500, documents: 100, people: 10, idleSeconds: 10 },
  workshop: { people: 100, typists: 40, keystrokesPerSecond: 4, seconds: 60, warmupSeconds: 5 },
  massJoin: { clients: 100, withinMs: 2000, characters: 300_000, updates: 10_000 },
  coldLoad: {
    sizes: [
      { characters: 10_000, updates: 1_000 },
      { characters: 300_000, updates: 10_000 },
      { characters: 1_000_000, updates: 20_000 },
    ],
    loadsPerSize: 5,
  },
  manyDocuments: { documents: 300, editorsPerDocument: 3, keystrokesPerSecond: 1, seconds: 30, warmupSeconds: 5 },
  traces: [],
};

export const quickScale: Scale = {
  name: 'quick',
  repeats: 1,
  idle: { connections: 12, documents: 4, people: 2, idleSeconds: 0.5 },
  workshop: { people: 6, typists: 3, keystrokesPerSecond: 4, seconds: 1, warmupSeconds: 0.2 },
  massJoin: { clients: 5, withinMs: 200, characters: 3_000, updates: 60 },
  coldLoad: {
    sizes: [
      { characters: 1_000, updates: 20 },
      { characters: 3_000, updates: 40 },
    ],
    loadsPerSize: 1,
  },
  manyDocuments: { documents: 3, editorsPerDocument: 3, keystrokesPerSecond: 4, seconds: 1, warmupSeconds: 0.2 },
  traces: [],
};
