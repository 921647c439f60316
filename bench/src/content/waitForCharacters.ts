import type { BenchClient } from '../clients/BenchClient.ts';
import { characterCount } from './documentText.ts';

/**
 * Resolves when the client holds at least `characters` characters. Some servers report
 * "synced" before their storage has loaded, so content, not the sync event, marks a load.
 */
export function waitForCharacters(client: BenchClient, characters: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (characterCount(client.ydoc) < characters) return;
      clearTimeout(timer);
      client.ydoc.off('update', check);
      resolve();
    };
    const timer = setTimeout(() => {
      client.ydoc.off('update', check);
      reject(new Error(`Timed out: ${characterCount(client.ydoc)} of ${characters} characters arrived`));
    }, timeoutMs);
    client.ydoc.on('update', check);
    check();
  });
}
