import { COLLABORATION_FIELD } from '@roundtable/shared';
import * as Y from 'yjs';

/** A shared document's content as plain data: elements with their attributes, texts with their formatting. */
export type ContentShape =
  | { element: string; attributes: Record<string, unknown>; children: ContentShape[] }
  | { text: unknown[] };

export interface SharedDocumentShape {
  /** The fragment as the editor binding reads it, written out. */
  text: string;
  content: ContentShape[];
  /** Client id and clock of everything the document holds, by client id. */
  stateVector: Array<[number, number]>;
  /** What is deleted: client id and its deleted clock ranges, as [from, length]. */
  deleted: Array<[number, Array<[number, number]>]>;
}

/** Everything two copies of a converged document must agree on, in a form tests can compare and print. */
export function sharedDocumentShape(ydoc: Y.Doc): SharedDocumentShape {
  const fragment = ydoc.getXmlFragment(COLLABORATION_FIELD);
  return {
    text: fragment.toString(),
    content: fragment.toArray().map(shapeOf),
    stateVector: [...Y.decodeStateVector(Y.encodeStateVector(ydoc))].sort(([a], [b]) => a - b),
    deleted: [...Y.createDeleteSetFromStructStore(ydoc.store).clients]
      .map(([client, ranges]): [number, Array<[number, number]>] => [
        client,
        ranges.map(({ clock, len }): [number, number] => [clock, len]),
      ])
      .sort(([a], [b]) => a - b),
  };
}

/**
 * Attributes by name: the order a copy holds them in depends on how it was built (a
 * checkpoint or the updates one by one), and says nothing about the content.
 */
function sortedByName(attributes: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function shapeOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): ContentShape {
  if (node instanceof Y.XmlText) {
    const delta = node.toDelta() as Array<{ insert: unknown; attributes?: Record<string, unknown> }>;
    return {
      text: delta.map((run) => (run.attributes ? { ...run, attributes: sortedByName(run.attributes) } : run)),
    };
  }
  if (node instanceof Y.XmlElement) {
    return {
      element: node.nodeName,
      attributes: sortedByName(node.getAttributes()),
      children: node.toArray().map(shapeOf),
    };
  }
  return { element: 'hook', attributes: {}, children: [] };
}
