import type * as Y from 'yjs';
import type { BenchClient } from '../clients/BenchClient.ts';
import { appendParagraph } from '../content/documentText.ts';
import { waitUntilSeen } from '../content/waitUntilSeen.ts';
import type { EditingTrace } from './EditingTrace.ts';

/** How far (in Yjs items) the typist may run ahead of what the server has passed on. */
const IN_FLIGHT = 2_000;

/**
 * Types a recorded trace through a real client, every patch (a keystroke, or a
 * selection replaced) its own update, as fast as the server passes them on to a second
 * client. The text goes into one paragraph, newlines included.
 */
export async function replayTrace(trace: EditingTrace, typist: BenchClient, observer: BenchClient): Promise<Y.XmlText> {
  const text = appendParagraph(typist.ydoc, trace.startContent);
  let patches = 0;
  for (const txn of trace.txns) {
    for (const [position, deleted, inserted] of txn.patches) {
      typist.ydoc.transact(() => {
        if (deleted > 0) text.delete(position, deleted);
        if (inserted) text.insert(position, inserted);
      });
      patches += 1;
      if (patches % 100 === 0) await waitUntilSeen([typist.ydoc], [observer.ydoc], 60_000, IN_FLIGHT);
    }
  }
  await waitUntilSeen([typist.ydoc], [observer.ydoc], 120_000);
  return text;
}

/** The plain text of a paragraph's text, without any markup. */
export function textContent(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((part: { insert?: unknown }) => (typeof part.insert === 'string' ? part.insert : ''))
    .join('');
}

export function patchCount(trace: EditingTrace): number {
  return trace.txns.reduce((sum, txn) => sum + txn.patches.length, 0);
}
