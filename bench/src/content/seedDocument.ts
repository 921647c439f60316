import type * as Y from 'yjs';
import type { BenchClient } from '../clients/BenchClient.ts';
import { appendParagraph } from './documentText.ts';
import { waitUntilSeen } from './waitUntilSeen.ts';

const words = (
  'the strategy sets out how older people and the council will work together on health housing care ' +
  'information transport and community so that everyone can take part as equals and be heard'
).split(' ');

export interface SeedOptions {
  characters: number;
  /** How many separate updates build it: the length of its history. */
  updates: number;
}

function sentence(length: number, random: () => number): string {
  let text = '';
  while (text.length < length) text += `${words[Math.floor(random() * words.length)]} `;
  return text.slice(0, length);
}

/**
 * Writes a document of about `characters` characters through a real client as `updates`
 * separate edits, with some rewording (deletions and retyping) along the way so the
 * history holds more than the final text. Waits until `observer` has everything, so the
 * server has applied (and, where it keeps them, stored) every update.
 */
export async function seedDocument(writer: BenchClient, observer: BenchClient, options: SeedOptions): Promise<void> {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const paragraphs: Y.XmlText[] = [];
  const perUpdate = Math.max(1, Math.round(options.characters / options.updates));
  let written = 0;
  for (let update = 0; update < options.updates && written < options.characters; update += 1) {
    const target = paragraphs[Math.floor(random() * paragraphs.length)];
    if (update % 10 === 9 && target && target.length > 10) {
      // Reword: the deleted text stays in the history as tombstones.
      const at = Math.floor(random() * (target.length - 5));
      writer.ydoc.transact(() => {
        target.delete(at, 5);
        target.insert(at, sentence(5, random));
      });
    } else if (target && target.length < 400 && random() < 0.5) {
      const length = Math.min(perUpdate, options.characters - written);
      target.insert(target.length, sentence(length, random));
      written += length;
    } else {
      const length = Math.min(perUpdate, options.characters - written);
      paragraphs.push(appendParagraph(writer.ydoc, sentence(length, random)));
      written += length;
    }
    // Stay a bounded distance ahead of the server, as a live editor would.
    if (update % 200 === 199) await waitUntilSeen([writer.ydoc], [observer.ydoc], 30_000, 2_000);
  }
  await waitUntilSeen([writer.ydoc], [observer.ydoc], 60_000);
}
