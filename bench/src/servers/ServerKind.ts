/** The three servers every scenario runs against, in the order they are run and reported. */
export const serverKinds = ['roundtable', 'hocuspocus', 'y-websocket'] as const;
export type ServerKind = (typeof serverKinds)[number];

export const serverLabels: Record<ServerKind, string> = {
  roundtable: 'Roundtable (SQLite)',
  hocuspocus: 'Bare Hocuspocus',
  'y-websocket': 'y-websocket',
};

/** What each server keeps, so storage figures are read with the right expectations. */
export const serverStorage: Record<ServerKind, string> = {
  roundtable:
    'every accepted update appended to an attributed log in SQLite (WAL), plus a full checkpoint, kept alongside earlier ones, whenever a debounced store finds 500 or more updates since the last (so at most every 10 s while people type) and when the last person leaves',
  hocuspocus:
    'nothing, except in scenarios that need storage: then the Database extension keeps one full snapshot (Y.encodeStateAsUpdate) per document in SQLite, written 2 s after the last change',
  'y-websocket':
    'nothing, except in scenarios that need storage: then its built-in y-leveldb persistence (YPERSISTENCE) appends every update to LevelDB',
};
