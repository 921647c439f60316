import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../testing/connectDocument.ts';
import { addMember, addProjectWithDocument } from '../../testing/storeFixtures.ts';
import { SqliteStore } from './SqliteStore.ts';

describe('SqliteWalCheckpointer', () => {
  const directories: string[] = [];
  afterEach(() => {
    for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  it('copies committed updates into the database file while the server runs, and leaves no log behind at close', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'roundtable-checkpoint-'));
    directories.push(directory);
    const filename = join(directory, 'roundtable.sqlite');
    const stores = SqliteStore.open(filename);
    await stores.migrate();
    const { documentId, projectId } = await addProjectWithDocument(stores);
    const writer = await addMember(stores, projectId, 'Writer');
    const update = new Uint8Array(6_000).fill(7);
    // About 600 KB in a few hundred pages: below the thousand after which SQLite would copy them itself.
    for (let index = 0; index < 100; index++) {
      await stores.log.appendUpdate({
        documentId,
        userId: writer,
        onBehalfOf: null,
        clientIds: [42],
        update,
        createdAt: Date.now(),
        restoredVersionId: null,
      });
    }

    await eventually(() => statSync(filename).size > 100 * 6_000, 'the updates reach the database file');
    expect(await stores.log.listUpdatesAfter(documentId, 0)).toHaveLength(101);
    await stores.close();
    expect(existsSync(`${filename}-wal`)).toBe(false);
  });
});
