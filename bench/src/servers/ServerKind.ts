/** Every server a scenario can run against, in the order they are run and reported. */
export const serverKinds = ['roundtable', 'roundtable-source', 'hocuspocus', 'y-websocket'] as const;
export type ServerKind = (typeof serverKinds)[number];

/**
 * What runs unless --servers says otherwise: Roundtable as `pnpm start` runs it (compiled,
 * plain node) and the two bare servers. `roundtable-source` is the same server run from its
 * TypeScript source through tsx, as in development, to compare the two side by side.
 */
export const defaultServerKinds: readonly ServerKind[] = ['roundtable', 'hocuspocus', 'y-websocket'];

/** Both ways of running Roundtable speak its API and keep its history. */
export function isRoundtable(kind: ServerKind): boolean {
  return kind === 'roundtable' || kind === 'roundtable-source';
}

export const serverLabels: Record<ServerKind, string> = {
  roundtable: 'Roundtable (SQLite)',
  'roundtable-source': 'Roundtable from source (tsx)',
  hocuspocus: 'Bare Hocuspocus',
  'y-websocket': 'y-websocket',
};

const roundtableStorage =
  'every accepted update appended to an attributed log in SQLite (WAL), plus a full checkpoint, kept alongside earlier ones, whenever a debounced store finds 500 or more updates since the last (so at most every 10 s while people type) and when the last person leaves';

/** What each server keeps, so storage figures are read with the right expectations. */
export const serverStorage: Record<ServerKind, string> = {
  roundtable: roundtableStorage,
  'roundtable-source': roundtableStorage,
  hocuspocus:
    'nothing, except in scenarios that need storage: then the Database extension keeps one full snapshot (Y.encodeStateAsUpdate) per document in SQLite, written 2 s after the last change',
  'y-websocket':
    'nothing, except in scenarios that need storage: then its built-in y-leveldb persistence (YPERSISTENCE) appends every update to LevelDB',
};
