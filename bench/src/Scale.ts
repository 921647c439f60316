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
  history: {
    /** Updates in the document's log (each a keystroke, or a block added). */
    updates: number;
    /** Everyone leaves (and the server checkpoints) after about this many updates. */
    sessionUpdates: number;
    /** Where versions are named, as shares of the updates. */
    versionsAt: { early: number; middle: number; end: number };
    /** Server restarts, each followed by one cold measurement of everything. */
    rounds: number;
  };
  export: {
    words: number;
    sections: number;
    /** Text typed per update: a few words at a time keeps the typing short. */
    charactersPerUpdate: number;
    sessionUpdates: number;
    rounds: number;
    /** Timed exports per format and round, after the first. */
    exportsPerFormat: number;
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
  history: {
    updates: 100_000,
    sessionUpdates: 3_000,
    versionsAt: { early: 0.1, middle: 0.5, end: 1 },
    rounds: 3,
  },
  export: {
    words: 25_000,
    sections: 50,
    charactersPerUpdate: 8,
    sessionUpdates: 3_000,
    rounds: 3,
    exportsPerFormat: 3,
  },
  traces: [],
};

export const quickScale: Scale = {
  name: 'quick',
  repeats: 1,
  idle: { connections: 6, documents: 2, people: 2, idleSeconds: 0.3 },
  workshop: { people: 4, typists: 2, keystrokesPerSecond: 4, seconds: 0.6, warmupSeconds: 0.1 },
  massJoin: { clients: 3, withinMs: 100, characters: 1_000, updates: 20 },
  coldLoad: {
    sizes: [
      { characters: 500, updates: 10 },
      { characters: 1_000, updates: 20 },
    ],
    loadsPerSize: 1,
  },
  manyDocuments: { documents: 2, editorsPerDocument: 2, keystrokesPerSecond: 4, seconds: 0.6, warmupSeconds: 0.1 },
  history: { updates: 120, sessionUpdates: 40, versionsAt: { early: 0.1, middle: 0.5, end: 1 }, rounds: 1 },
  export: {
    words: 300,
    sections: 2,
    charactersPerUpdate: 200,
    sessionUpdates: 1_000,
    rounds: 1,
    exportsPerFormat: 1,
  },
  traces: [],
};
